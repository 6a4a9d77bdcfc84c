"""export_pdf: the report as a real PDF, read back with pypdf."""
from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader
from support.report_sample import sample_comparison
from unquote.ui.pdf_export import PdfExport, export_pdf


@pytest.fixture(scope="module")
def pdf_text(tmp_path_factory, qapp):
    path = tmp_path_factory.mktemp("pdf") / "report.pdf"
    export_pdf(sample_comparison(), str(path))
    reader = PdfReader(str(path))
    text = "\n".join(page.extract_text() for page in reader.pages)
    # Qt sets "fi" as a ligature; NFKC reads it back as the two letters.
    return reader, " ".join(unicodedata.normalize("NFKC", text).split())


def test_pdf_is_paged_and_titled(pdf_text):
    reader, _ = pdf_text
    assert len(reader.pages) >= 2
    assert reader.metadata.title == "Unquote report: Council approves library renovation vs Library to be rebuilt"
    width, height = (float(v) for v in reader.pages[0].mediabox[2:])
    assert (round(width), round(height)) == (595, 842)  # A4 portrait in points


@pytest.mark.parametrize(
    "expected",
    [
        "Unquote comparison",
        "Council approves library renovation",
        "Sentences side by side",
        "only in right",
        "reworded 81%",
        "Speaker changed",
        "Dropped",
        "Verb: said \u2192 claimed (a loaded verb)",
        "confirmed change",
        "Ask the desk: <b>century</b> is not ninety years",
        "<script>alert(1)</script>",
        "Ignored when comparing: letter case",
    ],
)
def test_pdf_carries_the_report(pdf_text, expected):
    _, text = pdf_text
    squeezed = re.sub(r"\s+", "", text)
    assert re.sub(r"\s+", "", expected) in squeezed


def test_findings_come_first_and_most_serious_first(pdf_text):
    _, text = pdf_text
    quotes = text[text.index("Quotation findings"):]
    assert quotes.index("Speaker changed") < quotes.index("Wording changed") < quotes.index("Dropped")
    assert text.index("Quotation findings") < text.index("Notes") < text.index("Sentences side by side")


def test_unwritable_path_raises_and_leaves_nothing(qapp, tmp_path):
    target = tmp_path / "missing-folder" / "report.pdf"
    with pytest.raises(OSError, match="cannot write"):
        export_pdf(sample_comparison(), str(target))
    assert not target.parent.exists()


def test_existing_file_is_replaced_whole(qapp, tmp_path):
    target = tmp_path / "report.pdf"
    target.write_bytes(b"old contents")
    export_pdf(sample_comparison(), str(target))
    data = target.read_bytes()
    assert data.startswith(b"%PDF-") and data.rstrip().endswith(b"%%EOF")
    assert [p.name for p in tmp_path.iterdir()] == ["report.pdf"]


def test_background_export_returns_at_once_and_reports(qtbot, tmp_path):
    target = tmp_path / "background.pdf"
    job = PdfExport(sample_comparison(), str(target))
    with qtbot.waitSignal(job.finished, timeout=30000) as blocker:
        job.start()
        # start() only queues the work: laying out the report takes far longer than this.
        assert job.running and not target.exists()
    assert blocker.args == [str(target)] and not job.running
    assert target.read_bytes().startswith(b"%PDF-")


def test_background_export_reports_failure(qtbot, tmp_path):
    job = PdfExport(sample_comparison(), str(tmp_path / "no-such-folder" / "x.pdf"))
    with qtbot.waitSignal(job.failed, timeout=30000) as blocker:
        job.start()
    assert blocker.args[0].startswith("cannot write ") and not job.running


def _writer():
    from PySide6.QtCore import QBuffer, QIODevice, QMarginsF
    from PySide6.QtGui import QPageLayout, QPageSize, QPdfWriter

    buffer = QBuffer()
    buffer.open(QIODevice.OpenModeFlag.WriteOnly)
    writer = QPdfWriter(buffer)
    writer.setResolution(300)
    writer.setPageLayout(QPageLayout(QPageSize(QPageSize.PageSizeId.A4), QPageLayout.Orientation.Portrait,
                                     QMarginsF(0, 0, 0, 0), QPageLayout.Unit.Millimeter))
    return buffer, writer


def _long_comparison():
    """The sample comparison with its sentences repeated (many rows of varied height)."""
    from dataclasses import replace

    from unquote.engine.model import Document, Link, Sentence

    c = sample_comparison()
    copies = 12

    def repeat(doc, sentences):
        text = "\n\n".join([doc.text] * copies)
        step = len(doc.text) + 2
        moved = tuple(Sentence(s.start + k * step, s.end + k * step, s.paragraph) for k in range(copies) for s in sentences)
        return Document(text=text, paragraphs=((0, len(text)),), source=doc.source, title=doc.title, kind=doc.kind), moved

    left, ls = repeat(c.left, c.left_sentences)
    right, rs = repeat(c.right, c.right_sentences)
    nl, nr = len(c.left_sentences), len(c.right_sentences)
    links = tuple(Link(tuple(i + k * nl for i in k_.left), tuple(j + k * nr for j in k_.right), k_.kind, k_.score)
                  for k in range(copies) for k_ in c.links)
    return replace(c, left=left, right=right, left_sentences=ls, right_sentences=rs, links=links,
                   left_quotes=(), right_quotes=(), quote_matches=())


def test_no_table_row_is_split_across_pages_and_headers_repeat(qapp):
    from PySide6.QtGui import QFont, QTextDocument
    from unquote.engine.report import render_html
    from unquote.ui.pdf_export import paged_document, split_rows

    c = _long_comparison()
    _buffer, writer = _writer()
    doc = paged_document(c, writer)
    assert doc.pageCount() >= 4
    assert split_rows(doc) == []
    naive = QTextDocument()
    naive.documentLayout().setPaintDevice(writer)
    naive.setDefaultFont(QFont("DejaVu Sans", 8.5))
    naive.setPageSize(doc.pageSize())
    naive.setDocumentMargin(doc.documentMargin())
    naive.setHtml(render_html(c))
    assert split_rows(naive)  # without the page breaks Qt would split rows
    assert "<thead>" in render_html(c)
