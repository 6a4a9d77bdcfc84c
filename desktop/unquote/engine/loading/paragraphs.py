"""Paragraph spans: found in verbatim plain text, or made by joining extracted blocks.

In plain text, a blank-line-separated block counts as one paragraph when it is hard
wrapped (most of its lines stop mid-sentence); otherwise each non-empty line is one. A
text without any blank line has one paragraph per non-empty line.
"""
from __future__ import annotations

import re
from collections.abc import Iterable

from ..model import Span

_SENTENCE_END = re.compile(r"[.!?:;…\"”’'»)\]]\s*$")
#: A block is hard-wrapped when at least this share of its non-last lines runs on.
_WRAPPED_SHARE = 0.5


def _lines(text: str) -> list[Span]:
    """Spans of every line, without the newline."""
    spans: list[Span] = []
    pos = 0
    for line in text.split("\n"):
        spans.append((pos, pos + len(line)))
        pos += len(line) + 1
    return spans


def _trimmed(text: str, start: int, end: int) -> Span | None:
    while start < end and text[start].isspace():
        start += 1
    while end > start and text[end - 1].isspace():
        end -= 1
    return (start, end) if end > start else None


def _is_wrapped(text: str, block: list[Span]) -> bool:
    if len(block) < 2:
        return False
    running_on = sum(1 for s, e in block[:-1] if not _SENTENCE_END.search(text[s:e]))
    return running_on >= _WRAPPED_SHARE * (len(block) - 1)


def text_paragraphs(text: str) -> tuple[Span, ...]:
    """Paragraph spans of verbatim plain text (surrounding whitespace excluded)."""
    blocks: list[list[Span]] = [[]]
    for start, end in _lines(text):
        if text[start:end].strip():
            blocks[-1].append((start, end))
        elif blocks[-1]:
            blocks.append([])
    blocks = [b for b in blocks if b]
    has_blank_line = len(blocks) > 1
    spans: list[Span] = []
    for block in blocks:
        if has_blank_line and _is_wrapped(text, block):
            span = _trimmed(text, block[0][0], block[-1][1])
            spans.extend([span] if span else [])
        else:
            spans.extend(s for s in (_trimmed(text, a, b) for a, b in block) if s)
    return tuple(spans)


def join_blocks(blocks: Iterable[str]) -> tuple[str, tuple[Span, ...]]:
    """Join stripped, non-empty blocks with blank lines; return the text and their spans."""
    parts: list[str] = []
    spans: list[Span] = []
    pos = 0
    for block in blocks:
        block = block.strip()
        if not block:
            continue
        if parts:
            pos += 2
        spans.append((pos, pos + len(block)))
        parts.append(block)
        pos += len(block)
    return "\n\n".join(parts), tuple(spans)
