"""The legend: every mark the window draws, each shown as drawn, with what it means.

Built from the one palette's LEGEND rows; shown by Help › Legend and linked from the
summary.
"""
from __future__ import annotations

from html import escape

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QDialog, QDialogButtonBox, QLabel, QVBoxLayout, QWidget

from ..palette import Palette

#: How each role is drawn, as inline CSS over the role's colour (background tints otherwise).
_LOOKS = {
    "moved": "text-decoration: underline; border-bottom: 2px dotted {c}; color: {c}",
    "quote": "color: {c}",
    "quote_changed": "color: {c}; font-weight: bold",
    "selection": "border: 2px solid {c}",
    "find": "background-color: {c}; color: {base}",
}


def legend_html(palette: Palette) -> str:
    """The legend as a rich-text table: sample, meaning."""
    rows = []
    for role, colour, sample, text in palette.legend():
        look = _LOOKS.get(role, "background-color: {c}").format(c=colour.name(), base=palette.base.name())
        if role == "note":
            cell = (f"<table cellspacing='0' cellpadding='1'><tr><td bgcolor='{colour.name()}' width='5'></td>"
                    f"<td>&nbsp;{escape(sample)}</td></tr></table>")
        elif role == "selection":
            cell = f"<table cellspacing='0' cellpadding='1' style='{look}'><tr><td>{escape(sample)}</td></tr></table>"
        else:
            cell = f"<span style='{look}'>&nbsp;{escape(sample)}&nbsp;</span>"
        rows.append(f"<tr><td>{cell}</td><td>{escape(text)}</td></tr>")
    band = ("<tr><td>band, map</td><td>Curves join each pair (blue reworded, grey identical except); "
            "the narrow map at the right shows both texts with the same colours and outlines what is in view"
            "</td></tr>")
    return f"<table cellspacing='2' cellpadding='3'>{''.join(rows)}{band}</table>"


class LegendDialog(QDialog):
    """A small window with the legend."""

    def __init__(self, palette: Palette, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Legend — Unquote")
        label = QLabel(legend_html(palette))
        label.setObjectName("legendText")
        label.setWordWrap(True)
        label.setAlignment(Qt.AlignmentFlag.AlignTop | Qt.AlignmentFlag.AlignLeft)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(label, 1)
        layout.addWidget(buttons)
        self.resize(600, 480)
