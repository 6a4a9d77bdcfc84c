"""The File menu's work: open, save and export (through ``engine.files.savefile``), recent files."""
from __future__ import annotations

from pathlib import Path

from PySide6.QtCore import QObject, QSettings, QThreadPool, Signal
from PySide6.QtWidgets import QFileDialog, QWidget

from ...engine.files.fileformat import dumps
from ...engine.model import Comparison, Side
from ...engine.appearance.naming import suggested_name
from ...engine.files.savefile import write_file
from ..loading.comparison_reader import ComparisonReader
from ..loading.inputs import InputLoader
from ..comparison.session import Session

DOCUMENT_FILTER = "Articles (*.txt *.md *.markdown *.html *.htm *.docx *.pdf);;All files (*)"
COMPARISON_FILTER = "Unquote comparisons (*.unquote)"
MAX_RECENT = 8
#: Joins the two paths of a recent pair in the Recent list.
PAIR_SEPARATOR = "\n"


def recent_label(entry: str) -> str:
    """How a Recent entry reads in the menu: a path, or ``left ↔ right`` for a pair."""
    if PAIR_SEPARATOR in entry:
        left, right = entry.split(PAIR_SEPARATOR, 1)
        return f"{Path(left).name} ↔ {Path(right).name}"
    return entry


def write_text(path: str, text: str) -> None:
    """Write ``text`` as UTF-8; ``path`` keeps its old content if anything fails."""
    try:
        write_file(path, text.encode("utf-8"))
    except OSError as exc:
        raise OSError(f"cannot write {path}: {exc.strerror or exc}") from None


class _Relay(QObject):
    """Carries a pool thread's outcome back to the GUI thread (queued signals)."""

    done = Signal(str)
    failed = Signal(str)


class FileActions(QObject):
    """Dialogs and file operations of one window; failures come out as ``failed``."""

    failed = Signal(str)
    recentChanged = Signal()
    done = Signal(str)
    #: a saved comparison was read and shown (its path)
    opened = Signal(str)

    def __init__(self, window: QWidget, session: Session, loader: InputLoader, settings: QSettings) -> None:
        super().__init__(window)
        self.window, self.session, self.loader, self.settings = window, session, loader, settings
        self.reader = ComparisonReader(self)
        self.reader.loaded.connect(self._comparison_read)
        self.reader.failed.connect(self.failed)
        # No parent: a pool thread may still hold the relay after this object is gone.
        self._relay = _Relay()
        self._relay.done.connect(self.done)
        self._relay.failed.connect(self.failed)

    # -- dialogs -----------------------------------------------------------------------
    def _ask(self, title: str, filters: str, mode: QFileDialog.FileMode,
             save_suffix: str = "") -> list[str]:
        dialog = QFileDialog(self.window, title, self._last_dir(), filters)
        dialog.setObjectName("fileDialog")
        dialog.setFileMode(mode)
        if save_suffix:
            dialog.setAcceptMode(QFileDialog.AcceptMode.AcceptSave)
            dialog.setDefaultSuffix(save_suffix)
            dialog.selectFile(self.suggested_name(save_suffix))
        if not dialog.exec():
            return []
        files = dialog.selectedFiles()
        if files:
            self.settings.setValue("last_dir", str(Path(files[0]).parent))
        return files

    def suggested_name(self, suffix: str) -> str:
        """The file name offered by Save and Export: the saved file's, else both documents'."""
        if self.session.path and suffix == "unquote":
            return Path(self.session.path).name
        docs = self.session.documents
        return suggested_name(docs["left"], docs["right"], suffix)

    def _last_dir(self) -> str:
        return str(self.settings.value("last_dir", str(Path.home())))

    # -- opening -------------------------------------------------------------------------
    def open_side(self, side: Side) -> None:
        files = self._ask(f"Open the {side} document", DOCUMENT_FILTER, QFileDialog.FileMode.ExistingFile)
        if files:
            self.loader.load_file(side, files[0])
            self.add_recent(files[0])

    def open_pair(self) -> None:
        files = self._ask("Open two documents", DOCUMENT_FILTER, QFileDialog.FileMode.ExistingFiles)
        if len(files) != 2:
            if files:
                self.failed.emit("Choose exactly two documents: the original and the rewrite.")
            return
        self.open_pair_paths(files[0], files[1])

    def open_pair_paths(self, left: str, right: str) -> None:
        """Load two documents and remember the pair in Recent."""
        self.loader.load_file("left", left)
        self.loader.load_file("right", right)
        self.add_recent(left, right)

    def open_comparison(self, path: str = "") -> None:
        """Read a saved comparison in the background; it replaces the session once read."""
        if not path:
            files = self._ask("Open a comparison", COMPARISON_FILTER, QFileDialog.FileMode.ExistingFile)
            if not files:
                return
            path = files[0]
        self.done.emit(f"Opening {Path(path).name}…")
        self.reader.read(path)

    def _comparison_read(self, path: str, c: Comparison) -> None:
        self.session.open_comparison(c, path)
        self.add_recent(path)
        self.done.emit(f"Opened {Path(path).name}: {len(c.left_sentences)} sentences on the left, "
                       f"{len(c.right_sentences)} on the right.")
        self.opened.emit(path)

    # -- saving and exporting --------------------------------------------------------
    def save(self) -> bool:
        if not self.session.path:
            return self.save_as()
        return self._save_to(self.session.path)

    def save_as(self, path: str = "") -> bool:
        if self.session.current() is None:
            self.failed.emit("Nothing to save yet: open two documents first.")
            return False
        if not path:
            files = self._ask("Save the comparison", COMPARISON_FILTER, QFileDialog.FileMode.AnyFile, "unquote")
            if not files:
                return False
            path = files[0]
        return self._save_to(path)

    def _save_to(self, path: str) -> bool:
        c = self.session.current()
        if c is None:
            self.failed.emit("Nothing to save yet: open two documents first.")
            return False
        try:
            write_text(path, dumps(c))
        except OSError as err:
            self.failed.emit(str(err))
            return False
        self.session.saved(path)
        self.add_recent(path)
        self.done.emit(f"Saved {path}")
        return True

    def export_html(self, path: str = "") -> bool:
        """Start writing the HTML report on a pool thread (a 10,000-sentence pair renders in
        about 0.4 s, a freeze on the GUI thread); ``done`` or ``failed`` says how it ended."""
        relay = self._relay

        def start(c: Comparison, target: str) -> None:
            def work() -> None:
                from ...engine.report import render_html

                try:
                    write_text(target, render_html(c))
                except OSError as err:
                    relay.failed.emit(str(err))
                except Exception as err:  # never leave the export unanswered
                    relay.failed.emit(f"cannot export {Path(target).name}: {type(err).__name__}: {err}")
                else:
                    relay.done.emit(f"Exported {target}")

            QThreadPool.globalInstance().start(work)
            self.done.emit(f"Exporting {target}…")

        return self._export(path, "html", "Export the report (HTML)", "Web page (*.html)", start, announce=False)

    def export_pdf(self, path: str = "") -> bool:
        """Start the PDF export in the background (a long report takes seconds to lay out);
        ``done`` or ``failed`` says how it ended."""
        from ..pdf_export import PdfExport

        def start(c, target: str) -> None:
            job = PdfExport(c, target, self)
            job.finished.connect(lambda done: (self.done.emit(f"Exported {done}"), job.deleteLater()))
            job.failed.connect(lambda message: (self.failed.emit(message), job.deleteLater()))
            job.start()
            self.done.emit(f"Exporting {target}…")

        return self._export(path, "pdf", "Export the report (PDF)", "PDF (*.pdf)", start, announce=False)

    def _export(self, path: str, suffix: str, title: str, filters: str, write, announce: bool = True) -> bool:
        c = self.session.current()
        if c is None:
            self.failed.emit("Nothing to export yet: open two documents first.")
            return False
        if not path:
            files = self._ask(title, filters, QFileDialog.FileMode.AnyFile, suffix)
            if not files:
                return False
            path = files[0]
        try:
            write(c, path)
        except OSError as err:
            self.failed.emit(str(err))
            return False
        if announce:
            self.done.emit(f"Exported {path}")
        return True

    # -- recent files ------------------------------------------------------------------
    def recent(self) -> list[str]:
        value = self.settings.value("recent", [])
        if isinstance(value, str):
            return [value]
        return [str(v) for v in value] if isinstance(value, list) else []

    def add_recent(self, path: str, partner: str = "") -> None:
        """Put a file (or, with ``partner``, a pair of documents) first in Recent."""
        path = str(Path(path).resolve())
        if partner:
            path += PAIR_SEPARATOR + str(Path(partner).resolve())
        items = [path] + [p for p in self.recent() if p != path]
        self.settings.setValue("recent", items[:MAX_RECENT])
        self.recentChanged.emit()

    def open_recent(self, path: str) -> None:
        if PAIR_SEPARATOR in path:
            self.open_pair_paths(*path.split(PAIR_SEPARATOR, 1))
        elif path.endswith(".unquote"):
            self.open_comparison(path)
        else:
            self.loader.load_file("left" if self.session.documents["left"] is None else "right", path)
