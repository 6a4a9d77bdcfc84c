"""Documents built from extracted blocks (Markdown, HTML, Word, PDF): metadata prefixes
are lifted off the first blocks, then the blocks are joined with blank lines."""
from __future__ import annotations

from ..model import Document
from .metadata import split_prefix
from .paragraphs import join_blocks


def lift_prefix(blocks: list[str]) -> tuple[dict[str, str], list[str]]:
    """Metadata at the start of the first blocks, and the blocks without it."""
    found: dict[str, str] = {}
    rest = list(blocks)
    while rest:
        metadata, start = split_prefix(rest[0])
        if not metadata:
            break
        for key, value in metadata.items():
            found.setdefault(key, value)
        remainder = rest[0][start:]
        if remainder.strip():
            rest[0] = remainder
            break
        rest.pop(0)
    return found, rest


def document_from_blocks(blocks: list[str], *, source: str, kind: str, title: str = "",
                         encoding: str = "", metadata: dict[str, str] | None = None) -> Document:
    """Join ``blocks`` into a Document; prefix metadata fills in what ``metadata`` lacks."""
    lifted, rest = lift_prefix(blocks)
    merged = {**lifted, **(metadata or {})}
    text, spans = join_blocks(rest)
    return Document(text=text, paragraphs=spans, source=source,
                    title=title or merged.get("title", ""), kind=kind, encoding=encoding,
                    metadata=merged)
