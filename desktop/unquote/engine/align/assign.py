"""One-to-one assignment of candidate pairs, helped by context and bound by the user.

A pair's decision score is its lexical score plus a bonus when a neighbouring pair (one
sentence before or after on each side, in either direction) is also a strong pair: true
partners sit among partners, a near-duplicate decoy sits among strangers. Pairs are taken
greedily, best first. A second pass recomputes that bonus from the links the first pass
kept and adds an order prior: the links of the first pass that stay in order form a
skeleton (from the first pass's confident links, ``anchor_threshold``), and a pair that
falls in the corridor between two consecutive skeleton links gets its kept neighbours
counted more (a retelling that keeps the order vouches for its weak pairs), one outside it
a small penalty (a moved sentence needs firmer evidence),
unless it sits next to a first-pass link in the same order: a sentence that moved together
with its neighbour carries no extra doubt. Neighbours copied word for word vouch for
nothing: a pair beside one needs content words of its own in common. The user's decisions
come first: manual links are fixed, unlinked sentences are kept out, not-a-match pairs are
never made. Last, the gaps left between the in-order links are filled with weaker pairs
that keep the order (gaps.py).
"""
from __future__ import annotations

from dataclasses import dataclass

import numpy as np

from ..model import Decision
from ..settings import Settings
from .gaps import fill_gaps
from .order import Corridor

NEIGHBOURS = ((-1, -1), (1, 1), (-1, 1), (1, -1))
#: The neighbours that keep the order: the pair before and the pair after.
IN_ORDER = ((-1, -1), (1, 1))


@dataclass(frozen=True)
class Constraints:
    """What the user's decisions allow: fixed groups, excluded sentences, forbidden pairs."""

    fixed: tuple[tuple[tuple[int, ...], tuple[int, ...]], ...]
    busy_left: frozenset[int]
    busy_right: frozenset[int]
    forbidden: frozenset[tuple[int, int]]

    @classmethod
    def from_decisions(cls, decisions: tuple[Decision, ...] | list[Decision], n: int, m: int) -> Constraints:
        fixed: list[tuple[tuple[int, ...], tuple[int, ...]]] = []
        busy_l: set[int] = set()
        busy_r: set[int] = set()
        forbidden: set[tuple[int, int]] = set()
        for d in decisions:
            left = tuple(i for i in d.left if 0 <= i < n)
            right = tuple(j for j in d.right if 0 <= j < m)
            if d.kind == "link" and left and right:
                fixed.append((left, right))
                busy_l.update(left)
                busy_r.update(right)
            elif d.kind == "unlink":
                busy_l.update(left)
                busy_r.update(right)
            elif d.kind == "not-a-match":
                forbidden.update((i, j) for i in left for j in right)
        return cls(tuple(fixed), frozenset(busy_l), frozenset(busy_r), frozenset(forbidden))

    def allows(self, i: int, j: int) -> bool:
        return i not in self.busy_left and j not in self.busy_right and (i, j) not in self.forbidden


def assign(lexical: dict[tuple[int, int], float], settings: Settings,
           prior: dict[tuple[int, int], float], content: np.ndarray,
           verbatim: dict[int, int], sizes: tuple[int, int] | None = None) -> dict[int, int]:
    """Left index -> right index of the 1:1 links, from the allowed pairs' lexical scores.

    ``prior`` adds structural evidence to some pairs (headlines pair with headlines).
    ``content`` holds each pair's content-word cosine, in the order of ``lexical``;
    ``verbatim`` the links copied word for
    word. A pair next to a verbatim link (in order) needs ``copied_min_content``: where the
    rewrite kept the passage, a sentence that shares almost nothing was replaced, and the
    copied neighbours must not vouch for it.
    """
    pairs = list(lexical)
    if not pairs:
        return {}
    i = np.fromiter((p[0] for p in pairs), dtype=np.int64, count=len(pairs))
    j = np.fromiter((p[1] for p in pairs), dtype=np.int64, count=len(pairs))
    lex = np.fromiter(lexical.values(), dtype=np.float64, count=len(pairs))
    cos = content
    structure = np.fromiter((prior.get(p, 0.0) for p in pairs), dtype=np.float64, count=len(pairs))
    vi = np.fromiter(verbatim.keys(), dtype=np.int64, count=len(verbatim))
    vj = np.fromiter(verbatim.values(), dtype=np.int64, count=len(verbatim))
    copied = _support(i, j, vi, vj, np.ones(len(vi)), IN_ORDER) > 0
    # Two headlines need only a content word in common: their place is evidence enough.
    headlines = (structure > 0) & (cos > 0)
    usable = ((lex >= settings.min_lexical) | headlines) & ((cos >= settings.copied_min_content) | ~copied | headlines)
    base = lex + structure
    first = _greedy(pairs, usable, base + settings.context_weight * _support(i, j, i, j, lex),
                    settings.anchor_threshold)
    fi = np.fromiter(first.keys(), dtype=np.int64, count=len(first))
    fj = np.fromiter(first.values(), dtype=np.int64, count=len(first))
    kept = np.fromiter((lexical[(a, b)] for a, b in first.items()), dtype=np.float64, count=len(first))
    corridor = Corridor(first)
    inside = corridor.inside_all(i, j)
    moved_along = _support(i, j, fi, fj, np.ones(len(fi)), IN_ORDER) > 0
    order = np.where(inside, settings.order_bonus, np.where(moved_along, 0.0, -settings.order_penalty))
    weight = np.where(inside, settings.context_weight_in_order, settings.context_weight)
    links = _greedy(pairs, usable, base + weight * _support(i, j, fi, fj, kept) + order, settings.link_threshold)
    if settings.gap_threshold < settings.link_threshold:
        sizes = (int(i.max()) + 1, int(j.max()) + 1) if sizes is None else sizes
        level = float(np.median(kept)) if len(kept) else 0.0
        threshold = max(settings.gap_threshold, settings.gap_relative * level)
        links.update(fill_gaps(i, j, lex, usable & (cos >= settings.gap_min_content), links, sizes,
                               threshold, settings.gap_off_diagonal))
    return links


def _support(i: np.ndarray, j: np.ndarray, si: np.ndarray, sj: np.ndarray, scores: np.ndarray,
             neighbours: tuple[tuple[int, int], ...] = NEIGHBOURS) -> np.ndarray:
    """For each pair (i, j), the best score among the pairs (si, sj) next to it."""
    if len(si) == 0:
        return np.zeros(len(i))
    width = int(max(j.max(), sj.max())) + 3
    keys = (si + 1) * width + (sj + 1)
    order = np.argsort(keys)
    keys, values = keys[order], scores[order]
    best = np.zeros(len(i))
    for di, dj in neighbours:
        want = (i + 1 + di) * width + (j + 1 + dj)
        at = np.minimum(np.searchsorted(keys, want), len(keys) - 1)
        best = np.maximum(best, np.where(keys[at] == want, values[at], 0.0))
    return best


def _greedy(pairs: list[tuple[int, int]], usable: np.ndarray, decision: np.ndarray,
            threshold: float) -> dict[int, int]:
    ok = (decision >= threshold) & usable
    order = np.flatnonzero(ok)[np.argsort(-decision[ok], kind="stable")]
    taken_right: set[int] = set()
    links: dict[int, int] = {}
    for k in order:
        i, j = pairs[k]
        if i in links or j in taken_right:
            continue
        links[i] = j
        taken_right.add(j)
    return links
