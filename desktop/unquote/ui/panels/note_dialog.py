"""The small dialog that writes or edits a note: its text and its status (Ctrl+Return saves)."""
from __future__ import annotations

from PySide6.QtGui import QKeySequence, QShortcut
from PySide6.QtWidgets import (
    QComboBox,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QPlainTextEdit,
    QWidget,
)

from ...engine.model import AnnotationStatus

STATUSES: tuple[tuple[AnnotationStatus, str], ...] = (
    ("needs-check", "Needs check"), ("confirmed", "Confirmed change"), ("acceptable", "Acceptable"))


class NoteDialog(QDialog):
    """Text and status of one note; ``about`` says what the note is attached to."""

    def __init__(self, about: str, text: str = "", status: AnnotationStatus = "needs-check",
                 parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Note")
        self.text = QPlainTextEdit(text)
        self.text.setObjectName("noteText")
        self.status = QComboBox()
        self.status.setObjectName("noteStatus")
        for key, label in STATUSES:
            self.status.addItem(label, key)
        self.status.setCurrentIndex([k for k, _ in STATUSES].index(status))
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setToolTip("Save the note (Ctrl+Return)")
        for keys in ("Ctrl+Return", "Ctrl+Enter"):
            QShortcut(QKeySequence(keys), self, self.accept)
        about_label = QLabel(about)
        about_label.setWordWrap(True)
        form = QFormLayout(self)
        form.addRow("On:", about_label)
        form.addRow("Note:", self.text)
        form.addRow("Status:", self.status)
        form.addRow(buttons)
        self.resize(420, 260)

    def values(self) -> tuple[str, AnnotationStatus]:
        return self.text.toPlainText().strip(), self.status.currentData()
