"""The quotation findings panel: one numbered entry per quote finding, most serious first.

Rendered as one rich-text page (a QTextBrowser) because entries are wrapped prose with
word diffs; each entry's number is a link, so a click (or Enter) activates it, and the
selected entry is outlined and scrolled into view. A finding groups the parts of one
quotation (engine.results.findings); its text comes from :func:`finding_text.finding_html`. A combo
box filters by tag and counts every tag a finding has; unchanged findings come last and folded.
A long list is shown a page of entries at a time (rendering a page costs tens of
milliseconds of the GUI thread; a thousand entries would freeze the window): links show the
entries before and after it, and selecting a finding turns to its page.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QComboBox, QTextBrowser, QVBoxLayout, QWidget

from ...engine.results.findings import KIND_NAMES, Finding, by_severity, finding_of_match, findings
from ...engine.model import Comparison
from .finding_text import TAGS, finding_html

#: Entries on one page of the list.
PAGE = 100


class QuotePanel(QWidget):
    """Filter box over the numbered list of quotation findings."""

    #: index into Comparison.quote_matches (the first match of the finding)
    quoteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.findings: list[Finding] = []
        self.show_unchanged = False
        #: quote-match index whose finding is outlined
        self.selected: int | None = None
        self.outline = "#1a1a1a"
        #: place, among the entries the filter shows, of the first entry on the page
        self.first = 0
        self._of_match: dict[int, Finding] = {}
        self.filter = QComboBox()
        self.filter.setObjectName("quoteFilter")
        self.filter.currentIndexChanged.connect(self._filter_changed)
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
        self.comparison, self.first, self.show_unchanged, self.selected = c, 0, False, None
        self.findings = by_severity(findings(c)) if c else []
        self._of_match = finding_of_match(self.findings)
        counts = self.counts()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(f"All quotations ({len(self.findings)})", "")
        for tag, name in TAGS:
            self.filter.addItem(f"{name} ({counts[tag]})", tag)
        self.filter.blockSignals(False)
        self._render()

    def counts(self) -> dict[str, int]:
        """Tag -> number of findings carrying it (a finding counts under each of its tags)."""
        out = {tag: 0 for tag, _ in TAGS}
        for f in self.findings:
            for tag in f.tags:
                out[tag] += 1
        return out

    def number(self, n: int) -> int:
        """The number of the finding that contains quote match ``n``."""
        return self._of_match[n].number

    def finding(self, n: int) -> Finding:
        """The finding that contains quote match ``n``."""
        return self._of_match[n]

    def select_finding(self, n: int | None) -> None:
        """Outline the entry of the finding that contains quote match ``n`` and scroll it into
        view (unfolding or clearing the filter when it is hidden)."""
        self.selected = n
        f = self._of_match.get(n) if n is not None else None
        if f is not None:
            wanted = self.filter.currentData() or ""
            if wanted and wanted not in f.tags:
                self.filter.blockSignals(True)
                self.filter.setCurrentIndex(0)
                self.filter.blockSignals(False)
            if not f.changed:
                self.show_unchanged = True
            place = self._listed().index(f)
            if not self.first <= place < self.first + PAGE:
                self.first = place - place % PAGE
        self._render()
        if f is not None:
            self.browser.scrollToAnchor(f"f{f.number}")

    def _entry(self, c: Comparison, f: Finding) -> str:
        chosen = self.selected is not None and self._of_match.get(self.selected) is f
        border = f'border="2" style="border-color:{self.outline}; border-style:solid"' if chosen else 'border="0"'
        return (f'<table width="100%" cellspacing="0" cellpadding="4" {border}><tr><td>'
                f'{finding_html(c, f)}</td></tr></table><hr>')

    def _filter_changed(self) -> None:
        self.first = 0
        self._render()

    def _listed(self) -> list[Finding]:
        """The findings the filter lets through, in list order (unchanged ones unless folded)."""
        wanted = self.filter.currentData() or ""
        folded = not self.show_unchanged and not wanted
        return [f for f in self.findings if (not wanted or wanted in f.tags) and not (folded and not f.changed)]

    def _render(self) -> None:
        c = self.comparison
        if c is None or not c.quote_matches:
            self.browser.setHtml("<p><i>No quotations found in either text.</i></p>" if c else "")
            return
        wanted = self.filter.currentData() or ""
        listed = self._listed()
        self.first = min(self.first, max(0, len(listed) - 1))
        page = listed[self.first:self.first + PAGE]
        parts = []
        if self.first:
            parts.append(f'<p><a href="less:">Show entries {max(1, self.first - PAGE + 1)}–{self.first} '
                         f'of {len(listed)}</a></p>')
        parts += [self._entry(c, f) for f in page]
        after = len(listed) - self.first - len(page)
        if after:
            parts.append(f'<p><a href="more:">Show entries {self.first + PAGE + 1}–'
                         f'{self.first + PAGE + min(after, PAGE)} of {len(listed)}</a></p>')
        hidden = 0 if self.show_unchanged or wanted else sum(not f.changed for f in self.findings)
        if hidden and not after:
            parts.append(f'<p><a href="unfold:">Show {hidden} unchanged quotation{"s" * (hidden != 1)}</a></p>')
        if not listed and not hidden:
            parts.append(f"<p><i>No quotation is tagged “{escape(KIND_NAMES[wanted].lower())}”.</i></p>")
        self.browser.setHtml("".join(parts))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "unfold":
            self.show_unchanged = True
            self._render()
        elif url.scheme() in ("more", "less"):
            self.first = max(0, self.first + (PAGE if url.scheme() == "more" else -PAGE))
            self._render()
        elif url.scheme() == "quote":
            n = int(url.path())
            self.select_finding(n)
            self.quoteActivated.emit(n)
