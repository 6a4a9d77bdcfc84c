"""Candidate pairs from a sparse TF-IDF index, so the cost grows near-linearly.

Each sentence becomes a sparse vector of its content-word stems weighted by inverse
document frequency over both documents. Candidate pairs come from the sparse product of
the two matrices; above a size limit, stems more frequent than a cap are left out of the
product (they still count in the scores), which keeps the product sparse on long texts.
Each sentence keeps its ``k`` best candidates, seen from either side.
"""
from __future__ import annotations

import math
from dataclasses import dataclass

import numpy as np
from scipy import sparse

from ..textnorm import content_stems

#: Below this many pairs the full product is cheap and nothing is pruned.
FULL_PRODUCT_PAIRS = 4_000_000


@dataclass(frozen=True)
class Vectors:
    """L2-normalised TF-IDF rows of both sides over one shared vocabulary."""

    left: sparse.csr_matrix
    right: sparse.csr_matrix
    df: np.ndarray


def vectorize(left: list[str], right: list[str]) -> Vectors:
    """Binary TF-IDF vectors of the content stems of every sentence of both sides."""
    vocab: dict[str, int] = {}
    rows: list[list[int]] = []
    for text in left + right:
        rows.append(sorted({vocab.setdefault(s, len(vocab)) for s in content_stems(text)}))
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
    return Vectors(matrix[: len(left)], matrix[len(left):], df)


def candidate_pairs(vec: Vectors, k: int) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arrays (i, j, cosine) of the pairs among each sentence's ``k`` best, either side."""
    n, m = vec.left.shape[0], vec.right.shape[0]
    if n == 0 or m == 0:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    a, b = vec.left, vec.right
    if n * m > FULL_PRODUCT_PAIRS:
        cap = max(40.0, 0.004 * (n + m))
        keep = sparse.diags((vec.df <= cap).astype(np.float64))
        a, b = (a @ keep).tocsr(), (b @ keep).tocsr()
    product = (a @ b.T).tocsr()
    product.eliminate_zeros()
    chosen = _top_k(product, k)
    chosen |= {(i, j) for j, i in _top_k(product.T.tocsr(), k)}
    if not chosen:
        empty = np.zeros(0, dtype=np.int64)
        return empty, empty, np.zeros(0)
    pairs = np.array(sorted(chosen), dtype=np.int64)
    i, j = pairs[:, 0], pairs[:, 1]
    cos = np.asarray(vec.left[i].multiply(vec.right[j]).sum(axis=1)).ravel()
    return i, j, cos


def _top_k(matrix: sparse.csr_matrix, k: int) -> set[tuple[int, int]]:
    """(row, column) of the ``k`` largest entries of every row."""
    out: set[tuple[int, int]] = set()
    indptr, indices, data = matrix.indptr, matrix.indices, matrix.data
    for row in range(matrix.shape[0]):
        lo, hi = indptr[row], indptr[row + 1]
        if hi - lo <= k:
            out.update((row, int(c)) for c in indices[lo:hi])
        else:
            best = np.argpartition(-data[lo:hi], k)[:k]
            out.update((row, int(c)) for c in indices[lo:hi][best])
    return out


def group_cosine(vec: Vectors, left: tuple[int, ...], right: tuple[int, ...]) -> float:
    """Cosine between the summed vectors of a group of left and right sentences."""
    a = vec.left[list(left)].sum(axis=0)
    b = vec.right[list(right)].sum(axis=0)
    na, nb = math.sqrt(float(np.square(a).sum())), math.sqrt(float(np.square(b).sum()))
    if na == 0 or nb == 0:
        return 0.0
    return float(np.asarray(a).ravel() @ np.asarray(b).ravel()) / (na * nb)
