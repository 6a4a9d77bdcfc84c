"""The find bar (Ctrl+F): searches both documents, left first, wrapping around, and says
which match of how many is shown ("3 of 12"); Esc closes it (through the window's Esc)."""
from __future__ import annotations

from PySide6.QtCore import Signal
from PySide6.QtGui import QTextCursor, QTextDocument
from PySide6.QtWidgets import QHBoxLayout, QLabel, QLineEdit, QToolButton, QWidget

from ...engine.model import SIDES, Side
from .sentence_view import SentenceView

#: Matches counted at most for "n of m" (a common word in a long document has thousands).
MAX_COUNTED = 1000


class FindBar(QWidget):
    """A search field with previous/next; results are marked in the pane they are in."""

    closed = Signal()

    def __init__(self, views: dict[Side, SentenceView], parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.views = views
        self.field = QLineEdit()
        self.field.setObjectName("findField")
        self.field.setPlaceholderText("Find in both documents")
        self.field.returnPressed.connect(self.find_next)
        self.field.textChanged.connect(lambda *_: self._restart())
        self.status = QLabel()
        prev_button, next_button, close_button = QToolButton(), QToolButton(), QToolButton()
        prev_button.setText("▲")
        prev_button.setToolTip("Previous match")
        next_button.setText("▼")
        next_button.setToolTip("Next match")
        close_button.setText("✕")
        close_button.setToolTip("Close the find bar")
        prev_button.clicked.connect(self.find_previous)
        next_button.clicked.connect(self.find_next)
        close_button.clicked.connect(self.close_bar)
        layout = QHBoxLayout(self)
        layout.setContentsMargins(4, 2, 4, 2)
        layout.addWidget(QLabel("Find:"))
        layout.addWidget(self.field, 1)
        for w in (prev_button, next_button, self.status, close_button):
            layout.addWidget(w)
        self._at: tuple[Side, int] = ("left", 0)
        self.found: tuple[Side, int, int] | None = None

    def open_bar(self) -> None:
        self.show()
        self.field.setFocus()
        self.field.selectAll()

    def close_bar(self) -> None:
        for view in self.views.values():
            view.show_found(None)
        self.hide()
        self.closed.emit()

    def _restart(self) -> None:
        self._at = ("left", 0)
        self.find_next()

    def find_next(self) -> bool:
        return self._find(backward=False)

    def find_previous(self) -> bool:
        return self._find(backward=True)

    def hits(self, needle: str) -> list[tuple[Side, int, int]]:
        """Every match in both documents (left first), up to MAX_COUNTED."""
        out: list[tuple[Side, int, int]] = []
        for side in SIDES:
            doc = self.views[side].document()
            cursor = doc.find(needle, 0)
            while not cursor.isNull() and len(out) < MAX_COUNTED:
                out.append((side, cursor.selectionStart(), cursor.selectionEnd()))
                cursor = doc.find(needle, cursor)
        return out

    def _find(self, backward: bool) -> bool:
        needle = self.field.text()
        if not needle:
            self.status.setText("")
            return False
        flags = QTextDocument.FindFlag.FindBackward if backward else QTextDocument.FindFlag(0)
        order = list(SIDES) if not backward else list(reversed(SIDES))
        start_side, position = self._at
        sides = order[order.index(start_side):] + order[:order.index(start_side) + 1]
        for n, side in enumerate(sides):
            doc = self.views[side].document()
            if n == 0:
                cursor = QTextCursor(doc)
                cursor.setPosition(position)
            else:
                cursor = QTextCursor(doc)
                if backward:
                    cursor.movePosition(QTextCursor.MoveOperation.End)
            hit = doc.find(needle, cursor, flags)
            if not hit.isNull():
                for s, view in self.views.items():
                    view.show_found((hit.selectionStart(), hit.selectionEnd()) if s == side else None)
                self.found = (side, hit.selectionStart(), hit.selectionEnd())
                self._at = (side, hit.selectionStart() if backward else hit.selectionEnd())
                hits = self.hits(needle)
                place = hits.index(self.found) + 1 if self.found in hits else 0
                more = "+" if len(hits) >= MAX_COUNTED else ""
                self.status.setText(f"{place} of {len(hits)}{more}, in the {side} text")
                return True
        self.found = None
        self.status.setText("not found")
        return False
