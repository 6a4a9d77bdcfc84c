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
from itertools import chain

import numpy as np

from ..structures.sparse_rows import SparseRows, by_column, pair_dots, pairs_sharing, top_of_runs
from ..text.textnorm import content_stem

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

    left: SparseRows
    right: SparseRows
    df: np.ndarray
    idf: np.ndarray
    stems: list[frozenset[int]]

    def side_stems(self, side: str, index: int) -> frozenset[int]:
        return self.stems[index if side == "left" else self.left.n_rows + index]


def vectorize(left: list[list[str]], right: list[list[str]]) -> Vectors:
    """Binary TF-IDF vectors of the content stems of every sentence (given as its words)."""
    feature, n_features = feature_ids(left + right)
    rows: list[list[int]] = []
    for tokens in left + right:
        ids = set(map(feature.__getitem__, tokens))
        ids.discard(-1)
        rows.append(sorted(ids))
    n = len(rows)
    matrix = SparseRows.from_rows(rows)
    df = np.bincount(matrix.indices, minlength=n_features).astype(np.float64)
    idf = np.log((n + 1) / (df + 1)) + 1.0
    matrix = SparseRows(matrix.indptr, matrix.indices, idf[matrix.indices])
    norms = np.sqrt(np.bincount(matrix.row_of_entries(), weights=matrix.data ** 2, minlength=n))
    norms[norms == 0] = 1.0
    matrix = matrix.scaled(1.0 / norms)
    every = np.arange(n, dtype=np.int64)
    return Vectors(matrix.take(every[: len(left)]), matrix.take(every[len(left):]), df, idf,
                   [frozenset(r) for r in rows])


def feature_ids(sentences: list[list[str]]) -> tuple[dict[str, int], int]:
    """Word -> the feature id of its content stem (-1 for none), and the number of features.

    Features are numbered in the order their stems first occur; each distinct word is
    stemmed once."""
    vocab: dict[str, int] = {}
    out: dict[str, int] = {}
    for word in dict.fromkeys(chain.from_iterable(sentences)):
        found = content_stem(word)
        out[word] = -1 if found is None else vocab.setdefault(found, len(vocab))
    return out, len(vocab)


def candidate_pairs(vec: Vectors, k: int, rows: np.ndarray, cols: np.ndarray
                    ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Arrays (i, j, cosine) of the pairs among each sentence's ``k`` best, either side.

    Only the left sentences ``rows`` and the right sentences ``cols`` take part.
    """
    empty = np.zeros(0, dtype=np.int64)
    if len(rows) == 0 or len(cols) == 0:
        return empty, empty, np.zeros(0)
    a, b = vec.left.take(rows), vec.right.take(cols)
    if len(rows) * len(cols) > FULL_PRODUCT_PAIRS:
        a, b = a.keep_largest(RAREST_STEMS), b.keep_largest(RAREST_STEMS)
    pi, pj, product = pairs_sharing(a, b)  # sorted by row, then column
    column_order = by_column(pj, len(cols))
    best = top_of_runs(np.bincount(pi, minlength=len(rows)), product, k)
    best[column_order[top_of_runs(np.bincount(pj, minlength=len(cols)), product[column_order], k)]] = True
    if not best.any():
        return empty, empty, np.zeros(0)
    i, j = rows[pi[best]], cols[pj[best]]
    return i, j, pair_dots(vec.left, vec.right, i, j)


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
