"""Markdown: the visible text of each block, one paragraph per block, markup removed.

Headings, paragraphs, list items, table rows and code blocks each become a paragraph;
emphasis and link markup disappear (the link text stays), images leave their alt text,
raw HTML is dropped. Quotation marks and apostrophes stay as written (no typographer).

The parser is cmark-gfm (cmarkgfm), GitHub's C implementation of CommonMark with tables
and strikethrough: it runs in linear time on pathological input (runs of ``**``, ``[``
or setext underlines), where the pure-Python markdown-it took minutes on a megabyte. Its
HTML is XHTML (void elements closed), read back with lxml into blocks; the walk over the
block structure uses an explicit stack, so deep nesting costs no recursion.
"""
from __future__ import annotations

import re

import cmarkgfm
from cmarkgfm.cmark import Options
from lxml import etree

from ...model import Document
from ..blocks import document_from_blocks
from ..metadata import split_front_matter
from .text import normalise_newlines

_OPTIONS = Options.CMARK_OPT_VALIDATE_UTF8
_CELL_SEPARATOR = " | "
_HARD_BREAK = "\ue000"  # private use: XML allows it, Markdown never writes it
_HEADINGS = frozenset({"h1", "h2", "h3", "h4", "h5", "h6"})
#: Block children of a list item, whose text is a block of its own.
_LIST_ITEM_BLOCKS = frozenset({"p", "ul", "ol", "pre", "blockquote", "table", "hr",
                               *_HEADINGS})
#: cmark writes an image as <img src="…" alt="…" (title="…") />: its alt text is kept.
_IMAGE = re.compile(r'<img src="[^"]*" alt="([^"]*)"[^>]*/>')
_PARSER = etree.XMLParser(huge_tree=True, resolve_entities=False, recover=True,
                          no_network=True)


def _html(markdown: str) -> str:
    html = cmarkgfm.github_flavored_markdown_to_html(markdown, options=_OPTIONS)
    return _IMAGE.sub(r"\1", html.replace("<br />\n", _HARD_BREAK))


def _inline_text(element: etree._Element, skip: frozenset[str] = frozenset()) -> str:
    """Text of an element's inline content: soft breaks as spaces, hard ones as newlines;
    children whose tag is in ``skip`` are left out (their tail stays)."""
    parts = [element.text or ""]
    for child in element:
        if isinstance(child.tag, str) and child.tag not in skip:  # not a comment
            parts.extend(child.itertext())
        parts.append(child.tail or "")
    text = "".join(parts).replace("\n", " ").replace(_HARD_BREAK, "\n")
    return "\n".join(line.strip() for line in text.split("\n")).strip()


def _blocks(root: etree._Element) -> tuple[list[str], str]:
    """Visible blocks in document order, and the text of the first level-1 heading."""
    blocks: list[str] = []
    first_h1 = ""
    stack = [iter(root)]
    while stack:
        element = next(stack[-1], None)
        if element is None:
            stack.pop()
            continue
        tag = element.tag
        if tag == "p" or tag in _HEADINGS:
            text = _inline_text(element)
            blocks.append(text)
            if tag == "h1" and text and not first_h1:
                first_h1 = text
        elif tag == "pre":
            blocks.append("".join(element.itertext()).replace(_HARD_BREAK, "\n").rstrip("\n"))
        elif tag == "tr":
            cells = (_inline_text(cell) for cell in element if cell.tag in ("td", "th"))
            blocks.append(_CELL_SEPARATOR.join(cell for cell in cells if cell))
        elif tag == "li":
            blocks.append(_inline_text(element, _LIST_ITEM_BLOCKS))
            stack.append(iter(element))
        elif isinstance(tag, str):
            stack.append(iter(element))
    return blocks, first_h1


def load_markdown(text: str, *, source: str, encoding: str = "") -> Document:
    """A Document of the Markdown's visible text."""
    front, body = split_front_matter(normalise_newlines(text))
    root = etree.fromstring(f"<body>{_html(body)}</body>".encode(), _PARSER)
    blocks, first_h1 = _blocks(root) if root is not None else ([], "")
    return document_from_blocks(blocks, source=source, kind="markdown",
                                title=first_h1 or front.get("title", ""),
                                encoding=encoding, metadata=front)
