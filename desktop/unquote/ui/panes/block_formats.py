"""Highlights drawn through the layouts of a document's text blocks, block by block.

Each block (paragraph) of a QTextDocument has a QTextLayout whose additional formats are
merged over the text's own when it is drawn; QSyntaxHighlighter works this way. Setting
them leaves the document's text and formats untouched, so a block costs one layout pass
however many highlights it holds (merging character formats into the document re-laid
out a block once per highlight: on a 10,000-sentence pair, three times as long as the
comparison). Blocks are formatted when asked for (those on screen first) and the rest
follow in the background, so what is visible is drawn as soon as the comparison is done.
"""
from __future__ import annotations

from bisect import bisect_right
from collections.abc import Iterator, Sequence

from PySide6.QtGui import QTextCharFormat, QTextCursor, QTextDocument, QTextLayout

#: A highlight in Qt positions of the whole document, end exclusive.
Span = tuple[int, int, QTextCharFormat]


class BlockFormats:
    """The highlights of one document, applied to its blocks on demand."""

    def __init__(self, document: QTextDocument) -> None:
        self.document = document
        self._starts: list[int] = []
        self._pending: dict[int, list[Span]] = {}
        self._formatted: set[int] = set()

    def forget(self) -> None:
        """The document's text was replaced: its blocks, and their formats, are gone."""
        self._starts, self._pending, self._formatted = [], {}, set()

    def set_spans(self, spans: Sequence[Span]) -> Iterator[None]:
        """Replace the highlights with ``spans`` (later ones drawn over earlier ones).

        Steps of the preparation (yielding between them); nothing is drawn until blocks
        are applied. Blocks that carried earlier highlights and have none now are cleared
        when applied.
        """
        doc = self.document
        starts: list[int] = []
        block = doc.begin()
        while block.isValid():
            starts.append(block.position())
            block = block.next()
        yield
        self._starts = starts
        ends = [*starts[1:], doc.characterCount()]
        pending: dict[int, list[Span]] = {n: [] for n in self._formatted}
        for count, (start, end, fmt) in enumerate(spans):
            n = bisect_right(starts, start) - 1
            while 0 <= n < len(starts) and starts[n] < end:
                lo, hi = max(start, starts[n]), min(end, ends[n] - 1)
                if hi > lo:
                    pending.setdefault(n, []).append((lo - starts[n], hi - starts[n], fmt))
                n += 1
            if count % 2000 == 1999:
                yield
        self._pending = pending

    def done(self) -> bool:
        return not self._pending

    def apply(self, first: int, last: int) -> None:
        """Apply the pending blocks numbered ``first`` to ``last`` now."""
        if not self._pending:
            return
        for n in range(max(first, 0), last + 1):
            if n in self._pending:
                self._apply_block(n)

    def apply_all(self, first: int, last: int) -> Iterator[None]:
        """Apply every pending block, ``first`` to ``last`` first; a step per block."""
        self.apply(first, last)
        yield
        for n in sorted(self._pending):
            if n in self._pending:  # a scroll may have applied it meanwhile
                self._apply_block(n)
                yield

    def _apply_block(self, n: int) -> None:
        spans = self._pending.pop(n)
        block = self.document.findBlockByNumber(n)
        layout = block.layout()
        if not block.isValid() or layout is None:
            return
        ranges = []
        for start, end, fmt in spans:
            r = QTextLayout.FormatRange()
            r.start, r.length, r.format = start, end - start, fmt
            ranges.append(r)
        layout.setFormats(ranges)
        if ranges:
            self._formatted.add(n)
        else:
            self._formatted.discard(n)
        self.document.markContentsDirty(block.position(), block.length())

    def format_at(self, position: int) -> QTextCharFormat:
        """The format the character at Qt ``position`` is drawn with: its own, then the highlights."""
        cursor = QTextCursor(self.document)
        cursor.setPosition(position + 1)  # the format of the character before the cursor
        fmt = cursor.charFormat()
        block = self.document.findBlock(position)
        layout = block.layout()
        if layout is not None:
            offset = position - block.position()
            for r in layout.formats():
                if r.start <= offset < r.start + r.length:
                    fmt.merge(r.format)
        return fmt

