"""Rebuild paragraphs from the positioned lines of a PDF's text layer.

Repeated page headers and footers and bare page numbers are dropped; lines are joined
into paragraphs, which end at a blank line, a large vertical gap, a change of font size,
an indented first line, or a line that ends a sentence well short of the column. A word
hyphenated across a line break is rejoined ("negoti-" + "ations"), keeping the hyphen
when the next line starts with a capital ("Witkoff-" + "Putin") or when the document
writes the word with its hyphen elsewhere.
"""
from __future__ import annotations

import re
import statistics
from collections import Counter
from dataclasses import dataclass


@dataclass(frozen=True)
class Line:
    """One line of a page: its text, left x, baseline y (upwards) and font size."""

    text: str
    x: float
    y: float
    size: float


_ROMAN = r"(?=[ivxlcdm])m{0,3}(?:cm|cd|d?c{0,3})(?:xc|xl|l?x{0,3})(?:ix|iv|v?i{0,3})"
_PAGE_NUMBER = re.compile(rf"^\s*(?:(?:page|p\.|seite)\s*)?[-–—(\[]?\s*(?:\d{{1,4}}|{_ROMAN})"
                          r"\s*[-–—)\]]?(?:\s*(?:of|/|von)\s*\d{1,4})?\s*$", re.IGNORECASE)
_SENTENCE_END = re.compile(r"[.!?…:][\"”’'»)\]]*\s*$")
_HYPHENATED = re.compile(r"(\w+)[-\u00ad]$")
_WORD = re.compile(r"\w+(?:-\w+)*")
#: Characters at the end of a paragraph searched for a hyphenated word (longer is no word).
_TAIL = 100
#: How many lines at the top and bottom of a page may be running headers or footers.
_EDGE_LINES = 2
#: A gap this many times the usual line spacing ends a paragraph.
_GAP_FACTOR = 1.5
#: A sentence-ending line shorter than this share of the usual line ends its paragraph.
_SHORT_LINE = 0.75
#: Font sizes further apart than this (points) belong to different paragraphs.
_SIZE_STEP = 1.0


def _edges(lines: list[Line]) -> dict[int, str]:
    """Index -> position-and-text key of the lines a running header or footer may occupy.

    Positions count the non-blank lines from the top (0, 1) and from the bottom (-1, -2);
    digits are masked so
    "Page 3" on one page matches "Page 4" on the next.
    """
    filled = [i for i, line in enumerate(lines) if line.text.strip()]
    keys: dict[int, str] = {}
    for offset in range(min(_EDGE_LINES, len(filled))):
        for index, position in ((filled[offset], offset), (filled[-1 - offset], -1 - offset)):
            masked = re.sub(r"\d+", "#", " ".join(lines[index].text.lower().split()))
            keys.setdefault(index, f"{position}:{masked}")
    return keys


def drop_running_lines(pages: list[list[Line]]) -> list[list[Line]]:
    """Pages without bare page numbers and headers/footers repeated on most pages."""
    edges = [_edges(lines) for lines in pages]
    counts = Counter(key for page_edges in edges for key in set(page_edges.values()))
    needed = max(2, (len(pages) + 1) // 2)
    kept_pages: list[list[Line]] = []
    for lines, page_edges in zip(pages, edges):
        kept_pages.append([line for i, line in enumerate(lines)
                           if i not in page_edges or not (_PAGE_NUMBER.match(line.text)
                                                          or counts[page_edges[i]] >= needed)])
    return kept_pages


def _typical(values: list[float], quantile: float) -> float:
    if not values:
        return 0.0
    ordered = sorted(values)
    return ordered[min(len(ordered) - 1, int(quantile * len(ordered)))]


def _starts_paragraph(prev: Line, line: Line, same_page: bool, spacing: float,
                      column: float, margin: float) -> bool:
    if not prev.text.strip() or not line.text.strip():
        return True
    if abs(line.size - prev.size) > _SIZE_STEP:
        return True
    if same_page and spacing > 0 and prev.y - line.y > _GAP_FACTOR * spacing:
        return True
    if line.x > margin + 1.5 * line.size and prev.x <= margin + 0.5 * prev.size:
        return True
    return bool(_SENTENCE_END.search(prev.text)) and len(prev.text.strip()) < _SHORT_LINE * column


def _join(lines: list[str], hyphenated_words: set[str]) -> str:
    """The lines as one paragraph; built from parts, and only the joined text's last
    ``_TAIL`` characters are searched for a hyphen, so long lines cost linear time."""
    parts: list[str] = []
    tail = ""
    for text in lines:
        text = text.strip()
        if not tail:
            parts, tail = [text], text[-_TAIL:]
            continue
        m = _HYPHENATED.search(tail)
        if m and text[:1].isalpha():
            first = _WORD.match(text)
            assert first is not None  # the line opens with a letter
            word = (m.group(1) + "-" + first.group(0)).lower()
            keep = tail[-1] == "-" and (text[0].isupper() or word in hyphenated_words)
            parts[-1] = parts[-1][:-1] + ("-" if keep else "")
            tail = tail[:-1] + ("-" if keep else "")
        else:
            parts.append(" ")
            tail += " "
        parts.append(text)
        tail = (tail + text)[-_TAIL:]
    return "".join(parts)


def paragraphs(pages: list[list[Line]]) -> list[str]:
    """The paragraphs of a PDF's pages, in reading order."""
    lines = [(n, line) for n, page in enumerate(pages) for line in page]
    lengths = [float(len(line.text.strip())) for _, line in lines if line.text.strip()]
    column = _typical(lengths, 0.8)
    gaps = [a.y - b.y for (pa, a), (pb, b) in zip(lines, lines[1:])
            if pa == pb and a.y - b.y > 0 and a.text.strip() and b.text.strip()]
    spacing = statistics.median(gaps) if gaps else 0.0
    margins = {n: min((line.x for line in page if line.text.strip()), default=0.0)
               for n, page in enumerate(pages)}
    hyphenated_words = {w.lower() for _, line in lines for w in _WORD.findall(line.text)
                        if "-" in w}
    groups: list[list[str]] = []
    prev: tuple[int, Line] | None = None
    for n, line in lines:
        if not line.text.strip():
            prev = (n, line)
            continue
        if prev is None or _starts_paragraph(prev[1], line, prev[0] == n, spacing, column,
                                             margins[n]):
            groups.append([])
        groups[-1].append(line.text)
        prev = (n, line)
    return [_join(group, hyphenated_words) for group in groups]
