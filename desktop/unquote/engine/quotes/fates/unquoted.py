"""The content stems of each sentence's words outside quotation marks, for the paraphrase test.

Worked out per sentence on demand, since most sentences are never asked about; the index
from stem to sentences, which the search "anywhere in the other document" needs, is
built on first use.
"""
from __future__ import annotations

from collections import defaultdict
from typing import Callable, Sequence

from ...model import Document, Quote, Sentence
from .wording import content_stems


class UnquotedStems:
    """sentence -> content stems of its words outside quotations, and stem -> sentences."""

    def __init__(self, doc: Document, sentences: Sequence[Sentence], quotes: Sequence[Quote],
                 members: dict[int, list[int]], tick: Callable[[], None]) -> None:
        self._doc = doc
        self._sentences = sentences
        self._quotes = quotes
        self._members = members
        self._tick = tick
        self._stems: dict[int, set[str]] = {}
        self._carrying: dict[str, list[int]] | None = None

    def __getitem__(self, k: int) -> set[str]:
        stems = self._stems.get(k)
        if stems is None:
            stems = self._stems[k] = content_stems(self._text(k))
        return stems

    def carrying(self, stem: str) -> list[int]:
        """The sentences, in order, that have ``stem`` outside quotations."""
        if self._carrying is None:
            self._carrying = defaultdict(list)
            for k in range(len(self._sentences)):
                self._tick()
                for st in self[k]:
                    self._carrying[st].append(k)
        return self._carrying.get(stem, [])

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
