"""Load documents from files, bytes (stdin, downloads) or pasted text.

Binary formats are recognised by their first bytes, textual ones by the name's extension
(or the content type, or finally the content itself). Every failure is a LoadError whose
message is one line naming the file and the reason: ``_guarded`` is the one place where
anything else a parser raises on damaged input becomes one (the details go to a log file),
and ``_checked`` the one place where the extracted document meets the limits. Each format's
module (and its library: lxml, markdown-it, pypdf, python-docx) is imported when a file of
that format comes, so that a plain-text comparison starts without them.
"""
from __future__ import annotations

import os
import re
import stat
from collections.abc import Callable
from dataclasses import replace

from ..model import Document
from .encoding import bom_encoding, decode
from .errors import LoadError
from .limits import MEGABYTE, Limits, LimitError, over
from .sniff import (Kind, binary_kind, kind_from_content_type, kind_from_name, looks_like_html,
                    looks_like_markdown, refused_reason)
from .formats.text import load_plain

__all__ = ["LoadError", "LimitError", "Limits", "load_path", "load_bytes", "load_text"]

#: How many bytes of file a megabyte of text may take, by format (markup, images, fonts).
_BYTES_PER_TEXT_BYTE: dict[str, float] = {"pdf": 10.0, "docx": 10.0, "html": 5.0}
_BYTES_PER_CHAR_BY_BOM = {"utf-16": 2.0, "utf-32": 4.0}
_HEAD = 1024
#: Fewest blocks a pasted page's HTML must yield to count as an article.
_MIN_ARTICLE_BLOCKS = 2
#: A visible character: not space, not a control or format character, not a filler.
_VISIBLE = re.compile(r"[^\s\x00-\x1f\x7f-\x9f\u00ad\u034f\u061c\u115f\u1160\u17b4\u17b5"
                      r"\u180b-\u180f\u200b-\u200f\u202a-\u202e\u2060-\u206f\u2800\u3164"
                      r"\ufe00-\ufe0f\ufeff\uffa0\ufff0-\ufff8\U000e0000-\U000e0fff]")


#: A lone surrogate (a broken PDF font map, a name not in UTF-8) cannot be saved or shown.
_SURROGATE = re.compile("[\ud800-\udfff]")


def _without_surrogates(document: Document) -> Document:
    """The document with lone surrogates replaced by U+FFFD (same length: spans hold)."""
    parts = [document.text, document.title, document.source, *document.metadata.values()]
    if not any(_SURROGATE.search(part) for part in parts):
        return document
    return replace(document, text=_SURROGATE.sub("\ufffd", document.text),
                   title=_SURROGATE.sub("\ufffd", document.title),
                   source=_SURROGATE.sub("\ufffd", document.source),
                   metadata={k: _SURROGATE.sub("\ufffd", v) for k, v in document.metadata.items()})


def _limits(limits: Limits | None, max_text_mb: float | None) -> Limits:
    chosen = limits or Limits()
    return chosen if max_text_mb is None else replace(chosen, text_mb=max_text_mb)


def _guarded(name: str, work: Callable[[], Document]) -> Document:
    """Run a loader: whatever it raises on damaged input leaves as one LoadError."""
    try:
        return work()
    except LoadError:
        raise
    except MemoryError:
        raise LoadError(name, "there is not enough memory to read it") from None
    except RecursionError:
        raise LoadError(name, "its structure is nested too deeply to read") from None
    except Exception as err:  # any parser's failure on hostile input: one line, details logged
        from .crashlog import write_log  # (tempfile and traceback: not loaded for every start)

        log = write_log(err, f"loading {name}")
        raise LoadError(name, f"it could not be read ({type(err).__name__}; details in {log})"
                        ) from None


def _byte_limit(head: bytes, name: str, content_type: str, max_text_mb: float) -> float:
    kind = binary_kind(head) or kind_from_name(name) or kind_from_content_type(content_type)
    factor = _BYTES_PER_TEXT_BYTE.get(kind or "", 0.0) or _BYTES_PER_CHAR_BY_BOM.get(
        bom_encoding(head) or "", 1.0)
    return max_text_mb * MEGABYTE * factor


def _check_size(size: int, head: bytes, name: str, content_type: str, limits: Limits) -> None:
    if size > _byte_limit(head, name, content_type, limits.text_mb):
        raise LoadError(name, f"the file is too large ({size / MEGABYTE:.3g} MB; the limit is "
                              f"{limits.text_mb:g} MB of text, raised with --max-mb)")


def _checked(document: Document, name: str, limits: Limits) -> Document:
    """The extracted document, refused when it is empty or over a limit."""
    from ..text.sentences import split_sentences

    document = _without_surrogates(document)  # same length: the limits count the same
    text = document.text
    over(name, limits, "text_mb", len(text) / MEGABYTE)
    if not document.paragraphs or _VISIBLE.search(text) is None:
        raise LoadError(name, "it holds no text")
    over(name, limits, "paragraphs", len(document.paragraphs))
    over(name, limits, "line_chars", max(map(len, text.split("\n"))))
    over(name, limits, "sentences", len(split_sentences(text, document.paragraphs)))  # remembered for compare
    return document


def _declared_charset(head: bytes) -> str | None:
    from .formats.html import declared_charset

    return declared_charset(head)


def _from_text(text: str, *, kind: Kind | None, name: str, source: str, encoding: str,
               plain_kind: str) -> Document:
    if kind is None:
        kind = ("html" if looks_like_html(text)
                else "markdown" if looks_like_markdown(text) else "text")
    if kind == "html":
        from .formats.html import load_html  # lxml and trafilatura load only when a page comes

        document = load_html(text, source=source, encoding=encoding)
        if document is None:
            raise LoadError(name, "the page holds no article text")
        return document
    if kind == "markdown":
        from .formats.markdown import load_markdown

        return load_markdown(text, source=source, encoding=encoding)
    return load_plain(text, source=source, kind=plain_kind, encoding=encoding)


def _load(data: bytes, name: str, source: str, content_type: str, limits: Limits) -> Document:
    head = data[:_HEAD]
    reason = refused_reason(head)
    if reason is not None:
        raise LoadError(name, reason)
    kind = binary_kind(head) or kind_from_name(name) or kind_from_content_type(content_type)
    if kind == "pdf":
        from .formats.pdf import load_pdf  # pypdf and python-docx load only when such a file comes

        return load_pdf(data, name=name, source=source, limits=limits)
    if kind == "docx":
        from .formats.docx import load_docx

        return load_docx(data, name=name, source=source, limits=limits)
    if not data.strip():
        raise LoadError(name, "it holds no text")
    declared = _declared_charset(head) if kind in (None, "html") else None
    text, encoding = decode(data, name, declared)
    over(name, limits, "text_mb", len(text) / MEGABYTE)
    return _from_text(text, kind=kind, name=name, source=source, encoding=encoding,
                      plain_kind="text")


def read_limited(path: str, limits: Limits | None = None) -> bytes:
    """A file's bytes, refused (LoadError) before reading when it is larger than a document
    within ``limits`` can be, not a regular file, or unreadable."""
    chosen = limits or Limits()
    try:
        info = os.stat(path)
        if stat.S_ISDIR(info.st_mode):
            raise LoadError(path, "it is a folder, not a file")
        if not stat.S_ISREG(info.st_mode):
            raise LoadError(path, "it is not a regular file")
        with open(path, "rb") as handle:
            head = handle.read(_HEAD)
            _check_size(info.st_size, head, path, "", chosen)
            return head + handle.read(int(_byte_limit(head, path, "", chosen.text_mb)) + 1)
    except FileNotFoundError:
        raise LoadError(path, "no such file") from None
    except PermissionError:
        raise LoadError(path, "permission denied") from None
    except OSError as err:
        raise LoadError(path, (err.strerror or type(err).__name__).lower()) from None


def load_path(path: str | os.PathLike[str], *, max_text_mb: float | None = None,
              limits: Limits | None = None) -> Document:
    """Load a file; its format comes from its first bytes or its extension."""
    name = os.fspath(path)
    chosen = _limits(limits, max_text_mb)
    data = read_limited(name, chosen)
    return _guarded(name, lambda: _checked(_load(data, name, name, "", chosen), name, chosen))


def load_bytes(data: bytes, name: str, *, max_text_mb: float | None = None,
               limits: Limits | None = None, content_type: str = "") -> Document:
    """Load data received whole (stdin, a download); ``name`` is also the source."""
    chosen = _limits(limits, max_text_mb)
    _check_size(len(data), data[:_HEAD], name, content_type, chosen)
    return _guarded(name, lambda: _checked(_load(data, name, name, content_type, chosen),
                                           name, chosen))


def byte_limit(limits: Limits | None = None) -> int:
    """The most bytes a document within ``limits`` can take in any format (read no more)."""
    chosen = limits or Limits()
    return int(chosen.text_mb * MEGABYTE * max(*_BYTES_PER_TEXT_BYTE.values(),
                                                *_BYTES_PER_CHAR_BY_BOM.values())) + 1


def load_text(text: str, *, html: str | None = None, source: str = "pasted",
              max_text_mb: float | None = None, limits: Limits | None = None) -> Document:
    """Load pasted or dropped text; when ``html`` holds an article, its main text wins."""
    name = "the pasted text" if source == "pasted" else source
    chosen = _limits(limits, max_text_mb)
    over(name, chosen, "text_mb", len(text) / MEGABYTE)

    def work() -> Document:
        if html:
            from .formats.html import article_document, extract_article

            article = extract_article(html)
            if article is not None and len(article.blocks) >= _MIN_ARTICLE_BLOCKS:
                return _checked(article_document(article, source=source), name, chosen)
        return _checked(_from_text(text.removeprefix("\ufeff"), kind=None, name=name,
                                   source=source, encoding="", plain_kind="pasted"), name, chosen)

    return _guarded(name, work)
