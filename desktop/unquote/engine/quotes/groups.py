"""Joined and split quotations: parts of one quotation that share a single counterpart.

After the one-to-one assignment of parts, a part left without a partner may be the rest
of a stretch its neighbour was paired with: the rewrite joined “…,” she said. “…” into
one quotation, or split one quotation into two parts. Such a part joins its neighbour's
match when the counterpart carries most of its content words beyond those the
neighbour already accounts for. Groups stay within one quotation on the side that has
several parts, so every match names one quotation per side.
"""
from __future__ import annotations

from collections import Counter

from .parts import Parts

#: Share of an unpaired part's content words its neighbour's counterpart must still hold.
_COVER = 0.5

Group = tuple[list[int], list[int]]  # left parts, right parts


def grow_groups(pairs: list[tuple[int, int]], left: Parts, right: Parts, left_stems: list[list[str]],
                right_stems: list[list[str]]) -> list[Group]:
    """The one-to-one pairs, each grown by the unpaired neighbouring parts it absorbs."""
    groups: list[Group] = [([i], [j]) for i, j in sorted(pairs)]
    _absorb(groups, 0, left, left_stems, right_stems)
    _absorb(groups, 1, right, right_stems, left_stems)
    return groups


def _absorb(groups: list[Group], side: int, parts: Parts, stems: list[list[str]],
            other_stems: list[list[str]]) -> None:
    """Add this side's unpaired parts to the group of a neighbouring part of the same quotation."""
    other = 1 - side
    group_of = {p: g for g, group in enumerate(groups) for p in group[side]}
    changed = True
    while changed:
        changed = False
        for u in range(len(parts.quotes)):
            if u in group_of or not stems[u]:
                continue
            for v in (u - 1, u + 1):
                g = group_of.get(v)
                if g is None or not parts.same_quote(u, v) or len(groups[g][other]) != 1:
                    continue
                target = Counter(other_stems[groups[g][other][0]])
                for p in groups[g][side]:
                    target -= Counter(stems[p])
                common = sum((Counter(stems[u]) & target).values())
                if common >= min(2, len(stems[u])) and common >= _COVER * len(stems[u]):
                    groups[g][side].append(u)
                    groups[g][side].sort()
                    group_of[u] = g
                    changed = True
                    break
