"""Which loader a file needs: magic numbers, then the name's extension, then the content.

Magic numbers win over the extension (a PDF saved as .txt still loads as a PDF); the
extension decides between the textual formats, and only an unknown extension lets the
content decide whether text is HTML or Markdown.
"""
from __future__ import annotations

import os
import re
from typing import Literal

Kind = Literal["text", "markdown", "html", "docx", "pdf"]

_EXTENSIONS: dict[str, Kind] = {
    ".txt": "text", ".text": "text",
    ".md": "markdown", ".markdown": "markdown", ".mdown": "markdown", ".mkd": "markdown",
    ".html": "html", ".htm": "html", ".xhtml": "html",
    ".docx": "docx",
    ".pdf": "pdf",
}
_CONTENT_TYPES: dict[str, Kind] = {
    "text/plain": "text",
    "text/markdown": "markdown", "text/x-markdown": "markdown",
    "text/html": "html", "application/xhtml+xml": "html",
    "application/pdf": "pdf",
    "application/vnd.openxmlformats-officedocument.wordprocessingml.document": "docx",
}
#: Binary formats we do not read, by their first bytes, with the reason we give.
_REFUSED_MAGIC: tuple[tuple[bytes, str], ...] = (
    (b"\x89PNG\r\n\x1a\n", "it is an image (PNG), not a document"),
    (b"\xff\xd8\xff", "it is an image (JPEG), not a document"),
    (b"GIF87a", "it is an image (GIF), not a document"),
    (b"GIF89a", "it is an image (GIF), not a document"),
    (b"II*\x00", "it is an image (TIFF), not a document"),
    (b"MM\x00*", "it is an image (TIFF), not a document"),
    (b"\x1f\x8b", "it is a gzip archive, not a document"),
    (b"\x7fELF", "it is a program, not a document"),
)
ZIP_MAGIC = b"PK\x03\x04"
OLE_MAGIC = b"\xd0\xcf\x11\xe0\xa1\xb1\x1a\xe1"

_HTML_START = re.compile(r"\A\s*(<!--.*?-->\s*)*<(!doctype\s+html|html[\s>]|head[\s>]|body[\s>])",
                         re.IGNORECASE | re.DOTALL)
#: Markdown signals; every repetition is bounded, so a line of ``[`` or ``**`` costs linear time.
_MD_SIGNALS: tuple[re.Pattern[str], ...] = (
    re.compile(r"^#{1,6}[ \t]+\S", re.MULTILINE),                  # ATX heading
    re.compile(r"!?\[[^\]\n]{1,300}\]\([^)\s]{1,2000}(?:[ \t]+\"[^\"\n]{0,300}\")?\)"),  # link
    re.compile(r"(\*\*|__)\S(?:.{0,300}?\S)?\1"),                   # strong emphasis
    re.compile(r"^(```|~~~)", re.MULTILINE),                        # code fence
    re.compile(r"^\S.*\n(=+|-+)[ \t]*$", re.MULTILINE),             # setext heading
)
FRONT_MATTER = re.compile(r"\A---[ \t]*\n(.*?\n)?(---|\.\.\.)[ \t]*(\n|\Z)", re.DOTALL)


def kind_from_name(name: str) -> Kind | None:
    """The format a file name's (or URL path's) extension announces, or None."""
    path = name.split("#", 1)[0].split("?", 1)[0] if "://" in name else name
    return _EXTENSIONS.get(os.path.splitext(path)[1].lower())


def kind_from_content_type(content_type: str) -> Kind | None:
    """The format a MIME type (parameters allowed) announces, or None."""
    return _CONTENT_TYPES.get(content_type.split(";")[0].strip().lower())


def binary_kind(head: bytes) -> Kind | None:
    """pdf or docx when the first bytes say so (zip and OLE files go to the docx loader,
    which tells a Word document from other archives, old .doc and encrypted files)."""
    if head.lstrip(b"\x00\t\n\r ")[:5] == b"%PDF-":
        return "pdf"
    if head.startswith(ZIP_MAGIC) or head.startswith(OLE_MAGIC):
        return "docx"
    return None


def refused_reason(head: bytes) -> str | None:
    """Why a file with these first bytes cannot be a document, or None."""
    for magic, reason in _REFUSED_MAGIC:
        if head.startswith(magic):
            return reason
    return None


def looks_like_html(text: str) -> bool:
    """True for a whole HTML page (doctype, <html>, <head> or <body> first)."""
    return _HTML_START.match(text[:4096]) is not None


def looks_like_markdown(text: str) -> bool:
    """True when the text plainly is Markdown: front matter or two kinds of markup."""
    if FRONT_MATTER.match(text):
        return True
    sample = text[:100_000]
    return sum(1 for signal in _MD_SIGNALS if signal.search(sample)) >= 2
