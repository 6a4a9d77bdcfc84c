"""Gap filling: weaker pairs linked only between confident links that keep the order.

A retelling and most rewrites keep the order of the story. Once the assignment has made
its confident links, those that stay in order form a skeleton; a left sentence and a right
sentence that are both still without a partner and sit in the same gap of it (after the
same skeleton link, before the next one, or before the first or after the last) are the
likeliest partners of each other. There a pair needs less lexical evidence
(``gap_threshold`` instead of ``link_threshold``, but never less than ``gap_relative`` of
the median confident link: a close rewrite, whose links score near 1.0, gets no second
chance for a sentence sharing a word or two), it must share content words
(``gap_min_content``), it loses a little for sitting at different places of the gap
(``gap_off_diagonal``), and the links made in the gaps must keep the order among
themselves: the set with the largest total margin over the threshold is chosen (a
weighted longest increasing chain, O(n log n) with a Fenwick tree of prefix maxima).
Written here because it is a dozen lines on data the aligner already holds.
"""
from __future__ import annotations

from bisect import bisect_left

import numpy as np

from .order import Corridor


def fill_gaps(left: np.ndarray, right: np.ndarray, score: np.ndarray, usable: np.ndarray,
              links: dict[int, int], sizes: tuple[int, int], threshold: float,
              off_diagonal: float) -> dict[int, int]:
    """Left -> right index of the extra links found in the gaps of ``links``' skeleton.

    ``left`` and ``right`` hold the candidate pairs, ``score`` their lexical scores and ``usable``
    whether each may be linked at all; ``sizes`` the two documents' sentence counts.
    A pair's gap score is its lexical score less ``off_diagonal`` times how far apart
    its two sentences sit in the gap (relative positions, 0 to 1); pairs scoring at
    least ``threshold`` are considered.
    """
    free = ~np.isin(left, list(links)) & ~np.isin(right, list(links.values()))
    open_pairs = np.flatnonzero(usable & free & (score >= threshold))
    if len(open_pairs) == 0:
        return {}
    skeleton = Corridor(links)
    chosen, weights = [], []
    for k in open_pairs.tolist():
        i, j = int(left[k]), int(right[k])
        offset = _offset(skeleton, i, j, sizes)
        if offset is None:
            continue
        weight = float(score[k]) - off_diagonal * offset - threshold
        if weight >= 0:
            chosen.append((i, j))
            weights.append(weight + 1e-9)
    order = sorted(range(len(chosen)), key=lambda n: (chosen[n][0], -chosen[n][1]))
    return _heaviest_chain([chosen[n] for n in order], [weights[n] for n in order])


def _offset(skeleton: Corridor, i: int, j: int, sizes: tuple[int, int]) -> float | None:
    """How far apart i and j sit in their skeleton gap, or None when no gap holds both."""
    k = bisect_left(skeleton.lefts, i)
    if k < len(skeleton.lefts) and skeleton.lefts[k] == i:
        return None
    last = k == len(skeleton.lefts)
    low_i, high_i = (skeleton.lefts[k - 1] if k else -1), (sizes[0] if last else skeleton.lefts[k])
    low_j, high_j = (skeleton.rights[k - 1] if k else -1), (sizes[1] if last else skeleton.rights[k])
    if not low_j < j < high_j:
        return None
    return abs((i - low_i) / (high_i - low_i) - (j - low_j) / (high_j - low_j))


def _heaviest_chain(pairs: list[tuple[int, int]], weights: list[float]) -> dict[int, int]:
    """The chain of pairs strictly increasing on both sides with the largest total weight.

    ``pairs`` come sorted by left index, right index descending within one left index, so
    that two pairs of one left sentence never chain.
    """
    if not pairs:
        return {}
    rights = sorted({j for _, j in pairs})
    rank = {j: n + 1 for n, j in enumerate(rights)}
    size = len(rights)
    tree_best = [0.0] * (size + 1)
    tree_at = [-1] * (size + 1)
    best = [0.0] * len(pairs)
    back = [-1] * len(pairs)
    for n, (_, j) in enumerate(pairs):
        r, value, at = rank[j] - 1, 0.0, -1
        while r > 0:  # best chain ending at a smaller right index
            if tree_best[r] > value:
                value, at = tree_best[r], tree_at[r]
            r -= r & -r
        best[n], back[n] = value + weights[n], at
        r = rank[j]
        while r <= size:
            if best[n] > tree_best[r]:
                tree_best[r], tree_at[r] = best[n], n
            r += r & -r
    n = max(range(len(pairs)), key=best.__getitem__)
    out: dict[int, int] = {}
    while n >= 0:
        out[pairs[n][0]] = pairs[n][1]
        n = back[n]
    return out
