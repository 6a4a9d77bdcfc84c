"""Gap filling: weaker pairs are linked only inside the gaps of the in-order skeleton, and
the links of the gaps keep the order among themselves (the heaviest chain wins)."""
from __future__ import annotations

from bisect import bisect_left

import numpy as np
import pytest

from unquote.engine.align.gaps import fill_gaps
from unquote.engine.align.order import Corridor

#: Confident links that keep the order: the gaps are 1-4 x 1-4 and 6-9 x 6-9.
ANCHORS = {0: 0, 5: 5}
SIZES = (10, 10)


def gaps(candidates: dict[tuple[int, int], float], threshold: float = 0.2,
         off_diagonal: float = 0.0) -> dict[int, int]:
    pairs = list(candidates)
    left, right = np.array([p[0] for p in pairs]), np.array([p[1] for p in pairs])
    score = np.array([candidates[p] for p in pairs])
    return fill_gaps(left, right, score, np.ones(len(pairs), dtype=bool), ANCHORS, SIZES, threshold, off_diagonal)


@pytest.mark.parametrize("candidates, expected", [
    # a weak pair between two anchors is linked; one below the threshold is not
    ({(2, 3): 0.25, (3, 4): 0.15}, {2: 3}),
    # a pair that crosses an anchor is not in a gap
    ({(2, 7): 0.30}, {}),
    # sentences already linked take no second partner
    ({(0, 1): 0.30, (1, 0): 0.30}, {}),
    # the tail after the last anchor is a gap too
    ({(7, 8): 0.25}, {7: 8}),
    # two pairs that cross: the chain with the larger total margin is kept
    ({(2, 4): 0.40, (3, 3): 0.25, (4, 4): 0.25}, {2: 4}),
    ({(2, 4): 0.25, (3, 2): 0.24, (4, 3): 0.24}, {3: 2, 4: 3}),
    # one left sentence never links twice
    ({(2, 1): 0.30, (2, 3): 0.29}, {2: 1}),
])
def test_gap_links(candidates: dict[tuple[int, int], float], expected: dict[int, int]) -> None:
    assert gaps(candidates) == expected


def test_a_pair_far_off_the_diagonal_of_its_gap_loses_to_one_on_it() -> None:
    # left 1..4 and right 1..4 lie between the anchors 0-0 and 5-5
    crossing = {(1, 4): 0.26, (1, 1): 0.24}
    assert gaps(crossing) == {1: 4}
    assert gaps(crossing, off_diagonal=0.1) == {1: 1}


def inside(corridor: Corridor, i: int, j: int) -> bool:
    """One pair's answer, as the corridor's definition reads."""
    k = bisect_left(corridor.lefts, i)
    if k < len(corridor.lefts) and corridor.lefts[k] == i:
        return corridor.rights[k] == j
    low = corridor.rights[k - 1] if k > 0 else -1
    high = corridor.rights[k] if k < len(corridor.rights) else 1 << 62
    return low < j < high


@pytest.mark.parametrize("links", [{}, {0: 0}, {0: 3, 1: 1, 2: 2, 5: 9, 7: 4, 8: 10}, {3: 0, 2: 1, 1: 2, 0: 3}])
def test_the_corridor_of_every_pair_at_once_is_that_of_each(links: dict[int, int]) -> None:
    corridor = Corridor(links)
    i, j = (a.ravel() for a in np.meshgrid(np.arange(-1, 13), np.arange(-1, 13)))
    assert corridor.inside_all(i, j).tolist() == [inside(corridor, int(a), int(b)) for a, b in zip(i, j)]
