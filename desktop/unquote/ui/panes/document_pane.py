"""One side of the window: a header with the document's title and source over its text."""
from __future__ import annotations

from PySide6 import QtGui
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QLabel, QSizePolicy, QVBoxLayout, QWidget

from ...engine.model import Document, Side
from ...engine.appearance.naming import document_name
from .sentence_view import SentenceView

#: Reading size of the document text, in points (View > Reset Zoom returns to it).
DEFAULT_ZOOM = 11.0


class ElidedLabel(QLabel):
    """A one-line label that shortens its text with an ellipsis to the width it is given
    (a long path never widens the window); the whole text is in the tooltip."""

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.full_text = ""
        self.setTextFormat(Qt.TextFormat.PlainText)
        self.setSizePolicy(QSizePolicy.Policy.Ignored, QSizePolicy.Policy.Preferred)
        self.setMinimumWidth(40)

    def set_full_text(self, text: str, tooltip: str = "") -> None:
        self.full_text = text
        self.setToolTip(QtGui.Qt.convertFromPlainText(tooltip or text))  # never rich text
        self._elide()

    def resizeEvent(self, event) -> None:  # noqa: N802 (Qt override)
        super().resizeEvent(event)
        self._elide()

    def _elide(self) -> None:
        self.setText(self.fontMetrics().elidedText(self.full_text, Qt.TextElideMode.ElideMiddle, max(10, self.width())))


class DocumentPane(QWidget):
    """Title and source labels above a :class:`SentenceView`."""

    def __init__(self, side: Side, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.side = side
        self.title = ElidedLabel()
        self.title.setObjectName(f"{side}Title")
        font = self.title.font()
        font.setWeight(QFont.Weight.Bold)
        self.title.setFont(font)
        self.title.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.source = ElidedLabel()
        self.source.setObjectName(f"{side}Source")
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
            self.title.set_full_text("Original (left)" if self.side == "left" else "Rewrite (right)")
            self.source.set_full_text("No document yet")
            return
        self.title.set_full_text(document_name(document))
        detail = [document.source or "pasted text", document.kind]
        if document.metadata.get("date"):
            detail.append(document.metadata["date"])
        self.source.set_full_text(" · ".join(detail), document.source or "pasted text")

    def set_zoom(self, points: float) -> None:
        font = self.view.font()
        font.setPointSizeF(points)
        self.view.setFont(font)
