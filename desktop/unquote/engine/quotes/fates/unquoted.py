"""The content stems of each sentence's words outside quotation marks, for the paraphrase test.

Worked out per sentence on demand, since most sentences are never asked about; the index
from stem to sentences, which the search "anywhere in the other document" needs, is
built on first use, and counts a quote's stems per sentence with numpy.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Collection, Sequence

import numpy as np

from ...model import Document, Quote, Sentence
from .wording import content_stems


class SentenceStems:
    """The content stems of each whole sentence, from its words (``textnorm.words()``, which
    the alignment has): worked out on first use, or ahead of need (``prepare``)."""

    #: Sentences between two looks at whether to stop preparing.
    CHUNK = 1000

    def __init__(self, doc: Document, sentences: Sequence[Sentence], sentence_words: Sequence[list[str]]) -> None:
        self._doc, self._sentences, self._words = doc, sentences, sentence_words
        self._stems: list[set[str] | None] = [None] * len(sentences)

    def __getitem__(self, k: int) -> set[str]:
        stems = self._stems[k]
        if stems is None:
            s = self._sentences[k]
            stems = self._stems[k] = content_stems(self._doc.text[s.start:s.end], self._words[k])
        return stems

    def prepare(self, stop: Callable[[], bool]) -> None:
        """Work out every sentence's stems, unless ``stop()`` (asked every CHUNK sentences) says enough."""
        for k in range(len(self._stems)):
            if k % self.CHUNK == 0 and stop():
                return
            self[k]


class UnquotedStems:
    """sentence -> content stems of its words outside quotations, and stem -> sentences."""

    def __init__(self, doc: Document, sentences: Sequence[Sentence], quotes: Sequence[Quote],
                 members: dict[int, list[int]], tick: Callable[[], None],
                 whole: SentenceStems | None = None) -> None:
        self._doc = doc
        self._sentences = sentences
        self._quotes = quotes
        self._members = members
        self._tick = tick
        self._whole = whole  # the stems of whole sentences, if known
        self._stems: dict[int, set[str]] = {}
        self._carrying: dict[str, list[int]] | None = None
        self._arrays: dict[str, np.ndarray] = {}

    def __getitem__(self, k: int) -> set[str]:
        stems = self._stems.get(k)
        if stems is None:
            if self._whole is not None and k not in self._members:
                stems = self._stems[k] = self._whole[k]
            else:
                stems = self._stems[k] = content_stems(self._text(k))
        return stems

    def sharing(self, stems: Collection[str], least: int) -> list[int]:
        """The sentences, in order, that have at least ``least`` of ``stems`` outside quotations."""
        found = [self._carrying_array(st) for st in stems]
        if not found:
            return []
        hits = np.bincount(np.concatenate(found), minlength=len(self._sentences))
        return np.flatnonzero(hits >= least).tolist()

    def _carrying_array(self, stem: str) -> np.ndarray:
        """The sentences, in order, that have ``stem`` outside quotations."""
        array = self._arrays.get(stem)
        if array is None:
            if self._carrying is None:
                self._carrying = defaultdict(list)
                for k in range(len(self._sentences)):
                    self._tick()
                    for st in self[k]:
                        self._carrying[st].append(k)
            array = self._arrays[stem] = np.array(self._carrying.get(stem, ()), dtype=np.int64)
        return array

    def _text(self, k: int) -> str:
        """Sentence k's text with its quotations blanked."""
        s = self._sentences[k]
        if k not in self._members:
            return self._doc.text[s.start:s.end]
        chars = list(self._doc.text[s.start:s.end])
        for q in self._members[k]:
            for a, b in self._quotes[q].fragments:
                lo, hi = max(a, s.start), min(b, s.end)
                if lo < hi:
                    chars[lo - s.start:hi - s.start] = " " * (hi - lo)
        return "".join(chars)
