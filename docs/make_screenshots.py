"""Make the screenshots in docs/screenshots/: the sample pair and a saved comparison with
notes at 1280x720 and 1920x1080, and the first two pages of that comparison's PDF report.

Run: QT_QPA_PLATFORM=offscreen .venv/bin/python docs/make_screenshots.py
The PDF pages are rendered with pypdfium2 (``pip install .[docs]``); docs/screenshot.png
(the README's picture) is the 1280x720 shot of the saved comparison.
"""
from __future__ import annotations

import argparse
import os
import shutil
import sys
import tempfile
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")

from PySide6.QtCore import QSettings
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from unquote.ui.startup.app import make_app, open_inputs, wait_until_drawn
from unquote.ui.main_window import MainWindow
from unquote.ui.pdf_export import export_pdf

OUT = Path(__file__).resolve().parent / "screenshots"
SIZES = ((1280, 720), (1920, 1080))
PAGE_DPI = 110


def new_window(size: tuple[int, int]) -> MainWindow:
    settings = QSettings(str(Path(tempfile.mkdtemp()) / "shots.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    window.resize(*size)
    return window


def shoot(window: MainWindow, path: Path) -> None:
    if not wait_until_drawn(window):
        sys.exit(f"not drawn: {window.status_line.message.text()}")
    window.go_change(True, quotes=True)
    for _ in range(5):
        QApplication.processEvents()
    window.grab().save(str(path))
    print(path)


def add_notes(window: MainWindow) -> None:
    """Two notes: one on the first quotation finding, one on the first changed pair."""
    window.go_change(True, quotes=True)
    window.notes.add_note("Speaker or wording changed: ask the desk for the source recording.")
    window.notes.focus_quote = None
    window.go_change(True)
    window.notes.add_note("Softer wording here; check it against the house style.")


def render_pages(pdf: Path, count: int) -> None:
    import pypdfium2 as pdfium

    document = pdfium.PdfDocument(str(pdf))
    for n in range(min(count, len(document))):
        pixels = document[n].render(scale=PAGE_DPI / 72, rev_byteorder=True).to_numpy()
        height, width, _ = pixels.shape
        image = QImage(pixels.tobytes(), width, height, pixels.strides[0], QImage.Format.Format_RGB888)
        path = OUT / f"report-page-{n + 1}.png"
        image.save(str(path))
        print(path)


def main() -> None:
    make_app()
    OUT.mkdir(exist_ok=True)
    saved = Path(tempfile.mkdtemp()) / "sample-with-notes.unquote"
    for width, height in SIZES:
        window = new_window((width, height))
        open_inputs(window, argparse.Namespace(files=[], demo=True))
        window.show()
        shoot(window, OUT / f"sample-{width}x{height}.png")
        if not saved.exists():
            add_notes(window)
            window.files.save_as(str(saved))
            export_pdf(window.session.current(), str(OUT.parent / "report.pdf"))
        window.runner.stop()
        window.close()
    for width, height in SIZES:
        window = new_window((width, height))
        open_inputs(window, argparse.Namespace(files=[str(saved)], demo=False))
        window.show()
        shoot(window, OUT / f"saved-with-notes-{width}x{height}.png")
        window.runner.stop()
        window.close()
    render_pages(OUT.parent / "report.pdf", 2)
    (OUT.parent / "report.pdf").unlink()
    shutil.copy(OUT / "saved-with-notes-1280x720.png", OUT.parent / "screenshot.png")


if __name__ == "__main__":
    main()
