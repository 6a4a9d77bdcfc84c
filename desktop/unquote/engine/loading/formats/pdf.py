"""PDF files with a text layer (pypdf): positioned lines per page, reflowed into paragraphs.

The info dictionary gives the title and author; its creation date dates the file, not the
article, so it is not kept.
"""
from __future__ import annotations

import io
import logging

from pypdf import PdfReader
from pypdf.errors import DependencyError, PyPdfError
from pypdf.generic import DictionaryObject

from ...model import Document
from ..blocks import document_from_blocks
from ..errors import LoadError
from ..limits import Limits, over
from .pdf_reflow import Line, drop_running_lines, paragraphs

# pypdf logs what it repairs or cannot read ("EOF marker not found") to stderr; the
# loader reports a damaged file itself, in one line, so those messages stay quiet.
logging.getLogger("pypdf").setLevel(logging.CRITICAL)

#: What a broken file makes pypdf raise besides its own errors.
_DAMAGE = (PyPdfError, ValueError, KeyError, IndexError, TypeError, AttributeError,
           OSError, RecursionError)


class _LineCollector:
    """A pypdf text visitor that cuts the page's text into lines with their positions."""

    def __init__(self) -> None:
        self.lines: list[Line] = []
        self._parts: list[str] = []
        self._where: tuple[float, float, float] | None = None

    def visit(self, text: str, cm: list[float], tm: list[float], _font: object,
              font_size: float) -> None:
        pieces = text.split("\n")
        for n, piece in enumerate(pieces):
            if n:
                self.close()
            if piece.strip() and self._where is None:
                x = cm[0] * tm[4] + cm[2] * tm[5] + cm[4]
                y = cm[1] * tm[4] + cm[3] * tm[5] + cm[5]
                scale = abs(tm[3] * cm[3]) or 1.0
                self._where = (x, y, round(font_size * scale, 1))
            self._parts.append(piece)

    def close(self) -> None:
        text = "".join(self._parts)
        x, y, size = self._where or (0.0, 0.0, 0.0)
        if text.strip() or self.lines:
            self.lines.append(Line(text=text, x=x, y=y, size=size))
        self._parts = []
        self._where = None


def _reader(data: bytes, name: str) -> PdfReader:
    try:
        reader = PdfReader(io.BytesIO(data))
        if reader.is_encrypted and not reader.decrypt(""):
            raise LoadError(name, "the PDF is encrypted")
        return reader
    except (DependencyError, NotImplementedError):  # an encryption pypdf cannot undo
        raise LoadError(name, "the PDF is encrypted") from None
    except _DAMAGE as err:
        raise LoadError(name, f"the PDF is damaged ({type(err).__name__})") from None


def _declared_pages(reader: PdfReader) -> int:
    """The page count the page tree declares (read before pypdf walks the whole tree)."""
    try:
        root = reader.trailer["/Root"]
        pages = root["/Pages"] if isinstance(root, DictionaryObject) else None
        count = pages["/Count"] if isinstance(pages, DictionaryObject) else None
        return int(count) if isinstance(count, int) else 0
    except _DAMAGE:
        return 0


def _page_lines(reader: PdfReader, name: str, limits: Limits) -> list[list[Line]]:
    pages: list[list[Line]] = []
    try:
        over(name, limits, "pages", _declared_pages(reader))
        over(name, limits, "pages", len(reader.pages))
        for page in reader.pages:
            collector = _LineCollector()
            page.extract_text(visitor_text=collector.visit)
            collector.close()
            pages.append(collector.lines)
    except (DependencyError, NotImplementedError):
        raise LoadError(name, "the PDF is encrypted") from None
    except _DAMAGE as err:
        raise LoadError(name, f"the PDF is damaged ({type(err).__name__})") from None
    return pages


def _info_text(value: object) -> str:
    """A document-info entry as text: a damaged file may hold numbers, arrays or
    dictionaries there, which give nothing."""
    return value.strip() if isinstance(value, str) else ""


def load_pdf(data: bytes, *, name: str, source: str, limits: Limits | None = None) -> Document:
    """A Document of a PDF's text layer; LoadError when it has none."""
    reader = _reader(data, name)
    pages = _page_lines(reader, name, limits or Limits())
    if not any(line.text.strip() for page in pages for line in page):
        raise LoadError(name, "the PDF has no text layer (scanned?)")
    try:
        info = reader.metadata
    except _DAMAGE:
        info = None
    metadata: dict[str, str] = {}
    title = ""
    if info is not None:
        title = _info_text(info.get("/Title"))
        author = _info_text(info.get("/Author"))
        if author:
            metadata["author"] = author
    blocks = paragraphs(drop_running_lines(pages))
    return document_from_blocks(blocks, source=source, kind="pdf", title=title,
                                metadata=metadata)
