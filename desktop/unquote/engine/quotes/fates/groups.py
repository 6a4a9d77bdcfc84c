"""Joined and split quotations: parts that share a single counterpart.

After the one-to-one assignment of parts, a part left without a partner may be the rest
of a stretch its neighbour was paired with: the rewrite joined “…,” she said. “…” into
one quotation, split one quotation into two parts, or spread one stretch over two
quotations of their own (“…,” she said. / “…,” she added.). Such a part joins its
neighbour's counterpart when that counterpart carries most of its content words beyond
those already accounted for. A part of the same quotation joins the neighbour's match
(one match, n:1); a part of the next quotation, within two sentences, gets a match of its
own that shares the counterpart, so every match still names one quotation per side.
"""
from __future__ import annotations

from collections import Counter
from collections.abc import Sequence

from ...structures.unionfind import joined_by_keys
from .parts import Parts

#: Share of an unpaired part's content words its neighbour's counterpart must still hold.
_COVER = 0.5
#: Most sentences between two quotations whose parts may share a counterpart.
_GAP = 2

Group = tuple[list[int], list[int]]  # left parts, right parts


def grow_groups(pairs: list[tuple[int, int]], left: Parts, right: Parts, left_stems: list[list[str]],
                right_stems: list[list[str]], left_where: Sequence[set[int]],
                right_where: Sequence[set[int]]) -> list[Group]:
    """The one-to-one pairs, grown by the unpaired neighbouring parts they absorb."""
    groups: list[Group] = [([i], [j]) for i, j in sorted(pairs)]
    _absorb(groups, 0, left, left_stems, right_stems, left_where)
    _absorb(groups, 1, right, right_stems, left_stems, right_where)
    return groups


def clusters(groups: list[Group]) -> list[Group]:
    """For each group, all parts of the groups that share a part with it (itself when none):
    the words a shared counterpart is compared with."""
    found = joined_by_keys((((side, p) for side in (0, 1) for p in group[side]) for group in groups), len(groups))
    find = found.find
    merged: dict[int, tuple[set[int], set[int]]] = {}
    for g, (lefts, rights) in enumerate(groups):
        into = merged.setdefault(find(g), (set(), set()))
        into[0].update(lefts)
        into[1].update(rights)
    return [(sorted(merged[find(g)][0]), sorted(merged[find(g)][1])) for g in range(len(groups))]


def _absorb(groups: list[Group], side: int, parts: Parts, stems: list[list[str]],
            other_stems: list[list[str]], where: Sequence[set[int]]) -> None:
    """Attach this side's unpaired parts to the counterpart of a neighbouring part."""
    other = 1 - side
    holders = Counter(p for group in groups for p in group[side])
    group_of = {p: g for g, group in enumerate(groups) for p in group[side] if holders[p] == 1}
    attached: dict[int, list[int]] = {}  # counterpart -> this side's parts already compared with it
    for group in groups:
        if len(group[other]) == 1:
            attached.setdefault(group[other][0], []).extend(group[side])
    changed = True
    while changed:
        changed = False
        for u in range(len(parts.quotes)):
            if u in group_of or holders[u] or not stems[u]:
                continue
            for v in (u - 1, u + 1):
                g = group_of.get(v)
                if g is None or len(groups[g][other]) != 1:
                    continue
                same = parts.same_quote(u, v)
                if not same and not _near(where[u], where[v]):
                    continue
                counterpart = groups[g][other][0]
                target = Counter(other_stems[counterpart])
                for p in attached[counterpart]:
                    target -= Counter(stems[p])
                common = sum((Counter(stems[u]) & target).values())
                if common < min(2, len(stems[u])) or common < _COVER * len(stems[u]):
                    continue
                if same:
                    groups[g][side].append(u)
                    groups[g][side].sort()
                else:
                    groups.append(([u], [counterpart]) if side == 0 else ([counterpart], [u]))
                    g = len(groups) - 1
                group_of[u] = g
                holders[u] = 1
                attached[counterpart].append(u)
                changed = True
                break


def _near(a: set[int], b: set[int]) -> bool:
    """Whether two parts' sentences are at most _GAP sentences apart."""
    return bool(a) and bool(b) and (min(b) - max(a) <= _GAP and min(a) - max(b) <= _GAP)
