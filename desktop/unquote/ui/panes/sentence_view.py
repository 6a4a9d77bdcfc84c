"""The read-only text of one side, highlighted sentence by sentence.

A QPlainTextEdit because it lays out only what is shown, which keeps a 1.3 MB document
responsive. Highlights go into the layouts of the text's blocks (block_formats.py): the
blocks on screen at once, the others in time-sliced batches so 20k sentences never block
the event loop, and any block scrolled to before its turn when it comes into view;
selection and note markers are few and drawn on top. Geometry helpers (which sentences are
visible, where a sentence is) serve the
connector band, the scroll synchroniser and the overview strip.
"""
from __future__ import annotations

import time
from bisect import bisect_right
from collections.abc import Iterator

from PySide6.QtCore import QEvent, QMimeData, QPoint, QRectF, Qt, QTimer, Signal
from PySide6.QtGui import (QBrush, QColor, QFont, QHelpEvent, QKeySequence, QPainter, QPen, QTextCharFormat,
                           QTextCursor)
from PySide6.QtWidgets import QPlainTextEdit, QTextEdit, QToolTip, QWidget

from ...engine.model import Comparison, Document, Side
from .block_formats import BlockFormats, Span
from .finding_badges import BADGE_WIDTH, MARKER_WIDTH, FindingBadges
from .highlights import (Highlight, describe_link, iter_sentence_highlights, quote_highlights,
                         word_highlights)
from .link_index import link_index
from ..palette import Palette
from .text_offsets import OffsetMap

#: Longest time one batch of highlighting may hold the GUI thread.
SLICE_SECONDS = 0.005
#: Characters of text inserted per step.
TEXT_CHUNK = 32_768


def role_format(palette: Palette, h: Highlight) -> QTextCharFormat:
    """The character format of one highlight."""
    f = QTextCharFormat()
    if h.role in ("identical-except", "reworded", "one-side", "deleted", "inserted", "shared"):
        f.setBackground(QBrush(palette.role(h.role)))
    if h.role == "quote":
        f.setForeground(QBrush(palette.quote))
    elif h.role == "quote-changed":
        f.setForeground(QBrush(palette.quote_changed))
        f.setFontWeight(QFont.Weight.Bold)
    if h.moved:
        f.setUnderlineStyle(QTextCharFormat.UnderlineStyle.WaveUnderline)
        f.setUnderlineColor(palette.moved)
    return f


class SentenceView(QPlainTextEdit):
    """One side's document with highlights, selection, markers and sentence geometry."""

    #: sentence index, and whether Ctrl was held (pick one side of a manual link)
    sentenceClicked = Signal(int, bool)
    #: quote-match index whose number (or quotation) was clicked
    findingClicked = Signal(int)
    mimeDropped = Signal(QMimeData)
    pasteRequested = Signal()

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.setReadOnly(True)
        self.setUndoRedoEnabled(False)
        self.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse
                                     | Qt.TextInteractionFlag.TextSelectableByKeyboard)
        self.setLineWrapMode(QPlainTextEdit.LineWrapMode.WidgetWidth)
        self.setAcceptDrops(True)
        self.document().setDocumentMargin(6 + MARKER_WIDTH + BADGE_WIDTH)
        self.comparison: Comparison | None = None
        self._offsets = OffsetMap("")
        self._starts: list[int] = []
        self._link_of: dict[int, int] = {}
        self._text = ""
        #: the document carries highlights (to clear before others are applied)
        self._formatted = False
        self._blocks = BlockFormats(self.document())
        self.verticalScrollBar().valueChanged.connect(self._apply_visible)
        self._inserting: Iterator[None] | None = None
        self._queue: list[Iterator[None]] = []
        self._generation = 0
        self._selected: tuple[int, ...] = ()
        self._found: tuple[int, int] | None = None
        self._markers: dict[int, QColor] = {}
        self.finding_badges = FindingBadges(self)
        self._palette: Palette | None = None
        #: View > Word Marks: changed (or, on heavy rewrites, shared) words are painted
        self.word_marks = True

    # -- content -------------------------------------------------------------------
    def show_document(self, document: Document | None) -> None:
        """Show a document on its own, before any comparison (or nothing).

        The text appears slice by slice in the next turns of the event loop; the
        same text shown again is kept (only its highlights are cleared).
        """
        text = document.text if document else ""
        self.comparison, self._starts, self._link_of = None, [], {}
        self._selected, self._markers, self._found = (), {}, None
        self.setExtraSelections([])
        work: list[Iterator[None] | None] = []
        if text != self._text:
            self._text, self._offsets, self._formatted = text, OffsetMap(text), False
            self.clear()
            self._blocks.forget()
            self._inserting = self._insert_steps(text)
        elif self._formatted:
            self._formatted = False
            work.append(self._clear_steps())
        self._start_work([self._inserting, *work])

    def _insert_steps(self, text: str) -> Iterator[None]:
        cursor = QTextCursor(self.document())
        for at in range(0, len(text), TEXT_CHUNK):
            cursor.movePosition(QTextCursor.MoveOperation.End)
            cursor.insertText(text[at:at + TEXT_CHUNK])
            yield
        self._inserting = None
        self.moveCursor(QTextCursor.MoveOperation.Start)

    def _clear_steps(self) -> Iterator[None]:
        yield from self._blocks.set_spans([])
        yield from self._blocks.apply_all(*self._visible_blocks())

    def show_comparison(self, c: Comparison, palette: Palette) -> None:
        """Show this side of ``c``; its highlights are applied in time-limited slices."""
        top = self.first_visible_sentence() if self.comparison is not None else None
        self.show_document(c.document(self.side))
        self.comparison, self._palette, self._formatted = c, palette, True
        self._starts = [s.start for s in c.sentences(self.side)]
        self._link_of = link_index(c, self.side)
        if top is not None and top < len(self._starts):
            self.scroll_sentence_to_y(top, 0)
        self._start_work([*self._queue, self._format_steps(c, palette)])

    def _format_steps(self, c: Comparison, palette: Palette) -> Iterator[None]:
        """Apply every highlight (layers in order: sentences, words when ``word_marks`` is
        on, quotes), the blocks around the visible text first."""
        spans: list[Span] = []
        formats: dict[tuple[str, bool], QTextCharFormat] = {}
        to_qt = self._offsets.to_qt
        layers = (iter_sentence_highlights, word_highlights, quote_highlights) if self.word_marks \
            else (iter_sentence_highlights, quote_highlights)
        for layer in layers:
            for n, h in enumerate(layer(c, self.side)):
                if h.role != "identical" or h.moved:
                    fmt = formats.get((h.role, h.moved))
                    if fmt is None:
                        fmt = formats[(h.role, h.moved)] = role_format(palette, h)
                    spans.append((to_qt(h.start), to_qt(h.end), fmt))
                if n % 1000 == 999:
                    yield
        yield from self._blocks.set_spans(spans)
        yield from self._blocks.apply_all(*self._visible_blocks())
        self._refresh_extra()

    def _visible_blocks(self) -> tuple[int, int]:
        """Numbers of the first and the last block on screen, widened by a screenful each way."""
        vp = self.viewport()
        first = self.firstVisibleBlock().blockNumber()
        last = self.cursorForPosition(QPoint(vp.width(), vp.height())).block().blockNumber()
        margin = last - first + 2
        return first - margin, last + margin

    def _apply_visible(self) -> None:
        """Highlights of blocks scrolled into view before their turn came."""
        if not self._blocks.done():
            self._blocks.apply(*self._visible_blocks())

    def format_at(self, index: int) -> QTextCharFormat:
        """The format the character at code-point ``index`` is drawn with, highlights included."""
        return self._blocks.format_at(self.to_qt(index))

    def highlighting_done(self) -> bool:
        """Whether the text and all highlights are in the document."""
        return not self._queue

    def _start_work(self, work: list[Iterator[None] | None]) -> None:
        self._generation += 1
        self._queue = [w for w in work if w is not None]
        generation = self._generation  # the first slice too runs in its own turn of the event loop
        QTimer.singleShot(0, self, lambda: self._run_slice(generation))

    def _run_slice(self, generation: int) -> None:
        """Advance the queued work until it ends or the slice's time is used up."""
        if generation != self._generation:
            return
        deadline = time.perf_counter() + SLICE_SECONDS
        while self._queue:
            for _ in self._queue[0]:
                if time.perf_counter() > deadline:
                    QTimer.singleShot(0, self, lambda: self._run_slice(generation))
                    return
            self._queue.pop(0)

    # -- sentences -------------------------------------------------------------------
    def sentence_count(self) -> int:
        """Sentences with geometry: none until the whole text is in the document."""
        return len(self._starts) if self.document().characterCount() > len(self._text) else 0

    def sentence_at(self, qt_position: int) -> int | None:
        """The sentence starting at or before a Qt position (None before the first)."""
        n = bisect_right(self._starts, self._offsets.from_qt(qt_position)) - 1
        return n if n >= 0 else None

    def to_qt(self, index: int) -> int:
        """The Qt position of a code-point index of the shown text."""
        return self._offsets.to_qt(index)

    def sentence_span_qt(self, index: int) -> tuple[int, int]:
        assert self.comparison is not None  # sentences are indexed only while one is shown
        s = self.comparison.sentences(self.side)[index]
        last = self.document().characterCount() - 1
        return min(self._offsets.to_qt(s.start), last), min(self._offsets.to_qt(s.end), last)

    def first_visible_sentence(self) -> int:
        n = self.sentence_at(self.cursorForPosition(QPoint(0, 0)).position())
        return n or 0

    def last_visible_sentence(self) -> int:
        vp = self.viewport()
        n = self.sentence_at(self.cursorForPosition(QPoint(vp.width(), vp.height())).position())
        return n or 0

    def sentence_rect(self, index: int) -> tuple[float, float]:
        """Top and bottom of a sentence in viewport coordinates (meaningful when visible)."""
        start, end = self.sentence_span_qt(index)
        c = QTextCursor(self.document())
        c.setPosition(start)
        top = self.cursorRect(c).top()
        c.setPosition(max(start, end - 1))
        return float(top), float(self.cursorRect(c).bottom())

    def scroll_sentence_to_y(self, index: int, y: float) -> None:
        """Scroll so that sentence ``index`` starts about ``y`` pixels below the top."""
        start, _ = self.sentence_span_qt(index)
        block = self.document().findBlock(start)
        layout = block.layout()
        line = layout.lineForTextPosition(start - block.position()) if layout else None
        line_no = line.lineNumber() if line is not None and line.isValid() else 0
        spacing = max(1.0, self.fontMetrics().lineSpacing())
        bar = self.verticalScrollBar()
        bar.setValue(block.firstLineNumber() + line_no - round(y / spacing))

    def centre_sentence(self, index: int) -> None:
        self.scroll_sentence_to_y(index, self.viewport().height() / 3)

    # -- selection, find and markers -------------------------------------------------
    def select_sentences(self, indices: tuple[int, ...]) -> None:
        self._selected = indices
        self._refresh_extra()

    def selected_sentences(self) -> tuple[int, ...]:
        return self._selected

    def show_found(self, span: tuple[int, int] | None) -> None:
        """Mark a find result (Qt positions) and bring it into view."""
        self._found = span
        self._refresh_extra()
        if span is not None:
            c = QTextCursor(self.document())
            c.setPosition(span[0])
            self.setTextCursor(c)
            self.centerCursor()

    def set_markers(self, markers: dict[int, QColor]) -> None:
        """Note markers: sentence index -> colour, drawn in the left margin."""
        self._markers = markers
        self.viewport().update()

    def markers(self) -> dict[int, QColor]:
        return self._markers

    def set_badges(self, badges: dict[int, tuple[int, int]]) -> None:
        """Finding numbers in the margin: quote-match index -> (quotation start, number)."""
        self.finding_badges.badges = badges
        self.viewport().update()

    def badges(self) -> dict[int, tuple[int, int]]:
        return self.finding_badges.badges

    def badge_rect(self, start: int) -> QRectF:
        return self.finding_badges.rect(start)

    def _refresh_extra(self) -> None:
        """The find hit as an inverted stretch; the selection is outlined in ``paintEvent``."""
        extra: list[QTextEdit.ExtraSelection] = []
        if self._found is not None and self._palette is not None:
            sel = QTextEdit.ExtraSelection()
            sel.cursor = QTextCursor(self.document())
            sel.cursor.setPosition(self._found[0])
            sel.cursor.setPosition(self._found[1], QTextCursor.MoveMode.KeepAnchor)
            sel.format.setBackground(QBrush(self._palette.find))
            sel.format.setForeground(QBrush(self._palette.find_text))
            extra.append(sel)
        self.setExtraSelections(extra)
        self.viewport().update()

    # -- events ----------------------------------------------------------------------
    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().paintEvent(event)
        if self.comparison is None or self._palette is None:
            return
        painter = QPainter(self.viewport())
        first, last = self.first_visible_sentence(), self.last_visible_sentence()
        for index, colour in self._markers.items():
            if first <= index <= last:
                top, bottom = self.sentence_rect(index)
                painter.fillRect(QRectF(2, top, MARKER_WIDTH, bottom - top), colour)
        self.finding_badges.paint(painter, self._palette)
        shown = [i for i in self._selected if first <= i <= last]
        if shown:
            top = min(self.sentence_rect(i)[0] for i in shown)
            bottom = max(self.sentence_rect(i)[1] for i in shown)
            painter.setPen(QPen(self._palette.selection, 2))
            painter.setBrush(Qt.BrushStyle.NoBrush)
            painter.drawRoundedRect(QRectF(MARKER_WIDTH + 3, top - 1, self.viewport().width() - MARKER_WIDTH - 5,
                                           bottom - top + 2), 3, 3)
        painter.end()

    def mouseReleaseEvent(self, event) -> None:  # noqa: N802
        super().mouseReleaseEvent(event)
        if event.button() != Qt.MouseButton.LeftButton or self.textCursor().hasSelection():
            return
        finding = self._finding_under(event.position().toPoint())
        if finding is not None:
            self.findingClicked.emit(finding)
        index = self._sentence_under(event.position().toPoint())
        if index is not None:
            self.sentenceClicked.emit(index, bool(event.modifiers() & Qt.KeyboardModifier.ControlModifier))

    def _finding_under(self, pos: QPoint) -> int | None:
        """The finding whose number or quotation is at ``pos``."""
        n = self.finding_badges.at(pos)
        if n is not None:
            return n
        if self.comparison is None or pos.x() < MARKER_WIDTH + BADGE_WIDTH:
            return None
        at = self._offsets.from_qt(self.cursorForPosition(pos).position())
        for n in self.finding_badges.badges:
            m = self.comparison.quote_matches[n]
            index = m.left if self.side == "left" else m.right
            q = self.comparison.quotes(self.side)[index] if index is not None else None
            if q is not None and q.start <= at < q.end:
                return n
        return None

    def _sentence_under(self, pos: QPoint) -> int | None:
        if self.comparison is None:
            return None
        qt_pos = self.cursorForPosition(pos).position()
        index = self.sentence_at(qt_pos)
        if index is None:
            return None
        start, end = self.sentence_span_qt(index)
        return index if start <= qt_pos <= end else None

    def event(self, event: QEvent) -> bool:  # noqa: D102
        if event.type() == QEvent.Type.ToolTip and isinstance(event, QHelpEvent):
            pos = self.viewport().mapFromGlobal(event.globalPos())
            index = self._sentence_under(pos)
            if index is None or self.comparison is None:
                QToolTip.hideText()
            else:
                n = self._link_of.get(index)
                other = "left" if self.side == "right" else "right"
                text = (f"Only in the {self.side} text" if n is None
                        else describe_link(self.comparison.links[n])
                        + " — partner sentence "
                        + ', '.join(str(i + 1) for i in getattr(self.comparison.links[n], other)))
                QToolTip.showText(event.globalPos(), text, self)
            return True
        return super().event(event)

    def keyPressEvent(self, event) -> None:  # noqa: N802
        if event.matches(QKeySequence.StandardKey.Paste) and not self.toPlainText():
            self.pasteRequested.emit()
            return
        super().keyPressEvent(event)

    def dragEnterEvent(self, event) -> None:  # noqa: N802
        mime = event.mimeData()
        if mime.hasUrls() or mime.hasText() or mime.hasHtml():
            event.acceptProposedAction()
        else:
            event.ignore()

    def dragMoveEvent(self, event) -> None:  # noqa: N802
        self.dragEnterEvent(event)

    def dropEvent(self, event) -> None:  # noqa: N802
        event.acceptProposedAction()
        self.mimeDropped.emit(event.mimeData())
