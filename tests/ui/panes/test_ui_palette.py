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
    from unquote.engine.appearance.palette import colours
    from unquote.engine.report.style import STYLE

    light = make_palette(False)
    for role in ("reworded", "deleted", "inserted", "one_side", "moved", "quote", "quote_changed", "note"):
        assert getattr(light, role).name() == getattr(colours(False), role)
        assert getattr(colours(False), role) in STYLE.lower(), role


#: Machado, Oliveira & Fernandes (2009) matrices, severity 1, on linear RGB.
DEFICIENCIES = {
    "protanopia": ((0.152286, 1.052583, -0.204868), (0.114503, 0.786281, 0.099216), (-0.003882, -0.048116, 1.051998)),
    "deuteranopia": ((0.367322, 0.860646, -0.227968), (0.280085, 0.672501, 0.047413), (-0.011820, 0.042940, 0.968881)),
    "tritanopia": ((1.255528, -0.076749, -0.178779), (-0.078411, 0.930809, 0.147602), (0.004733, 0.691367, 0.303900)),
}
#: CIE76 colour difference that reads as clearly different colours.
CLEARLY_DIFFERENT = 5.0


def seen_as_lab(hex_colour: str, matrix) -> tuple[float, float, float]:
    """CIE Lab of a colour as seen with a colour-vision deficiency."""
    def linear(v: int) -> float:
        x = v / 255
        return x / 12.92 if x <= 0.04045 else ((x + 0.055) / 1.055) ** 2.4
    rgb = [linear(int(hex_colour[i:i + 2], 16)) for i in (1, 3, 5)]
    r, g, b = (max(0.0, min(1.0, sum(row[k] * rgb[k] for k in range(3)))) for row in matrix)
    x = (0.4124 * r + 0.3576 * g + 0.1805 * b) / 0.9505
    y = 0.2126 * r + 0.7152 * g + 0.0722 * b
    z = (0.0193 * r + 0.1192 * g + 0.9505 * b) / 1.089

    def f(t: float) -> float:
        return t ** (1 / 3) if t > 0.008856 else 7.787 * t + 16 / 116
    return 116 * f(y) - 16, 500 * (f(x) - f(y)), 200 * (f(y) - f(z))


@pytest.mark.parametrize("dark", [False, True])
@pytest.mark.parametrize("deficiency", sorted(DEFICIENCIES))
def test_tints_stay_apart_for_colour_blind_readers(dark, deficiency):
    from itertools import combinations

    from unquote.engine.appearance.palette import colours

    p = colours(dark)
    seen = {t: seen_as_lab(p.role(t), DEFICIENCIES[deficiency]) for t in TINTS}
    for a, b in combinations(TINTS, 2):
        distance = sum((u - v) ** 2 for u, v in zip(seen[a], seen[b])) ** 0.5
        assert distance >= CLEARLY_DIFFERENT, (a, b, round(distance, 1))
