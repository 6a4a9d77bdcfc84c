"""Lexical similarity of sentences and sentence groups, in [0, 1].

Two measures that were measured best here (../shared/notes/alignment.md), blended: the
TF-IDF cosine of content-word stems (names and rare words count most) and rapidfuzz's
ratio over the lower-cased words sorted (robust to reordered clauses, counts function
words too). Numbers that appear on one side only pull the score down: a changed figure
is a different sentence more often than a paraphrase.
"""
from __future__ import annotations

import re
from collections.abc import Callable
from typing import Generic, TypeVar

import numpy as np
from rapidfuzz.distance import Indel
from rapidfuzz.fuzz import ratio
from rapidfuzz.process import cpdist

from ..text.textnorm import fold, sorted_words

T = TypeVar("T")
V = TypeVar("V")

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


class PerSentence(Generic[T, V]):
    """A value of each sentence, worked out on first use: most sentences of two long
    documents are copied word for word and never scored."""

    def __init__(self, make: Callable[[T], V], inputs: list[T]) -> None:
        self._make, self._inputs = make, inputs
        self._values: list[V | None] = [None] * len(inputs)

    def __getitem__(self, k: int) -> V:
        value = self._values[k]
        if value is None:
            value = self._values[k] = self._make(self._inputs[k])
        return value

    def all(self, indices: np.ndarray) -> list[V]:
        """The values of the given sentences, in order."""
        for k in np.unique(indices).tolist():
            self[k]
        return [self._values[k] for k in indices.tolist()]  # type: ignore[misc]


class Scorer:
    """Scores pairs and groups of sentences of two documents."""

    def __init__(self, left: list[str], right: list[str], left_words: list[list[str]],
                 right_words: list[list[str]]) -> None:
        self.left, self.right = left, right
        self.left_words, self.right_words = left_words, right_words
        self.left_sorted = PerSentence(sorted_words, left_words)
        self.right_sorted = PerSentence(sorted_words, right_words)
        self.left_numbers = PerSentence(numbers, left)
        self.right_numbers = PerSentence(numbers, right)

    def pairs(self, i: np.ndarray, j: np.ndarray, cosine: np.ndarray) -> np.ndarray:
        """Scores of the pairs (i[k], j[k]) given their cosines, vectorised."""
        if len(i) == 0:
            return np.zeros(0)
        ratios = cpdist(self.left_sorted.all(i), self.right_sorted.all(j),
                        scorer=Indel.normalized_similarity, workers=1)
        score = blend(cosine, np.asarray(ratios, dtype=np.float64))
        ln, rn = self.left_numbers.all(i), self.right_numbers.all(j)
        for k in np.flatnonzero([bool(a or b) for a, b in zip(ln, rn)]).tolist():
            score[k] *= number_agreement(ln[k], rn[k])
        return score

    def group(self, left: tuple[int, ...], right: tuple[int, ...], cosine: float) -> float:
        lw = [w for i in left for w in self.left_words[i]]
        rw = [w for j in right for w in self.right_words[j]]
        agreement = number_agreement(frozenset().union(*(self.left_numbers[i] for i in left)),
                                     frozenset().union(*(self.right_numbers[j] for j in right)))
        return float(blend(cosine, ratio(sorted_words(lw), sorted_words(rw)) / 100.0)) * agreement
