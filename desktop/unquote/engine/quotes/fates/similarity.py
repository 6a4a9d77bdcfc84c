"""Text similarity of two quotations' content stems, one pair at a time or all pairs at once.

The similarity is the mean of the Dice coefficient and the containment of the shorter
list, on multisets. Two long documents hold thousands of quotations, and a Python pass
over their pairs took seconds; ``overlaps`` finds every pair sharing a stem, with its
multiset overlap (the sum over shared stems of the smaller count), as a join on the stems
(engine/structures/sparse_rows.py), and ``similarities`` evaluates the formula on arrays with numpy in
the same order of operations as ``similarity`` (IEEE arithmetic: the same floats).
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy as np

from ...structures.sparse_rows import SparseRows, pairs_sharing

def text_similarity(a: list[str], b: list[str]) -> float:
    """Mean of the content-word Dice coefficient and the containment of the shorter quote."""
    return similarity(Counter(a), Counter(b))


def similarity(a: Counter[str], b: Counter[str]) -> float:
    na, nb = sum(a.values()), sum(b.values())
    if not na or not nb:
        return 0.0
    common = sum((a & b).values())
    return 0.5 * (2 * common / (na + nb)) + 0.5 * common / min(na, nb)


def overlaps(left: Sequence[Sequence[str]], right: Sequence[Sequence[str]]
             ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (left, right) pair of stem lists sharing a stem, as sorted row and column arrays,
    with the size of their multiset intersection."""
    vocabulary: dict[str, int] = {}
    a, b = _counts(left, vocabulary), _counts(right, vocabulary)
    return pairs_sharing(a, b, np.minimum)


def similarities(common: np.ndarray, na: np.ndarray, nb: np.ndarray) -> np.ndarray:
    """``similarity`` of many pairs from their overlap and sizes (same operations, same floats)."""
    common, na, nb = (x.astype(np.float64) for x in (common, na, nb))
    empty = (na == 0) | (nb == 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 0.5 * (2 * common / (na + nb)) + 0.5 * common / np.minimum(na, nb)
    return np.where(empty, 0.0, out)


def _counts(stem_lists: Sequence[Sequence[str]], vocabulary: dict[str, int]) -> SparseRows:
    """Each list as a row of (stem id, times the stem occurs)."""
    rows: list[list[int]] = []
    counts: list[list[int]] = []
    for stems in stem_lists:
        counted = sorted((vocabulary.setdefault(stem, len(vocabulary)), n) for stem, n in Counter(stems).items())
        rows.append([stem for stem, _ in counted])
        counts.append([n for _, n in counted])
    return SparseRows.from_rows(rows, counts, dtype=np.int64)
