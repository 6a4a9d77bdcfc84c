"""The summary dock, kept compact: shares of words identical, reworded and one-side on
each side, pairs, quotations with a finding, and a link to the legend.
"""
from __future__ import annotations

import threading

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ...engine.model import Comparison
from ...engine.results.summary import QUOTE_KINDS, summarize

ROWS = (("Identical", "identical"), ("Reworded", "reworded"), ("One side only", "one_side"))


def summary_html(c: Comparison) -> str:
    """The compact summary: shares of words per side, pairs and changed quotations."""
    s = summarize(c)
    head = "".join(f"<th align='right'>{label}</th>" for label, _ in ROWS)
    cells = [f"<tr><th></th>{head}</tr>"]
    for name, side in (("Left", s.left), ("Right", s.right)):
        row = "".join(f"<td align='right'>{side.share(getattr(side, attr)):.0%}</td>" for _, attr in ROWS)
        cells.append(f"<tr><td>{name}&nbsp;<small>({side.words}&nbsp;words)</small></td>{row}</tr>")
    findings = sum(s.quotes[k] for k in QUOTE_KINDS if k != "unchanged")
    quotes = sum(s.quotes.values())
    return (f"<table cellspacing='0' cellpadding='2'>{''.join(cells)}</table>"
            f"<p style='margin-top:4px'>{s.links['identical']} identical, {s.links['reworded']} reworded, "
            f"{s.links['moved']} moved pairs · {findings} of {quotes} quotations with a finding · "
            f"<a href='legend:'>Legend</a></p>")


class SummaryPanel(QWidget):
    """Summary and legend, as one wrapped rich-text label.

    The figures of a large comparison take a while to count, so they are worked out on a
    Python thread and handed back through a queued signal; a newer comparison wins.
    """

    _computed = Signal(int, str)
    legendRequested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.label = QLabel()
        self.label.setObjectName("summaryText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
        self.label.linkActivated.connect(lambda _: self.legendRequested.emit())
        layout.addWidget(self.label)
        layout.addStretch(1)
        self._generation = 0
        self._computed.connect(self._show, Qt.ConnectionType.QueuedConnection)
        self.set_comparison(None)

    def set_comparison(self, c: Comparison | None) -> None:
        self._generation += 1
        if c is None:
            self._show(self._generation, "<p>No comparison yet.</p>")
            return
        self.label.setText("<p>Counting words…</p>")
        threading.Thread(target=self._count, args=(self._generation, c), daemon=True).start()

    def _count(self, generation: int, c: Comparison) -> None:
        """On the counting thread: work out the figures and hand them to the GUI thread."""
        body = summary_html(c)
        try:
            self._computed.emit(generation, body)
        except RuntimeError:  # the panel was closed meanwhile
            pass

    def _show(self, generation: int, body: str) -> None:
        if generation == self._generation:
            self.label.setText(body)

    def is_current(self) -> bool:
        """Whether the shown figures belong to the latest comparison."""
        return "Counting words" not in self.label.text()
