"""Which sentence holds an offset, and which sentences a span touches (binary search)."""
from __future__ import annotations

from bisect import bisect_right
from typing import Sequence

from ..model import Sentence


class SentenceIndex:
    """Offset lookups over one document's sentences, which are in order and do not overlap."""

    def __init__(self, sentences: Sequence[Sentence]) -> None:
        self.sentences = sentences
        self.starts = [s.start for s in sentences]

    def at(self, offset: int) -> int | None:
        """The sentence containing ``offset``, or None between sentences."""
        n = bisect_right(self.starts, offset) - 1
        if n >= 0 and offset < self.sentences[n].end:
            return n
        return None

    def nearest(self, offset: int) -> int:
        """The sentence containing ``offset``, else the last one starting before it (0 if none)."""
        return max(0, bisect_right(self.starts, offset) - 1)

    def touching(self, start: int, end: int) -> set[int]:
        """Sentences overlapping ``[start, end)``."""
        first = max(0, bisect_right(self.starts, start) - 1)
        out = set()
        for n in range(first, len(self.sentences)):
            s = self.sentences[n]
            if s.start >= end:
                break
            if s.end > start:
                out.add(n)
        return out
