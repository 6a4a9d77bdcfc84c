"""Sparse row vectors and the two products of them the engine needs, in numpy alone.

scipy.sparse does these products in C, but importing it costs 0.2-0.3 s (it loads scipy's
array-API layer, numpy.testing and numpy.f2py), more than half of what a whole comparison
of two articles may take. The engine needs little of it: rows of (feature, weight) entries,
a subset of rows, the pairs of rows of two matrices that share a feature with the sum of
their combined weights (a join on the feature, then a sum per pair), and the dot product of
given pairs. Each is a few vectorised numpy calls here; the join runs in chunks of rows so that
its memory stays bounded however common a feature is.
"""
from __future__ import annotations

from dataclasses import dataclass
from itertools import chain
from typing import Callable, Sequence

import numpy as np

#: Most feature matches that one chunk of the join holds at once (about 40 bytes each).
JOIN_CHUNK = 2_000_000

Combine = Callable[[np.ndarray, np.ndarray], np.ndarray]


@dataclass(frozen=True)
class SparseRows:
    """Rows of (feature, weight) entries, CSR style: row r holds entries indptr[r]:indptr[r+1],
    its features in ``indices`` (ascending within a row) and weights in ``data``."""

    indptr: np.ndarray
    indices: np.ndarray
    data: np.ndarray

    @classmethod
    def from_rows(cls, rows: Sequence[Sequence[int]], weights: Sequence[Sequence[float]] | None = None,
                  dtype: type = np.float64) -> SparseRows:
        """From each row's ascending feature ids and, if given, their weights (else 1)."""
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum([len(r) for r in rows])
        indices = np.fromiter(chain.from_iterable(rows), dtype=np.int64, count=int(indptr[-1]))
        data: np.ndarray
        if weights is None:
            data = np.ones(len(indices), dtype=dtype)
        else:
            data = np.fromiter(chain.from_iterable(weights), dtype=dtype, count=len(indices))
        return cls(indptr, indices, data)

    @property
    def n_rows(self) -> int:
        return len(self.indptr) - 1

    def row_of_entries(self) -> np.ndarray:
        """The row of every entry."""
        return np.repeat(np.arange(self.n_rows, dtype=np.int64), np.diff(self.indptr))

    def take(self, rows: np.ndarray) -> SparseRows:
        """The given rows, in the given order."""
        starts, counts = self.indptr[rows], np.diff(self.indptr)[rows]
        indptr = np.zeros(len(rows) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum(counts)
        at = ranges(starts, counts)
        return SparseRows(indptr, self.indices[at], self.data[at])

    def scaled(self, factors: np.ndarray) -> SparseRows:
        """Every row multiplied by its factor."""
        return SparseRows(self.indptr, self.indices, self.data * np.repeat(factors, np.diff(self.indptr)))

    def keep_largest(self, r: int) -> SparseRows:
        """Only the ``r`` largest-weighted entries of each row."""
        counts = np.diff(self.indptr)
        keep = top_of_runs(counts, self.data, r)
        indptr = np.zeros(len(counts) + 1, dtype=np.int64)
        indptr[1:] = np.cumsum(np.minimum(counts, r))
        return SparseRows(indptr, self.indices[keep], self.data[keep])


def pairs_sharing(a: SparseRows, b: SparseRows, combine: Combine = np.multiply, chunk: int = JOIN_CHUNK
                  ) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Every (row of a, row of b) pair sharing a feature, sorted by row then column, with the
    sum over their shared features of ``combine(weight in a, weight in b)``.

    With ``np.multiply`` this is the sparse product a @ b.T without its zero cells. The join
    runs on whole rows of ``a`` holding about ``chunk`` feature matches at a time.
    """
    width = b.n_rows
    by_feature = np.argsort(b.indices, kind="stable")
    b_features = b.indices[by_feature]
    b_rows = b.row_of_entries()[by_feature]
    b_data = b.data[by_feature]
    a_rows = a.row_of_entries()
    start = np.searchsorted(b_features, a.indices, side="left")
    matches = np.searchsorted(b_features, a.indices, side="right") - start
    keys, values = [], []
    for lo, hi in _chunks(a.indptr, matches, chunk):
        count = matches[lo:hi]
        left = np.repeat(np.arange(lo, hi, dtype=np.int64), count)
        right = ranges(start[lo:hi], count)
        key = a_rows[left] * width + b_rows[right]  # ascending rows: nearly sorted, a quick sort
        value = combine(a.data[left], b_data[right])
        order = np.argsort(key)
        key, value = key[order], value[order]
        first = np.flatnonzero(np.r_[True, key[1:] != key[:-1]]) if len(key) else np.zeros(0, dtype=np.int64)
        keys.append(key[first])
        values.append(np.add.reduceat(value, first) if len(first) else value[:0])
    key = np.concatenate(keys) if keys else np.zeros(0, dtype=np.int64)
    value = np.concatenate(values) if values else np.zeros(0, dtype=a.data.dtype)
    return key // max(width, 1), key % max(width, 1), value


def by_column(columns: np.ndarray, width: int) -> np.ndarray:
    """The stable order of entries by column (``columns`` all below ``width``).

    Below 65,536 columns the keys fit 16 bits, for which numpy's stable sort is a radix
    sort, five times quicker than sorting 64-bit keys."""
    return np.argsort(columns.astype(np.uint16) if width <= 1 << 16 else columns, kind="stable")


def pair_dots(a: SparseRows, b: SparseRows, i: np.ndarray, j: np.ndarray) -> np.ndarray:
    """The dot product of row i of a and row j of b, for each given pair."""
    out = np.zeros(len(i), dtype=np.result_type(a.data, b.data))
    if not len(i):
        return out
    n_features = int(max(a.indices.max(initial=-1), b.indices.max(initial=-1))) + 1
    b_keys = b.row_of_entries() * n_features + b.indices  # ascending: rows in order, features ascending
    counts = np.diff(a.indptr)[i]
    pair = np.repeat(np.arange(len(i), dtype=np.int64), counts)
    entry = ranges(a.indptr[i], counts)
    wanted = np.repeat(j, counts) * n_features + a.indices[entry]
    at = np.minimum(np.searchsorted(b_keys, wanted), max(len(b_keys) - 1, 0))
    found = b_keys[at] == wanted if len(b_keys) else np.zeros(len(wanted), dtype=bool)
    weights = a.data[entry[found]] * b.data[at[found]]
    return np.bincount(pair[found], weights=weights, minlength=len(i)).astype(out.dtype)


def top_of_runs(counts: np.ndarray, values: np.ndarray, k: int) -> np.ndarray:
    """Which of ``values`` (consecutive runs of ``counts`` values) are among the ``k``
    largest of their run (of equal values at the cut, numpy's partition picks).

    The runs of one length are partitioned together, one row each of a matrix: numpy
    partitions every row on its own, as it would the run alone."""
    keep = np.ones(len(values), dtype=bool)
    starts = np.cumsum(counts) - counts
    long = np.flatnonzero(counts > k)
    keep[ranges(starts[long], counts[long])] = False
    for length in np.unique(counts[long]).tolist():
        runs = long[counts[long] == length]
        at = starts[runs][:, None] + np.arange(length)
        chosen = np.argpartition(-values[at], k, axis=1)[:, :k]
        keep[np.take_along_axis(at, chosen, axis=1).ravel()] = True
    return keep


def ranges(starts: np.ndarray, counts: np.ndarray) -> np.ndarray:
    """Concatenated ranges starts[k] .. starts[k] + counts[k] - 1."""
    total = int(counts.sum())
    if not total:
        return np.zeros(0, dtype=np.int64)
    offsets = np.cumsum(counts) - counts
    return np.repeat(starts - offsets, counts) + np.arange(total, dtype=np.int64)


def _chunks(indptr: np.ndarray, matches: np.ndarray, chunk: int) -> list[tuple[int, int]]:
    """Entry ranges of whole rows with about ``chunk`` matches each (more only for one huge row)."""
    done_at_row = np.concatenate([[0], np.cumsum(matches)])[indptr]
    marks = np.arange(chunk, done_at_row[-1], chunk)
    rows = np.unique(np.concatenate([[0], np.searchsorted(done_at_row, marks, side="right") - 1, [len(indptr) - 1]]))
    bounds = indptr[rows].tolist()
    return [(lo, hi) for lo, hi in zip(bounds, bounds[1:]) if hi > lo]
