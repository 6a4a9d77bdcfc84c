"""The HTML and text reports of a hand-made comparison (tests/support/report_sample.py)."""
from __future__ import annotations

import re
from html.parser import HTMLParser

import pytest

from support.report_sample import sample_comparison
from unquote.engine.results.findings import Finding
from unquote.engine.model import QuoteMatch
from unquote.engine.report import render_html, render_text
from unquote.engine.report.quotes import severity
from unquote.engine.report.rows import Row, aligned_rows, marked_runs
from unquote.engine.settings import Settings


class Structure(HTMLParser):
    """Collects tags, checks that table elements are closed in order, and gathers cells."""

    VOID = {"meta", "br", "hr", "img", "link", "input", "col"}

    def __init__(self) -> None:
        super().__init__()
        self.stack: list[str] = []
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs):
        self.tags.append(tag)
        self.attrs += attrs
        if tag not in self.VOID:
            self.stack.append(tag)

    def handle_endtag(self, tag):
        assert self.stack and self.stack[-1] == tag, f"</{tag}> closes {self.stack[-1:]}"
        self.stack.pop()

    def handle_data(self, data):
        self.text.append(data)


@pytest.fixture(scope="module")
def comparison():
    return sample_comparison()


@pytest.fixture(scope="module")
def page(comparison):
    return render_html(comparison)


def parsed(page: str) -> Structure:
    p = Structure()
    p.feed(page)
    p.close()
    assert p.stack == []
    return p


def test_rows_follow_left_order_with_right_only_after_their_neighbour(comparison):
    rows = aligned_rows(comparison)
    assert [(r.left, r.right, r.kind) for r in rows] == [
        ((), (0,), "right-only"),  # no preceding right sentence: first
        ((0,), (), "left-only"),
        ((1,), (1,), "reworded"),
        ((2,), (4,), "identical"),
        ((), (5,), "right-only"),  # after the row of R5's predecessor R4
        ((3,), (3,), "reworded"),
        ((4,), (2,), "identical"),
        ((5,), (6,), "reworded"),
        ((6,), (), "left-only"),
    ]
    assert all(isinstance(r, Row) for r in rows)


@pytest.mark.parametrize(
    ("span", "marks", "expected"),
    [
        ((0, 11), [], [("hello world", False)]),
        ((0, 11), [(6, 11)], [("hello ", False), ("world", True)]),
        ((0, 11), [(0, 5), (5, 6)], [("hello ", True), ("world", False)]),
        ((2, 9), [(0, 3), (8, 20)], [("l", True), ("lo wo", False), ("r", True)]),
        ((0, 11), [(4, 4), (20, 30)], [("hello world", False)]),
    ],
    ids=["no-marks", "tail", "adjacent-marks-merge", "clipped-to-span", "empty-and-outside"],
)
def test_marked_runs(span, marks, expected):
    assert marked_runs("hello world", span, marks) == expected


@pytest.mark.parametrize(
    ("tags", "rank"),
    [
        (("attribution", "wording"), 0),
        (("wording", "verb"), 1),
        (("verb",), 2),
        (("dropped",), 3),
        (("added",), 3),
        (("paraphrased",), 4),
        (("outside-shared",), 5),
        (("unchanged",), 6),
    ],
)
def test_finding_severity_follows_its_most_serious_tag(tags, rank):
    assert severity(Finding(1, (0,), (0,), (), tags)) == rank


def test_html_is_self_contained_and_well_formed(page):
    p = parsed(page)
    assert "script" not in p.tags and "link" not in p.tags and "img" not in p.tags
    outside = [a for a in p.attrs if a[0] == "src" or a[0].startswith("on")
               or (a[0] == "href" and not (a[1] or "").startswith("#"))]
    assert not outside  # links only within the page
    assert page.startswith("<!DOCTYPE html>") and "<style>" in page


def test_document_text_is_escaped(page):
    assert "<script>" not in page
    assert "&lt;script&gt;alert(1)&lt;/script&gt;" in page
    assert "&lt;b&gt;century&lt;/b&gt;" in page and "<b>century</b>" not in page
    assert "<script>alert(1)</script>" in "".join(parsed(page).text)


def test_header_names_both_documents(page, comparison):
    assert "Council approves library renovation" in page and "Library to be rebuilt" in page
    assert comparison.left.source in page and comparison.right.source in page


def test_word_diff_marks_deleted_and_inserted_words(page):
    assert "<del>ninety years</del>" in page
    assert "<ins>a century</ins>" in page
    assert "<ins>old </ins>" in page
    assert "<del>librarian Tom Berg</del>" in page


def test_middle_column_names_kind_similarity_moves_and_hand_links(page):
    assert "reworded 81%" in page
    assert "moved" in page and "linked by hand" in page
    assert "ignoring letter case" in page
    assert "only in left" in page and "only in right" in page


def test_quote_table_puts_most_serious_first(page):
    quotes = page[page.index("<h2>Quotation findings</h2>"):page.index("<h2>Notes</h2>")]
    order = [quotes.index(s) for s in ("Speaker: Tom Berg \u2192 Ana Ruiz", "Wording changed", "Dropped")]
    assert order == sorted(order)
    assert "Tom Berg" in quotes and "Ana Ruiz" in quotes and "claimed" in quotes and "(loaded)" in quotes


def test_notes_show_status_and_target(page):
    notes = page[page.index("<h2>Notes</h2>"):]
    assert "confirmed change" in notes and "needs check" in notes
    assert "L4 \u2194 R4" in notes and "Criticism cut from the rewrite" in notes


def test_legend_and_ignored_note(page):
    assert "<h2>Legend</h2>" in page and "struck through" in page and "underlined" in page
    assert "Ignored when comparing: letter case" in page
    assert "1 pair shown as identical differ only in: letter case" in page


@pytest.mark.parametrize(
    ("settings", "expected"),
    [
        (Settings(ignore_typography=False), "Nothing was ignored"),
        (Settings(ignore_punctuation=True, ignore_typography=False), "Ignored when comparing: punctuation."),
    ],
)
def test_ignored_note_follows_settings(settings, expected):
    c = sample_comparison(settings=settings, links=sample_comparison().links[:1])
    assert expected in render_html(c) and expected in render_text(c)


def test_empty_quotes_and_notes_are_said(comparison):
    c = sample_comparison(quote_matches=(), annotations=())
    page, text = render_html(c), render_text(c)
    assert "No direct quotations found." in page and "No notes." in page
    assert "No direct quotations found." in text and "No notes." in text


def test_text_report_marks_pairs_and_changes(comparison):
    text = render_text(comparison)
    lines = text.splitlines()
    heads = [line.split("  ")[0] for line in lines if re.match(r"^[=~<>] [LR]\d", line)]
    assert heads == ["> R1", "< L1", "~ L2 | R2", "= L3 | R5", "> R6", "~ L4 | R4", "= L5 | R3",
                     "~ L6 | R7", "< L7"]
    assert "[-ninety years-]" in text and "{+a century+}" in text
    assert "^ moved" in text and "<script>alert(1)</script>" in text
    quotes = text[text.index("Quotes, most serious first"):text.index("\nNotes\n")]
    assert quotes.index("Speaker changed") < quotes.index("Wording changed") < quotes.index("Dropped")
    assert "Verb: said \u2192 claimed (a loaded verb)" in quotes
    assert "[confirmed change] Ask the desk" in text
    assert all(len(line) <= 100 for line in lines if not line.startswith(("Left:", "Right:")))


def test_quote_without_counterpart_shows_the_paraphrase_or_says_none():
    base = sample_comparison()
    c = sample_comparison(quote_matches=(
        QuoteMatch(2, None, "paraphrased", paraphrase=5),
        QuoteMatch(None, 1, "outside-shared"),
    ))
    page, text = render_html(c), render_text(c)
    petition = base.sentence_text("right", 5)
    assert '<span class="who">unquoted, R6</span>' in page and f"Turned into paraphrase: {petition}" in page
    assert "unquoted in R6" in text and f"Turned into paraphrase: {petition}" in " ".join(text.split())
    assert page.index("Turned into paraphrase") < page.index("Beyond the text both versions share")
    assert "no counterpart" in page and "no counterpart" in text


def test_report_opens_with_summary_findings_and_notes(page):
    order = [page.index(h) for h in ("<h2>Summary</h2>", "<h2>Quotation findings</h2>", "<h2>Notes</h2>",
                                     "<h2>Sentences side by side</h2>")]
    assert order == sorted(order)


def test_findings_are_numbered_and_link_to_their_rows(page, comparison):
    import re

    from unquote.engine.report.quotes import ordered_findings

    findings = page[page.index("<h2>Quotation findings</h2>"):page.index("<h2>Notes</h2>")]
    links = re.findall(r'href="#(row-\d+)"', findings)
    assert links and all(f'<a name="{anchor}"></a>' in page for anchor in links)
    numbers = [int(n) for n in re.findall(r'<span class="finding">(\d+)</span>', findings)]
    assert sorted(numbers) == list(range(1, len(numbers) + 1))  # each finding once, numbered in reading order
    assert numbers == [f.number for f in ordered_findings(comparison)]  # shown most serious first
    assert all(f'<a name="finding-{n}"></a>' in findings for n in numbers)
    assert "Speaker: Tom Berg \u2192 Ana Ruiz" in findings  # the speaker change spelled out: old → new


def test_a_break_starts_a_new_table_on_a_new_page(comparison):
    broken = render_html(comparison, frozenset({"row-3"}))
    at = broken.index('<a name="row-3">')
    assert broken.rfind("page-break-before: always", 0, at) > broken.rfind("</tr>", 0, at) - 400
    assert broken.count("<thead>") == render_html(comparison).count("<thead>") + 1


def test_a_break_on_a_first_row_moves_its_heading_too(comparison):
    broken = render_html(comparison, frozenset({"row-1"}))
    assert '<h2 style="page-break-before: always">Sentences side by side</h2>' in broken
    assert broken.count("page-break-before") == 1


def test_a_break_on_a_finding_row_cuts_the_findings_table(comparison):
    from unquote.engine.report.quotes import ordered_findings

    first, second = (f"finding-{f.number}" for f in ordered_findings(comparison)[:2])
    broken = render_html(comparison, frozenset({second}))
    at = broken.index(f'<a name="{second}">')
    assert broken.rfind("</table>", 0, at) < broken.rfind("<table style=\"page-break-before: always\"", 0, at)
    assert broken.count("<thead>") == render_html(comparison).count("<thead>") + 1
    heading = render_html(comparison, frozenset({first}))
    assert '<h2 style="page-break-before: always">Quotation findings</h2>' in heading
    assert heading.count("<thead>") == render_html(comparison).count("<thead>")
