"""The summary dock: shares of words identical, reworded and one-side on each side, quote
changes by kind, and the colour legend.
"""
from __future__ import annotations

import threading
from html import escape

from PySide6.QtCore import Qt, Signal
from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from ..engine.model import Comparison
from ..engine.summary import QUOTE_KINDS, summarize
from .palette import Palette

ROWS = (("Identical", "identical"), ("Reworded", "reworded"), ("Only on this side", "one_side"))


def summary_html(c: Comparison) -> str:
    """The summary table as rich text."""
    s = summarize(c)
    cells = ["<tr><th align='left'>Words</th><th align='right'>Left</th><th align='right'>Right</th></tr>"]
    for label, attr in ROWS:
        row = [f"<td>{label}</td>"]
        for side in (s.left, s.right):
            count = getattr(side, attr)
            share = side.share(count)
            row.append(f"<td align='right'>{share:.0%} <small>({count})</small></td>")
        cells.append("<tr>" + "".join(row) + "</tr>")
    changes = "".join(f"<li>{escape(kind)}: {s.quotes[kind]}</li>" for kind in QUOTE_KINDS if s.quotes[kind])
    quotes = f"<ul style='margin:0'>{changes}</ul>" if changes else "<p>No quotations.</p>"
    return (f"<table cellspacing='0' cellpadding='3'>{''.join(cells)}</table>"
            f"<p><b>Quotations by finding</b></p>{quotes}")


def legend_html(palette: Palette) -> str:
    rows = "".join(
        f"<tr><td style='background:{colour.name()}'>&nbsp;&nbsp;&nbsp;&nbsp;</td><td>{escape(text)}</td></tr>"
        for _, colour, text in palette.legend())
    return f"<p><b>Legend</b></p><table cellspacing='2' cellpadding='2'>{rows}</table>"


class SummaryPanel(QWidget):
    """Summary and legend, as one wrapped rich-text label.

    The figures of a large comparison take a while to count, so they are worked out on a
    Python thread and handed back through a queued signal; a newer comparison wins.
    """

    _computed = Signal(int, str)

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.palette_ = palette
        self.label = QLabel()
        self.label.setObjectName("summaryText")
        self.label.setWordWrap(True)
        self.label.setTextFormat(Qt.TextFormat.RichText)
        self.label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        layout = QVBoxLayout(self)
        layout.setContentsMargins(6, 6, 6, 6)
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
        self.label.setText("<p>Counting words…</p>" + legend_html(self.palette_))
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
            self.label.setText(body + legend_html(self.palette_))

    def is_current(self) -> bool:
        """Whether the shown figures belong to the latest comparison."""
        return "Counting words" not in self.label.text()
