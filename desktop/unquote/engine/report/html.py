"""The comparison as one self-contained HTML report (inline CSS, no scripts) or plain text.

Used by ``unquote compare --format html|text`` and the window's Export Report / Export PDF.
Every piece of document or user text goes through ``report_escape.escape``: an article that
contains ``<script>`` or a right-to-left override shows it as text.
"""
from __future__ import annotations

from ..results.findings import Finding, FindingPart, tags_in_words
from ..model import SIDES, Comparison, Document, Side
from ..appearance.naming import document_name
from .quotes import marked_stretches, ordered_findings, quote_counts, severity
from .escape import escape
from .rows import Row, aligned_rows, changed_spans, marked_runs
from .style import LEGEND, STYLE
from .text import render_text
from .words import (STATUS_NAMES, SUMMARY_ROWS, annotation_target, ignored_note, link_notes,
                           sentence_label)
from ..results.summary import summarize

__all__ = ["render_html", "render_text"]

#: Rows per piece of the side-by-side table (see ``_rows``).
ROWS_PER_TABLE = 40
HEADER = '<thead><tr><th width="42%">Left</th><th width="16%">Match</th><th width="42%">Right</th></tr></thead>'


def render_html(c: Comparison, breaks: frozenset[str] = frozenset()) -> str:
    """The whole report as one HTML page: summary, quotation findings and notes first,
    then the legend and the sentences side by side.

    Every table row starts with an anchor (``finding-N``, ``note-N``, ``row-N``); a row
    named in ``breaks`` starts a new table on a new page, with the header repeated (the
    PDF export uses it so that no row is split across pages).
    """
    rows = aligned_rows(c)
    title = f"{_title(c.left)} vs {_title(c.right)}"
    parts = [
        "<!DOCTYPE html>",
        '<html lang="en"><head><meta charset="utf-8">',
        f"<title>Unquote report: {escape(title)}</title>",
        f"<style>{STYLE}</style></head><body>",
        "<h1>Unquote comparison</h1>",
        _documents(c),
        _summary(c),
        _quotes(c, rows, breaks),
        _notes(c, breaks),
        _legend(),
        f"<h2>Ignored differences</h2><p>{escape(ignored_note(c))}</p>",
        _rows(c, rows, breaks),
        "</body></html>",
    ]
    return "\n".join(parts)


def _title(doc: Document) -> str:
    return document_name(doc)


def _documents(c: Comparison) -> str:
    cells = []
    for side in ("left", "right"):
        doc = c.document(side)
        meta = [escape(doc.source)] if doc.source and doc.source != _title(doc) else []
        meta += [f"{escape(k)}: {escape(v)}" for k, v in sorted(doc.metadata.items())]
        cells.append(
            f'<td width="50%"><b>{escape(_title(doc))}</b><br>'
            f'<span class="meta">{"<br>".join(meta)}</span></td>'
        )
    return (
        '<table width="100%" cellspacing="0" cellpadding="4">'
        '<tr><th>Left</th><th>Right</th></tr>'
        f"<tr>{''.join(cells)}</tr></table>"
    )


def _summary(c: Comparison) -> str:
    s = summarize(c)
    head = "<tr><th>Words</th><th>Left</th><th>Right</th></tr>"
    body = []
    for label, attr in SUMMARY_ROWS:
        cells = []
        for side in (s.left, s.right):
            count = getattr(side, attr)
            cells.append(f"<td>{side.share(count):.0%} ({count} of {side.words})</td>")
        body.append(f"<tr><td>{label}</td>{''.join(cells)}</tr>")
    pairs = (f"{s.links['identical']} identical, {s.links['reworded']} reworded, "
             f"{s.links['moved']} moved")
    return (
        "<h2>Summary</h2>"
        f'<table cellspacing="0" cellpadding="4">{head}{"".join(body)}</table>'
        f"<p>Sentence pairs: {pairs}.<br>Quotations: {escape(quote_counts(s.quotes))}.</p>"
    )


def _legend() -> str:
    rows = "".join(f"<tr><td>{sample}</td><td>{escape(text)}</td></tr>" for sample, text in LEGEND)
    return f'<h2>Legend</h2><table cellspacing="0" cellpadding="4">{rows}</table>'


def _sentences_html(c: Comparison, side: Side, indices: tuple[int, ...], row: Row) -> str:
    """One side's sentences of a row, numbered, with the diff's changed words marked."""
    tag = "del" if side == "left" else "ins"
    marks = changed_spans(row.link.diff, side) if row.link and row.kind == "reworded" else []
    doc = c.document(side)
    out = []
    for i in indices:
        s = c.sentences(side)[i]
        runs = marked_runs(doc.text, (s.start, s.end), marks)
        body = "".join(f"<{tag}>{escape(t)}</{tag}>" if m else escape(t) for t, m in runs)
        out.append(f'<span class="num">{sentence_label(side, (i,))}</span> {body}')
    return " ".join(out)


def _middle(row: Row) -> str:
    link = row.link
    if link is None:
        return "only in left" if row.kind == "left-only" else "only in right"
    return "<br>".join(link_notes(link, '<span class="moved">&#8597; moved</span>'))


#: What opens a table that must start on a new page.
PAGE_BREAK = '<table style="page-break-before: always" '


def _heading(title: str, first_key: str, breaks: frozenset[str]) -> str:
    """A section heading; it starts a new page when its table's first row must (so the
    heading is never left alone at the foot of a page)."""
    style = ' style="page-break-before: always"' if first_key in breaks else ""
    return f"<h2{style}>{title}</h2>"


def _break(key: str, breaks: frozenset[str], table: str) -> str:
    """Close the table and reopen it on a new page when the row ``key`` must start one
    (callers leave out a table's first row: it moves with its heading, see ``_heading``)."""
    if key not in breaks:
        return ""
    return "</table>" + table.replace("<table ", PAGE_BREAK, 1)


def _rows(c: Comparison, rows: list[Row], breaks: frozenset[str]) -> str:
    """The side-by-side table, cut into tables of ROWS_PER_TABLE rows.

    Qt lays out a table in time that grows faster than its row count (1000 rows in one
    table: 4.9 s to print, in tables of 40: 2.3 s; 3000 rows: 22 s against 8 s), and the
    PDF comes from the same HTML. Every cell carries its column width so the pieces line up;
    each piece's header is a <thead>, which Qt repeats at the top of every PDF page. Each
    row starts with an anchor ``row-N`` that the quotation findings link to.
    """
    table = '<table class="{}" width="100%" cellspacing="0" cellpadding="4">' + HEADER
    out = [_heading("Sentences side by side", "row-1", breaks),
           table.format("rows" if len(rows) > ROWS_PER_TABLE else "")]
    for n, row in enumerate(rows):
        piece = table.format("rows" if len(rows) - n > ROWS_PER_TABLE else "")
        if f"row-{n + 1}" in breaks and n:
            out.append(_break(f"row-{n + 1}", breaks, piece))
        elif n and n % ROWS_PER_TABLE == 0:
            out.append("</table>" + piece)
        kind = row.kind
        left_class = kind if kind != "right-only" else "only"
        right_class = kind if kind != "left-only" else "only"
        out.append(
            f'<tr><td width="42%" class="{left_class}"><a name="row-{n + 1}"></a>'
            f'{_sentences_html(c, "left", row.left, row)}</td>'
            f'<td width="16%" class="kind {kind}">{_middle(row)}</td>'
            f'<td width="42%" class="{right_class}">{_sentences_html(c, "right", row.right, row)}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)


def _quote_side(c: Comparison, side: Side, part: FindingPart) -> str:
    """One side of a finding's entry: its stretches with the word diff, speaker and verb."""
    m = c.quote_matches[part.matches[0]]
    index = m.quote(side)
    if index is None:
        if part.carrier is not None:
            return f'<span class="who">unquoted, {sentence_label(side, (part.carrier[1],))}</span>'
        return '<span class="who">no counterpart</span>'
    q = c.quotes(side)[index]
    tag = "del" if side == "left" else "ins"
    pieces = ["".join(f"<{tag}>{escape(t)}</{tag}>" if k else escape(t) for t, k in runs)
              for runs in marked_stretches(c, side, part)]
    who = f"{escape(q.speaker or 'speaker unresolved')} &middot; {escape(q.verb or 'no reporting verb')}"
    if q.verb_class == "loaded":
        who += " (loaded)"
    return f"&#8220;{' &#8230; '.join(pieces)}&#8221;<br><span class=\"who\">{who}</span>"


def _row_numbers(c: Comparison, rows: list[Row]) -> dict[tuple[Side, int], int]:
    """(side, sentence index) -> 1-based number of the table row that shows it."""
    out: dict[tuple[Side, int], int] = {}
    for n, row in enumerate(rows, 1):
        for i in row.left:
            out[("left", i)] = n
        for i in row.right:
            out[("right", i)] = n
    return out


def _row_link(c: Comparison, part: FindingPart, row_of: dict[tuple[Side, int], int]) -> str:
    """A link to the side-by-side row of the sentence that holds the entry's first quotation."""
    m = c.quote_matches[part.matches[0]]
    for side in SIDES:
        index = m.quote(side)
        if index is not None:
            q = c.quotes(side)[index]
            sentence = q.sentence if q.sentence is not None else next(
                (n for n, s in enumerate(c.sentences(side)) if s.start <= q.start < s.end), None)
            if sentence is not None and (side, sentence) in row_of:
                n = row_of[(side, sentence)]
                return f'<br><a href="#row-{n}" class="meta">row {n}</a>'
    return ""


def _entry_keys(f: Finding) -> list[str]:
    """The anchors of a finding's rows: ``finding-3`` for its first entry, ``finding-3.2`` ..."""
    return [f"finding-{f.number}"] + [f"finding-{f.number}.{k}" for k in range(2, len(f.parts) + 1)]


def _quotes(c: Comparison, rows: list[Row], breaks: frozenset[str]) -> str:
    """The quotation findings, most serious first, each under its number (engine.results.findings)."""
    found = ordered_findings(c)
    first = _entry_keys(found[0])[0] if found else ""
    out = [_heading("Quotation findings", first, breaks)]
    if not found:
        out.append("<p>No direct quotations found.</p>")
        return "\n".join(out)
    row_of = _row_numbers(c, rows)
    table = ('<table width="100%" cellspacing="0" cellpadding="4"><thead><tr><th width="20%">Finding</th>'
             '<th width="40%">Left</th><th width="40%">Right</th></tr></thead>')
    out.append(table)
    for f in found:
        sev = severity(f)
        tags = tags_in_words(f)
        for n, (part, key) in enumerate(zip(f.parts, _entry_keys(f), strict=True)):
            head = f'<span class="finding">{f.number}</span> <b>{escape(tags)}</b>' if n == 0 else ""
            lines = part.lines + (f.notes if n == len(f.parts) - 1 else ())
            if head:  # a line that only repeats the heading ("Dropped", "Wording changed") is not said twice
                lines = tuple(line for line in lines if line.casefold() != tags.casefold())
            said = "<br>".join([head] * bool(head) + [escape(line) for line in lines])
            out.append(
                f'{_break(key, breaks, table) if key != first else ""}<tr><td class="sev{sev}"><a name="{key}"></a>'
                f'{said}{_row_link(c, part, row_of)}</td>'
                f"<td>{_quote_side(c, 'left', part)}</td><td>{_quote_side(c, 'right', part)}</td></tr>"
            )
    out.append("</table>")
    return "\n".join(out)


def _notes(c: Comparison, breaks: frozenset[str]) -> str:
    out = [_heading("Notes", "note-1", breaks)]
    if not c.annotations:
        out.append("<p>No notes.</p>")
        return "\n".join(out)
    table = ('<table width="100%" cellspacing="0" cellpadding="4"><thead><tr><th width="18%">Status</th>'
             '<th width="41%">Note</th><th width="41%">On</th></tr></thead>')
    out.append(table)
    for n, a in enumerate(c.annotations, 1):
        out.append(
            f'{_break(f"note-{n}", breaks, table) if n > 1 else ""}<tr><td class="status"><a name="note-{n}"></a>'
            f'{escape(STATUS_NAMES[a.status])}</td><td>{escape(a.text)}</td>'
            f'<td class="meta">{escape(annotation_target(c, a))}</td></tr>'
        )
    out.append("</table>")
    return "\n".join(out)
