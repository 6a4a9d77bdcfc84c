"""Photo captions of web pages are article text, read where the photo stands."""
from __future__ import annotations

from pathlib import Path

import pytest
from unquote.engine.loading import load_path

BODY = [
    "The harbour ferry resumed its winter timetable on Monday after a month of repairs to its engine.",
    "Passengers queued from seven in the morning, and the first crossing left the pier on time.",
    "The operator said fares would stay at last year's level until the spring.",
]
CAPTION = "The repaired ferry leaves the north pier at dawn on Monday."


def page(figure: str) -> str:
    return ("<!DOCTYPE html><html><head><meta charset='utf-8'><title>Ferry Back in Service | Bay News</title>"
            "</head><body><header><nav><a href='/'>Home</a> <a href='/news'>News</a></nav></header>"
            "<main><article><h1>Ferry Back in Service</h1>"
            f"<p>{BODY[0]}</p>{figure}<p>{BODY[1]}</p><p>{BODY[2]}</p>"
            "</article></main><footer><p>Copyright Bay News. All rights reserved.</p></footer></body></html>")


@pytest.mark.parametrize("figure, expected", [
    (f"<figure><img src='ferry.jpg' alt=''><figcaption>{CAPTION}</figcaption></figure>",
     ["Ferry Back in Service", BODY[0], CAPTION, BODY[1], BODY[2]]),
    (("<figure><img src='ferry.jpg' alt=''><figcaption><span>The repaired ferry</span> "
     "<em>leaves the north pier</em> at dawn on Monday.</figcaption></figure>"),
     ["Ferry Back in Service", BODY[0], CAPTION, BODY[1], BODY[2]]),
    ("<figure><img src='ferry.jpg' alt=''></figure>",
     ["Ferry Back in Service", BODY[0], BODY[1], BODY[2]]),
])
def test_caption_is_a_paragraph_where_the_figure_stands(tmp_path: Path, figure: str, expected: list[str]) -> None:
    path = tmp_path / "ferry.html"
    path.write_text(page(figure), encoding="utf-8")
    document = load_path(path)
    assert [document.text[s:e] for s, e in document.paragraphs] == expected
    assert "Copyright" not in document.text and "Home" not in document.text
