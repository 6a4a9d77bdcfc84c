"""Notes and manual alignment from the window's current selection.

Works out what a note or a decision applies to (the selected pair, a one-side sentence,
or the quote comparison last chosen in the sidebar), asks for the note's text, and pushes
the undoable command.
"""
from __future__ import annotations

from PySide6.QtGui import QColor
from PySide6.QtWidgets import QDialog, QWidget

from ...engine.results.findings import findings
from ...engine.model import SIDES, Annotation, AnnotationStatus, Comparison, Side
from . import commands
from ..panels.note_dialog import NoteDialog
from ..panels.notes_panel import target_label
from ..palette import Palette
from ..comparison.session import Session


class NoteActions:
    """Selection-aware note and decision operations for one window."""

    def __init__(self, window: QWidget, session: Session) -> None:
        self.window, self.session = window, session
        #: (left sentences, right sentences) currently selected
        self.selection: tuple[tuple[int, ...], tuple[int, ...]] = ((), ())
        #: quote-match index last activated in the sidebar (a note then targets it)
        self.focus_quote: int | None = None

    def _selected_link(self) -> int | None:
        c = self.session.comparison
        left, right = self.selection
        if c is None or not left or not right:
            return None
        for n, link in enumerate(c.links):
            if set(link.left) == set(left) and set(link.right) == set(right):
                return n
        return None

    def note_target(self) -> Annotation | None:
        """A draft note (empty text) on what is selected, or None when nothing is."""
        c = self.session.comparison
        if c is None:
            return None
        if self.focus_quote is not None:
            m = c.quote_matches[self.focus_quote]
            return Annotation("", "quote", (m.left,) if m.left is not None else (),
                              (m.right,) if m.right is not None else (), "")
        left, right = self.selection
        if left and right:
            return Annotation("", "link", left, right, "")
        if left or right:
            return Annotation("", "sentence", left, right, "")
        return None

    def add_note(self, text: str | None = None) -> bool:
        """Add a note on the selection; without ``text`` a dialog asks for it."""
        draft = self.note_target()
        if draft is None:
            return False
        status: AnnotationStatus = "needs-check"
        if text is None:
            dialog = NoteDialog(target_label(draft, self.finding_number(draft)), parent=self.window)
            if dialog.exec() != QDialog.DialogCode.Accepted:
                return False
            text, status = dialog.values()
        commands.add_note(self.session, draft.target, draft.left, draft.right, text, status)
        return True

    def edit_note(self, note_id: str) -> None:
        note = next((a for a in self.session.annotations if a.id == note_id), None)
        if note is None:
            return
        dialog = NoteDialog(target_label(note, self.finding_number(note)), note.text, note.status,
                            parent=self.window)
        if dialog.exec() == QDialog.DialogCode.Accepted:
            text, status = dialog.values()
            commands.edit_note(self.session, note_id, text, status)

    def finding_numbers_of_notes(self, notes: tuple[Annotation, ...] | None = None) -> dict[str, int]:
        """Note id -> number of the quotation finding it is on (notes on quotations only)."""
        c = self.session.comparison
        chosen = self.session.annotations if notes is None else notes
        if c is None or not any(a.target == "quote" for a in chosen):
            return {}  # the findings of a long comparison take a tenth of a second to work out
        by_quote = {}
        for f in findings(c):
            by_quote.update({("left", i): f.number for i in f.left})
            by_quote.update({("right", j): f.number for j in f.right})
        out = {}
        for a in chosen:
            if a.target == "quote":
                number = by_quote.get(("left", a.left[0])) if a.left else by_quote.get(("right", a.right[0])) \
                    if a.right else None
                if number is not None:
                    out[a.id] = number
        return out

    def finding_number(self, note: Annotation) -> int | None:
        """The number of the quotation finding a note is on (None for other notes)."""
        return self.finding_numbers_of_notes((note,)).get(note.id)

    def delete_note(self, note_id: str) -> None:
        commands.delete_note(self.session, note_id)

    def link(self) -> bool:
        left, right = self.selection
        if not left or not right or self._selected_link() is not None:
            return False
        commands.decide(self.session, "link", left, right)
        return True

    def unlink(self, kind: str = "unlink") -> bool:
        n = self._selected_link()
        if n is None:
            return False
        c = self.session.comparison
        assert c is not None  # a link is selected only in a comparison
        link = c.links[n]
        commands.decide(self.session, kind, link.left, link.right)  # type: ignore[arg-type]
        return True


def note_markers(c: Comparison, notes: tuple[Annotation, ...], palette: Palette) -> dict[Side, dict[int, QColor]]:
    """Sentence index -> marker colour, per side, for every note."""
    colours = {"needs-check": palette.note, "confirmed": palette.note, "acceptable": palette.note_done}
    out: dict[Side, dict[int, QColor]] = {"left": {}, "right": {}}
    for a in notes:
        for side, indices in zip(SIDES, (a.left, a.right)):
            for i in indices:
                if a.target == "quote":
                    quotes = c.quotes(side)
                    sentence = quotes[i].sentence if i < len(quotes) else None
                    if sentence is not None:
                        out[side][sentence] = colours[a.status]
                elif i < len(c.sentences(side)):
                    out[side][i] = colours[a.status]
    return out
