"""The best one-to-one pairing of a small group of quotes, without scipy.

An article pair whose quotes compete two for two need not load scipy at all (solver.py
loads its Hungarian solver as quickly as it can, but it still loads scipy's package): a
group of a few quotes is solved here by trying every pairing. Only an answer
that cannot differ from the solver's is given: the pairings within ``MARGIN`` of the best
score must all keep the same positive-scoring pairs (the only pairs used); when they do
not (equal scores, where the solver's choice among them is its own), or when the group
is too large to enumerate, the answer is None and the caller asks scipy.
"""
from __future__ import annotations

import math
from itertools import permutations

import numpy as np

#: Most pairings tried (6 quotes against 6: 720).
MAX_PAIRINGS = 720
#: Score differences below this count as ties (the solver works to about 1e-12).
MARGIN = 1e-9

Pairs = frozenset[tuple[int, int]]


def best_pairs(block: np.ndarray) -> Pairs | None:
    """The positive-scoring (row, column) pairs of the best pairing, or None (ask scipy)."""
    rows, cols = block.shape
    tall = rows > cols
    short, long_ = (cols, rows) if tall else (rows, cols)
    if math.perm(long_, short) > MAX_PAIRINGS:
        return None
    values = block.tolist()
    scored: list[tuple[float, Pairs]] = []
    for choice in permutations(range(long_), short):
        pairs = [(choice[k], k) if tall else (k, choice[k]) for k in range(short)]
        kept = frozenset((i, j) for i, j in pairs if values[i][j] > 0)
        scored.append((sum(values[i][j] for i, j in pairs), kept))
    best = max(score for score, _ in scored)
    winners = {kept for score, kept in scored if score > best - MARGIN}
    return next(iter(winners)) if len(winners) == 1 else None
