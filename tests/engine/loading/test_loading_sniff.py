"""Telling formats and encodings apart when the name does not say."""
from __future__ import annotations

from pathlib import Path

import pytest

from unquote.engine.loading import load_bytes, load_path
from unquote.engine.loading.sniff import looks_like_html, looks_like_markdown

SHARED = Path(__file__).resolve().parents[4] / "shared" / "data"


@pytest.mark.parametrize("text, expected", [
    ("# Title\n\nSome [link](https://a.example) here.", True),
    ("---\ntitle: x\n---\nBody.", True),
    ("Intro **bold** words\n\n```\ncode\n```\n", True),
    ("Heading\n=======\n\nAnd a [link](http://b.example).", True),
    ("# 1 reason only a heading\n\nPlain text.", False),
    ("The minister said: \"we will act\" - and left.\n- a dash list\n- more", False),
    ("Prices rose 5*3 times; the *star* witness spoke.", False),
    ("Scores: [3] and (4) are [not links] (really).", False),
])
def test_markdown_sniffing(text: str, expected: bool) -> None:
    assert looks_like_markdown(text) is expected


@pytest.mark.parametrize("text, expected", [
    ("<!DOCTYPE html><html><body><p>x</p></body></html>", True),
    ("  \n<!-- saved page -->\n<html lang='en'>", True),
    ("<HTML><BODY>Old page</BODY></HTML>", True),
    ("<p>A fragment only</p>", False),
    ("The <html> tag opens a page, he said.", False),
])
def test_html_sniffing(text: str, expected: bool) -> None:
    assert looks_like_html(text) is expected


@pytest.mark.parametrize("text, codec, encoding", [
    ("\u041c\u0438\u043d\u0438\u0441\u0442\u0440 \u0441\u043a\u0430\u0437\u0430\u043b, "
     "\u0447\u0442\u043e \u043f\u043b\u0430\u043d \u0433\u043e\u0442\u043e\u0432. "
     "\u042d\u0442\u043e \u0431\u044b\u043b\u043e \u0432\u0447\u0435\u0440\u0430.", "cp1251",
     "cp1251"),
    ("Officials said the \u201cplan\u201d wasn\u2019t final. " * 20, "cp1252", "windows-1252"),
    ("Der B\u00fcrgermeister sagte, der Plan sei \u201efertig\u201c.", "cp1252", "windows-1252"),
])
def test_guessed_encodings(tmp_path: Path, text: str, codec: str, encoding: str) -> None:
    path = tmp_path / "note.txt"
    path.write_bytes(text.encode(codec))
    document = load_path(path)
    assert (document.text, document.encoding) == (text, encoding)


def test_html_declared_charset(tmp_path: Path) -> None:
    body = "<p>The \u201cnew\u201d bridge opened on Friday after two years of work.</p>" * 3
    page = f"<html><head><meta charset=windows-1252><title>Bridge</title></head><body>{body}"
    path = tmp_path / "page.html"
    path.write_bytes((page + "</body></html>").encode("cp1252"))
    document = load_path(path)
    assert document.encoding == "windows-1252"
    assert "\u201cnew\u201d bridge" in document.text


@pytest.mark.parametrize("relative", [
    "seed/original.txt", "seed/rewrite.txt", "wikinews-immunity/immunity_original.txt",
    "wikinews-immunity/immunity_rewrite.txt", "wikinews-truncated-html/khashoggi_original.txt",
    "wikinews-health-docx/cow_urine_rewrite.txt",
])
def test_news_text_without_a_name_stays_plain_text(relative: str) -> None:
    path = SHARED / relative
    if not path.exists():
        pytest.skip(f"{path} is absent")
    document = load_bytes(path.read_bytes(), "stdin")
    assert (document.kind, document.encoding) == ("text", "utf-8")
    assert document.text.strip() in path.read_text(encoding="utf-8")


@pytest.mark.parametrize("data, text, encoding", [
    ("\u201cWe said it,\u201d she said. \u2014 Ende. ".encode("utf-8") * 3 + b"Caf\xe9 Nord.",
     "\u201cWe said it,\u201d she said. \u2014 Ende. " * 3 + "Caf\u00e9 Nord.",
     "utf-8+windows-1252"),
    (b"Caf\xe9 \x93Nord\x94 and cr\xe8me " * 3, "Caf\u00e9 \u201cNord\u201d and cr\u00e8me " * 3,
     "windows-1252"),
])
def test_stray_windows_bytes_in_utf8(tmp_path: Path, data: bytes, text: str,
                                     encoding: str) -> None:
    path = tmp_path / "mixed.txt"
    path.write_bytes(data)
    document = load_path(path)
    assert (document.text, document.encoding) == (text, encoding)
