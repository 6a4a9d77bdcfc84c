"""inputs_from_mime: what drops and pastes of files, links, HTML and text turn into."""
from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QMimeData, QUrl

from unquote.ui.loading.drops import DropInput, inputs_from_mime

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "drops"
ARTICLE = FIXTURES / "article.txt"
PAGE = FIXTURES / "page with spaces.html"


def mime(urls: list[str] | None = None, text: str | None = None, html: str | None = None) -> QMimeData:
    data = QMimeData()
    if urls is not None:
        data.setUrls([QUrl.fromLocalFile(u) if u.startswith("/") else QUrl(u) for u in urls])
    if text is not None:
        data.setText(text)
    if html is not None:
        data.setHtml(html)
    return data


@pytest.mark.parametrize(
    ("kwargs", "expected"),
    [
        ({"urls": [str(ARTICLE)]}, [DropInput("file", str(ARTICLE))]),
        ({"urls": [str(ARTICLE), str(PAGE)]}, [DropInput("file", str(ARTICLE)), DropInput("file", str(PAGE))]),
        ({"urls": [QUrl.fromLocalFile(str(PAGE)).toString()]}, [DropInput("file", str(PAGE))]),
        ({"urls": ["https://example.org/news/story.html"]}, [DropInput("url", "https://example.org/news/story.html")]),
        (
            {"urls": ["http://127.0.0.1:8000/a"], "text": "http://127.0.0.1:8000/a",
             "html": '<a href="http://127.0.0.1:8000/a">a</a>'},
            [DropInput("url", "http://127.0.0.1:8000/a")],
        ),
        ({"urls": ["ftp://example.org/x.txt"], "text": "some words"}, [DropInput("text", "some words")]),
        ({"urls": ["mailto:desk@example.org"]}, []),
        ({"text": "  https://example.org/story  \n"}, [DropInput("url", "https://example.org/story")]),
        ({"text": "see https://example.org/story for more"},
         [DropInput("text", "see https://example.org/story for more")]),
        ({"text": "Ferries return to the harbour."}, [DropInput("text", "Ferries return to the harbour.")]),
        ({"text": "Ferries return.", "html": "<p>Ferries <b>return</b>.</p>"},
         [DropInput("text", "Ferries return.", "<p>Ferries <b>return</b>.</p>")]),
        ({"text": "   \n\t"}, []),
        ({}, []),
    ],
    ids=["file", "two-files", "file-url", "web-link", "browser-link", "ftp-falls-back-to-text", "mailto",
         "pasted-address", "address-in-prose", "plain-text", "html", "blank", "empty"],
)
def test_inputs_from_mime(qapp, kwargs, expected):
    assert inputs_from_mime(mime(**kwargs)) == expected


def test_html_only_drop_keeps_html_with_empty_text(qapp):
    data = QMimeData()
    data.setHtml("<p>Só <i>HTML</i> aqui</p>")
    assert inputs_from_mime(data) == [DropInput("text", "", "<p>Só <i>HTML</i> aqui</p>")]


def test_non_ascii_path_round_trips(qapp, tmp_path):
    path = tmp_path / "Übersicht – café.txt"
    path.write_text("Der Hafen ist wieder offen.\n", encoding="utf-8")
    [item] = inputs_from_mime(mime(urls=[str(path)]))
    assert item == DropInput("file", str(path))
    assert Path(item.value).read_text(encoding="utf-8").startswith("Der Hafen")
