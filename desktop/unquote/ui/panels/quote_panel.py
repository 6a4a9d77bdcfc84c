"""The quotation findings panel: one numbered entry per quote comparison, most serious first.

Rendered as one rich-text page (a QTextBrowser) because entries are wrapped prose with
word diffs; each entry's number is a link, so a click (or Enter) activates it, and the
selected entry is outlined and scrolled into view. The entry text comes from
:func:`panels.finding_text.finding_html`. A combo box filters by tag and counts every tag a
finding has; unchanged quotations come last and folded.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QComboBox, QTextBrowser, QVBoxLayout, QWidget

from ...engine.model import Comparison
from ...engine.report.quotes import finding_order
from .finding_text import TAG_NAMES, TAGS, finding_html, finding_tags

#: Entries rendered before a "Show all" link.
PAGE = 200


class QuotePanel(QWidget):
    """Filter box over the numbered list of quotation findings."""

    #: index into Comparison.quote_matches
    quoteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.show_unchanged = False
        #: quote-match index of the outlined entry
        self.selected: int | None = None
        self.outline = "#1a1a1a"
        #: entries rendered at most (None: all); a long list costs time on every render
        self.limit: int | None = PAGE
        self._order: list[int] = []
        self._number: dict[int, int] = {}
        self.filter = QComboBox()
        self.filter.setObjectName("quoteFilter")
        self.filter.currentIndexChanged.connect(lambda *_: self._render())
        self.browser = QTextBrowser()
        self.browser.setObjectName("quoteList")
        self.browser.setOpenLinks(False)
        self.browser.anchorClicked.connect(self._clicked)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self.filter)
        layout.addWidget(self.browser, 1)
        self.set_comparison(None)

    def set_colours(self, outline: str, link: str) -> None:
        """The palette's selection colour (outline of the chosen entry) and quotation colour
        (the entries' links), so both read on light and dark themes."""
        self.outline = outline
        self.browser.document().setDefaultStyleSheet(f"a {{ color: {link}; }}")
        self._render()

    def set_comparison(self, c: Comparison | None) -> None:
        self.comparison, self.limit, self.show_unchanged, self.selected = c, PAGE, False, None
        self._order = finding_order(c) if c else []
        self._number = {n: place + 1 for place, n in enumerate(self._order)}
        counts = self.counts()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(f"All quotations ({len(self._order)})", "")
        for tag, name in TAGS:
            self.filter.addItem(f"{name} ({counts[tag]})", tag)
        self.filter.blockSignals(False)
        self._render()

    def counts(self) -> dict[str, int]:
        """Tag -> number of findings carrying it (a finding counts under each of its tags)."""
        out = {tag: 0 for tag, _ in TAGS}
        if self.comparison is None:
            return out
        for n in self._order:
            for tag in finding_tags(self.comparison.quote_matches[n]):
                out[tag] += 1
        return out

    def number(self, n: int) -> int:
        """The finding number of a quote-match index."""
        return self._number[n]

    def select_finding(self, n: int | None) -> None:
        """Outline the entry of quote match ``n`` and scroll it into view (unfolding or
        clearing the filter when it is hidden)."""
        self.selected = n
        if n is not None and self.comparison is not None:
            wanted = self.filter.currentData() or ""
            tags = finding_tags(self.comparison.quote_matches[n])
            if wanted and wanted not in tags:
                self.filter.blockSignals(True)
                self.filter.setCurrentIndex(0)
                self.filter.blockSignals(False)
            if tags == ("unchanged",):
                self.show_unchanged = True
            if self.limit is not None and self._number[n] > self.limit:
                self.limit = None
        self._render()
        if n is not None:
            self.browser.scrollToAnchor(f"f{n}")

    def _entry(self, c: Comparison, n: int) -> str:
        border = f'border="2" style="border-color:{self.outline}; border-style:solid"' if n == self.selected \
            else 'border="0"'
        return (f'<table width="100%" cellspacing="0" cellpadding="4" {border}><tr><td>'
                f'{finding_html(c, n, self.number(n))}</td></tr></table><hr>')

    def _render(self) -> None:
        c = self.comparison
        if c is None or not c.quote_matches:
            self.browser.setHtml("<p><i>No quotations found in either text.</i></p>" if c else "")
            return
        wanted = self.filter.currentData() or ""
        folded = not self.show_unchanged and not wanted
        parts, shown, hidden = [], 0, 0
        for n in self._order:
            tags = finding_tags(c.quote_matches[n])
            if wanted and wanted not in tags:
                continue
            if folded and tags == ("unchanged",):
                hidden += 1
                continue
            if shown == self.limit:
                parts.append(f'<p><a href="more:">Show all {escape(self.filter.currentText())}</a></p>')
                break
            parts.append(self._entry(c, n))
            shown += 1
        if hidden:
            parts.append(f'<p><a href="unfold:">Show {hidden} unchanged quotation{"s" * (hidden != 1)}</a></p>')
        if not shown and not hidden:
            parts.append(f"<p><i>No quotation is tagged “{escape(TAG_NAMES[wanted].lower())}”.</i></p>")
        self.browser.setHtml("".join(parts))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "unfold":
            self.show_unchanged = True
            self._render()
        elif url.scheme() == "more":
            self.limit = None
            self._render()
        elif url.scheme() == "quote":
            n = int(url.path())
            self.select_finding(n)
            self.quoteActivated.emit(n)
