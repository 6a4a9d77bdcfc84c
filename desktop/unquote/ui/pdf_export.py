"""The HTML report as a PDF: Qt's rich-text engine lays it out on A4 pages.

The report's HTML is written for QTextDocument's CSS subset (see engine/report_style.py),
so the same page is used for the file and the PDF; QTextDocument.print_ paginates it,
numbers the pages and keeps its own 2 cm margins (the writer adds none on top). The file
is written through QSaveFile: a failed export never leaves half a PDF behind.

Laying out a long report takes seconds (about 3.7 s for 1000 sentence pairs, 30 s for
10,000), so the window uses ``PdfExport``: a pool thread renders the HTML and a child
process (``python -m unquote.ui.pdf_export HTML PDF TITLE``) lays it out and prints it.
Not a thread for that part: QTextDocument.setHtml held Python's lock for its whole run
(0.65 s on 1000 sentence pairs), freezing the window as long.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from pathlib import Path

from PySide6.QtCore import QIODevice, QMarginsF, QObject, QSaveFile, QThreadPool, Signal
from PySide6.QtGui import QFont, QGuiApplication, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from unquote.engine.model import Comparison
from unquote.engine.report import render_html

RESOLUTION_DPI = 300
FONT_POINTS = 8.5


def export_pdf(c: Comparison, path: str) -> None:
    """Write the comparison's report to ``path`` as a PDF; raise OSError when it cannot."""
    print_html(render_html(c), path, report_title(c))


def report_title(c: Comparison) -> str:
    return f"Unquote report: {c.left.title or c.left.source} vs {c.right.title or c.right.source}"


def print_html(html: str, path: str, title: str) -> None:
    """Lay out the report's HTML on A4 pages and write them to ``path`` (OSError when it cannot)."""
    out = QSaveFile(path)
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {out.errorString()}")
    writer = QPdfWriter(out)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(title)
    writer.setCreator("Unquote")

    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", FONT_POINTS))
    doc.setDocumentMargin(0)
    doc.setHtml(html)
    doc.print_(writer)
    del writer
    if not out.commit():
        raise OSError(f"cannot write {path}: {out.errorString()}")


def print_in_child(html: str, path: str, title: str) -> None:
    """``print_html`` in a child process; its OSError comes back as one."""
    with tempfile.TemporaryDirectory(prefix="unquote-pdf-") as folder:
        source = Path(folder) / "report.html"
        source.write_text(html, encoding="utf-8")
        child = subprocess.run([sys.executable, "-m", "unquote.ui.pdf_export", str(source), path, title],
                               check=False, capture_output=True, text=True)
    if child.returncode:
        lines = child.stderr.strip().splitlines()
        raise OSError(lines[-1] if lines else f"cannot write {path}: the PDF printer stopped ({child.returncode})")


def _print_main(argv: list[str]) -> int:
    """The child's side: HTML file, PDF path and title in; exit 4 with the reason on failure."""
    source, path, title = argv
    app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])  # noqa: F841 (fonts need it)
    try:
        print_html(Path(source).read_text(encoding="utf-8"), path, title)
    except OSError as err:
        print(str(err), file=sys.stderr)
        return 4
    return 0


class _Relay(QObject):
    """Carries the pool thread's outcome back to the GUI thread (queued signals)."""

    done = Signal(str)
    failed = Signal(str)


class PdfExport(QObject):
    """``export_pdf`` in the background: ``start()``, then ``finished(path)`` or ``failed(message)``."""

    finished = Signal(str)
    failed = Signal(str)

    def __init__(self, c: Comparison, path: str, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.comparison = c
        self.path = path
        self.running = False
        # No parent: the pool thread may still hold the relay after this object is gone.
        self._relay = _Relay()
        self._relay.done.connect(self._on_done)
        self._relay.failed.connect(self._on_failed)

    def start(self) -> None:
        relay, c, path = self._relay, self.comparison, self.path

        def work() -> None:
            try:
                print_in_child(render_html(c), path, report_title(c))
            except OSError as err:
                relay.failed.emit(str(err))
                return
            relay.done.emit(path)

        self.running = True
        QThreadPool.globalInstance().start(work)

    def _on_done(self, path: str) -> None:
        self.running = False
        self.finished.emit(path)

    def _on_failed(self, message: str) -> None:
        self.running = False
        self.failed.emit(message)


if __name__ == "__main__":
    sys.exit(_print_main(sys.argv[1:]))
