"""One side of the window: a header with the document's title and source over its text."""
from __future__ import annotations

from pathlib import Path

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..engine.model import Document, Side
from .sentence_view import SentenceView

#: Reading size of the document text, in points (View > Reset Zoom returns to it).
DEFAULT_ZOOM = 11.0


class DocumentPane(QWidget):
    """Title and source labels above a :class:`SentenceView`."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.title = QLabel()
        self.title.setObjectName(f"{side}Title")
        font = self.title.font()
        font.setWeight(QFont.Weight.Bold)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.title.setTextFormat(Qt.TextFormat.PlainText)
        self.source = QLabel()
        self.source.setTextFormat(Qt.TextFormat.PlainText)
        self.source.setObjectName(f"{side}Source")
        self.source.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.view = SentenceView(side)
        self.view.setObjectName(f"{side}View")
        self.view.setPlaceholderText(
            f"Drop the {'original' if side == 'left' else 'rewritten'} article here, paste it "
            f"(Ctrl+V), or use File > Open {'Left' if side == 'left' else 'Right'}…")
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.setSpacing(2)
        layout.addWidget(self.title)
        layout.addWidget(self.source)
        layout.addWidget(self.view, 1)
        self.set_header(None)

    def set_header(self, document: Document | None) -> None:
        """Show a document's title and source (or which side this is, when empty)."""
        if document is None:
            self.title.setText("Original (left)" if self.side == "left" else "Rewrite (right)")
            self.source.setText("No document yet")
            return
        self.title.setText(document.title or Path(document.source).name or "Untitled")
        detail = [document.source or "pasted text", document.kind]
        if document.metadata.get("date"):
            detail.append(document.metadata["date"])
        self.source.setText(" · ".join(detail))
        self.source.setToolTip(QtGui.Qt.convertFromPlainText(document.source))

    def set_zoom(self, points: float) -> None:
        font = self.view.font()
        font.setPointSizeF(points)
        self.view.setFont(font)
