"""export_pdf: the report as a real PDF, read back with pypdf."""
from __future__ import annotations

import re
import unicodedata

import pytest
from pypdf import PdfReader

from report_sample import sample_comparison
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
        "speaker changed",
        "dropped from the right",
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
    assert quotes.index("speaker changed") < quotes.index("wording changed") < quotes.index("dropped from")
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
