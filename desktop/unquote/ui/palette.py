"""Colour-blind-safe colours for every highlight role, in a light and a dark variant.

The hues come from the Okabe-Ito palette (distinguishable with the common colour-vision
deficiencies); tints are blended into the theme's base colour so text stays legible on
light and dark backgrounds. Roles never rely on colour alone: deleted words can only be on
the left and inserted words only on the right, one-side sentences are yellow (not a red or
green hue), changed quotes are bold and moved pairs carry a wavy line.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

#: Okabe-Ito hues.
SKY_BLUE = QColor("#56B4E9")
BLUISH_GREEN = QColor("#009E73")
YELLOW = QColor("#F0E442")
BLUE = QColor("#0072B2")
VERMILLION = QColor("#D55E00")
REDDISH_PURPLE = QColor("#CC79A7")
GREY = QColor("#999999")


def blend(base: QColor, tint: QColor, amount: float) -> QColor:
    """``tint`` laid over ``base`` with opacity ``amount`` (an opaque result)."""
    return QColor(
        round(base.red() + (tint.red() - base.red()) * amount),
        round(base.green() + (tint.green() - base.green()) * amount),
        round(base.blue() + (tint.blue() - base.blue()) * amount),
    )


@dataclass(frozen=True)
class Palette:
    """The colours of one theme, by role."""

    dark: bool
    base: QColor
    text: QColor
    identical_except: QColor
    reworded: QColor
    deleted: QColor
    inserted: QColor
    one_side: QColor
    moved: QColor
    quote: QColor
    quote_changed: QColor
    selection: QColor
    note: QColor

    def role(self, name: str) -> QColor:
        """The colour of a role named as in :mod:`unquote.ui.highlights` (dashes allowed)."""
        return getattr(self, name.replace("-", "_"))

    def legend(self) -> list[tuple[str, QColor, str]]:
        """(role, colour, explanation) rows for the legend, in reading order."""
        return [
            ("reworded", self.reworded, "Reworded sentence"),
            ("deleted", self.deleted, "Words only in the left text"),
            ("inserted", self.inserted, "Words only in the right text"),
            ("one-side", self.one_side, "Sentence on one side only"),
            ("identical-except", self.identical_except,
             "Identical except case, punctuation or typography"),
            ("moved", self.moved, "Pair moved out of order (wavy line)"),
            ("quote", self.quote, "Quotation, unchanged"),
            ("quote-changed", self.quote_changed, "Quotation changed (bold)"),
        ]


def make_palette(dark: bool) -> Palette:
    """The palette for a light or a dark base colour."""
    base = QColor("#1e1e1e") if dark else QColor("#ffffff")
    text = QColor("#e8e8e8") if dark else QColor("#1a1a1a")
    strong = 0.40 if dark else 0.38
    soft = 0.30 if dark else 0.18
    return Palette(
        dark=dark,
        base=base,
        text=text,
        identical_except=blend(base, GREY, 0.35 if dark else 0.28),
        reworded=blend(base, SKY_BLUE, soft),
        deleted=blend(base, VERMILLION, strong),
        inserted=blend(base, BLUISH_GREEN, strong),
        one_side=blend(base, YELLOW, 0.28 if dark else 0.55),
        moved=REDDISH_PURPLE,
        quote=BLUE if not dark else SKY_BLUE,
        quote_changed=QColor("#FFC9A3") if dark else VERMILLION.darker(150),
        selection=blend(base, REDDISH_PURPLE, 0.35),
        note=REDDISH_PURPLE,
    )


def system_is_dark() -> bool:
    """Whether the application's window background is dark (the system theme)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


def current_palette() -> Palette:
    """The palette matching the running application's theme."""
    return make_palette(system_is_dark())
