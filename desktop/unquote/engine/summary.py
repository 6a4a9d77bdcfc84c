"""The figures a comparison is summed up by: shares of words and quote changes by kind."""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass

from .model import SIDES, Comparison, Side
from .textnorm import WORD

#: Quote findings from most to least serious: the order of the sidebar and the reports.
QUOTE_KINDS = ("attribution", "wording", "verb", "dropped", "added", "paraphrased",
               "outside-shared", "unchanged")


@dataclass(frozen=True)
class SideSummary:
    """Words of one document in identical, reworded and one-side-only sentences."""

    sentences: int
    words: int
    identical: int
    reworded: int
    one_side: int

    def share(self, count: int) -> float:
        return count / self.words if self.words else 0.0


@dataclass(frozen=True)
class Summary:
    left: SideSummary
    right: SideSummary
    links: Counter
    quotes: Counter

    def side(self, side: Side) -> SideSummary:
        return self.left if side == "left" else self.right


def quote_kind(status: str, changes: tuple[str, ...]) -> str:
    """The most serious finding of one quote match, as named in QUOTE_KINDS."""
    if status != "matched":
        return status
    for kind in ("attribution", "wording", "verb"):
        if kind in changes:
            return kind
    return "unchanged"


def summarize(c: Comparison) -> Summary:
    sides = {}
    for side in SIDES:
        kind_of = {}
        for link in c.links:
            for i in (link.left if side == "left" else link.right):
                kind_of[i] = link.kind
        text = c.document(side).text
        counts: Counter[str] = Counter()
        for i, s in enumerate(c.sentences(side)):
            counts[kind_of.get(i, "one-side")] += len(WORD.findall(text, s.start, s.end))
        sides[side] = SideSummary(len(c.sentences(side)), sum(counts.values()), counts["identical"],
                                  counts["reworded"], counts["one-side"])
    links: Counter[str] = Counter(link.kind for link in c.links)
    links["moved"] = sum(1 for link in c.links if link.moved)
    quotes: Counter[str] = Counter()
    for m in c.quote_matches:
        if m.status == "matched":
            for kind in ("attribution", "wording", "verb"):
                quotes[kind] += kind in m.changes
            quotes["unchanged"] += not any(k in m.changes for k in ("attribution", "wording", "verb"))
        else:
            quotes[m.status] += 1
    return Summary(sides["left"], sides["right"], links, quotes)


def summary_lines(c: Comparison) -> list[str]:
    """The short summary the command line prints."""
    s = summarize(c)
    lines = [f"links: {s.links['identical']} identical, {s.links['reworded']} reworded, "
             f"{s.links['moved']} moved"]
    for side in SIDES:
        d = s.side(side)
        name = c.document(side).title or c.document(side).source or side
        lines.append(f"{side:5s} {name}: {d.sentences} sentences, {d.words} words; identical "
                     f"{d.share(d.identical):.0%}, reworded {d.share(d.reworded):.0%}, "
                     f"only here {d.share(d.one_side):.0%}")
    found = ", ".join(f"{s.quotes[k]} {k}" for k in QUOTE_KINDS if s.quotes[k])
    lines.append(f"quotes: {len(c.left_quotes)} left, {len(c.right_quotes)} right"
                 + (f"; {found}" if found else ""))
    return lines
