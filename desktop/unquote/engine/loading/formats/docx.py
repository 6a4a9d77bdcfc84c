"""Word .docx files: body paragraphs and table cells in order (page headers and footers
are not body text); the title is the core-properties title, else the first heading.

The core-properties creation date is not kept: it dates the file (python-docx's template
stamps 2013 on every new file), not the article.

Before python-docx sees the file, every part is inflated in a stream and counted (a zip
bomb stops at the unpacked limit, never held whole) and the body's paragraphs and table
rows are counted against the paragraph limit. Table rows are read cell by cell from the
XML: python-docx's ``row.cells`` expands column spans and follows vertical merges, which
a hostile file turns into millions of cells or a recursion error.
"""
from __future__ import annotations

import io
import zipfile
import zlib
from typing import IO

import docx
from docx.exceptions import PythonDocxError
from docx.opc.exceptions import OpcError
from docx.table import Table, _Cell
from docx.text.paragraph import Paragraph
from lxml import etree

from ...model import Document
from ..blocks import document_from_blocks
from ..errors import LoadError
from ..limits import MEGABYTE, Limits, over
from ..sniff import OLE_MAGIC

_BODY = "word/document.xml"
_CHUNK = 1 << 20
#: What opens a paragraph or a table row in the body's XML (tags as Word writes them).
_BLOCK_TAGS = (b"<w:p>", b"<w:p ", b"<w:tr>", b"<w:tr ")
_READABLE = (zipfile.ZIP_STORED, zipfile.ZIP_DEFLATED, zipfile.ZIP_BZIP2, zipfile.ZIP_LZMA)


def _is_heading(paragraph: Paragraph) -> bool:
    style = paragraph.style.name if paragraph.style is not None else ""
    return style == "Title" or style.startswith("Heading")


def _table_blocks(table: Table) -> list[str]:
    """One block per row: its distinct cell texts joined; a cell continuing a vertical
    merge repeats the one above and is skipped."""
    blocks: list[str] = []
    for tr in table._tbl.tr_lst:
        cells: list[str] = []
        for tc in tr.tc_lst:
            if tc.vMerge == "continue":
                continue
            text = _Cell(tc, table).text.strip()
            if text and (not cells or cells[-1] != text):
                cells.append(text)
        blocks.append(" | ".join(cells))
    return blocks


def _count_blocks(member: IO[bytes], name: str, limits: Limits, unpacked: int) -> int:
    """Inflate the body part in chunks, counting its bytes (on top of ``unpacked``) and its
    paragraphs and table rows; return the new unpacked total."""
    blocks = 0
    tail = b""
    while chunk := member.read(_CHUNK):
        unpacked += len(chunk)
        over(name, limits, "unpacked_mb", unpacked // MEGABYTE, at_least=True)
        window = tail + chunk
        blocks += sum(window.count(tag) for tag in _BLOCK_TAGS)
        tail = window[-5:]
        blocks -= sum(tail.count(tag) for tag in _BLOCK_TAGS)
        over(name, limits, "paragraphs", blocks, at_least=True)
    return unpacked


def _inspect(data: bytes, name: str, limits: Limits) -> None:
    """Refuse an archive that is not a readable Word document or breaks a limit."""
    try:
        with zipfile.ZipFile(io.BytesIO(data)) as archive:
            infos = archive.infolist()
            if _BODY not in {info.filename for info in infos}:
                raise LoadError(name, "it is a zip archive, not a Word document")
            for info in infos:
                if info.flag_bits & 0x1:
                    raise LoadError(name, "the Word document is encrypted")
                if info.compress_type not in _READABLE:
                    raise LoadError(name, "the Word document is packed with a compression "
                                          f"method Unquote cannot read (method {info.compress_type})")
            unpacked = 0
            for info in infos:
                with archive.open(info) as member:
                    if info.filename == _BODY:
                        unpacked = _count_blocks(member, name, limits, unpacked)
                        continue
                    while chunk := member.read(_CHUNK):
                        unpacked += len(chunk)
                        over(name, limits, "unpacked_mb", unpacked // MEGABYTE, at_least=True)
    except (zipfile.BadZipFile, zlib.error, EOFError, ValueError, OSError) as err:
        raise LoadError(name, f"the Word document is damaged ({type(err).__name__})") from None


def _open(data: bytes, name: str, limits: Limits) -> docx.document.Document:
    if data.startswith(OLE_MAGIC):
        if "EncryptedPackage".encode("utf-16-le") in data:
            raise LoadError(name, "the Word document is encrypted")
        raise LoadError(name, "it is an old Word .doc file; save it as .docx")
    _inspect(data, name, limits)
    try:
        return docx.Document(io.BytesIO(data))
    except (KeyError, ValueError, SyntaxError, zipfile.BadZipFile, etree.LxmlError,
            OpcError, PythonDocxError) as err:
        raise LoadError(name, f"the Word document is damaged ({type(err).__name__})") from None


def load_docx(data: bytes, *, name: str, source: str, limits: Limits | None = None) -> Document:
    """A Document of a .docx file's body."""
    document = _open(data, name, limits or Limits())
    try:
        return _document(document, source)
    except (AttributeError, TypeError, ValueError, KeyError) as err:  # a body python-docx
        raise LoadError(name, f"the Word document is damaged ({type(err).__name__})") from None


def _document(document: docx.document.Document, source: str) -> Document:
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
