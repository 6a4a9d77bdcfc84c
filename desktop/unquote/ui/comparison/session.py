"""The one place the window's state lives: the two documents, the current comparison,
its file, and the undo stack. Views read it; edits go through it (or its commands).
"""
from __future__ import annotations

from dataclasses import replace

from PySide6.QtCore import QObject, Signal
from PySide6.QtGui import QUndoStack

from ...engine.model import Annotation, Comparison, Decision, Document, Side
from ...engine.settings import Settings


class Session(QObject):
    """Documents, comparison, settings, file path and undo stack of one window."""

    #: the documents changed (a new comparison is wanted)
    documentsChanged = Signal()
    #: a new comparison is shown (or None)
    comparisonChanged = Signal(object)
    #: the annotations changed (same alignment)
    annotationsChanged = Signal()
    #: decisions changed: the alignment must be re-run
    rerunNeeded = Signal()
    pathChanged = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.documents: dict[Side, Document | None] = {"left": None, "right": None}
        self.comparison: Comparison | None = None
        self.settings = Settings()
        self.decisions: tuple[Decision, ...] = ()
        self.annotations: tuple[Annotation, ...] = ()
        self.view: dict[str, object] = {}
        self.path = ""
        self.undo = QUndoStack(self)

    # -- documents and results -----------------------------------------------------
    def set_document(self, side: Side, document: Document) -> None:
        """A new document on one side: earlier decisions and notes no longer apply."""
        self.documents[side] = document
        self.decisions, self.annotations = (), ()
        self.undo.clear()
        self.comparison = None
        self._set_path("")
        self.comparisonChanged.emit(None)
        self.documentsChanged.emit()

    def swap(self) -> None:
        """Exchange the sides (decisions and notes are dropped: their indices flip sides)."""
        left, right = self.documents["left"], self.documents["right"]
        self.documents = {"left": right, "right": left}
        self.decisions, self.annotations = (), ()
        self.undo.clear()
        self.comparison = None
        self.comparisonChanged.emit(None)
        self.documentsChanged.emit()

    def ready(self) -> bool:
        return self.documents["left"] is not None and self.documents["right"] is not None

    def accept_result(self, c: Comparison) -> None:
        """A finished run: keep the session's notes and view options with it."""
        self.comparison = replace(c, annotations=self.annotations, view=dict(self.view),
                                  decisions=self.decisions)
        self.comparisonChanged.emit(self.comparison)

    def open_comparison(self, c: Comparison, path: str) -> None:
        """A comparison read from a file replaces everything."""
        self.documents = {"left": c.left, "right": c.right}
        self.settings, self.decisions, self.annotations = c.settings, c.decisions, c.annotations
        self.view = dict(c.view)
        self.undo.clear()
        self.comparison = c
        self._set_path(path)
        self.comparisonChanged.emit(c)

    def close(self) -> None:
        self.documents = {"left": None, "right": None}
        self.decisions, self.annotations, self.view = (), (), {}
        self.undo.clear()
        self.comparison = None
        self._set_path("")
        self.comparisonChanged.emit(None)

    def saved(self, path: str) -> None:
        self.undo.setClean()
        self._set_path(path)

    def _set_path(self, path: str) -> None:
        self.path = path
        self.pathChanged.emit(path)

    def current(self) -> Comparison | None:
        """The comparison with the latest notes, decisions and view options, for saving."""
        if self.comparison is None:
            return None
        return replace(self.comparison, annotations=self.annotations, decisions=self.decisions,
                       view=dict(self.view))

    # -- edits (called by undo commands) ---------------------------------------------
    def set_annotations(self, annotations: tuple[Annotation, ...]) -> None:
        self.annotations = annotations
        if self.comparison is not None:
            self.comparison = replace(self.comparison, annotations=annotations)
        self.annotationsChanged.emit()

    def set_decisions(self, decisions: tuple[Decision, ...]) -> None:
        self.decisions = decisions
        self.rerunNeeded.emit()

    def set_settings(self, settings: Settings) -> None:
        self.settings = settings
        self.rerunNeeded.emit()
