"""The indexed and array shortcuts of quote matching give exactly what the one-pair
definitions give: same_speaker_pairs against same_speaker on every pair of names, and
overlaps + similarities against text_similarity on every pair of stem lists."""
from __future__ import annotations

import random

import numpy as np
import pytest

from unquote.engine.quotes.fates.changes import same_speaker, same_speaker_pairs
from unquote.engine.quotes.fates.similarity import overlaps, similarities, text_similarity

NAMES = ["Anna Berg", "Berg", "Minister Anna Berg", "Anna", "Jonas Lind", "Lind", "World Health Organization",
         "WHO", "Health Organization", "US", "United States", "USA", "United States Department of State",
         "UN", "United Nations", "EU", "European Union", "Dr. Mira Falk", "M. Falk", "The", "of the",
         "Oakley Town Council", "OTC", "Council", "Tove Ahl", "TA", "Anna Berg and Jonas Lind",
         "Lind and Berg", "Tove Ahl and Jonas Lind", "Jonas Lind and Anna Berg and Tove Ahl"]


@pytest.mark.parametrize("left, right", [
    (NAMES, NAMES),
    (NAMES[:12], NAMES[8:]),
    (["WHO", "OTC", "UN"], ["World Health Organization", "Oakley Town Council", "United Nations"]),
    ([], NAMES),
])
def test_same_speaker_pairs_match_every_pair(left, right):
    expected = {(i, j) for i, a in enumerate(left) for j, b in enumerate(right) if same_speaker(a, b)}
    assert same_speaker_pairs(left, right) == expected


def _stem_lists(seed: int, count: int) -> list[list[str]]:
    rng = random.Random(seed)
    vocabulary = [f"w{n}" for n in range(12)]
    return [[rng.choice(vocabulary) for _ in range(rng.randint(0, 7))] for _ in range(count)]


@pytest.mark.parametrize("seed", [1, 2, 3])
def test_array_similarities_equal_the_pairwise_formula(seed):
    left, right = _stem_lists(seed, 40), _stem_lists(seed + 100, 35)
    rows, cols, common = overlaps(left, right)
    na = np.array([len(s) for s in left])[rows]
    nb = np.array([len(s) for s in right])[cols]
    got = dict(zip(zip(rows.tolist(), cols.tolist()), similarities(common, na, nb).tolist()))
    expected = {(i, j): text_similarity(a, b) for i, a in enumerate(left) for j, b in enumerate(right)
                if set(a) & set(b)}
    assert got == expected  # the same pairs, and bit for bit the same floats
