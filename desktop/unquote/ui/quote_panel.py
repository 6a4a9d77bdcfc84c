"""The quote sidebar: one numbered entry per quote finding, most serious first.

Rendered as one rich-text page (a QTextBrowser) because entries are wrapped prose with
word diffs; each entry is a link, so a click (or Enter) activates it. A finding groups the
parts of one quotation (engine.findings) and says, part by part, what happened to them.
Unchanged findings come last and folded; a combo box filters by tag and counts every tag
a finding has.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QComboBox, QTextBrowser, QVBoxLayout, QWidget

from ..engine.findings import KIND_NAMES, QUOTE_KINDS, Finding, FindingPart, by_severity, findings
from ..engine.model import Comparison, Side

#: Sidebar headings of the engine's quote kinds (QUOTE_KINDS, most serious first).
GROUPS: tuple[tuple[str, str], ...] = tuple((kind, KIND_NAMES[kind]) for kind in QUOTE_KINDS)


#: Entries rendered before a "Show all" link.
PAGE = 200


def _marked(c: Comparison, side: Side, part: FindingPart) -> str:
    """The entry's stretches as HTML, changed words struck through (left) or underlined (right)."""
    text = c.document(side).text
    wanted, tag = ("delete", "s") if side == "left" else ("insert", "u")
    pieces = []
    for n in part.matches:
        m = c.quote_matches[n]
        spans = sorted((op.left if side == "left" else op.right) for op in m.diff if op.op == wanted)
        for first, last in m.spans(side, c.quotes(side)):
            out, at = [], first
            for start, end in spans:
                start, end = max(start, first), min(end, last)
                if end <= start or start < at:
                    continue
                out.append(escape(text[at:start]))
                out.append(f"<{tag}><b>{escape(text[start:end])}</b></{tag}>")
                at = end
            out.append(escape(text[at:last]))
            pieces.append("".join(out))
    return "“" + "” … “".join(pieces) + "”"


def _side_html(c: Comparison, side: Side, part: FindingPart) -> str:
    m = c.quote_matches[part.matches[0]]
    label = "Left" if side == "left" else "Right"
    index = m.quote(side)
    if index is None:
        return f"<div><b>{label}:</b> <i>{'unquoted' if part.carrier else 'no counterpart'}</i></div>"
    q = c.quotes(side)[index]
    who = f"{escape(q.speaker or 'unknown speaker')}, {escape(q.verb or 'no verb')}"
    return f"<div><b>{label}:</b> {_marked(c, side, part)}<br><small>{who}</small></div>"


def entry_html(c: Comparison, f: Finding) -> str:
    """One sidebar entry: the finding's number and tags, then each part's fate and its two sides."""
    tags = ", ".join(KIND_NAMES[t].lower() for t in f.tags)
    out = [f'<p><a href="quote:{f.matches[0]}">Quote {f.number}</a> <small>({escape(tags)})</small></p>']
    for part in f.parts:
        out.append("".join(f"<div><b>{escape(line)}</b></div>" for line in part.lines))
        out.append(_side_html(c, "left", part) + _side_html(c, "right", part))
    out += [f"<div><i>{escape(note)}</i></div>" for note in f.notes]
    return "".join(out)


class QuotePanel(QWidget):
    """Filter box over the list of quote comparisons."""

    #: index into Comparison.quote_matches (the first match of the finding)
    quoteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
        self.findings: list[Finding] = []
        self.show_unchanged = False
        #: entries rendered at most (None: all); a long list costs time on every render
        self.limit: int | None = PAGE
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

    def set_comparison(self, c: Comparison | None) -> None:
        self.comparison, self.limit, self.show_unchanged = c, PAGE, False
        self.findings = by_severity(findings(c)) if c else []
        counts = self.counts()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(f"All quotes ({len(self.findings)})", "")
        for group, heading in GROUPS:
            self.filter.addItem(f"{heading} ({counts[group]})", group)
        self.filter.blockSignals(False)
        self._render()

    def counts(self) -> dict[str, int]:
        """Tag -> number of findings that have it (a finding counts under each of its tags)."""
        out = {group: 0 for group, _ in GROUPS}
        for f in self.findings:
            for tag in f.tags:
                out[tag] += 1
        return out

    def _render(self) -> None:
        c = self.comparison
        if c is None or not c.quote_matches:
            self.browser.setHtml("<p><i>No quotations found.</i></p>" if c else "")
            return
        wanted = self.filter.currentData() or ""
        parts, current, shown = [], None, 0
        for f in self.findings:
            group = f.kind
            if wanted and wanted not in f.tags:
                continue
            if shown == self.limit:
                parts.append(f'<p><a href="more:">Show all {self.filter.currentText()}</a></p>')
                break
            if group != current:
                current = group
                heading = dict(GROUPS)[group]
                parts.append(f"<h4>{heading}</h4>")
                if group == "unchanged" and not self.show_unchanged and not wanted:
                    parts.append(f'<p><a href="unfold:">Show {self.counts()["unchanged"]} unchanged quotes</a></p>')
            if group == "unchanged" and not self.show_unchanged and not wanted:
                continue
            parts.append(entry_html(c, f) + "<hr>")
            shown += 1
        self.browser.setHtml("".join(parts) or "<p><i>No quotations of this kind.</i></p>")

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "unfold":
            self.show_unchanged = True
            self._render()
        elif url.scheme() == "more":
            self.limit = None
            self._render()
        elif url.scheme() == "quote":
            self.quoteActivated.emit(int(url.path()))

