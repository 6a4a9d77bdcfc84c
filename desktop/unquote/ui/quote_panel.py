"""The quote sidebar: one entry per quote comparison, most serious first.

Rendered as one rich-text page (a QTextBrowser) because entries are wrapped prose with
word diffs; each entry is a link, so a click (or Enter) activates it. Unchanged quotes
come last and folded; a combo box filters by kind and shows the count of each.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import QUrl, Signal
from PySide6.QtWidgets import QComboBox, QTextBrowser, QVBoxLayout, QWidget

from ..engine.model import SIDES, Comparison, DiffOp, QuoteMatch, Side
from ..engine.summary import QUOTE_KINDS, quote_kind

#: Sidebar headings of the engine's quote kinds (QUOTE_KINDS, most serious first).
HEADINGS = {
    "attribution": "Speaker changed", "wording": "Wording changed", "verb": "Reporting verb changed",
    "dropped": "Dropped", "added": "Added", "paraphrased": "Turned into paraphrase",
    "outside-shared": "Beyond the shared text", "unchanged": "Unchanged",
}
GROUPS: tuple[tuple[str, str], ...] = tuple((kind, HEADINGS.get(kind, kind)) for kind in QUOTE_KINDS)


#: Entries rendered before a "Show all" link.
PAGE = 200


def quote_group(match: QuoteMatch) -> str:
    """The sidebar group of a quote comparison: the engine's most serious finding."""
    return quote_kind(match.status, match.changes)


def ordered_matches(c: Comparison) -> list[tuple[str, int]]:
    """(group, quote-match index), most serious group first, document order within."""
    rank = {group: n for n, (group, _) in enumerate(GROUPS)}
    keyed = []
    for n, m in enumerate(c.quote_matches):
        group = quote_group(m)
        q = c.left_quotes[m.left] if m.left is not None else c.right_quotes[m.right or 0]
        keyed.append((rank[group], q.start if m.left is not None else q.start + 10**9, group, n))
    return [(group, n) for _, _, group, n in sorted(keyed)]


def _marked(c: Comparison, side: Side, index: int, diff: tuple[DiffOp, ...]) -> str:
    """The quote's words as HTML, its changed words struck through (left) or underlined (right)."""
    quote = c.quotes(side)[index]
    text = c.document(side).text
    wanted, tag = ("delete", "s") if side == "left" else ("insert", "u")
    spans = sorted((op.left if side == "left" else op.right) for op in diff if op.op == wanted)
    out, at = [], quote.start
    for start, end in spans:
        start, end = max(start, quote.start), min(end, quote.end)
        if end <= start or start < at:
            continue
        out.append(escape(text[at:start]))
        out.append(f"<{tag}><b>{escape(text[start:end])}</b></{tag}>")
        at = end
    out.append(escape(text[at:quote.end]))
    return "“" + "".join(out) + "”"


def _who(c: Comparison, side: Side, index: int | None) -> str:
    if index is None:
        return "—"
    q = c.quotes(side)[index]
    return f"{escape(q.speaker or 'unknown speaker')}, {escape(q.verb or 'no verb')}"


def entry_html(c: Comparison, n: int) -> str:
    """One sidebar entry: both versions with their diff, speakers and verbs."""
    m = c.quote_matches[n]
    rows = []
    for side, label in zip(SIDES, ("Left", "Right")):
        index = m.left if side == "left" else m.right
        body = _marked(c, side, index, m.diff) if index is not None else f"<i>no quote ({escape(m.status)})</i>"
        rows.append(f"<div><b>{label}:</b> {body}<br><small>{_who(c, side, index)}</small></div>")
    changes = ", ".join(m.changes) or m.status
    return (f'<p><a href="quote:{n}">Quote {n + 1}</a> <small>({escape(changes)}, '
            f'similarity {round(m.similarity * 100)}%)</small></p>' + "".join(rows))


class QuotePanel(QWidget):
    """Filter box over the list of quote comparisons."""

    #: index into Comparison.quote_matches
    quoteActivated = Signal(int)

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.comparison: Comparison | None = None
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
        counts = self.counts()
        self.filter.blockSignals(True)
        self.filter.clear()
        self.filter.addItem(f"All quotes ({sum(counts.values())})", "")
        for group, heading in GROUPS:
            self.filter.addItem(f"{heading} ({counts[group]})", group)
        self.filter.blockSignals(False)
        self._render()

    def counts(self) -> dict[str, int]:
        """Group -> number of quote comparisons in it."""
        out = {group: 0 for group, _ in GROUPS}
        for group, _ in ordered_matches(self.comparison) if self.comparison else []:
            out[group] += 1
        return out

    def _render(self) -> None:
        c = self.comparison
        if c is None or not c.quote_matches:
            self.browser.setHtml("<p><i>No quotations found.</i></p>" if c else "")
            return
        wanted = self.filter.currentData() or ""
        parts, current, shown = [], None, 0
        for group, n in ordered_matches(c):
            if wanted and group != wanted:
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
            parts.append(entry_html(c, n) + "<hr>")
            shown += 1
        self.browser.setHtml("".join(parts))

    def _clicked(self, url: QUrl) -> None:
        if url.scheme() == "unfold":
            self.show_unchanged = True
            self._render()
        elif url.scheme() == "more":
            self.limit = None
            self._render()
        elif url.scheme() == "quote":
            self.quoteActivated.emit(int(url.path()))

