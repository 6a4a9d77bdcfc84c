"""HTML pages: the article's main text (headline and body paragraphs) via trafilatura.

Navigation, ads, share buttons, related links and comment sections are left out. When
trafilatura finds nothing, the page's <h1> and <p> elements are dumped instead (outside
nav, header, footer, aside, form and comment containers). Photo captions (<figcaption>)
are article text: they are read as paragraphs where the figure stands.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field

from lxml import etree
from lxml import html as lxml_html

from ...model import Document
from ..blocks import document_from_blocks

_SPACE = re.compile(r"\s+")
_LINE_BREAK = "\x00"
_META_CHARSET = re.compile(rb"<meta[^>]+charset\s*=\s*[\"']?\s*([A-Za-z0-9_.:-]+)", re.IGNORECASE)
#: Metadata fields trafilatura puts on its <doc> element that we keep.
_META_FIELDS = ("date", "author", "sitename", "url", "description")
_BLOCK_TAGS = {"head", "p", "item", "code", "quote", "row"}
_FALLBACK_SKIP = ("//script", "//style", "//noscript", "//nav", "//header", "//footer", "//aside",
                  "//form", "//*[contains(@class,'comment') or contains(@id,'comment')]")


@dataclass
class Article:
    """What a page holds: body blocks in order, the headline and page metadata."""

    blocks: list[str]
    title: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


def declared_charset(data: bytes) -> str | None:
    """The charset a page's <meta> declares in its first few kilobytes, if any."""
    m = _META_CHARSET.search(data[:4096])
    return m.group(1).decode("ascii").lower() if m else None


def _flat_text(element: etree._Element) -> str:
    """Text of an element with whitespace runs collapsed and <lb/> kept as a newline."""
    parts = [element.text or ""]
    for child in element:
        parts.append(_LINE_BREAK if child.tag == "lb" else _flat_text(child))
        parts.append(child.tail or "")
    return "".join(parts)


def _clean(text: str) -> str:
    lines = _SPACE.sub(" ", text).split(_LINE_BREAK)
    return "\n".join(line.strip() for line in lines).strip()


def _xml_blocks(main: etree._Element) -> list[str]:
    blocks: list[str] = []
    for element in main.iter(*_BLOCK_TAGS):
        if any(a.tag in _BLOCK_TAGS for a in element.iterancestors()):
            continue
        if element.tag == "row":
            cells = [_clean(_flat_text(cell)) for cell in element]
            blocks.append(" | ".join(c for c in cells if c))
        elif element.tag == "quote" and any(c.tag in _BLOCK_TAGS for c in element):
            blocks.extend(_xml_blocks_of_children(element))
        elif element.tag == "code":
            blocks.append((element.text or "").strip("\n"))
        else:
            blocks.append(_clean(_flat_text(element)))
    return blocks


def _xml_blocks_of_children(element: etree._Element) -> list[str]:
    return [_clean(_flat_text(child)) for child in element if child.tag in _BLOCK_TAGS]


def extract_article(page: str) -> Article | None:
    """The main text of a page by trafilatura, or None when it finds no article."""
    import trafilatura  # takes 0.7 s to import: only when a page is really loaded

    xml = trafilatura.extract(page, output_format="xml", include_comments=False,
                              favor_precision=True, include_tables=True, include_images=False,
                              include_links=False, include_formatting=False, with_metadata=True)
    if not xml:
        return None
    root = etree.fromstring(xml.encode("utf-8"))
    main = root.find("main")
    blocks = [b for b in _xml_blocks(main if main is not None else root) if b]
    if not blocks:
        return None
    metadata = {k: _clean(root.get(k, "")) for k in _META_FIELDS if root.get(k)}
    return Article(blocks=blocks, title=_clean(root.get("title", "")), metadata=metadata)


def dump_paragraphs(page: str) -> Article | None:
    """The page's <h1> and <p> texts outside boilerplate containers, or None."""
    try:
        tree = lxml_html.fromstring(page)
    except (etree.ParserError, ValueError):
        return None
    for path in _FALLBACK_SKIP:
        for element in tree.xpath(path):
            element.drop_tree()
    blocks = [_clean(e.text_content()) for e in tree.iter("h1", "p")]
    blocks = [b for b in blocks if b]
    title = tree.findtext(".//title") or ""
    return Article(blocks=blocks, title=_clean(title)) if blocks else None


def _comparable(text: str) -> str:
    return _SPACE.sub(" ", text).strip().casefold()


def article_document(article: Article, *, source: str, encoding: str = "",
                     kind: str = "html") -> Document:
    """The Document of an extracted article, headline first if the body lacks it."""
    blocks = list(article.blocks)
    headline = article.title
    if headline and not any(_comparable(headline) in _comparable(b) for b in blocks[:3]):
        blocks.insert(0, headline)
    return document_from_blocks(blocks, source=source, kind=kind, title=headline,
                                encoding=encoding, metadata=article.metadata)


def captions_as_paragraphs(page: str) -> str:
    """The page with every <figure> that has a <figcaption> replaced by the caption as a <p>.

    A photo caption is article text (a rewrite that drops it should show it as one-sided),
    but trafilatura removes figures whole. The figure's place is kept, so the caption
    reads where the photo stood; a figure without a caption is left to trafilatura.
    """
    if "figcaption" not in page.lower():
        return page
    try:
        tree = lxml_html.document_fromstring(page)
    except (etree.ParserError, ValueError):
        return page
    figures = [f for f in tree.iter("figure") if f.find(".//figcaption") is not None]
    for figure in figures:
        caption = _clean(" ".join(c.text_content() for c in figure.iter("figcaption")))
        paragraph = lxml_html.Element("p")
        paragraph.text = caption
        paragraph.tail = figure.tail
        figure.getparent().replace(figure, paragraph)
    return lxml_html.tostring(tree, encoding="unicode") if figures else page


def load_html(page: str, *, source: str, encoding: str = "") -> Document | None:
    """The Document of a page's article, or None when the page holds no text at all."""
    page = captions_as_paragraphs(page)
    article = extract_article(page) or dump_paragraphs(page)
    if article is None:
        return None
    return article_document(article, source=source, encoding=encoding)
