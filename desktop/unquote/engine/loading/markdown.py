"""Markdown: the visible text of each block, one paragraph per block, markup removed.

Headings, paragraphs, list items, table rows and code blocks each become a paragraph;
emphasis and link markup disappear (the link text stays), images leave their alt text.
Quotation marks and apostrophes stay as written (no typographer).
"""
from __future__ import annotations

from markdown_it import MarkdownIt
from markdown_it.token import Token

from ..model import Document
from .blocks import document_from_blocks
from .metadata import split_front_matter
from .text import normalise_newlines

_PARSER = MarkdownIt("commonmark").enable(["table", "strikethrough"])
_CELL_SEPARATOR = " | "


def _inline_text(token: Token) -> str:
    out: list[str] = []
    for child in token.children or ():
        if child.type in ("text", "code_inline"):
            out.append(child.content)
        elif child.type == "softbreak":
            out.append(" ")
        elif child.type == "hardbreak":
            out.append("\n")
        elif child.type == "image":
            out.append(_inline_text(child))
    return "".join(out)


def _blocks(tokens: list[Token]) -> tuple[list[str], str]:
    """Visible blocks in order, and the text of the first level-1 heading."""
    blocks: list[str] = []
    first_h1 = ""
    heading: str | None = None
    row: list[str] | None = None
    for token in tokens:
        if token.type == "heading_open":
            heading = token.tag
        elif token.type == "tr_open":
            row = []
        elif token.type == "tr_close" and row is not None:
            blocks.append(_CELL_SEPARATOR.join(cell for cell in row if cell))
            row = None
        elif token.type == "inline":
            text = _inline_text(token).strip()
            if row is not None:
                row.append(text)
            else:
                blocks.append(text)
                if heading == "h1" and not first_h1:
                    first_h1 = text
        elif token.type == "heading_close":
            heading = None
        elif token.type in ("fence", "code_block"):
            blocks.append(token.content.rstrip("\n"))
    return blocks, first_h1


def load_markdown(text: str, *, source: str, encoding: str = "") -> Document:
    """A Document of the Markdown's visible text."""
    front, body = split_front_matter(normalise_newlines(text))
    blocks, first_h1 = _blocks(_PARSER.parse(body))
    return document_from_blocks(blocks, source=source, kind="markdown",
                                title=first_h1 or front.get("title", ""),
                                encoding=encoding, metadata=front)
