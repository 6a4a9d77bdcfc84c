"""What a document and a comparison are called (window title, pane headers, reports, file
names): the title, else the file name, else the first words (pasted text)."""
from __future__ import annotations

import re
from pathlib import Path

from ..model import Document

#: Words of a pasted text used as its name.
FIRST_WORDS = 6
#: Longest suggested file name stem per document.
STEM_CHARS = 40


def first_words(text: str, count: int = FIRST_WORDS) -> str:
    """The first ``count`` words of ``text``, with an ellipsis when there are more."""
    words = text.split()
    return " ".join(words[:count]) + ("…" if len(words) > count else "")


def _is_name(value: str) -> bool:
    return bool(value) and value.strip().lower() not in ("pasted", "pasted text", "untitled", "-", "stdin")


def document_name(doc: Document | None) -> str:
    """A short name a reader recognises: the title, the file name, or the first words."""
    if doc is None:
        return "untitled"
    if _is_name(doc.title):
        return doc.title
    source = doc.source or ""
    if _is_name(source) and not source.startswith(("http://", "https://")):
        return Path(source).name
    if source.startswith(("http://", "https://")):
        return source.split("//", 1)[1].rstrip("/")
    return first_words(doc.text) or "untitled"


def _stem(doc: Document | None) -> str:
    name = document_name(doc)
    name = Path(name).stem if doc is not None and Path(doc.source or "").name == name else name
    cleaned = re.sub(r"[^\w-]+", "-", name.lower()).strip("-")
    return cleaned[:STEM_CHARS].rstrip("-") or "document"


def suggested_name(left: Document | None, right: Document | None, suffix: str) -> str:
    """``original-vs-rewrite.unquote`` from the two documents' names."""
    return f"{_stem(left)}-vs-{_stem(right)}.{suffix}"
