"""Which links are moved: those outside the longest run kept in order on both sides."""
from __future__ import annotations

from bisect import bisect_left


def moved_flags(groups: list[tuple[tuple[int, ...], tuple[int, ...]]]) -> list[bool]:
    """For each group, whether it is out of order relative to the others.

    The groups that stay in order form the longest increasing subsequence of right
    positions taken in left order (weighted by nothing: a patience sort, O(n log n));
    every other group was moved by the rewrite.
    """
    order = sorted(range(len(groups)), key=lambda n: min(groups[n][0]))
    keys = [min(groups[n][1]) for n in order]
    tails: list[int] = []
    tail_at: list[int] = []
    back = [-1] * len(keys)
    for pos, key in enumerate(keys):
        k = bisect_left(tails, key)
        if k == len(tails):
            tails.append(key)
            tail_at.append(pos)
        else:
            tails[k] = key
            tail_at[k] = pos
        back[pos] = tail_at[k - 1] if k else -1
    keep: set[int] = set()
    pos = tail_at[-1] if tail_at else -1
    while pos >= 0:
        keep.add(order[pos])
        pos = back[pos]
    return [n not in keep for n in range(len(groups))]
