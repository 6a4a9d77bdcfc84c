"""How the window shows a quotation finding: engine.results.findings' numbered findings as HTML,
with the word diff marked. Plain data and HTML, no Qt: the quote panel shows it, the tests read it.

The grouping, numbers, tags and the wording of every line ("Speaker: Daniel Pryce → Miriam
Osei", "Turned into paraphrase: …", "Dropped") are engine.results.findings'; this module adds each
entry's quoted stretches on both sides, changed words struck through (left) or underlined
(right), with speaker and verb.
"""
from __future__ import annotations

from html import escape

from ...engine.results.findings import KIND_NAMES, QUOTE_KINDS, Finding, FindingPart
from ...engine.model import Comparison, Side

#: Filter tags (engine.results.findings.QUOTE_KINDS), most serious first, with the names the filter box shows.
TAGS: tuple[tuple[str, str], ...] = tuple((kind, KIND_NAMES[kind]) for kind in QUOTE_KINDS)


def _marked(c: Comparison, side: Side, part: FindingPart) -> str:
    """The entry's stretches as HTML, changed words struck through (left) or underlined (right)."""
    text = c.document(side).text
    wanted, tag = ("delete", "s") if side == "left" else ("insert", "u")
    pieces = []
    for n in part.matches:
        m = c.quote_matches[n]
        spans = sorted((op.left if side == "left" else op.right) for op in m.diff if op.op == wanted)
        for first, last in m.spans(side, c.quotes(side)):
            out, at = [], first
            for start, end in spans:
                start, end = max(start, first), min(end, last)
                if end <= start or start < at:
                    continue
                out.append(escape(text[at:start]))
                out.append(f"<{tag}><b>{escape(text[start:end])}</b></{tag}>")
                at = end
            out.append(escape(text[at:last]))
            pieces.append("".join(out))
    return "“" + "” … “".join(pieces) + "”"


def _side_html(c: Comparison, side: Side, part: FindingPart) -> str:
    """One side of an entry: its marked stretches with speaker and verb, or what stands instead."""
    m = c.quote_matches[part.matches[0]]
    label = "Left" if side == "left" else "Right"
    index = m.quote(side)
    if index is None:
        return f"<div>{label}: <i>{'unquoted' if part.carrier else 'no counterpart'}</i></div>"
    q = c.quotes(side)[index]
    verb = escape(q.verb or "no reporting verb") + (" (a loaded verb)" if q.verb_class == "loaded" else "")
    who = f"{escape(q.speaker or 'speaker not named')}, {verb}"
    return f"<div>{label}: {_marked(c, side, part)}<br><small>{who}</small></div>"


def finding_html(c: Comparison, f: Finding) -> str:
    """One finding as the panel shows it: its number (a link to its first quote match) and
    tags, then each entry's lines and its two sides, then the notes on the whole."""
    tags = ", ".join(KIND_NAMES[t].lower() for t in f.tags)
    head = f'<a href="quote:{f.matches[0]}"><b>Finding {f.number}</b></a> <small>({escape(tags)})</small>'
    out = [f'<a name="f{f.number}"></a><p style="margin:0">{head}</p>']
    for part in f.parts:
        out.append("".join(f"<div><b>{escape(line)}</b></div>" for line in part.lines))
        out.append(_side_html(c, "left", part) + _side_html(c, "right", part))
    out += [f"<div><i>{escape(note)}</i></div>" for note in f.notes]
    return "".join(out)
