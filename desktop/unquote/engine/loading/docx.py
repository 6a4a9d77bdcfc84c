"""Word .docx files: body paragraphs and table cells in order (page headers and footers
are not body text); the title is the core-properties title, else the first heading.

The core-properties creation date is not kept: it dates the file (python-docx's template
stamps 2013 on every new file), not the article.
"""
from __future__ import annotations

import io
import zipfile

import docx
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import OpcError
from docx.table import Table
from docx.text.paragraph import Paragraph
from lxml import etree

from ..model import Document
from .blocks import document_from_blocks
from .errors import LoadError
from .sniff import OLE_MAGIC


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    return style == "Title" or style.startswith("Heading")


def _table_blocks(table: Table) -> list[str]:
    """One block per row: its distinct cell texts joined (merged cells repeat in python-docx)."""
    blocks: list[str] = []
    for row in table.rows:
        cells: list[str] = []
        for cell in row.cells:
            text = cell.text.strip()
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        blocks.append(" | ".join(cells))
    return blocks


def _open(data: bytes, name: str) -> docx.document.Document:
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise LoadError(name, "the Word document is encrypted")
        raise LoadError(name, "it is an old Word .doc file; save it as .docx")
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            members = set(archive.namelist())
    except zipfile.BadZipFile:
        raise LoadError(name, "the Word document is damaged (not a valid .docx)") from None
    if "word/document.xml" not in members:
        raise LoadError(name, "it is a zip archive, not a Word document")
    try:
        return docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, SyntaxError, zipfile.BadZipFile, etree.LxmlError,
            OpcError, PythonDocxError) as err:
        raise LoadError(name, f"the Word document is damaged ({type(err).__name__})") from None


def load_docx(data: bytes, *, name: str, source: str) -> Document:
    """A Document of a .docx file's body."""
    document = _open(data, name)
    blocks: list[str] = []
    first_heading = ""
    for item in document.iter_inner_content():
        if isinstance(item, Paragraph):
            text = item.text.strip()
            if text and not first_heading and _is_heading(item):
                first_heading = text
            blocks.append(text)
        else:
            blocks.extend(_table_blocks(item))
    core = document.core_properties
    metadata = {"author": core.author.strip()} if core.author and core.author.strip() else {}
    return document_from_blocks(blocks, source=source, kind="docx",
                                title=(core.title or "").strip() or first_heading,
                                metadata=metadata)
