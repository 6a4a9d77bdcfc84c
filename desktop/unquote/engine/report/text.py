"""The comparison as plain text for terminals: aligned pairs with markers, then the quotes.

Word changes use the wdiff convention, ``[-deleted-]`` and ``{+inserted+}``, so the report
stays readable without colour.
"""
from __future__ import annotations

import textwrap

from ..results.findings import Finding, FindingPart, headline
from ..model import Comparison, Document, Side
from .quotes import marked_stretches, ordered_findings, quote_counts
from .rows import Row, aligned_rows, changed_spans, marked_runs
from .words import (STATUS_NAMES, SUMMARY_ROWS, annotation_target, ignored_note, link_notes,
                           sentence_label)
from ..results.summary import summarize

WIDTH = 100
MARKERS = {"identical": "=", "reworded": "~", "left-only": "<", "right-only": ">"}
LEGEND = (
    "= identical   ~ reworded   < only in left   > only in right   "
    "[-deleted-]   {+inserted+}   ^ moved"
)


def render_text(c: Comparison) -> str:
    """The whole report as plain text."""
    lines = ["Unquote comparison", _doc_line("Left: ", c.left), _doc_line("Right:", c.right), ""]
    lines += _summary(c)
    lines += [_wrap(ignored_note(c), ""), "", LEGEND, "", "Sentences", "---------"]
    for row in aligned_rows(c):
        lines += _row(c, row)
    lines += ["", "Quotes, most serious first", "--------------------------"]
    lines += [line for f in ordered_findings(c) for line in _finding(c, f)] or ["No direct quotations found."]
    lines += ["", "Notes", "-----"]
    lines += [
        _wrap(f"[{STATUS_NAMES[a.status]}] {a.text} -- on {annotation_target(c, a)}", "")
        for a in c.annotations
    ] or ["No notes."]
    return "\n".join(lines) + "\n"


def _doc_line(label: str, doc: Document) -> str:
    title = doc.title or doc.source or "untitled"
    return f"{label} {title}" + (f" ({doc.source})" if doc.source and doc.source != title else "")


def _summary(c: Comparison) -> list[str]:
    s = summarize(c)
    lines = [f"{'Words':<24}{'Left':<24}Right"]
    for label, attr in SUMMARY_ROWS:
        cells = [f"{side.share(getattr(side, attr)):.0%} ({getattr(side, attr)} of {side.words})"
                 for side in (s.left, s.right)]
        lines.append(f"{label:<24}{cells[0]:<24}{cells[1]}")
    lines.append(f"Sentence pairs: {s.links['identical']} identical, {s.links['reworded']} reworded, "
                 f"{s.links['moved']} moved.")
    return lines + [_wrap(f"Quotations: {quote_counts(s.quotes)}.", ""), ""]


def _wrap(text: str, indent: str) -> str:
    return textwrap.fill(
        " ".join(text.split()), WIDTH, initial_indent=indent, subsequent_indent=" " * len(indent)
    )


def _marked(c: Comparison, side: Side, row: Row) -> str:
    marks = changed_spans(row.link.diff, side) if row.link and row.kind == "reworded" else []
    open_, close = ("[-", "-]") if side == "left" else ("{+", "+}")
    doc = c.document(side)
    parts = []
    for i in row.left if side == "left" else row.right:
        s = c.sentences(side)[i]
        runs = marked_runs(doc.text, (s.start, s.end), marks)
        parts.append("".join(f"{open_}{t}{close}" if m else t for t, m in runs))
    return " ".join(parts)


def _row(c: Comparison, row: Row) -> list[str]:
    kind = row.kind
    labels = [sentence_label("left", row.left)] if row.left else []
    labels += [sentence_label("right", row.right)] if row.right else []
    head = f"{MARKERS[kind]} {' | '.join(labels)}  "
    link = row.link
    if link is None:
        head += "only in left" if kind == "left-only" else "only in right"
        side: Side = "left" if kind == "left-only" else "right"
        return [head, _wrap(_marked(c, side, row), "    ")]
    notes = link_notes(link, "^ moved")
    lines = [head + ", ".join(notes)]
    if kind == "identical" and not link.ignored:
        return lines + [_wrap(_marked(c, "left", row), "    ")]
    return lines + [_wrap(_marked(c, "left", row), "    L: "), _wrap(_marked(c, "right", row), "    R: ")]


def _quote_line(c: Comparison, side: Side, part: FindingPart) -> str:
    prefix = "      L: " if side == "left" else "      R: "
    m = c.quote_matches[part.matches[0]]
    index = m.quote(side)
    if index is None:
        if part.carrier is not None:
            return _wrap(f"unquoted in {sentence_label(side, (part.carrier[1],))}", prefix)
        return _wrap("no counterpart", prefix)
    q = c.quotes(side)[index]
    open_, close = ("[-", "-]") if side == "left" else ("{+", "+}")
    stretches = ["".join(f"{open_}{t}{close}" if k else t for t, k in runs)
                 for runs in marked_stretches(c, side, part)]
    who = f"{q.speaker or 'speaker unresolved'}, {q.verb or 'no reporting verb'}"
    return _wrap(f"\u201c{' ... '.join(stretches)}\u201d -- {who}", prefix)


def _finding(c: Comparison, f: Finding) -> list[str]:
    """The finding's number and tags, then each entry's lines and its two sides."""
    lines = [f"{'!' if f.changed else ' '} {headline(f)}"]
    for part in f.parts:
        lines += [_wrap(line, "    ") for line in part.lines]
        lines += [_quote_line(c, "left", part), _quote_line(c, "right", part)]
    return lines + [_wrap(note, "    ") for note in f.notes]
