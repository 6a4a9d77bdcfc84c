"""The quotations found in an invented text whose paragraphs are separated by blank lines."""
from __future__ import annotations

from unquote.engine.model import Document, Quote
from unquote.engine.quotes import find_quotes
from unquote.engine.text.sentences import split_sentences


def quotes(text: str) -> tuple[Quote, ...]:
    paragraphs, start = [], 0
    for part in text.split("\n\n"):
        paragraphs.append((start, start + len(part)))
        start += len(part) + 2
    doc = Document(text=text, paragraphs=tuple(paragraphs))
    return find_quotes(doc, split_sentences(doc.text, doc.paragraphs))
