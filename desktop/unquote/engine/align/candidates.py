"""Candidate pairs from a sparse TF-IDF index, so the cost grows near-linearly.

Each sentence becomes a sparse vector of its content-word stems weighted by inverse
document frequency over both documents. Candidate pairs come from the sparse product of
the two matrices; above a size limit only each sentence's few rarest stems enter the
product (all of them still count in the scores), which keeps it sparse on long texts
while every sentence keeps a way in. Each sentence keeps its ``k`` best candidates, seen
from either side.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..textnorm import content_stems

#: Below this many pairs the full product is cheap and nothing is pruned.
FULL_PRODUCT_PAIRS = 4_000_000
#: Above it, how many of its rarest stems a sentence brings to the product.
RAREST_STEMS = 5


@dataclass(frozen=True)
class Vectors:
    """L2-normalised TF-IDF rows of both sides over one shared vocabulary.

    ``stems`` keeps each sentence's set of feature ids (left sentences first) and ``idf``
    their weights, for the group scores computed outside the matrices.
    """

    left: sparse.csr_matrix
    right: sparse.csr_matrix
    df: np.ndarray
    idf: np.ndarray
    stems: list[frozenset[int]]

    def side_stems(self, side: str, index: int) -> frozenset[int]:
        return self.stems[index if side == "left" else self.left.shape[0] + index]


def vectorize(left: list[list[str]], right: list[list[str]]) -> Vectors:
    """Binary TF-IDF vectors of the content stems of every sentence (given as its words)."""
    vocab: dict[str, int] = {}
    rows: list[list[int]] = []
    for tokens in left + right:
        rows.append(sorted({vocab.setdefault(s, len(vocab)) for s in content_stems(tokens)}))
    n = len(rows)
    indptr = np.zeros(n + 1, dtype=np.int64)
    indptr[1:] = np.cumsum([len(r) for r in rows])
    indices = np.fromiter((c for r in rows for c in r), dtype=np.int64, count=int(indptr[-1]))
    df = np.bincount(indices, minlength=len(vocab)).astype(np.float64)
    idf = np.log((n + 1) / (df + 1)) + 1.0
    data = idf[indices]
    matrix = sparse.csr_matrix((data, indices, indptr), shape=(n, len(vocab)))
    norms = np.sqrt(np.asarray(matrix.multiply(matrix).sum(axis=1)).ravel())
    norms[norms == 0] = 1.0
    matrix = sparse.diags(1.0 / norms) @ matrix
    matrix = matrix.tocsr()
    return Vectors(matrix[: len(left)], matrix[len(left):], df, idf, [frozenset(r) for r in rows])


def candidate_pairs(vec: Vectors, k: int, rows: np.ndarray, cols: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arrays (i, j, cosine) of the pairs among each sentence's ``k`` best, either side.

    Only the left sentences ``rows`` and the right sentences ``cols`` take part.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(rows) == 0 or len(cols) == 0:
        return empty, empty, np.zeros(0)
    a, b = vec.left[rows], vec.right[cols]
    if len(rows) * len(cols) > FULL_PRODUCT_PAIRS:
        a, b = _rarest(a, RAREST_STEMS), _rarest(b, RAREST_STEMS)
    product = (a @ b.T).tocsr()
    product.eliminate_zeros()
    by_row = _top_k(product, k)
    by_col = _top_k(product.T.tocsr(), k)
    width = len(cols)
    keys = np.unique(np.concatenate([by_row[0] * width + by_row[1], by_col[1] * width + by_col[0]]))
    if len(keys) == 0:
        return empty, empty, np.zeros(0)
    i, j = rows[keys // width], cols[keys % width]
    cos = np.asarray(vec.left[i].multiply(vec.right[j]).sum(axis=1)).ravel()
    return i, j, cos


def _rarest(matrix: sparse.csr_matrix, r: int) -> sparse.csr_matrix:
    """The matrix with only the ``r`` largest-weighted (rarest) entries of each row kept."""
    matrix = matrix.copy()
    indptr, data = matrix.indptr, matrix.data
    for row in range(matrix.shape[0]):
        lo, hi = indptr[row], indptr[row + 1]
        if hi - lo > r:
            cells = data[lo:hi]
            cells[np.argpartition(-cells, r)[r:]] = 0.0
    matrix.eliminate_zeros()
    return matrix


def _top_k(matrix: sparse.csr_matrix, k: int) -> tuple[np.ndarray, np.ndarray]:
    """Row and column arrays of the ``k`` largest entries of every row."""
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    counts = np.diff(indptr)
    keep = np.ones(len(data), dtype=bool)
    for row in np.flatnonzero(counts > k):
        lo, hi = indptr[row], indptr[row + 1]
        keep[lo:hi] = False
        keep[lo + np.argpartition(-data[lo:hi], k)[:k]] = True
    row_of = np.repeat(np.arange(matrix.shape[0], dtype=np.int64), counts)
    return row_of[keep], indices[keep].astype(np.int64)


def group_cosine(vec: Vectors, left: tuple[int, ...], right: tuple[int, ...]) -> float:
    """Cosine between the binary TF-IDF vectors of the joined sentences of a group."""
    a = frozenset().union(*(vec.side_stems("left", i) for i in left))
    b = frozenset().union(*(vec.side_stems("right", j) for j in right))
    idf = vec.idf
    na = math.sqrt(sum(idf[f] ** 2 for f in a))
    nb = math.sqrt(sum(idf[f] ** 2 for f in b))
    if na == 0 or nb == 0:
        return 0.0
    return sum(idf[f] ** 2 for f in a & b) / (na * nb)
