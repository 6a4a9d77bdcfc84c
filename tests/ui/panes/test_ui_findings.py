"""Quotation findings: the words of each kind of change, numbers, tag filters and counts,
the numbers in the panes' margins, and selection both ways (invented sentences)."""
from __future__ import annotations

import re
from dataclasses import replace

import pytest
from PySide6.QtCore import QPoint, Qt, QUrl
from unquote.engine.results.findings import finding_of_match, findings
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
from unquote.ui.panels.finding_text import finding_html

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


def _html(c: Comparison, n: int) -> str:
    """The panel's text of the finding that contains quote match ``n``."""
    return finding_html(c, finding_of_match(findings(c))[n])


@pytest.mark.parametrize("n, expected", [
    (0, ["Finding 1 (speaker changed)", "Speaker: Daniel Pryce → Miriam Osei"]),
    (1, ["Finding 2 (verb changed)", "Verb: said → claimed (a loaded verb)", "claimed (a loaded verb)"]),
    (2, ["Wording changed", "Right: “Fares stay roughly the same”", "Left: “Fares stay the same”"]),
    (3, ["Turned into paraphrase: Omar Hale said the budget is tight.", "Right: unquoted"]),
    (4, ["Dropped", "Left: “Nobody was hurt”", "Right: no counterpart"]),
    (5, ["Added", "Right: “Repairs start soon”", "Left: no counterpart"]),
])
def test_each_finding_spells_out_its_change(findings_pair, n, expected):
    text = plain(_html(findings_pair, n))
    for words in expected:
        assert words in text
    assert "similarity" not in text and "loaded-verb" not in text


def test_changed_words_are_marked_in_the_wording_finding(findings_pair):
    assert "<u><b>roughly </b></u>" in _html(findings_pair, 2)


def test_findings_are_numbered_in_reading_order_and_listed_most_serious_first(window, present, findings_pair):
    numbers = {n: f.number for n, f in finding_of_match(findings(findings_pair)).items()}
    assert numbers == {0: 1, 1: 2, 2: 3, 3: 4, 4: 5, 5: 6}
    present(findings_pair)
    listed = [int(n) for n in re.findall(r"Finding (\d+)", window.quote_panel.browser.toPlainText())]
    assert listed == [1, 3, 2, 5, 6, 4]  # speaker, wording, verb, dropped, added, paraphrased


def test_a_finding_counts_under_every_tag(window, present, findings_pair):
    both = QuoteMatch(0, 0, "matched", ("attribution", "verb", "loaded-verb"), 1.0)
    c = replace(findings_pair, quote_matches=(both,))
    assert findings(c)[0].tags == ("attribution", "verb")
    present(c)
    counts = window.quote_panel.counts()
    assert counts["attribution"] == counts["verb"] == 1 and counts["wording"] == 0


def test_the_parts_of_one_quotation_are_one_finding(window, present, findings_pair):
    split = (QuoteMatch(0, 0, "matched", ("attribution",), 1.0), QuoteMatch(0, 1, "matched", ("verb",), 1.0))
    c = replace(findings_pair, quote_matches=split)
    present(c)
    panel = window.quote_panel
    assert panel.number(0) == panel.number(1) == 1
    assert panel.filter.itemText(0) == "All quotations (1)"
    panel.select_finding(1)
    assert 'border="2"' in panel._entry(c, panel.finding(0))


def test_filters_count_every_tag_and_say_when_empty(window, present, findings_pair):
    present(findings_pair)
    panel = window.quote_panel
    labels = [panel.filter.itemText(i) for i in range(panel.filter.count())]
    assert labels[:4] == ["All quotations (6)", "Speaker changed (1)", "Wording changed (1)",
                          "Verb changed (1)"]
    assert "Beyond the text both versions share (0)" in labels
    panel.filter.setCurrentIndex(labels.index("Verb changed (1)"))
    assert "Finding 2" in panel.browser.toPlainText() and "Finding 1" not in panel.browser.toPlainText()
    panel.filter.setCurrentIndex(labels.index("Beyond the text both versions share (0)"))
    assert "No quotation is tagged “beyond the text both versions share”" in panel.browser.toPlainText()


def test_numbers_stand_at_the_quotations_and_clicks_select_both_ways(window, present, findings_pair, qtbot):
    present(findings_pair)
    left = window.views["left"]
    badges = left.badges()
    assert {number for _, number in badges.values()} == {1, 2, 3, 4, 5}  # every finding with a left quote
    rect = left.badge_rect(badges[0][0])
    assert rect.right() < left.cursorRect().left() + 40  # in the margin, before the text
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, pos=rect.center().toPoint())
    assert window.quote_panel.selected == 0
    assert 'border="2"' in window.quote_panel._entry(findings_pair, window.quote_panel.finding(0))
    browser = window.quote_panel.browser
    found = browser.document().find("Finding 2")
    with qtbot.waitSignal(window.quote_panel.quoteActivated) as signal:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton,
                         pos=browser.cursorRect(found).center() - QPoint(8, 0))
    assert signal.args == [1] and window.quote_panel.selected == 1
    spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.views["right"].extraSelections()]
    q = findings_pair.right_quotes[1]
    assert (q.start, q.end) in spans


def test_findings_are_remembered_and_handed_out_as_copies(findings_pair):
    first = findings(findings_pair)
    first.clear()  # a caller's list is its own
    assert [f.number for f in findings(findings_pair)] == [1, 2, 3, 4, 5, 6]
    noted = replace(findings_pair, view={"zoom": 2.0})
    assert findings(noted) == findings(findings_pair)
    fewer = replace(findings_pair, quote_matches=findings_pair.quote_matches[:2])
    assert [f.number for f in findings(fewer)] == [1, 2]  # other quote matches: their own findings


def _many_findings(count: int) -> Comparison:
    """``count`` quotations whose verb changed, one sentence each (and two unchanged ones)."""
    lines = [f'"Point {n} stands," said Ana Ruiz.' for n in range(count + 2)]
    left, ls = _doc(lines, "original")
    right, rs = _doc([line.replace("said", "claimed") for line in lines], "rewrite")
    lq = tuple(_quote(left, ls, n, "Ana Ruiz", "said") for n in range(count + 2))
    rq = tuple(_quote(right, rs, n, "Ana Ruiz", "claimed") for n in range(count + 2))
    links = tuple(Link((n,), (n,), "reworded", 0.9) for n in range(count + 2))
    matches = tuple(QuoteMatch(n, n, "matched", ("verb",) if n < count else (), 1.0) for n in range(count + 2))
    return Comparison(left, right, ls, rs, links, Settings(), lq, rq, matches)


def test_a_long_list_of_findings_is_shown_a_page_at_a_time(window, present):
    from unquote.ui.panels.quote_panel import PAGE

    panel = window.quote_panel
    present(_many_findings(PAGE + 30))

    def shown() -> list[int]:
        return [int(n) for n in re.findall(r"Finding (\d+)", panel.browser.toPlainText())]

    assert shown() == list(range(1, PAGE + 1))
    text = panel.browser.toPlainText()
    assert f"Show entries {PAGE + 1}–{PAGE + 30} of {PAGE + 30}" in text and "unchanged" not in text
    panel._clicked(QUrl("more:"))
    assert shown() == list(range(PAGE + 1, PAGE + 31))
    text = panel.browser.toPlainText()
    assert f"Show entries 1–{PAGE} of {PAGE + 30}" in text and "Show 2 unchanged quotations" in text
    panel.select_finding(3)  # a finding on the first page turns back to it
    assert shown()[0] == 1 and 'border="2"' in panel._entry(panel.comparison, panel.finding(3))
    panel.select_finding(PAGE + 31)  # an unchanged one: unfolded, on the page that holds it
    assert PAGE + 32 in shown() and shown()[0] == PAGE + 1


def test_next_quote_change_selects_and_scrolls_to_its_finding(window, present, findings_pair):
    present(findings_pair)
    window.actions_["next_quote_change"].trigger()
    assert window.quote_panel.selected is not None
    assert window.notes.focus_quote == window.quote_panel.selected


def _pair_with_diff(left_text: str, right_text: str) -> Comparison:
    """One reworded pair whose word diff is worked out by the engine's word differ."""
    from unquote.engine.text.worddiff import word_diff

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
