"""The quote assignment solved group by group reaches the optimum of the whole matrix."""
import numpy as np
import pytest
from scipy.optimize import linear_sum_assignment

from unquote.engine.quotes.fates.matching import PairScores, _groups, assign
from unquote.engine.quotes.fates.small_assignment import best_pairs
from unquote.engine.structures.unionfind import UnionFind


def scores_of(dense: np.ndarray) -> PairScores:
    rows, cols = np.nonzero(dense)
    return PairScores.of(rows, cols, dense[rows, cols], dense.shape)


def dense_best(scores: np.ndarray) -> float:
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return float(scores[rows, cols].sum())


@pytest.mark.parametrize("seed", range(8))
def test_group_by_group_equals_the_whole_matrix(seed):
    rng = np.random.default_rng(seed)
    nl, nr = rng.integers(5, 60, size=2)
    dense = np.where(rng.random((nl, nr)) < 0.06, rng.random((nl, nr)), 0.0)
    pairs = assign(scores_of(dense))
    assert len({i for i, _ in pairs}) == len(pairs) == len({j for _, j in pairs})
    assert all(dense[i, j] > 0 for i, j in pairs)
    assert sum(dense[i, j] for i, j in pairs) == pytest.approx(dense_best(dense))


def test_many_quotes_in_small_groups_need_no_dense_matrix():
    n = 30_000  # a dense float matrix of this size would take 7 GB
    rows = np.arange(n)
    scores = PairScores.of(rows, rows[::-1], np.full(n, 0.8), (n, n))
    pairs = assign(scores)
    assert len(pairs) == n and pairs[0] == (0, n - 1)


def test_nothing_to_pair():
    assert assign(scores_of(np.zeros((3, 4)))) == []


@pytest.mark.parametrize("dense", [
    [[0.5, 0.9, 0.9]],  # one quote, three candidates: the best, the first of equal ones
    [[0.4], [0.7], [0.7]],
    [[0.3, 0.0, 0.0], [0.0, 0.0, 0.6]],  # no quote has two candidates
    [[0.5, 0.5], [0.5, 0.5]],
    [[0.2, 0.0], [0.9, 0.4]],
])
def test_small_groups_agree_with_the_solver(dense):
    dense = np.array(dense)
    rows, cols = linear_sum_assignment(dense, maximize=True)
    expected = sorted((int(i), int(j)) for i, j in zip(rows, cols) if dense[i, j] > 0)
    assert assign(scores_of(dense)) == expected


@pytest.mark.parametrize("seed", range(4))
def test_small_groups_paired_without_the_solver_keep_its_pairs(seed):
    """best_pairs answers only when the solver's positive pairs cannot differ (ties included)."""
    rng = np.random.default_rng(seed)
    answered = 0
    for _ in range(3000):
        nr, nc = (int(x) for x in rng.integers(2, 5, size=2))
        levels = rng.integers(0, 4, size=(nr, nc)) / 3 if rng.random() < 0.5 else rng.random((nr, nc))
        block = np.where(rng.random((nr, nc)) < 0.3, 0.0, levels)
        rows, cols = linear_sum_assignment(block, maximize=True)
        solver = frozenset((int(i), int(j)) for i, j in zip(rows, cols) if block[i, j] > 0)
        ours = best_pairs(block)
        if ours is not None:
            answered += 1
            assert ours == solver, block
    assert answered > 1000


def union_find_labels(scores: PairScores) -> list[int]:
    """Each left, then right, quote's component named by its smallest item, by engine/structures/unionfind.py."""
    nl, nr = scores.shape
    found = UnionFind(nl + nr)
    for i, j in zip(scores.rows.tolist(), scores.cols.tolist()):
        found.union(i, nl + j)
    return [found.find(x) for x in range(nl + nr)]


def chain(n: int, seed: int) -> PairScores:
    """One long path through n left and n right quotes in a shuffled order (the most rounds)."""
    rng = np.random.default_rng(seed)
    left, right = rng.permutation(n), rng.permutation(n)
    rows, cols = np.concatenate([left, left[1:]]), np.concatenate([right, right[:-1]])
    return PairScores.of(rows, cols, np.ones(len(rows)), (n, n))


def scattered(seed: int) -> PairScores:
    rng = np.random.default_rng(seed)
    nl, nr = (int(x) for x in rng.integers(1, 80, size=2))
    k = int(rng.integers(1, 3 * (nl + nr)))
    keys = np.unique(rng.integers(0, nl, k) * nr + rng.integers(0, nr, k))
    return PairScores.of(keys // nr, keys % nr, np.ones(len(keys)), (nl, nr))


@pytest.mark.parametrize("scores", [scattered(seed) for seed in range(40)] + [chain(n, n) for n in (2, 7, 300, 5000)])
def test_candidate_groups_on_arrays_equal_union_find(scores):
    assert _groups(scores).tolist() == union_find_labels(scores)
