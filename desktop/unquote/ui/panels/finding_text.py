"""What each quotation finding says, in words a newsroom uses, and how findings are
numbered and tagged. Plain data and HTML, no Qt: the quote panel shows it, the panes show
the numbers, the tests read it.

``finding_html`` is the one function that writes an entry's text ("Speaker: Daniel Pryce →
Miriam Osei", "Verb: said → claimed (a loaded verb)", the wording with its word diff,
"Turned into paraphrase:" with the sentence that now carries it, "Dropped", "Added").
"""
from __future__ import annotations

from html import escape

from ...engine.model import Comparison, DiffOp, Quote, QuoteMatch, Side
from ...engine.report.quotes import finding_order

#: Filter tags, most serious first, with the names the filter box shows.
TAGS: tuple[tuple[str, str], ...] = (
    ("speaker", "Speaker changed"),
    ("wording", "Wording changed"),
    ("verb", "Reporting verb changed"),
    ("dropped", "Dropped"),
    ("added", "Added"),
    ("paraphrased", "Turned into paraphrase"),
    ("outside", "Outside the shared part"),
    ("unchanged", "Unchanged"),
)
TAG_NAMES = dict(TAGS)

#: Which tag each QuoteMatch change or status carries.
_CHANGE_TAGS = {"attribution": "speaker", "wording": "wording", "truncated": "wording",
                "extended": "wording", "verb": "verb", "loaded-verb": "verb"}
_STATUS_TAGS = {"dropped": "dropped", "added": "added", "paraphrased": "paraphrased",
                "outside-shared": "outside"}


def finding_tags(m: QuoteMatch) -> tuple[str, ...]:
    """Every tag of a finding, in TAGS order (a quote whose speaker and verb both changed
    is counted under both)."""
    found = {_STATUS_TAGS[m.status]} if m.status in _STATUS_TAGS else set()
    found |= {_CHANGE_TAGS[c] for c in m.changes if c in _CHANGE_TAGS}
    if not found:
        found = {"unchanged"}
    return tuple(tag for tag, _ in TAGS if tag in found)


def finding_numbers(c: Comparison) -> dict[int, int]:
    """Quote-match index -> finding number (1-based), as the panel and the panes show it."""
    return {n: place + 1 for place, n in enumerate(finding_order(c))}


def _marked(c: Comparison, side: Side, quote: Quote, diff: tuple[DiffOp, ...]) -> str:
    """The quote's words as HTML, its changed words struck through (left) or underlined (right)."""
    text = c.document(side).text
    wanted, tag = ("delete", "s") if side == "left" else ("insert", "u")
    spans = sorted((op.left if side == "left" else op.right) for op in diff if op.op == wanted)
    pieces = []
    for f_start, f_end in quote.fragments or ((quote.start, quote.end),):
        out, at = [], f_start
        for start, end in spans:
            start, end = max(start, f_start), min(end, f_end)
            if end <= start or start < at:
                continue
            out.append(escape(text[at:start]))
            out.append(f"<{tag}><b>{escape(text[start:end])}</b></{tag}>")
            at = end
        out.append(escape(text[at:f_end]))
        pieces.append("".join(out))
    return "“" + " … ".join(pieces) + "”"


def _verb(q: Quote | None) -> str:
    if q is None or not q.verb:
        return "no reporting verb"
    return escape(q.verb) + (" (a loaded verb)" if q.verb_class == "loaded" else "")


def _speaker(q: Quote | None) -> str:
    return escape(q.speaker) if q is not None and q.speaker else "speaker not named"


def _line(label: str, body: str) -> str:
    return f"<div><b>{label}</b> {body}</div>"


def finding_lines(c: Comparison, m: QuoteMatch) -> list[str]:
    """The lines of one finding's text, as HTML."""
    left = c.left_quotes[m.left] if m.left is not None else None
    right = c.right_quotes[m.right] if m.right is not None else None
    lines: list[str] = []
    if left is not None and right is not None:
        if "attribution" in m.changes:
            lines.append(_line("Speaker:", f"{_speaker(left)} → {_speaker(right)}"))
        if "verb" in m.changes or "loaded-verb" in m.changes:
            lines.append(_line("Verb:", f"{_verb(left)} → {_verb(right)}"))
        worded = {"wording", "truncated", "extended"} & set(m.changes)
        if worded:
            how = {"truncated": " (shortened)", "extended": " (lengthened)"}
            extra = "".join(how[w] for w in sorted(worded) if w in how)
            lines.append(_line(f"Wording{extra}:", ""))
            lines.append(f"<div>Left: {_marked(c, 'left', left, m.diff)}</div>")
            lines.append(f"<div>Right: {_marked(c, 'right', right, m.diff)}</div>")
        else:
            lines.append(f"<div>{_marked(c, 'left', left, m.diff)}</div>")
        if "form" in m.changes:
            lines.append(_line("Form:", f"{escape(left.form)} quote → {escape(right.form)} quote"))
        if not ({"attribution", "verb", "loaded-verb"} & set(m.changes)):
            lines.append(f"<div><small>{_speaker(left)}, {_verb(left)}</small></div>")
        if not m.changes:
            lines.insert(0, _line("Unchanged", "in both texts"))
        return lines
    side: Side = "left" if left is not None else "right"
    quote = left if left is not None else right
    if quote is None:
        return [_line("No quotation", "")]
    said = f"<div>{_marked(c, side, quote, ())}</div><div><small>{_speaker(quote)}, {_verb(quote)}</small></div>"
    if m.status == "paraphrased":
        carrier = ""
        if m.paraphrase is not None:
            other: Side = "right" if side == "left" else "left"
            carrier = (f"<div>Now, without quote marks ({other} sentence {m.paraphrase + 1}): "
                       f"<i>{escape(c.sentence_text(other, m.paraphrase))}</i></div>")
        return [_line("Turned into paraphrase:", ""), said, carrier]
    if m.status == "dropped":
        return [_line("Dropped:", "the rewrite no longer quotes this"), said]
    if m.status == "added":
        return [_line("Added:", "a quotation the original does not have"), said]
    where = "the original" if side == "left" else "the rewrite"
    return [_line("Outside the shared part:", f"only {where} covers this stretch of the story"), said]


def finding_html(c: Comparison, n: int, number: int) -> str:
    """One finding as the panel shows it: its number and tags, then its lines."""
    m = c.quote_matches[n]
    tags = ", ".join(TAG_NAMES[t].lower() for t in finding_tags(m))
    head = f'<a href="quote:{n}"><b>Finding {number}</b></a> <small>({escape(tags)})</small>'
    return f'<a name="f{n}"></a><p style="margin:0">{head}</p>' + "".join(finding_lines(c, m))
