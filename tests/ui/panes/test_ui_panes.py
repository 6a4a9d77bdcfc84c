"""Highlights, connector geometry and the overview strip for the hand-aligned fixture pair."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QPoint, QPointF
from PySide6.QtGui import QFont

from unquote.ui.panes.highlights import describe_link, quote_highlights, sentence_highlights, word_highlights


def char_format(view, index: int):
    """The format the character at code-point ``index`` of a view's text is drawn with."""
    return view.format_at(index)


@pytest.mark.parametrize("side, sentence, role", [
    ("left", 0, "reworded"), ("left", 2, "identical"), ("left", 3, "identical-except"),
    ("left", 4, "one-side"), ("right", 0, "identical"), ("right", 5, "one-side"),
])
def test_sentence_roles(known_pair, side, sentence, role):
    assert sentence_highlights(known_pair, side)[sentence].role == role


def test_moved_pair_is_flagged_on_both_sides(known_pair):
    assert sentence_highlights(known_pair, "left")[5].moved
    assert sentence_highlights(known_pair, "right")[0].moved


def test_word_and_quote_highlights(known_pair):
    left_text, right_text = known_pair.left.text, known_pair.right.text
    assert [left_text[h.start:h.end] for h in word_highlights(known_pair, "left")] == ["close", "have", " now"]
    assert [right_text[h.start:h.end] for h in word_highlights(known_pair, "right")] == ["shut", "had"]
    assert [h.role for h in quote_highlights(known_pair, "left")] == ["quote-changed"]


def test_filtered_difference_is_never_called_identical(known_pair):
    assert describe_link(known_pair.links[3]) == "Identical except case, punctuation"
    assert describe_link(known_pair.links[0]).startswith("Reworded, similarity 74%")


def test_panes_carry_the_formats(window, present, known_pair, qtbot):
    present(known_pair)
    left, right = window.views["left"], window.views["right"]
    qtbot.waitUntil(lambda: left.highlighting_done() and right.highlighting_done())
    p = window.palette_
    text = known_pair.left.text
    deleted = char_format(left, text.index("close"))
    assert deleted.background().color() == p.deleted
    inserted = char_format(right, known_pair.right.text.index("shut"))
    assert inserted.background().color() == p.inserted
    assert char_format(left, text.index("Residents")).background().color() == p.one_side
    assert char_format(left, text.index("Repairs")).background().style().name == "NoBrush"
    quote = char_format(left, text.index("choice"))
    assert quote.fontWeight() == QFont.Weight.Bold and quote.foreground().color() == p.quote_changed
    assert char_format(left, text.index("vote passed")).underlineStyle().name == "WaveUnderline"


def test_ribbons_join_partners_and_cross_where_moved(window, present, known_pair, qtbot):
    present(known_pair)
    band = window.band
    qtbot.waitUntil(lambda: len(band.ribbons()) == len(known_pair.links))
    paths = dict(band.ribbons())
    shift_l = band.mapFromGlobal(window.views["left"].viewport().mapToGlobal(QPoint(0, 0))).y()
    shift_r = band.mapFromGlobal(window.views["right"].viewport().mapToGlobal(QPoint(0, 0))).y()
    for n, link in enumerate(known_pair.links):
        box = paths[n].boundingRect()
        left_top, _ = window.views["left"].sentence_rect(link.left[0])
        right_top, _ = window.views["right"].sentence_rect(link.right[0])
        assert paths[n].contains(QPointF(1, left_top + shift_l + 3))
        assert paths[n].contains(QPointF(band.width() - 1, right_top + shift_r + 3))
        assert box.width() == pytest.approx(band.width(), abs=1)
    # the moved pair runs from the bottom left to the top right: it crosses the others
    moved = paths[4].boundingRect()
    first = paths[0].boundingRect()
    assert moved.top() <= first.top() and moved.bottom() >= first.bottom()


def test_overview_strip_marks_changes(window, present, known_pair):
    present(known_pair)
    left_roles = [role for _, _, role in window.strip.marks("left")]
    assert left_roles.count("one-side") == 1 and "reworded" in left_roles and "quote-changed" in left_roles
    assert all(0 <= a <= b <= 1 for a, b, _ in window.strip.marks("right"))


def test_summary_is_compact_and_links_the_legend(window, present, known_pair):
    present(known_pair)
    text = window.summary_panel.label.text()
    assert "Reworded" in text and "One side only" in text and "2 of 2 quotations with a finding" in text
    assert "href='legend:'" in text
