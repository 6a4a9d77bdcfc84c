"""Undoable edits: notes (add, edit, delete) and manual alignment decisions.

Each command swaps a whole tuple in the :class:`Session` (the tuples are small and
frozen, so undo is a plain swap back); decision changes make the session ask for a
re-run of the comparison, which respects them.
"""
from __future__ import annotations

import uuid

from PySide6.QtGui import QUndoCommand

from ...engine.model import Annotation, AnnotationStatus, Decision, DecisionKind
from ..comparison.session import Session


class ReplaceAnnotations(QUndoCommand):
    """Swap the session's notes for another tuple."""

    def __init__(self, session: Session, after: tuple[Annotation, ...], text: str) -> None:
        super().__init__(text)
        self.session, self.before, self.after = session, session.annotations, after

    def redo(self) -> None:
        self.session.set_annotations(self.after)

    def undo(self) -> None:
        self.session.set_annotations(self.before)


class ReplaceDecisions(QUndoCommand):
    """Swap the session's alignment decisions (the comparison re-runs)."""

    def __init__(self, session: Session, after: tuple[Decision, ...], text: str) -> None:
        super().__init__(text)
        self.session, self.before, self.after = session, session.decisions, after

    def redo(self) -> None:
        self.session.set_decisions(self.after)

    def undo(self) -> None:
        self.session.set_decisions(self.before)


def add_note(session: Session, target: str, left: tuple[int, ...], right: tuple[int, ...],
             text: str, status: AnnotationStatus = "needs-check") -> Annotation:
    note = Annotation(uuid.uuid4().hex[:12], target, left, right, text, status)  # type: ignore[arg-type]
    session.undo.push(ReplaceAnnotations(session, session.annotations + (note,), "Add note"))
    return note


def edit_note(session: Session, note_id: str, text: str, status: AnnotationStatus) -> None:
    after = tuple(Annotation(a.id, a.target, a.left, a.right, text, status) if a.id == note_id else a
                  for a in session.annotations)
    session.undo.push(ReplaceAnnotations(session, after, "Edit note"))


def delete_note(session: Session, note_id: str) -> None:
    after = tuple(a for a in session.annotations if a.id != note_id)
    session.undo.push(ReplaceAnnotations(session, after, "Delete note"))


DECISION_LABELS: dict[DecisionKind, str] = {
    "link": "Link sentences", "unlink": "Unlink pair", "not-a-match": "Mark as not a match"}


def decide(session: Session, kind: DecisionKind, left: tuple[int, ...], right: tuple[int, ...]) -> None:
    """Record a link / unlink / not-a-match decision; it replaces earlier ones on these sentences."""
    touched_l, touched_r = set(left), set(right)
    kept = tuple(d for d in session.decisions
                 if not (set(d.left) & touched_l and set(d.right) & touched_r)
                 and not (kind == "link" and (set(d.left) & touched_l or set(d.right) & touched_r)
                          and d.kind == "link"))
    after = kept + (Decision(kind, tuple(sorted(left)), tuple(sorted(right))),)
    session.undo.push(ReplaceDecisions(session, after, DECISION_LABELS[kind]))
