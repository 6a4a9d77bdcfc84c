"""Load documents from files, bytes (stdin, downloads) or pasted text.

Binary formats are recognised by their first bytes, textual ones by the name's extension
(or the content type, or finally the content itself). Every failure is a LoadError whose
message is one line naming the file and the reason. Each format's module (and its
library: lxml, markdown-it, pypdf, python-docx) is imported when a file of that format
comes, so that a plain-text comparison starts without them.
"""
from __future__ import annotations

import os
import stat

from ..model import Document
from .encoding import bom_encoding, decode
from .errors import LoadError
from .sniff import (Kind, binary_kind, kind_from_content_type, kind_from_name, looks_like_html,
                    looks_like_markdown, refused_reason)
from .text import load_plain

__all__ = ["LoadError", "load_path", "load_bytes", "load_text"]

MEGABYTE = 1024 * 1024
#: How many bytes of file a megabyte of text may take, by format (markup, images, fonts).
_BYTES_PER_TEXT_BYTE: dict[str, float] = {"pdf": 10.0, "docx": 10.0, "html": 5.0}
_BYTES_PER_CHAR_BY_BOM = {"utf-16": 2.0, "utf-32": 4.0}
_HEAD = 1024
#: Fewest blocks a pasted page's HTML must yield to count as an article.
_MIN_ARTICLE_BLOCKS = 2


def _byte_limit(head: bytes, name: str, content_type: str, max_text_mb: float) -> float:
    kind = binary_kind(head) or kind_from_name(name) or kind_from_content_type(content_type)
    factor = _BYTES_PER_TEXT_BYTE.get(kind or "", 0.0) or _BYTES_PER_CHAR_BY_BOM.get(
        bom_encoding(head) or "", 1.0)
    return max_text_mb * MEGABYTE * factor


def _check_size(size: int, head: bytes, name: str, content_type: str,
                max_text_mb: float) -> None:
    if size > _byte_limit(head, name, content_type, max_text_mb):
        raise LoadError(name, f"the file is too large ({size / MEGABYTE:.3g} MB; "
                              f"the limit is {max_text_mb:g} MB of text)")


def _checked(document: Document, name: str, max_text_mb: float) -> Document:
    if len(document.text) > max_text_mb * MEGABYTE:
        raise LoadError(name, f"its text is larger than the {max_text_mb:g} MB limit")
    if not document.paragraphs:
        raise LoadError(name, "it holds no text")
    return document


def _declared_charset(head: bytes) -> str | None:
    from .html import declared_charset

    return declared_charset(head)


def _from_text(text: str, *, kind: Kind | None, name: str, source: str, encoding: str,
               plain_kind: str) -> Document:
    if kind is None:
        kind = ("html" if looks_like_html(text)
                else "markdown" if looks_like_markdown(text) else "text")
    if kind == "html":
        from .html import load_html

        document = load_html(text, source=source, encoding=encoding)
        if document is None:
            raise LoadError(name, "the page holds no article text")
        return document
    if kind == "markdown":
        from .markdown import load_markdown

        return load_markdown(text, source=source, encoding=encoding)
    return load_plain(text, source=source, kind=plain_kind, encoding=encoding)


def _load(data: bytes, name: str, source: str, content_type: str,
          max_text_mb: float) -> Document:
    head = data[:_HEAD]
    reason = refused_reason(head)
    if reason is not None:
        raise LoadError(name, reason)
    kind = binary_kind(head) or kind_from_name(name) or kind_from_content_type(content_type)
    if kind == "pdf":
        from .pdf import load_pdf

        document = load_pdf(data, name=name, source=source)
    elif kind == "docx":
        from .docx import load_docx

        document = load_docx(data, name=name, source=source)
    else:
        if not data.strip():
            raise LoadError(name, "it holds no text")
        declared = _declared_charset(head) if kind in (None, "html") else None
        text, encoding = decode(data, name, declared)
        document = _from_text(text, kind=kind, name=name, source=source, encoding=encoding,
                              plain_kind="text")
    return _checked(document, name, max_text_mb)


def load_path(path: str | os.PathLike[str], *, max_text_mb: float = 20.0) -> Document:
    """Load a file; its format comes from its first bytes or its extension."""
    name = os.fspath(path)
    try:
        info = os.stat(name)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(name, "it is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(name, "it is not a regular file")
        with open(name, "rb") as handle:
            head = handle.read(_HEAD)
            _check_size(info.st_size, head, name, "", max_text_mb)
            data = head + handle.read()
    except FileNotFoundError:
        raise LoadError(name, "no such file") from None
    except PermissionError:
        raise LoadError(name, "permission denied") from None
    except OSError as err:
        raise LoadError(name, (err.strerror or type(err).__name__).lower()) from None
    return _load(data, name, name, "", max_text_mb)


def load_bytes(data: bytes, name: str, *, max_text_mb: float = 20.0,
               content_type: str = "") -> Document:
    """Load data received whole (stdin, a download); ``name`` is also the source."""
    _check_size(len(data), data[:_HEAD], name, content_type, max_text_mb)
    return _load(data, name, name, content_type, max_text_mb)


def load_text(text: str, *, html: str | None = None, source: str = "pasted",
              max_text_mb: float = 20.0) -> Document:
    """Load pasted or dropped text; when ``html`` holds an article, its main text wins."""
    name = "the pasted text" if source == "pasted" else source
    if len(text) > max_text_mb * MEGABYTE:
        raise LoadError(name, f"its text is larger than the {max_text_mb:g} MB limit")
    if html:
        from .html import article_document, extract_article

        article = extract_article(html)
        if article is not None and len(article.blocks) >= _MIN_ARTICLE_BLOCKS:
            return _checked(article_document(article, source=source), name, max_text_mb)
    document = _from_text(text.removeprefix("\ufeff"), kind=None, name=name, source=source,
                          encoding="", plain_kind="pasted")
    return _checked(document, name, max_text_mb)
