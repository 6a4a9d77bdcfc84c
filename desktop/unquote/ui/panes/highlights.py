"""What each stretch of a displayed document should look like, as plain data.

Turns a Comparison into ``(start, end, role)`` spans for one side and into the short
descriptions shown on hover. No Qt here: the panes turn roles into text formats, the
overview strip into marks, the tests read the spans directly.
"""
from __future__ import annotations

from collections.abc import Iterator
from dataclasses import dataclass

from ...engine.model import Comparison, Link, QuoteMatch, Side
from .link_index import link_index


@dataclass(frozen=True)
class Highlight:
    """One styled stretch of a side's text; ``role`` names a palette role."""

    start: int
    end: int
    role: str
    moved: bool = False


def link_role(link: Link) -> str:
    """identical, identical-except (a filter hid a difference) or reworded."""
    if link.kind == "identical":
        return "identical-except" if link.ignored else "identical"
    return "reworded"


def quote_is_changed(match: QuoteMatch) -> bool:
    """Whether a quote comparison reports anything a reader should look at."""
    return bool(match.changes) or match.status != "matched"


def iter_sentence_highlights(c: Comparison, side: Side) -> Iterator[Highlight]:
    """One highlight per sentence of ``side`` (identical ones included, role identical)."""
    link_of = link_index(c, side)
    for index, sentence in enumerate(c.sentences(side)):
        n = link_of.get(index)
        if n is None:
            yield Highlight(sentence.start, sentence.end, "one-side")
        else:
            link = c.links[n]
            yield Highlight(sentence.start, sentence.end, link_role(link), link.moved)


def sentence_highlights(c: Comparison, side: Side) -> list[Highlight]:
    return list(iter_sentence_highlights(c, side))


#: Share of a pair's characters (on one side) changed beyond which the pair counts as a
#: heavy rewrite: its shared words are marked instead of nearly every word.
HEAVY_REWRITE = 0.6


def heavy_rewrite(c: Comparison, link: Link, side: Side) -> bool:
    """Whether most of this side of a pair is changed words (the pair is then a heavy
    rewrite on both sides)."""
    total = sum(c.sentences(side)[i].end - c.sentences(side)[i].start for i in getattr(link, side))
    wanted = "delete" if side == "left" else "insert"
    changed = 0
    for op in link.diff:
        if op.op == wanted:
            start, end = op.left if side == "left" else op.right
            changed += end - start
    return total > 0 and changed / total > HEAVY_REWRITE


def word_highlights(c: Comparison, side: Side) -> Iterator[Highlight]:
    """Deleted words on the left, inserted words on the right, from the links' diffs; on a
    heavy rewrite, the words both sentences share instead (role ``shared``)."""
    wanted = "delete" if side == "left" else "insert"
    role = "deleted" if side == "left" else "inserted"
    for link in c.links:
        heavy = heavy_rewrite(c, link, "left") or heavy_rewrite(c, link, "right")
        for op in link.diff:
            if op.op != ("equal" if heavy else wanted):
                continue
            start, end = op.left if side == "left" else op.right
            if end > start:
                yield Highlight(start, end, "shared" if heavy else role)


def quote_highlights(c: Comparison, side: Side) -> list[Highlight]:
    """Every quoted fragment of ``side``; quote-changed when its comparison reports a change."""
    changed: set[int] = set()
    for match in c.quote_matches:
        index = match.left if side == "left" else match.right
        if index is not None and quote_is_changed(match):
            changed.add(index)
    out: list[Highlight] = []
    for index, quote in enumerate(c.quotes(side)):
        role = "quote-changed" if index in changed else "quote"
        fragments = quote.fragments or ((quote.start, quote.end),)
        out.extend(Highlight(start, end, role) for start, end in fragments if end > start)
    return out


def describe_link(link: Link) -> str:
    """'Reworded, similarity 72%, moved' or 'Identical except case, punctuation'."""
    role = link_role(link)
    if role == "identical":
        text = "Identical"
    elif role == "identical-except":
        text = "Identical except " + ", ".join(link.ignored)
    else:
        text = f"Reworded, similarity {round(link.score * 100)}%"
    shape = f" ({len(link.left)} : {len(link.right)})" if len(link.left) + len(link.right) > 2 else ""
    extras = [x for x, on in (("moved", link.moved), ("linked by hand", link.origin == "manual")) if on]
    return text + shape + "".join(", " + x for x in extras)


def describe_sentence(c: Comparison, side: Side, index: int) -> str:
    """The hover text of one sentence."""
    n = link_index(c, side).get(index)
    if n is None:
        return "Only in the " + ("left" if side == "left" else "right") + " text"
    return describe_link(c.links[n])
