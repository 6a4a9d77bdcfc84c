"""Connected components by union-find, for the places that group quotations: the quote
assignment's candidate blocks, the parts that share a counterpart, and the findings that
share a quotation.

Written here rather than taken from scipy.sparse.csgraph, which loads scipy.linalg (0.2 s)
into every comparison and needs a matrix where these callers have keys.
"""
from __future__ import annotations

from collections.abc import Hashable, Iterable


class UnionFind:
    """Items 0..size-1; each component is named by its smallest item."""

    def __init__(self, size: int) -> None:
        self.parent = list(range(size))

    def find(self, x: int) -> int:
        parent = self.parent
        while parent[x] != x:
            parent[x] = parent[parent[x]]
            x = parent[x]
        return x

    def union(self, a: int, b: int) -> None:
        a, b = self.find(a), self.find(b)
        if a != b:
            self.parent[max(a, b)] = min(a, b)


def joined_by_keys(keys_of: Iterable[Iterable[Hashable]], size: int) -> UnionFind:
    """Items that share a key (item n has the keys ``keys_of[n]``) in one component."""
    found = UnionFind(size)
    holder: dict[Hashable, int] = {}
    for n, keys in enumerate(keys_of):
        for key in keys:
            found.union(n, holder.setdefault(key, n))
    return found
