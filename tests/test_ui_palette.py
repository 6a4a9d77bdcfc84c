"""The palette stays legible: text on every tint passes WCAG AA contrast, in light and dark."""
from __future__ import annotations

import pytest
from PySide6.QtGui import QColor

from unquote.ui.palette import make_palette


def luminance(c: QColor) -> float:
    def channel(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.03928 else ((x + 0.055) / 1.055) ** 2.4
    return 0.2126 * channel(c.red()) + 0.7152 * channel(c.green()) + 0.0722 * channel(c.blue())


def contrast(a: QColor, b: QColor) -> float:
    hi, lo = sorted((luminance(a), luminance(b)), reverse=True)
    return (hi + 0.05) / (lo + 0.05)


TINTS = ("identical_except", "reworded", "deleted", "inserted", "shared", "one_side")


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("tint", TINTS)
def test_text_on_every_tint_is_legible(dark, tint):
    p = make_palette(dark)
    assert contrast(p.text, getattr(p, tint)) >= 4.5


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("fg", ["quote", "quote_changed"])
def test_quote_colours_are_legible_on_sentence_tints(dark, fg):
    p = make_palette(dark)
    for tint in ("base", "reworded", "deleted", "inserted", "shared", "one_side"):
        assert contrast(getattr(p, fg), getattr(p, tint)) >= 3.0, tint


@pytest.mark.parametrize("dark", [False, True])
def test_tints_are_told_apart_from_the_background_and_each_other(dark):
    p = make_palette(dark)
    colours = [getattr(p, t).name() for t in TINTS] + [p.base.name()]
    assert len(set(colours)) == len(colours)
    assert all(contrast(p.base, getattr(p, t)) >= 1.1 for t in TINTS)


@pytest.mark.parametrize("dark", [False, True])
def test_find_hits_stand_out_inside_every_tint(dark):
    p = make_palette(dark)
    assert contrast(p.find_text, p.find) >= 7
    for tint in TINTS + ("base",):
        assert contrast(p.find, getattr(p, tint)) >= 3.0, tint


@pytest.mark.parametrize("dark", [False, True])
def test_selection_moved_notes_and_find_hits_have_their_own_colours(dark):
    p = make_palette(dark)
    marks = {"selection": p.selection.name(), "moved": p.moved.name(), "note": p.note.name()}
    tints = {getattr(p, t).name() for t in TINTS}
    assert len(set(marks.values())) == len(marks)
    assert not set(marks.values()) & tints
    assert p.selection != p.quote and p.note != p.deleted


def test_the_reports_use_the_windows_palette():
    from unquote.engine.palette import colours
    from unquote.engine.report_style import STYLE

    light = make_palette(False)
    for role in ("reworded", "deleted", "inserted", "one_side", "moved", "quote", "quote_changed", "note"):
        assert getattr(light, role).name() == getattr(colours(False), role)
        assert getattr(colours(False), role) in STYLE.lower(), role
