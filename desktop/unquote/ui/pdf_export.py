"""The HTML report as a PDF: Qt's rich-text engine lays it out on A4 pages.

The report's HTML is written for QTextDocument's CSS subset (see engine/report_style.py),
so the same page is used for the file and the PDF; QTextDocument.print_ paginates it,
numbers the pages and keeps its own 2 cm margins (the writer adds none on top). The file
is written through QSaveFile: a failed export never leaves half a PDF behind.
"""
from __future__ import annotations

from PySide6.QtCore import QIODevice, QMarginsF, QSaveFile
from PySide6.QtGui import QFont, QPageLayout, QPageSize, QPdfWriter, QTextDocument

from unquote.engine.model import Comparison
from unquote.engine.report import render_html

RESOLUTION_DPI = 300
FONT_POINTS = 8.5


def export_pdf(c: Comparison, path: str) -> None:
    """Write the comparison's report to ``path`` as a PDF; raise OSError when it cannot."""
    out = QSaveFile(path)
    if not out.open(QIODevice.OpenModeFlag.WriteOnly):
        raise OSError(f"cannot write {path}: {out.errorString()}")
    writer = QPdfWriter(out)
    writer.setResolution(RESOLUTION_DPI)
    writer.setPageLayout(
        QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                    QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter)
    )
    writer.setTitle(f"Unquote report: {c.left.title or c.left.source} vs {c.right.title or c.right.source}")
    writer.setCreator("Unquote")

    doc = QTextDocument()
    doc.setDefaultFont(QFont("DejaVu Sans", FONT_POINTS))
    doc.setDocumentMargin(0)
    doc.setHtml(render_html(c))
    doc.print_(writer)
    del writer
    if not out.commit():
        raise OSError(f"cannot write {path}: {out.errorString()}")
