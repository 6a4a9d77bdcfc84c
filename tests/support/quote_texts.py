"""Invented texts whose paragraphs are separated by blank lines: as Documents, and the
quotations found in them."""
from __future__ import annotations

from unquote.engine.model import Document, Quote
from unquote.engine.quotes import find_quotes
from unquote.engine.text.sentences import split_sentences


def document(text: str) -> Document:
    """``text`` as a Document, one paragraph per blank-line-separated part."""
    paragraphs, start = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    return Document(text=text, paragraphs=tuple(paragraphs))


def quotes(text: str) -> tuple[Quote, ...]:
    doc = document(text)
    return find_quotes(doc, split_sentences(doc.text, doc.paragraphs))
