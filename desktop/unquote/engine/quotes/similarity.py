"""Text similarity of two quotations' content stems, one pair at a time or all pairs at once.

The similarity is the mean of the Dice coefficient and the containment of the shorter
list, on multisets. Two long documents hold thousands of quotations, and a Python pass
over their pairs took seconds; ``overlaps`` finds every pair sharing a stem, with its
multiset overlap, as a sum of sparse products, one per repetition level (overlap(a, b) =
sum over stems s and k >= 1 of [a has s at least k times][b has s at least k times]),
done by scipy in C, and ``similarities`` evaluates the formula on arrays with numpy in
the same order of operations as ``similarity`` (IEEE arithmetic: the same floats).
"""
from __future__ import annotations

from collections import Counter
from typing import Sequence

import numpy as np
from scipy.sparse import csr_matrix

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
    left_levels = _levels(left, vocabulary)
    right_levels = _levels(right, vocabulary)
    overlap = csr_matrix((len(left), len(right)), dtype=np.int64)
    for (lr, lc), (rr, rc) in zip(left_levels, right_levels):
        a = _indicator(lr, lc, (len(left), len(vocabulary)))
        b = _indicator(rr, rc, (len(right), len(vocabulary)))
        overlap = overlap + a @ b.T
    coo = overlap.tocsr().tocoo()
    order = np.lexsort((coo.col, coo.row))
    return coo.row[order].astype(np.int64), coo.col[order].astype(np.int64), coo.data[order].astype(np.int64)


def similarities(common: np.ndarray, na: np.ndarray, nb: np.ndarray) -> np.ndarray:
    """``similarity`` of many pairs from their overlap and sizes (same operations, same floats)."""
    common, na, nb = (x.astype(np.float64) for x in (common, na, nb))
    empty = (na == 0) | (nb == 0)
    with np.errstate(divide="ignore", invalid="ignore"):
        out = 0.5 * (2 * common / (na + nb)) + 0.5 * common / np.minimum(na, nb)
    return np.where(empty, 0.0, out)


def _levels(stem_lists: Sequence[Sequence[str]], vocabulary: dict[str, int]) -> list[tuple[list[int], list[int]]]:
    """(rows, columns) of each repetition level: level k holds the stems a list has more than k times."""
    levels: list[tuple[list[int], list[int]]] = []
    for row, stems in enumerate(stem_lists):
        for stem, count in Counter(stems).items():
            column = vocabulary.setdefault(stem, len(vocabulary))
            while len(levels) < count:
                levels.append(([], []))
            for k in range(count):
                levels[k][0].append(row)
                levels[k][1].append(column)
    return levels


def _indicator(rows: list[int], columns: list[int], shape: tuple[int, int]) -> csr_matrix:
    return csr_matrix((np.ones(len(rows), dtype=np.int64), (rows, columns)), shape=shape)
