"""The HTML report as a PDF: Qt's rich-text engine lays it out on A4 pages.

The report's HTML is written for QTextDocument's CSS subset (see engine/report_style.py),
so the same page is used for the file and the PDF; QTextDocument.print_ paginates it,
numbers the pages and keeps its own 2 cm margins (the writer adds none on top). The PDF is
made in memory and written through ``engine.savefile``: a failed export never leaves half
a PDF behind.

Laying out a long report takes seconds (about 3.7 s for 1000 sentence pairs), so the window
should use ``PdfExport``, which runs ``export_pdf`` on a pool thread: QTextDocument and
QPdfWriter need no GUI thread.
"""
from __future__ import annotations

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QThreadPool, Signal
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from unquote.engine.model import Comparison
from unquote.engine.report import render_html
from unquote.engine.savefile import write_file

RESOLUTION_DPI = 300
FONT_POINTS = 8.5


def export_pdf(c: Comparison, path: str) -> None:
    """Write the comparison's report to ``path`` as a PDF; raise OSError when it cannot."""
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(out)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(f"Unquote report: {c.left.title or c.left.source} vs {c.right.title or c.right.source}")
    writer.setCreator("Unquote")

    doc = QTextDocument()
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FONT_POINTS)
    doc.setDefaultFont(font)
    doc.setDocumentMargin(0)
    doc.setHtml(render_html(c))
    doc.print_(writer)
    del writer
    out.close()
    try:
        write_file(path, bytes(out.data().data()))
    except OSError as exc:
        raise OSError(f"cannot write {path}: {exc.strerror or exc}") from None


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
                export_pdf(c, path)
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
