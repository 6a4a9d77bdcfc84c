"""The numpy sparse rows give what dense matrices give, on random rows of every shape."""
import numpy as np
import pytest

from unquote.engine.structures.sparse_rows import SparseRows, by_column, pair_dots, pairs_sharing, top_of_runs


def random_rows(rng: np.random.Generator, n: int, features: int, integer: bool) -> tuple[SparseRows, np.ndarray]:
    dense = np.where(rng.random((n, features)) < 0.15, rng.integers(1, 4, (n, features)), 0)
    if not integer:
        dense = dense * rng.random((n, features))
    rows = [np.flatnonzero(r).tolist() for r in dense]
    weights = [r[np.flatnonzero(r)].tolist() for r in dense]
    return SparseRows.from_rows(rows, weights, dtype=np.int64 if integer else np.float64), dense


def as_dict(i: np.ndarray, j: np.ndarray, v: np.ndarray) -> dict[tuple[int, int], float]:
    return {(int(a), int(b)): float(x) for a, b, x in zip(i, j, v)}


@pytest.mark.parametrize("seed", range(6))
@pytest.mark.parametrize("chunk", [3, 2_000_000])
def test_pairs_sharing_is_the_product_without_zeros(seed, chunk):
    rng = np.random.default_rng(seed)
    (a, da), (b, db) = random_rows(rng, 30, 12, False), random_rows(rng, 25, 12, False)
    i, j, v = pairs_sharing(a, b, chunk=chunk)  # many small chunks give the same answer
    product = da @ db.T
    expected = {(x, y): product[x, y] for x, y in zip(*np.nonzero(product))}
    assert list(zip(i.tolist(), j.tolist())) == sorted(expected)
    assert as_dict(i, j, v) == pytest.approx(expected)


@pytest.mark.parametrize("seed", range(4))
def test_pairs_sharing_with_minimum_counts_the_multiset_overlap(seed):
    rng = np.random.default_rng(seed)
    (a, da), (b, db) = random_rows(rng, 20, 8, True), random_rows(rng, 15, 8, True)
    i, j, v = pairs_sharing(a, b, np.minimum)
    overlap = np.minimum(da[:, None, :], db[None, :, :]).sum(axis=2)
    assert v.dtype == np.int64
    assert as_dict(i, j, v) == {(x, y): overlap[x, y] for x, y in zip(*np.nonzero(overlap))}


def test_pair_dots_take_and_keep_largest():
    rng = np.random.default_rng(7)
    (a, da), (b, db) = random_rows(rng, 20, 10, False), random_rows(rng, 20, 10, False)
    i, j = rng.integers(0, 20, 50), rng.integers(0, 20, 50)
    assert pair_dots(a, b, i, j) == pytest.approx((da[i] * db[j]).sum(axis=1))
    picked = np.array([5, 2, 2, 19])
    taken = a.take(picked)
    assert pair_dots(taken, b, np.arange(4), np.zeros(4, dtype=np.int64)) == pytest.approx(da[picked] @ db[0])
    kept = a.keep_largest(2)
    for row in range(20):
        entries = kept.data[kept.indptr[row]:kept.indptr[row + 1]]
        assert sorted(entries, reverse=True) == sorted(da[row][da[row] > 0], reverse=True)[:2]


def test_empty_sides_share_nothing():
    empty = SparseRows.from_rows([[], []])
    full = SparseRows.from_rows([[0, 1]])
    for a, b in ((empty, full), (full, empty), (empty, empty)):
        i, j, v = pairs_sharing(a, b)
        assert len(i) == len(j) == len(v) == 0
    assert pair_dots(full, empty, np.zeros(0, dtype=np.int64), np.zeros(0, dtype=np.int64)).shape == (0,)


def test_by_column_is_a_stable_order():
    columns = np.array([3, 1, 3, 0, 1, 70000 % 5])
    assert by_column(columns, 5).tolist() == np.argsort(columns, kind="stable").tolist()
    wide = np.array([70000, 3, 70000, 2])
    assert by_column(wide, 80000).tolist() == [3, 1, 0, 2]


@pytest.mark.parametrize("seed, levels, k", [(0, 2, 1), (1, 3, 5), (2, 4, 8), (3, 0, 5), (4, 1, 3)])
def test_top_of_runs_picks_what_numpy_picks_in_each_run_ties_included(seed, levels, k):
    rng = np.random.default_rng(seed)
    counts = rng.integers(0, 30, size=400)
    size = int(counts.sum())
    values = rng.integers(0, levels, size=size) / 3.0 if levels else rng.random(size)
    expected = np.ones(size, dtype=bool)
    for lo, n in zip((np.cumsum(counts) - counts).tolist(), counts.tolist()):
        if n > k:  # one run alone, as numpy partitions it
            expected[lo:lo + n] = False
            expected[lo + np.argpartition(-values[lo:lo + n], k)[:k]] = True
    assert np.array_equal(top_of_runs(counts, values, k), expected)
