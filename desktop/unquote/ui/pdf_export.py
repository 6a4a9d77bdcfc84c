"""The HTML report as a PDF: Qt's rich-text engine lays it out on A4 pages.

The report's HTML is written for QTextDocument's CSS subset (see engine/report_style.py),
so the same page is used for the file and the PDF. It is laid out on A4 pages with 2 cm
margins; Qt repeats each table's header on every page, and ``paged_document`` moves any
row that would be split to the next page. Pages are drawn one by one and numbered. The
PDF is made in memory and written through ``engine.files.savefile``: a failed export never
leaves half a PDF behind.

Laying out a long report takes seconds (about 3.7 s for 1000 sentence pairs, 30 s for
10,000), so the window uses ``PdfExport``: a pool thread writes the comparison's file text
and a child process (``python -m unquote.ui.pdf_export COMPARISON PDF``) renders, paginates
and prints it.
Not a thread for that part: QTextDocument.setHtml held Python's lock for its whole run
(0.65 s on 1000 sentence pairs), freezing the window as long.
"""
from __future__ import annotations

import subprocess
import sys
import tempfile
from collections.abc import Iterator
from pathlib import Path

from PySide6.QtCore import QBuffer, QIODevice, QMarginsF, QObject, QRectF, QSizeF, Qt, QThreadPool, Signal
from PySide6.QtGui import (QFont, QGuiApplication, QPageLayout, QPageSize, QPaintDevice, QPainter, QPdfWriter,
                           QTextDocument, QTextFrame, QTextTable)

from unquote.engine.files import fileformat
from unquote.engine.model import Comparison
from unquote.engine.appearance.naming import document_name
from unquote.engine.report import render_html
from unquote.engine.files.savefile import write_file

RESOLUTION_DPI = 300
FONT_POINTS = 8.5
#: Page margins (each side) and the band the page number sits in, in millimetres.
MARGIN_MM = 20.0
NUMBER_MM = 8.0
#: Layout passes that move split rows to the next page (a long report needs one or two).
PAGINATION_PASSES = 4


def _font() -> QFont:
    font = QFont("DejaVu Sans")
    font.setPointSizeF(FONT_POINTS)
    return font


def _device_units(writer: QPdfWriter, mm: float) -> float:
    return mm / 25.4 * writer.resolution()


def _margin_scale(device: QPaintDevice | None) -> float:
    """How much Qt's text layout enlarges margins and paddings on ``device``: it takes them
    in pixels of the screen's logical resolution and scales them to the device's."""
    screen = QGuiApplication.primaryScreen()
    screen_dpi = screen.logicalDotsPerInchY() if screen is not None else 96.0
    return device.logicalDpiY() / screen_dpi if device is not None else 1.0


def _tables(frame: QTextFrame) -> Iterator[QTextTable]:
    for child in frame.childFrames():
        if isinstance(child, QTextTable):
            yield child
        yield from _tables(child)


def _row_key(table: QTextTable, row: int) -> str:
    """The anchor a report row starts with (``row-7``), or '' when it has none."""
    block = table.cellAt(row, 0).firstCursorPosition().block()
    it = block.begin()
    while not it.atEnd():
        names = it.fragment().charFormat().anchorNames()
        if names:
            return names[0]
        it += 1
    return ""


def split_rows(doc: QTextDocument) -> list[tuple[str, float]]:
    """(key, top) of the table rows that run over a page end, in document order; rows
    taller than a page are left to split."""
    layout = doc.documentLayout()
    page = doc.pageSize().height()
    margin = doc.rootFrame().frameFormat().bottomMargin() * _margin_scale(layout.paintDevice())
    out = []
    for table in _tables(doc.rootFrame()):
        for row in range(table.format().headerRowCount(), table.rows()):
            cells = [table.cellAt(row, col) for col in range(table.columns())]
            top = min(layout.blockBoundingRect(cell.firstCursorPosition().block()).top() for cell in cells)
            bottom = max(layout.blockBoundingRect(cell.lastCursorPosition().block()).bottom() for cell in cells)
            end_of_page = (int(top // page) + 1) * page - margin
            key = _row_key(table, row)
            if bottom > end_of_page and bottom - top < page - 2 * margin and key:
                out.append((key, top))
    return out


def paged_document(c: Comparison, writer: QPdfWriter) -> QTextDocument:
    """The report laid out on the writer's pages, no table row split over two pages.

    Qt repeats a table's <thead> on every page but splits rows; each pass moves the first
    split row of every page to a new page (render_html's ``breaks``) and lays out again.
    """
    breaks: frozenset[str] = frozenset()
    doc = QTextDocument()
    for n in range(PAGINATION_PASSES):
        doc = QTextDocument()
        doc.documentLayout().setPaintDevice(writer)
        doc.setDefaultFont(_font())
        doc.setPageSize(QSizeF(writer.width(), writer.height() - _device_units(writer, NUMBER_MM)))
        doc.setDocumentMargin(_device_units(writer, MARGIN_MM) / _margin_scale(writer))
        doc.setHtml(render_html(c, breaks))
        if n == PAGINATION_PASSES - 1:
            break  # no pass left to move what is still split: looking would only cost time
        first: dict[int, str] = {}
        for key, top in split_rows(doc):
            first.setdefault(int(top // doc.pageSize().height()), key)
        if not first:
            break
        breaks |= frozenset(first.values())
    return doc


def report_title(c: Comparison) -> str:
    return f"Unquote report: {document_name(c.left)} vs {document_name(c.right)}"


def export_pdf(c: Comparison, path: str) -> None:
    """Lay out the comparison's report on A4 pages and write them to ``path`` (OSError when it cannot)."""
    out = QBuffer()
    out.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(out)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(report_title(c))
    writer.setCreator("Unquote")
    doc = paged_document(c, writer)
    _print(doc, writer)
    del writer
    out.close()
    try:
        write_file(path, bytes(out.data().data()))
    except OSError as exc:
        raise OSError(f"cannot write {path}: {exc.strerror or exc}") from None


def print_in_child(comparison_json: str, path: str) -> None:
    """``export_pdf`` in a child process, given the comparison as its file's text (the
    pagination renders the report again, so the child needs the comparison, not the HTML);
    its OSError comes back as one."""
    with tempfile.TemporaryDirectory(prefix="unquote-pdf-") as folder:
        source = Path(folder) / "report.unquote"
        source.write_text(comparison_json, encoding="utf-8")
        child = subprocess.run([sys.executable, "-m", "unquote.ui.pdf_export", str(source), path],
                               check=False, capture_output=True, text=True)
    if child.returncode:
        lines = child.stderr.strip().splitlines()
        raise OSError(lines[-1] if lines else f"cannot write {path}: the PDF printer stopped ({child.returncode})")


def _print_main(argv: list[str]) -> int:
    """The child's side: comparison file and PDF path in; exit 4 with the reason on failure."""
    source, path = argv
    app = QGuiApplication([sys.argv[0], "-platform", "offscreen"])  # noqa: F841 (fonts need it)
    try:
        export_pdf(fileformat.load(source), path)
    except (OSError, fileformat.FormatError) as err:
        print(str(err), file=sys.stderr)
        return 4
    return 0


def _print(doc: QTextDocument, writer: QPdfWriter) -> None:
    """Each page of ``doc`` on its own PDF page, numbered at the foot."""
    page = doc.pageSize()
    painter = QPainter(writer)
    painter.setFont(_font())
    number_box = QRectF(0, page.height(), page.width() - _device_units(writer, MARGIN_MM),
                        _device_units(writer, NUMBER_MM))
    for n in range(doc.pageCount()):
        if n:
            writer.newPage()
        painter.save()
        painter.translate(0, -n * page.height())
        doc.drawContents(painter, QRectF(0, n * page.height(), page.width(), page.height()))
        painter.restore()
        painter.drawText(number_box, Qt.AlignmentFlag.AlignRight | Qt.AlignmentFlag.AlignTop, str(n + 1))
    painter.end()


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
                print_in_child(fileformat.dumps(c), path)
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
