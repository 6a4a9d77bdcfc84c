"""Unsaved notes and corrections kept in the application's data folder, and offered back
after a crash or a kill.

While a window's undo stack is not clean, its comparison (with the notes, decisions and
view) is written, a moment after each change, to ``<data folder>/autosave/<pid>-<n>.unquote``
through ``fileformat.save`` on a background thread. Saving or closing normally removes the
file. A file whose
process no longer runs is an orphan: at start-up the window offers to reopen it; a
recovered comparison counts as unsaved, so closing asks before dropping it.
"""
from __future__ import annotations

import itertools
import os
import threading
from dataclasses import replace
from pathlib import Path

from PySide6.QtCore import QObject, QStandardPaths, Qt, QTimer, Signal
from PySide6.QtWidgets import QMessageBox, QWidget

from ...engine.files import fileformat
from ...engine.files.fileformat import FormatError
from ...engine.model import Comparison
from ...engine.files.savefile import process_running
from .session import Session

#: Pause after a change before it is written (changes in a burst are written once).
DELAY_MS = 1000
#: The view key that remembers which file the autosaved comparison belongs to.
ORIGIN_KEY = "autosave_of"
_windows = itertools.count(1)


def autosave_folder() -> Path:
    """Where autosaved comparisons live: the application's data folder."""
    base = QStandardPaths.writableLocation(QStandardPaths.StandardLocation.AppDataLocation)
    return Path(base) / "autosave"


def orphans(folder: Path) -> list[Path]:
    """Autosaved files whose window's process has ended, newest first."""
    found = []
    for path in folder.glob("*-*.unquote"):
        pid = path.name.split("-", 1)[0]
        if pid.isdigit() and int(pid) != os.getpid() and not process_running(int(pid)):
            found.append(path)
    return sorted(found, key=lambda p: p.stat().st_mtime, reverse=True)


class Autosave(QObject):
    """Keeps one window's unsaved work on disk; ``offer_recovery`` brings back an orphan's.
    ``failed(message)`` says when the copy cannot be written."""

    failed = Signal(str)

    def __init__(self, session: Session, folder: Path | None = None, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.session = session
        self.folder = folder or autosave_folder()
        self.path = self.folder / f"{os.getpid()}-{next(_windows)}.unquote"
        self._lock = threading.Lock()
        self._generation = 0
        self._timer = QTimer(self)
        self._timer.setSingleShot(True)
        self._timer.setInterval(DELAY_MS)
        self._timer.timeout.connect(self.write)
        self._dirty = False
        session.undo.indexChanged.connect(self._changed)
        session.undo.cleanChanged.connect(self._clean_changed)
        session.comparisonChanged.connect(self._changed)

    def _changed(self, *_: object) -> None:
        if self._dirty:
            self._timer.start()

    def _clean_changed(self, clean: bool) -> None:
        self._dirty = not clean
        if clean:
            self.discard()
        else:
            self._timer.start()

    def write(self) -> None:
        """Write the unsaved comparison (nothing when there is none) on a background thread:
        the comparison is immutable, so the thread can serialise it while the window goes on."""
        c = self.session.current()
        if c is None or not self._dirty:
            return
        snapshot = replace(c, view={**c.view, ORIGIN_KEY: self.session.path})
        generation = self._generation
        threading.Thread(target=self._write, args=(snapshot, generation), name="autosave", daemon=True).start()

    def _write(self, c: Comparison, generation: int) -> None:
        with self._lock:
            if generation != self._generation:
                return  # saved or discarded meanwhile
            try:
                self.folder.mkdir(parents=True, exist_ok=True)
                fileformat.save(c, self.path)
            except OSError as err:
                self.failed.emit(f"Cannot keep a copy of the unsaved notes: {err.strerror or err}")

    def discard(self) -> None:
        """Forget the copy (the work was saved, or the user chose to drop it)."""
        self._timer.stop()
        with self._lock:
            self._generation += 1
            try:
                self.path.unlink(missing_ok=True)
            except OSError:
                pass  # a folder that cannot hold the copy holds none to remove

    def recover(self, orphan: Path) -> Comparison:
        """Open an orphan in this window as unsaved work; the orphan becomes this window's copy."""
        c = fileformat.load(orphan)
        view = dict(c.view)
        origin = view.pop(ORIGIN_KEY, "")
        c = replace(c, view=view)
        self.session.open_comparison(c, str(origin) if origin and Path(str(origin)).exists() else "")
        self.session.undo.resetClean()
        self.path.parent.mkdir(parents=True, exist_ok=True)  # this window may not have saved a copy yet
        os.replace(orphan, self.path)
        return c

    def offer_recovery(self, window: QWidget) -> bool:
        """Ask whether to reopen the newest orphan; True when one was recovered."""
        for orphan in orphans(self.folder):
            try:
                c = fileformat.load(orphan)
            except FormatError:
                orphan.unlink(missing_ok=True)
                continue
            title = c.left.title or Path(c.left.source).name or "untitled"
            box = QMessageBox(QMessageBox.Icon.Question, "Recover unsaved notes",
                              f"Unquote ended before the comparison of “{title}” was saved "
                              f"({len(c.annotations)} notes). Reopen it?",
                              QMessageBox.StandardButton.Open | QMessageBox.StandardButton.Discard
                              | QMessageBox.StandardButton.Ignore, window)
            box.setTextFormat(Qt.TextFormat.PlainText)
            answer = box.exec()
            if answer == QMessageBox.StandardButton.Open:
                self.recover(orphan)
                return True
            if answer == QMessageBox.StandardButton.Discard:
                orphan.unlink(missing_ok=True)
            return False
        return False
