"""A narrow map of both documents: where the changes are, and what is in view.

Each side is a column; every pixel row shows the strongest role of the sentences it
covers (proportional to character offsets), with the visible stretch outlined. A click
asks the window to bring that place of that side into view.
"""
from __future__ import annotations

from PySide6.QtCore import QRectF, Signal
from PySide6.QtGui import QPainter, QPen
from PySide6.QtWidgets import QWidget

from ...engine.model import SIDES, Comparison, Side
from ..palette import Palette
from .highlights import link_role, quote_highlights
from .link_index import link_index
from .sentence_view import SentenceView

#: Roles shown, weakest first; a pixel row takes the last one present.
ROLE_ORDER = ("identical-except", "reworded", "one-side", "quote-changed")


class OverviewStrip(QWidget):
    """Two columns (left, right document) of change marks; click to jump."""

    #: side, fraction of that document's text in [0, 1]
    positionClicked = Signal(str, float)

    def __init__(self, views: dict[Side, SentenceView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self.palette_: Palette | None = None
        self._marks: dict[Side, list[tuple[float, float, int]]] = {"left": [], "right": []}
        self._row_cache: dict[tuple[Side, int], list[int]] = {}
        self.setFixedWidth(28)
        self.setToolTip("Map of changes: left and right document. Click to jump there.")
        for view in views.values():
            view.verticalScrollBar().valueChanged.connect(lambda *_: self.update())

    def set_comparison(self, c: Comparison | None, palette: Palette) -> None:
        self.palette_ = palette
        self._marks = {side: self._side_marks(c, side) if c else [] for side in SIDES}
        self._row_cache.clear()
        self.update()

    @staticmethod
    def _side_marks(c: Comparison, side: Side) -> list[tuple[float, float, int]]:
        """(start, end, role rank) for every sentence or quote worth a mark (one fast pass)."""
        size = max(1, len(c.document(side).text))
        rank = {role: n for n, role in enumerate(ROLE_ORDER)}
        link_rank = [rank.get(link_role(link), -1) for link in c.links]
        link_of = link_index(c, side)
        marks = []
        for i, s in enumerate(c.sentences(side)):
            n = link_of.get(i)
            r = rank["one-side"] if n is None else link_rank[n]
            if r >= 0:
                marks.append((s.start / size, s.end / size, r))
        marks += [(h.start / size, h.end / size, rank[h.role])
                  for h in quote_highlights(c, side) if h.role == "quote-changed"]
        return marks

    def marks(self, side: Side) -> list[tuple[float, float, str]]:
        """(start fraction, end fraction, role) of the marks of one side."""
        return [(a, b, ROLE_ORDER[r]) for a, b, r in self._marks[side]]

    def _rows(self, side: Side, rows: int) -> list[int]:
        """The strongest role index per pixel row (-1: nothing), cached per height."""
        key = (side, rows)
        if key not in self._row_cache:
            best = [-1] * rows
            for a, b, role in self._marks[side]:
                for y in range(int(a * rows), min(rows, int(b * rows) + 1)):
                    best[y] = max(best[y], role)
            self._row_cache[key] = best
        return self._row_cache[key]

    def _column(self, side: Side) -> QRectF:
        half = self.width() / 2
        return QRectF(0 if side == "left" else half, 0, half - 1, self.height())

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        painter = QPainter(self)
        painter.fillRect(self.rect(), self.palette().window())
        if self.palette_ is None:
            painter.end()
            return
        colours = [self.palette_.role("mark-" + role) for role in ROLE_ORDER]
        rows = max(1, self.height())
        for side in SIDES:
            column = self._column(side)
            painter.fillRect(column, self.palette_.base)
            for y, role in enumerate(self._rows(side, rows)):
                if role >= 0:
                    painter.fillRect(QRectF(column.left(), y, column.width(), 1), colours[role])
            self._draw_view_box(painter, side, column)
        painter.end()

    def _draw_view_box(self, painter: QPainter, side: Side, column: QRectF) -> None:
        view = self.views[side]
        text_len = max(1, view.document().characterCount())
        top = view.cursorForPosition(view.viewport().rect().topLeft()).position() / text_len
        bottom = view.cursorForPosition(view.viewport().rect().bottomRight()).position() / text_len
        painter.setPen(QPen(self.palette_.text, 1))
        painter.drawRect(QRectF(column.left() + 0.5, top * self.height(), column.width() - 1,
                                max(3.0, (bottom - top) * self.height())))

    def mousePressEvent(self, event) -> None:  # noqa: N802
        x, y = event.position().x(), event.position().y()
        side: Side = "left" if x < self.width() / 2 else "right"
        self.positionClicked.emit(side, min(1.0, max(0.0, y / max(1, self.height()))))
