"""The numbers of quotation findings in a pane's left margin, level with each quotation:
where they are, drawing them, and which one a click hits."""
from __future__ import annotations

from typing import TYPE_CHECKING

from PySide6.QtCore import QPoint, QRectF, Qt
from PySide6.QtGui import QPainter, QTextCursor

from ...engine.results.findings import Finding
from ...engine.model import Comparison, Side
from ..palette import Palette

if TYPE_CHECKING:
    from .sentence_view import SentenceView

#: Width of the note markers at the very left of the margin.
MARKER_WIDTH = 5
#: Room in the left margin for a quotation finding's number.
BADGE_WIDTH = 20


def badges_of(c: Comparison, findings: list[Finding], side: Side) -> dict[int, tuple[int, int]]:
    """Quote-match index -> (start of its quotation on ``side``, finding number), for the
    quotations of changed findings."""
    badges: dict[int, tuple[int, int]] = {}
    for f in findings:
        if not f.changed:
            continue
        for index in (f.left if side == "left" else f.right):
            n = next(n for n in f.matches if c.quote_matches[n].quote(side) == index)
            badges[n] = (c.quotes(side)[index].start, f.number)
    return badges


class FindingBadges:
    """The finding numbers of one pane."""

    def __init__(self, view: SentenceView) -> None:
        self.view = view
        #: quote-match index -> (code-point start of its quotation here, finding number)
        self.badges: dict[int, tuple[int, int]] = {}

    def rect(self, start: int) -> QRectF:
        """Where the number of a quotation starting at code point ``start`` is drawn."""
        view = self.view
        cursor = QTextCursor(view.document())
        cursor.setPosition(min(view.to_qt(start), view.document().characterCount() - 1))
        line = view.cursorRect(cursor)
        return QRectF(MARKER_WIDTH + 4, line.top(), BADGE_WIDTH, line.height())

    def visible(self) -> list[tuple[int, int, QRectF]]:
        """(quote-match index, number, rect) of the numbers in view.

        Only quotations within the characters on screen are placed: asking where a far-off
        quotation lies makes the text lay out everything up to it (a third of a second
        on a 10,000-sentence document)."""
        view = self.view
        if view.sentence_count() == 0:
            return []
        height = view.viewport().height()
        first = view.cursorForPosition(QPoint(0, 0)).block().position()
        last_block = view.cursorForPosition(QPoint(view.viewport().width() - 1, height - 1)).block()
        last = last_block.position() + last_block.length()
        out = []
        for n, (start, number) in self.badges.items():
            if not first <= view.to_qt(start) <= last:
                continue
            rect = self.rect(start)
            if rect.bottom() >= 0 and rect.top() <= height:
                out.append((n, number, rect))
        return out

    def at(self, pos: QPoint) -> int | None:
        """The quote-match index whose number is at ``pos`` (viewport coordinates)."""
        for n, _, rect in self.visible():
            if rect.contains(pos.toPointF()):
                return n
        return None

    def paint(self, painter: QPainter, palette: Palette) -> None:
        """White numbers on the quotation colour, in rounded boxes."""
        font = painter.font()
        font.setPointSizeF(max(6.0, self.view.font().pointSizeF() * 0.75))
        font.setBold(True)
        painter.setFont(font)
        for _, number, rect in self.visible():
            painter.setPen(Qt.PenStyle.NoPen)
            painter.setBrush(palette.quote)
            painter.drawRoundedRect(rect.adjusted(0, 2, 0, -2), 4, 4)
            painter.setPen(palette.base)
            painter.drawText(rect, Qt.AlignmentFlag.AlignCenter, str(number))
