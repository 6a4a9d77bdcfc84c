"""The content stems of each sentence's words outside quotation marks, for the paraphrase test.

Worked out per sentence on demand, since most sentences are never asked about; the index
from stem to sentences, which the search "anywhere in the other document" needs, is
built on first use, and counts a quote's stems per sentence with numpy. Where the stems
of the whole sentences are known ahead (SentenceStems, with their index), only the
sentences that hold a quotation are worked out again.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Collection, Iterable, Sequence

import numpy as np

from ...model import Document, Quote, Sentence
from .wording import content_stems


class StemIndex:
    """stem -> the sentences whose stems hold it (as added), an array on first ask."""

    def __init__(self) -> None:
        self._lists: defaultdict[str, list[int]] = defaultdict(list)
        self._arrays: dict[str, np.ndarray] = {}

    def add(self, k: int, stems: Iterable[str]) -> None:
        for st in stems:
            self._lists[st].append(k)

    def __getitem__(self, stem: str) -> np.ndarray:
        array = self._arrays.get(stem)
        if array is None:
            array = self._arrays[stem] = np.array(self._lists.get(stem, ()), dtype=np.int64)
        return array


class SentenceStems:
    """The content stems of each whole sentence, from its words (``textnorm.words()``, which
    the alignment has), and their index: worked out on first use, or ahead of need (``prepare``)."""

    #: Sentences between two looks at whether to stop preparing.
    CHUNK = 1000

    def __init__(self, doc: Document, sentences: Sequence[Sentence], sentence_words: Sequence[list[str]],
                 known: dict[str, set[str]] | None = None) -> None:
        self._doc, self._sentences, self._words = doc, sentences, sentence_words
        self._stems: list[set[str] | None] = [None] * len(sentences)
        self._index: StemIndex | None = None
        self._known = {} if known is None else known  # text -> stems, shared with the other side

    @classmethod
    def both(cls, left: Document, left_sentences: Sequence[Sentence], right: Document,
             right_sentences: Sequence[Sentence], words: tuple[Sequence[list[str]], Sequence[list[str]]],
             ) -> tuple[SentenceStems, SentenceStems]:
        """Both sides' stems; a sentence text the other side has too (a rewrite copies many) is read once."""
        known: dict[str, set[str]] = {}
        return cls(left, left_sentences, words[0], known), cls(right, right_sentences, words[1], known)

    def __getitem__(self, k: int) -> set[str]:
        stems = self._stems[k]
        if stems is None:
            s = self._sentences[k]
            text = self._doc.text[s.start:s.end]
            stems = self._known.get(text)
            if stems is None:
                stems = self._known[text] = content_stems(text, self._words[k])
            self._stems[k] = stems
        return stems

    def carrying(self, stem: str, tick: Callable[[], None]) -> np.ndarray:
        """The sentences that have ``stem``; ``tick`` is called per sentence while indexing."""
        if self._index is None:
            index = StemIndex()
            for k in range(len(self._stems)):
                tick()
                index.add(k, self[k])
            self._index = index
        return self._index[stem]

    def prepare(self, stop: Callable[[], bool]) -> None:
        """Work out every sentence's stems and the index, unless ``stop()`` (asked every CHUNK
        sentences) says enough."""
        for k in range(len(self._stems)):
            if k % self.CHUNK == 0 and stop():
                return
            self[k]
        self.carrying("", lambda: None)


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
        self._index: StemIndex | None = None  # of every sentence, or of those with quotes when whole is known
        self._quoted = np.zeros(len(sentences), dtype=bool)
        self._quoted[list(members)] = True
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

    def prepare(self, stop: Callable[[], bool]) -> bool:
        """Index the stems ahead of need, unless ``stop()`` (asked every CHUNK sentences) says
        enough: whether the index is complete."""
        if self._index is None:
            index = StemIndex()
            chosen = sorted(self._members) if self._whole is not None else range(len(self._sentences))
            for n, k in enumerate(chosen):
                if n % SentenceStems.CHUNK == 0 and stop():
                    return False
                self._tick()
                index.add(k, self[k])
            self._index = index
        return True

    def _carrying_array(self, stem: str) -> np.ndarray:
        """The sentences (in no particular order) that have ``stem`` outside quotations."""
        array = self._arrays.get(stem)
        if array is None:
            self.prepare(lambda: False)
            assert self._index is not None
            array = self._index[stem]
            if self._whole is not None:
                whole = self._whole.carrying(stem, self._tick)
                array = np.concatenate([whole[~self._quoted[whole]], array])
            self._arrays[stem] = array
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
