"""The same invented pair in other clothes (Markdown, Windows-1252 with CRLF, a saved web
page with site chrome, straight and British single quotes) compares as the plain text does."""
from pathlib import Path

import pytest

from unquote.engine.run.compare import compare
from unquote.engine.loading import load_path
from unquote.resources import data_path

SAMPLES = data_path("samples")


def paragraphs(path: Path) -> list[str]:
    return [p for p in path.read_text(encoding="utf-8").split("\n\n") if p.strip()]


def as_markdown(paras: list[str]) -> str:
    head, *body = paras
    return f"---\nauthor: Staff reporter\n---\n\n# {head}\n\n" + "\n\n".join(
        p.replace("district council", "*district council*", 1) for p in body) + "\n"


def as_web_page(paras: list[str]) -> str:
    head, *body = paras
    chrome = ("<header><nav><a href='/'>Home</a> <a href='/news'>News</a> <a href='/sport'>Sport</a></nav></header>"
              "<div class='cookie-banner'>We use cookies to improve your experience. Accept all cookies?</div>")
    article = f"<article><h1>{head}</h1>" + "".join(f"<p>{p}</p>" for p in body) + "</article>"
    aside = ("<aside class='related'><h2>Related stories</h2><ul><li><a href='/a'>“We will fight on,” says mayor of "
             "another town</a></li><li><a href='/b'>Bridge tolls to rise next year</a></li></ul></aside>"
             "<section id='comments'><h2>Comments</h2><p>“Typical council,” wrote one reader. “They never listen.”</p>"
             "</section><footer>© 2026 Wendle Gazette. All rights reserved. Share on social media.</footer>")
    return f"<!DOCTYPE html><html><head><title>{head} | Wendle Gazette</title></head><body>{chrome}{article}{aside}</body></html>"


def straight(text: str) -> str:
    return text.replace("“", '"').replace("”", '"').replace("’", "'").replace("‘", "'")


def british(text: str) -> str:
    return text.replace("“", "‘").replace("”", "’")


def summary(c) -> tuple:
    """What must not depend on the clothes: link shapes and kinds, quote findings."""
    links = sorted((len(k.left), len(k.right), k.kind == "identical") for k in c.links)
    quotes = sorted((m.status, tuple(x for x in m.changes if x in ("wording", "attribution", "verb")))
                    for m in c.quote_matches)
    return links, quotes, len(c.left_sentences), len(c.right_sentences)


@pytest.fixture(scope="module")
def plain():
    return compare(load_path(SAMPLES / "original.txt"), load_path(SAMPLES / "rewrite.txt"))


def write(tmp: Path, name: str, text: str, encoding: str = "utf-8", newline: str = "\n") -> Path:
    path = tmp / name
    path.write_bytes(text.replace("\n", newline).encode(encoding))
    return path


@pytest.mark.parametrize("variant", ["markdown", "cp1252-crlf", "web-page", "straight-quotes", "british-quotes"])
def test_variant_compares_like_the_plain_text(tmp_path, plain, variant):
    original = (SAMPLES / "original.txt").read_text(encoding="utf-8")
    rewrite = (SAMPLES / "rewrite.txt").read_text(encoding="utf-8")
    if variant == "markdown":
        left = write(tmp_path, "original.md", as_markdown(paragraphs(SAMPLES / "original.txt")))
        right = write(tmp_path, "rewrite.txt", rewrite)
    elif variant == "cp1252-crlf":
        left = write(tmp_path, "original.txt", original)
        right = write(tmp_path, "rewrite.txt", rewrite, encoding="cp1252", newline="\r\n")
    elif variant == "web-page":
        left = write(tmp_path, "original.txt", original)
        right = write(tmp_path, "rewrite.html", as_web_page(paragraphs(SAMPLES / "rewrite.txt")))
    elif variant == "straight-quotes":
        left = write(tmp_path, "original.txt", straight(original))
        right = write(tmp_path, "rewrite.txt", straight(rewrite))
    else:
        left = write(tmp_path, "original.txt", british(original))
        right = write(tmp_path, "rewrite.txt", british(rewrite))
    c = compare(load_path(left), load_path(right))
    assert summary(c) == summary(plain)
    if variant == "web-page":
        assert "cookies" not in c.right.text and "Typical council" not in c.right.text
        assert c.right.title.startswith("Historic Caslow ferry")
    if variant == "cp1252-crlf":
        assert c.right.encoding == "windows-1252" and "\r" not in c.right.text
