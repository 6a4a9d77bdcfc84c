"""Plain text: shown verbatim apart from line endings and a leading metadata prefix.

A scorer maps sentence offsets back to the file, so nothing is reflowed or trimmed here
beyond the prefix and the blank lines before the first text.
"""
from __future__ import annotations

from ...model import Document
from ..metadata import split_prefix
from ..paragraphs import text_paragraphs


def normalise_newlines(text: str) -> str:
    """CRLF and lone CR become LF."""
    if "\r" not in text:
        return text
    return text.replace("\r\n", "\n").replace("\r", "\n")


def load_plain(text: str, *, source: str, kind: str = "text", encoding: str = "") -> Document:
    """A Document of verbatim text; ``kind`` is ``text`` for files, ``pasted`` for pastes."""
    text = normalise_newlines(text)
    metadata, start = split_prefix(text)
    shown = text[start:]
    shown = shown[len(shown) - len(shown.lstrip("\n")):]
    return Document(text=shown, paragraphs=text_paragraphs(shown), source=source,
                    title=metadata.get("title", ""), kind=kind, encoding=encoding,
                    metadata=metadata)
