"""Which links are moved (outside the longest run kept in order on both sides), and the
skeleton that the in-order links form."""
from __future__ import annotations

from bisect import bisect_left

import numpy as np


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


class Corridor:
    """The in-order skeleton of a set of links and the boxes between its consecutive links."""

    def __init__(self, links: dict[int, int]) -> None:
        pairs = sorted(links.items())
        keep = [not m for m in moved_flags([((i,), (j,)) for i, j in pairs])]
        self.lefts = [i for (i, _), k in zip(pairs, keep) if k]
        self.rights = [j for (_, j), k in zip(pairs, keep) if k]

    def inside_all(self, i: np.ndarray, j: np.ndarray) -> np.ndarray:
        """Whether each pair (i[k], j[k]) lies in the corridor: on the skeleton when its left
        sentence is on it, else strictly between the right ends of the skeleton links around it."""
        lefts, rights = np.array(self.lefts, dtype=np.int64), np.array(self.rights, dtype=np.int64)
        n = len(lefts)
        if n == 0:
            return j > -1
        k = np.searchsorted(lefts, i)
        at = np.minimum(k, n - 1)
        on_skeleton = (k < n) & (lefts[at] == i)
        low = np.where(k > 0, rights[np.maximum(k - 1, 0)], -1)
        high = np.where(k < n, rights[at], 1 << 62)
        return np.where(on_skeleton, rights[at] == j, (low < j) & (j < high))
