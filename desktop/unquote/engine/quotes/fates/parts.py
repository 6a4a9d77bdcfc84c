"""Quotations cut into parts: one per stretch between quote marks, matched on its own.

A rewrite often treats the stretches of an interrupted quotation (“…,” she said. “…”)
differently: it keeps one, credits another to someone else, turns a third into indirect
speech. Matching therefore pairs parts, not whole quotations; each part carries the
speaker, verb and form of the quotation it belongs to (the attribution that governs it).
"""
from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace

from ...model import Quote, whole_or_parts


@dataclass(frozen=True)
class Parts:
    """One side's parts in reading order, and where each comes from."""

    quotes: tuple[Quote, ...]  # one single-fragment Quote per part
    owner: tuple[int, ...]  # part -> index of its quotation
    fragment: tuple[int, ...]  # part -> index of its fragment in that quotation
    sizes: tuple[int, ...]  # quotation -> how many parts it has

    def same_quote(self, a: int, b: int) -> bool:
        return 0 <= a < len(self.owner) and 0 <= b < len(self.owner) and self.owner[a] == self.owner[b]

    def stored(self, parts: Sequence[int]) -> tuple[int, ...]:
        """The fragment indices of parts of one quotation, as a QuoteMatch stores them."""
        return whole_or_parts(tuple(self.fragment[p] for p in parts), self.sizes[self.owner[parts[0]]])


def split_parts(quotes: Sequence[Quote], text: str) -> Parts:
    """Every fragment of every quotation as a part of its own."""
    parts: list[Quote] = []
    owner: list[int] = []
    fragment: list[int] = []
    for n, q in enumerate(quotes):
        for f, (a, b) in enumerate(q.fragments):
            parts.append(q if len(q.fragments) == 1 else replace(q, start=a, end=b, fragments=((a, b),),
                                                                     text=text[a:b]))
            owner.append(n)
            fragment.append(f)
    return Parts(tuple(parts), tuple(owner), tuple(fragment), tuple(len(q.fragments) for q in quotes))
