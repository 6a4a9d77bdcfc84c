"""Lexical similarity of sentences and sentence groups, in [0, 1].

Two measures that were measured best here (../shared/notes/alignment.md), blended: the
TF-IDF cosine of content-word stems (names and rare words count most) and rapidfuzz's
ratio over the lower-cased words sorted (robust to reordered clauses, counts function
words too). Numbers that appear on one side only pull the score down: a changed figure
is a different sentence more often than a paraphrase.
"""
from __future__ import annotations

import re

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import cpdist

from ..textnorm import fold, sorted_words

COSINE_WEIGHT = 0.6
NUMBER = re.compile(r"\d+(?:[.,:]\d+)*")


def blend(cosine, sorted_ratio):
    """The lexical score from its two parts (floats or numpy arrays)."""
    return COSINE_WEIGHT * cosine + (1.0 - COSINE_WEIGHT) * sorted_ratio


def numbers(text: str) -> frozenset[str]:
    return frozenset(NUMBER.findall(fold(text)))


def number_agreement(na: frozenset[str], nb: frozenset[str]) -> float:
    """1.0 when both texts carry the same numbers (or none); less when they differ."""
    if not na and not nb:
        return 1.0
    if not na or not nb:
        return 0.9
    return 0.8 + 0.2 * len(na & nb) / len(na | nb)


class Scorer:
    """Scores pairs and groups of sentences of two documents."""

    def __init__(self, left: list[str], right: list[str], left_words: list[list[str]],
                 right_words: list[list[str]]) -> None:
        self.left, self.right = left, right
        self.left_words, self.right_words = left_words, right_words
        self.left_sorted = [sorted_words(w) for w in left_words]
        self.right_sorted = [sorted_words(w) for w in right_words]
        self.left_numbers = [numbers(t) for t in left]
        self.right_numbers = [numbers(t) for t in right]

    def pairs(self, i: np.ndarray, j: np.ndarray, cosine: np.ndarray) -> np.ndarray:
        """Scores of the pairs (i[k], j[k]) given their cosines, vectorised."""
        if len(i) == 0:
            return np.zeros(0)
        ratios = cpdist([self.left_sorted[a] for a in i], [self.right_sorted[b] for b in j],
                        scorer=Indel.normalized_similarity, workers=1)
        score = blend(cosine, np.asarray(ratios, dtype=np.float64))
        ln, rn = self.left_numbers, self.right_numbers
        for k in np.flatnonzero([bool(ln[a] or rn[b]) for a, b in zip(i, j)]):
            score[k] *= number_agreement(ln[i[k]], rn[j[k]])
        return score

    def group(self, left: tuple[int, ...], right: tuple[int, ...], cosine: float) -> float:
        lw = [w for i in left for w in self.left_words[i]]
        rw = [w for j in right for w in self.right_words[j]]
        agreement = number_agreement(frozenset().union(*(self.left_numbers[i] for i in left)),
                                     frozenset().union(*(self.right_numbers[j] for j in right)))
        return float(blend(cosine, ratio(sorted_words(lw), sorted_words(rw)) / 100.0)) * agreement
