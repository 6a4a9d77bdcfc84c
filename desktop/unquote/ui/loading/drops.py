"""What a drop or a paste carries, as inputs the window knows how to load.

Local files (file:// links included) become paths, http(s) links become URLs to download,
HTML becomes text with its HTML flavour kept for main-text extraction, plain text becomes
text. A browser dragging a link also offers the link as text and as an HTML anchor; the
links win, so the page is downloaded rather than its address turned into a document.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Literal

from PySide6.QtCore import QMimeData, QUrl

DropKind = Literal["file", "url", "text"]


@dataclass(frozen=True)
class DropInput:
    """One thing to load: a local path, a web address, or text (``html`` when HTML came too)."""

    kind: DropKind
    value: str
    html: str | None = None


def _from_url(url: QUrl) -> DropInput | None:
    if url.isLocalFile():
        return DropInput("file", url.toLocalFile())
    if url.scheme().lower() in ("http", "https") and url.host():
        return DropInput("url", url.toString())
    return None


def _single_web_address(text: str) -> str | None:
    """The text itself when it is nothing but one http(s) address."""
    stripped = text.strip()
    if not stripped or any(ch.isspace() for ch in stripped):
        return None
    url = QUrl(stripped, QUrl.ParsingMode.StrictMode)
    if url.isValid() and url.scheme().lower() in ("http", "https") and url.host():
        return url.toString()
    return None


def inputs_from_mime(mime: QMimeData) -> list[DropInput]:
    """The inputs a drop or paste carries, in the order offered; empty when nothing usable."""
    text = mime.text() if mime.hasText() else ""
    if mime.hasUrls():
        found = [item for item in (_from_url(u) for u in mime.urls()) if item is not None]
        if found:
            return found
        # Qt offers the links themselves as the text; unusable links are no text either.
        if set(text.split()) <= {u.toString() for u in mime.urls()}:
            text = ""
    if mime.hasHtml() and mime.html().strip():
        return [DropInput("text", text, mime.html())]
    address = _single_web_address(text)
    if address is not None:
        return [DropInput("url", address)]
    if text.strip():
        return [DropInput("text", text)]
    return []
