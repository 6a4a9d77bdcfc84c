"""The band between the panes: a curved ribbon from each left sentence to its partners.

Only links with a sentence in view on either side are drawn (a partner out of view is
reached at the band's top or bottom edge), so the cost follows the window, not the
document. Ribbons cross where the rewrite reordered, as in Meld and Kompare.
"""
from __future__ import annotations

from PySide6.QtCore import QPoint, QPointF, QRectF, Qt
from PySide6.QtGui import QColor, QPainter, QPainterPath, QPen
from PySide6.QtWidgets import QWidget

from ...engine.model import Comparison, Link, Side
from ..palette import Palette
from .highlights import link_role
from .link_index import link_index
from .sentence_view import SentenceView

#: How far beyond the edge a ribbon to an out-of-view partner ends.
OFF_EDGE = 12.0


class ConnectorBand(QWidget):
    """Draws the ribbons of the links visible in ``left`` or ``right``."""

    def __init__(self, left: SentenceView, right: SentenceView, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.left, self.right = left, right
        self.comparison: Comparison | None = None
        self.palette_: Palette | None = None
        self.selected_link: int | None = None
        self._link_of: dict[Side, dict[int, int]] = {"left": {}, "right": {}}
        self.setMinimumWidth(48)
        self.setMaximumWidth(90)
        for view in (left, right):
            view.updateRequest.connect(lambda *_: self.update())

    def set_comparison(self, c: Comparison | None, palette: Palette) -> None:
        self.comparison, self.palette_ = c, palette
        self.selected_link = None
        self._link_of = {"left": link_index(c, "left"), "right": link_index(c, "right")} if c else {"left": {}, "right": {}}
        self.update()

    def set_selected_link(self, index: int | None) -> None:
        self.selected_link = index
        self.update()

    def visible_links(self) -> list[int]:
        """Indices of links with a sentence in view on either side, in order."""
        if self.comparison is None:
            return []
        found: set[int] = set()
        for side, view in (("left", self.left), ("right", self.right)):
            if view.sentence_count() == 0:
                continue
            link_of = self._link_of[side]
            for i in range(view.first_visible_sentence(), view.last_visible_sentence() + 1):
                if i in link_of:
                    found.add(link_of[i])
        return sorted(found)

    def text_area(self) -> QRectF:
        """The band's stretch level with the text areas (below the pane headers): ribbons
        are clipped to it."""
        top = max(self.mapFromGlobal(v.viewport().mapToGlobal(QPoint(0, 0))).y() for v in (self.left, self.right))
        bottom = min(self.mapFromGlobal(v.viewport().mapToGlobal(QPoint(0, v.viewport().height()))).y()
                     for v in (self.left, self.right))
        return QRectF(0, top, self.width(), max(0, bottom - top))

    def _span(self, view: SentenceView, indices: tuple[int, ...]) -> tuple[float, float]:
        """Top and bottom of sentences in band coordinates, clamped beyond the edges."""
        first, last = view.first_visible_sentence(), view.last_visible_sentence()
        shift = self.mapFromGlobal(view.viewport().mapToGlobal(QPoint(0, 0))).y()
        area = self.text_area()
        tops, bottoms = [], []
        for i in indices:
            if i < first:
                tops.append(area.top() - OFF_EDGE), bottoms.append(area.top() - OFF_EDGE)
            elif i > last:
                tops.append(area.bottom() + OFF_EDGE), bottoms.append(area.bottom() + OFF_EDGE)
            else:
                top, bottom = view.sentence_rect(i)
                tops.append(top + shift), bottoms.append(bottom + shift)
        return min(tops), max(bottoms)

    def ribbon(self, link: Link) -> QPainterPath:
        """The closed ribbon path of one link in band coordinates."""
        lt, lb = self._span(self.left, link.left)
        rt, rb = self._span(self.right, link.right)
        w, mid = float(self.width()), self.width() / 2
        path = QPainterPath(QPointF(0, lt))
        path.cubicTo(QPointF(mid, lt), QPointF(mid, rt), QPointF(w, rt))
        path.lineTo(QPointF(w, rb))
        path.cubicTo(QPointF(mid, rb), QPointF(mid, lb), QPointF(0, lb))
        path.closeSubpath()
        return path

    def ribbons(self) -> list[tuple[int, QPainterPath]]:
        """(link index, path) for every visible link."""
        if self.comparison is None:
            return []
        return [(n, self.ribbon(self.comparison.links[n])) for n in self.visible_links()]

    def _colour(self, palette: Palette, n: int) -> QColor:
        return palette.mark_reworded if link_role(self.comparison.links[n]) == "reworded" \
            else palette.mark_identical_except

    def paintEvent(self, event) -> None:  # noqa: N802 (Qt override)
        palette = self.palette_
        if palette is None:
            return
        painter = QPainter(self)
        painter.setRenderHint(QPainter.RenderHint.Antialiasing)
        painter.setClipRect(self.text_area())
        for n, path in self.ribbons():
            link = self.comparison.links[n]
            fill = self._colour(palette, n)
            fill.setAlpha(150 if n == self.selected_link else 70)
            painter.fillPath(path, fill)
            edge = QColor(palette.moved) if link.moved else fill.darker(140)
            if n == self.selected_link:
                edge = palette.selection
            edge.setAlpha(255)
            pen = QPen(edge, 2.0 if link.moved or n == self.selected_link else 1.0)
            if link.origin == "manual":
                pen.setStyle(Qt.PenStyle.DashLine)
            painter.setPen(pen)
            painter.drawPath(path)
        painter.end()
