"""The HTML report of documents full of hostile text: parsed, it has no script, no link, no
extra table cell, and no bidirectional control that would reorder the report's own words."""
from __future__ import annotations

from dataclasses import replace
from html.parser import HTMLParser

import pytest

from unquote.engine.run.compare import compare
from unquote.engine.loading import load_text
from unquote.engine.model import Annotation
from unquote.engine.report import render_html

HOSTILE = ["<script>alert(1)</script>", "</td></tr></table><marquee>fake</marquee>",
           '<a href="javascript:alert(2)">x</a>', "javascript:alert(3)", "\u202etxt.exe",
           "\u2066isolated\u2069", '" onmouseover="alert(4)']


class Page(HTMLParser):
    def __init__(self) -> None:
        super().__init__()
        self.tags: list[str] = []
        self.attrs: list[tuple[str, str | None]] = []
        self.text: list[str] = []

    def handle_starttag(self, tag, attrs) -> None:
        self.tags.append(tag)
        self.attrs += attrs

    def handle_endtag(self, tag) -> None:
        self.tags.append("/" + tag)

    def handle_data(self, data) -> None:
        self.text.append(data)


def report(words: str) -> Page:
    left = load_text(f"title: Council {words}\n\nThe council met on Monday {words}.\n\n"
                     f"“We will act now {words},” said Mara Lind.\n\nThe plan costs four million.\n")
    right = load_text(f"title: Council votes {words}\n\nThe council met on Monday {words}.\n\n"
                      f"“We acted {words},” claimed Mara Lind.\n\nThe plan costs five million.\n")
    c = compare(replace(left, source=f"left {words}.txt", metadata={"author": words}), right)
    c = replace(c, annotations=(Annotation("n1", "link", (0,), (0,), f"Check {words}"),))
    page = Page()
    page.feed(render_html(c))
    return page


@pytest.mark.parametrize("words", HOSTILE)
def test_hostile_text_is_text_in_the_report(words):
    page, plain = report(words), report("plain words")
    assert set(page.tags) <= set(plain.tags) and "marquee" not in page.tags
    for tag in ("table", "tr", "td"):
        assert page.tags.count(tag) == page.tags.count("/" + tag)
    # the report's own links point inside the page (findings to their rows); nothing else links out
    assert not [a for a in page.attrs if a[0] == "src" or a[0].startswith("on")
                or (a[0] == "href" and not a[1].startswith("#"))]
    text = "".join(page.text)
    assert not set("\u202a\u202b\u202c\u202d\u202e\u2066\u2067\u2068\u2069") & set(text)
    visible = words.replace("\u202e", "[U+202E]").replace("\u2066", "[U+2066]").replace("\u2069", "[U+2069]")
    assert text.count(visible) >= 4
