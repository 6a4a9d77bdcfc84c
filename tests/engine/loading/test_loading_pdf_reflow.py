"""Reflowing PDF lines into paragraphs: hyphenation, paragraph ends, running headers."""
from __future__ import annotations

import pytest

from unquote.engine.loading.formats.pdf_reflow import Line, drop_running_lines, paragraphs

FULL = "x" * 60


def column(*texts: str, top: float = 700, step: float = 14, size: float = 11) -> list[Line]:
    """Lines of one page, one below the other at the usual spacing."""
    return [Line(text=t, x=72, y=top - n * step, size=size) for n, t in enumerate(texts)]


@pytest.mark.parametrize("texts, expected", [
    (["the parties began negoti-", "ations at noon."], ["the parties began negotiations at noon."]),
    (["a meeting between the Witkoff-", "Putin teams"], ["a meeting between the Witkoff-Putin teams"]),
    (["a well-known fact and a well-", "known fact"], ["a well-known fact and a well-known fact"]),
    (["a soft\u00ad", "ware update"], ["a software update"]),
    (["the score was 3-", "2 at the end"], ["the score was 3- 2 at the end"]),
    (["Witkoff-Putin talks went on", "all night long"], ["Witkoff-Putin talks went on all night long"]),
])
def test_line_joins(texts: list[str], expected: list[str]) -> None:
    assert paragraphs([column(*texts)]) == expected


def test_paragraph_ends() -> None:
    page = column(FULL, "short end.", FULL, FULL + " no end here", "still same paragraph")
    gap = [Line(text="After a gap.", x=72, y=page[-1].y - 40, size=11),
           Line(text="Bigger type", x=72, y=page[-1].y - 54, size=16),
           Line(text="   ", x=72, y=page[-1].y - 68, size=11),
           Line(text="after blank", x=72, y=page[-1].y - 82, size=11),
           Line(text="indented start", x=100, y=page[-1].y - 96, size=11)]
    assert paragraphs([page + gap]) == [
        f"{FULL} short end.",
        f"{FULL} {FULL} no end here still same paragraph",
        "After a gap.",
        "Bigger type",
        "after blank",
        "indented start",
    ]


def test_paragraph_runs_across_pages() -> None:
    pages = [column(FULL, FULL + " and the"), column("story goes on and", FULL)]
    assert paragraphs(pages) == [f"{FULL} {FULL} and the story goes on and {FULL}"]


@pytest.mark.parametrize("headers, footers", [
    (["The Valley Courier"] * 3, ["Page 1 of 3", "Page 2 of 3", "Page 3 of 3"]),
    ([f"Valley Courier - {n} May 2024" for n in (1, 2, 3)], ["- 1 -", "- 2 -", "- 3 -"]),
    (["Valley Courier"] * 3, ["1", "2", "3"]),
    (["Valley Courier"] * 3, ["ix", "x", "xi"]),
    (["", "", ""], ["[12]", "13", "14"]),
])
def test_running_headers_and_page_numbers_dropped(headers: list[str], footers: list[str]) -> None:
    bodies = ["Sheep were counted.", "The vote was close, 12 to 11.", "Rain is due at 3 pm."]
    pages = [[Line(header, 72, 760, 9), *column(body), Line(footer, 300, 40, 9),
              Line(" ", 0, 0, 0)] for header, body, footer in zip(headers, bodies, footers)]
    kept = drop_running_lines(pages)
    assert [[line.text for line in page if line.text.strip()] for page in kept] == [
        [body] for body in bodies]


@pytest.mark.parametrize("edge", ["civil", "Mixed.", "2024 was a good year", "Page two"])
def test_words_at_page_edges_stay(edge: str) -> None:
    page = [Line(edge, 72, 760, 9), *column("Body line."), Line(edge, 72, 40, 9)]
    assert [line.text for line in drop_running_lines([page])[0]] == [edge, "Body line.", edge]


def test_repeated_lines_away_from_the_edges_stay() -> None:
    words = ["Oak", "Elm", "Ash"]
    pages = [[Line("Header", 72, 760, 9),
              *column(f"{w} first.", f"{w} second.", "Refrain line.", f"{w} last."),
              Line("Footer", 72, 40, 9)] for w in words]
    kept = drop_running_lines(pages)
    assert [line.text for line in kept[0]] == ["Oak first.", "Oak second.", "Refrain line.",
                                               "Oak last."]


def test_single_page_keeps_its_first_lines() -> None:
    page = [Line("The Valley Courier", 72, 760, 9), *column("Body line.")]
    assert [line.text for line in drop_running_lines([page])[0]] == ["The Valley Courier",
                                                                     "Body line."]
