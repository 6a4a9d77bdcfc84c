"""The notes sidebar: every annotation with its status and target, with edit and delete."""
from __future__ import annotations

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import (
    QHBoxLayout,
    QHeaderView,
    QPushButton,
    QTreeWidget,
    QTreeWidgetItem,
    QVBoxLayout,
    QWidget,
)

from ...engine.model import Annotation
from .note_dialog import STATUSES


def target_label(a: Annotation, finding: int | None = None) -> str:
    """'Pair left 3 ↔ right 4', 'Sentence right 7', 'Finding 2' (the quotation finding's
    number, when known) or 'Quote L2 ↔ R2' (1-based, as shown to users)."""
    if a.target == "quote" and finding is not None:
        return f"Finding {finding}"
    def nums(xs: tuple[int, ...]) -> str:
        return "+".join(str(x + 1) for x in xs)
    if a.target == "quote":
        parts = [f"L{nums(a.left)}" if a.left else "", f"R{nums(a.right)}" if a.right else ""]
        return "Quote " + " ↔ ".join(p for p in parts if p)
    parts = [f"left {nums(a.left)}" if a.left else "", f"right {nums(a.right)}" if a.right else ""]
    text = " ↔ ".join(p for p in parts if p)
    return "Sentence " + text if a.target == "sentence" else "Pair " + text


class NotesPanel(QWidget):
    """List of notes; Add works on the current selection, Edit/Delete on the chosen note."""

    addRequested = Signal()
    editRequested = Signal(str)
    deleteRequested = Signal(str)
    noteActivated = Signal(str)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.tree = QTreeWidget()
        self.tree.setObjectName("notesList")
        self.tree.setHeaderLabels(["Note", "Status", "On"])
        self.tree.setWordWrap(True)
        header = self.tree.header()
        header.setStretchLastSection(False)
        header.setSectionResizeMode(0, QHeaderView.ResizeMode.Stretch)
        for column in (1, 2):
            header.setSectionResizeMode(column, QHeaderView.ResizeMode.ResizeToContents)
        self.tree.setRootIsDecorated(False)
        self.tree.itemActivated.connect(lambda item, _: self.noteActivated.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.tree.itemClicked.connect(lambda item, _: self.noteActivated.emit(item.data(0, Qt.ItemDataRole.UserRole)))
        self.add_button = QPushButton("Add…")
        self.edit_button = QPushButton("Edit…")
        self.delete_button = QPushButton("Delete")
        self.add_button.clicked.connect(self.addRequested)
        self.edit_button.clicked.connect(lambda: self._with_current(self.editRequested))
        self.delete_button.clicked.connect(lambda: self._with_current(self.deleteRequested))
        buttons = QHBoxLayout()
        for b in (self.add_button, self.edit_button, self.delete_button):
            buttons.addWidget(b)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.tree, 1)
        layout.addLayout(buttons)

    def set_notes(self, notes: tuple[Annotation, ...], findings: dict[str, int] | None = None) -> None:
        """Show ``notes``; ``findings`` gives the finding number of notes on quotations."""
        findings = findings or {}
        labels = dict(STATUSES)
        current = self.current_id()
        self.tree.clear()
        for a in notes:
            item = QTreeWidgetItem([a.text, labels[a.status], target_label(a, findings.get(a.id))])
            item.setData(0, Qt.ItemDataRole.UserRole, a.id)
            item.setToolTip(0, a.text)
            self.tree.addTopLevelItem(item)
            if a.id == current:
                self.tree.setCurrentItem(item)

    def current_id(self) -> str | None:
        item = self.tree.currentItem()
        return item.data(0, Qt.ItemDataRole.UserRole) if item else None

    def _with_current(self, signal) -> None:
        note_id = self.current_id()
        if note_id:
            signal.emit(note_id)
