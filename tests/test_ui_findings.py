"""Quotation findings: the words of each kind of change, numbers, tag filters and counts,
the numbers in the panes' margins, and selection both ways (invented sentences)."""
from __future__ import annotations

import re

import pytest
from PySide6.QtCore import QPoint, Qt
from unquote.engine.model import (
    Comparison,
    DiffOp,
    Document,
    Link,
    Quote,
    QuoteMatch,
    Sentence,
)
from unquote.engine.settings import Settings
from unquote.ui.panels.finding_text import finding_html, finding_numbers, finding_tags

LEFT = [
    '"The bridge is safe," said Daniel Pryce.',
    '"We will reopen in May," the mayor said.',
    '"Fares stay the same," said Ana Ruiz.',
    '"The budget is tight," said Omar Hale.',
    '"Nobody was hurt," said the chief.',
    "The weather was calm.",
]
RIGHT = [
    '"The bridge is safe," said Miriam Osei.',
    '"We will reopen in May," the mayor claimed.',
    '"Fares stay roughly the same," said Ana Ruiz.',
    "Omar Hale said the budget is tight.",
    "The weather was calm.",
    '"Repairs start soon," said Lee Park.',
]


def _doc(lines: list[str], name: str) -> tuple[Document, tuple[Sentence, ...]]:
    text = "\n\n".join(lines)
    spans, at = [], 0
    for line in lines:
        spans.append((at, at + len(line)))
        at += len(line) + 2
    doc = Document(text=text, paragraphs=tuple(spans), source=f"/tmp/{name}.txt", title=name, kind="text")
    return doc, tuple(Sentence(a, b, n) for n, (a, b) in enumerate(spans))


def _quote(doc: Document, sentences, n: int, speaker: str, verb: str, loaded: bool = False) -> Quote:
    s = sentences[n]
    start = s.start + 1
    end = doc.text.index('"', start) - 1
    return Quote(start, end, ((start, end),), doc.text[start:end], speaker=speaker, verb=verb,
                 verb_class="loaded" if loaded else "neutral", sentence=n)


@pytest.fixture
def findings_pair() -> Comparison:
    left, ls = _doc(LEFT, "original")
    right, rs = _doc(RIGHT, "rewrite")
    lq = (_quote(left, ls, 0, "Daniel Pryce", "said"), _quote(left, ls, 1, "the mayor", "said"),
          _quote(left, ls, 2, "Ana Ruiz", "said"), _quote(left, ls, 3, "Omar Hale", "said"),
          _quote(left, ls, 4, "the chief", "said"))
    rq = (_quote(right, rs, 0, "Miriam Osei", "said"), _quote(right, rs, 1, "the mayor", "claimed", True),
          _quote(right, rs, 2, "Ana Ruiz", "said"), _quote(right, rs, 5, "Lee Park", "said"))
    roughly = right.text.index("roughly ")
    wording = (DiffOp("insert", (lq[2].start + 11, lq[2].start + 11), (roughly, roughly + 8)),)
    links = tuple(Link((i,), (j,), "identical" if i == 5 else "reworded", 0.9) for i, j in
                  ((0, 0), (1, 1), (2, 2), (3, 3), (5, 4)))
    matches = (
        QuoteMatch(0, 0, "matched", ("attribution",), 1.0),
        QuoteMatch(1, 1, "matched", ("verb", "loaded-verb"), 1.0),
        QuoteMatch(2, 2, "matched", ("wording",), 0.9, diff=wording),
        QuoteMatch(3, None, "paraphrased", (), 0.8, paraphrase=3),
        QuoteMatch(4, None, "dropped"),
        QuoteMatch(None, 3, "added"),
    )
    return Comparison(left, right, ls, rs, links, Settings(), lq, rq, matches)


def plain(html: str) -> str:
    return re.sub(r"\s+", " ", re.sub(r"<[^>]+>", " ", html)).replace(" ,", ",").strip()


@pytest.mark.parametrize("n, expected", [
    (0, ["Speaker: Daniel Pryce → Miriam Osei"]),
    (1, ["Verb: said → claimed (a loaded verb)"]),
    (2, ["Wording:", "Right: “Fares stay roughly the same”"]),
    (3, ["Turned into paraphrase:", "Omar Hale said the budget is tight."]),
    (4, ["Dropped:", "“Nobody was hurt”"]),
    (5, ["Added:", "“Repairs start soon”"]),
])
def test_each_finding_spells_out_its_change(findings_pair, n, expected):
    text = plain(finding_html(findings_pair, n, 1))
    for words in expected:
        assert words in text
    assert "similarity" not in text and "loaded-verb" not in text


def test_changed_words_are_marked_in_the_wording_finding(findings_pair):
    assert "<u><b>roughly </b></u>" in finding_html(findings_pair, 2, 1)


def test_findings_are_numbered_most_serious_first(findings_pair):
    numbers = finding_numbers(findings_pair)
    assert numbers[0] == 1 and numbers[2] == 2 and numbers[1] == 3  # speaker, wording, verb
    assert (numbers[4], numbers[5], numbers[3]) == (4, 5, 6)  # dropped, added, paraphrased


def test_a_finding_counts_under_every_tag():
    m = QuoteMatch(0, 0, "matched", ("attribution", "verb", "loaded-verb"))
    assert finding_tags(m) == ("speaker", "verb")


def test_filters_count_every_tag_and_say_when_empty(window, present, findings_pair):
    present(findings_pair)
    panel = window.quote_panel
    labels = [panel.filter.itemText(i) for i in range(panel.filter.count())]
    assert labels[:4] == ["All quotations (6)", "Speaker changed (1)", "Wording changed (1)",
                          "Reporting verb changed (1)"]
    assert "Outside the shared part (0)" in labels
    panel.filter.setCurrentIndex(labels.index("Reporting verb changed (1)"))
    assert "Finding 3" in panel.browser.toPlainText() and "Finding 1" not in panel.browser.toPlainText()
    panel.filter.setCurrentIndex(labels.index("Outside the shared part (0)"))
    assert "No quotation is tagged “outside the shared part”" in panel.browser.toPlainText()


def test_numbers_stand_at_the_quotations_and_clicks_select_both_ways(window, present, findings_pair, qtbot):
    present(findings_pair)
    left = window.views["left"]
    badges = left.badges()
    assert {number for _, number in badges.values()} == {1, 2, 3, 4, 6}  # every finding with a left quote
    rect = left.badge_rect(badges[0][0])
    assert rect.right() < left.cursorRect().left() + 40  # in the margin, before the text
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.quote_panel.selected == 0
    assert 'border="2"' in window.quote_panel._entry(findings_pair, 0)
    browser = window.quote_panel.browser
    found = browser.document().find("Finding 3")
    with qtbot.waitSignal(window.quote_panel.quoteActivated) as signal:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                         pos=browser.cursorRect(found).center() - QPoint(8, 0))
    assert signal.args == [1] and window.quote_panel.selected == 1
    spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.views["right"].extraSelections()]
    q = findings_pair.right_quotes[1]
    assert (q.start, q.end) in spans


def test_next_quote_change_selects_and_scrolls_to_its_finding(window, present, findings_pair):
    present(findings_pair)
    window.actions_["next_quote_change"].trigger()
    assert window.quote_panel.selected is not None
    assert window.notes.focus_quote == window.quote_panel.selected


def _pair_with_diff(left_text: str, right_text: str) -> Comparison:
    """One reworded pair whose word diff is worked out by the engine's word differ."""
    from unquote.engine.worddiff import word_diff

    left, ls = _doc([left_text], "a")
    right, rs = _doc([right_text], "b")
    diff = word_diff(left.text, 0, right.text, 0, Settings())
    return Comparison(left, right, ls, rs, (Link((0,), (0,), "reworded", 0.5, diff=diff),), Settings())


@pytest.mark.parametrize("left_text, right_text, role", [
    ("The council closed the old bridge on Monday.", "The council shut the old bridge on Monday.", "deleted"),
    ("Officials said the repairs would take weeks.", "Engineers warned that fixing it could last a month.", "shared"),
])
def test_heavy_rewrites_mark_what_the_pair_shares(left_text, right_text, role):
    from unquote.ui.panes.highlights import word_highlights

    c = _pair_with_diff(left_text, right_text)
    marks = list(word_highlights(c, "left"))
    assert marks and {h.role for h in marks} == {role}
