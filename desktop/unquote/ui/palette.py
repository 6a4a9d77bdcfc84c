"""The engine's one palette (:mod:`unquote.engine.appearance.palette`) as QColors, for the theme in use.

Every view draws with these: the panes, the connector band, the overview strip, the
legend and the note markers; the reports use the same hex values directly.
"""
from __future__ import annotations

from dataclasses import dataclass

from PySide6.QtGui import QColor, QPalette
from PySide6.QtWidgets import QApplication

from ..engine.appearance.palette import LEGEND, Colours, colours


@dataclass(frozen=True)
class Palette:
    """QColors by role; the names are those of :class:`unquote.engine.appearance.palette.Colours`."""

    hex: Colours

    @property
    def dark(self) -> bool:
        return self.hex.dark

    def role(self, name: str) -> QColor:
        """The colour of a role (dashes allowed: ``one-side``)."""
        return QColor(self.hex.role(name))

    def __getattr__(self, name: str) -> QColor:
        if name.startswith("_") or name == "hex":
            raise AttributeError(name)
        return QColor(self.hex.role(name))

    def legend(self) -> list[tuple[str, QColor, str, str]]:
        """(role, colour, sample word, explanation) rows for every mark, in reading order."""
        return [(role, self.role(role), sample, text) for role, sample, text in LEGEND]


def make_palette(dark: bool) -> Palette:
    """The palette for a light or a dark base colour."""
    return Palette(colours(dark))


def system_is_dark() -> bool:
    """Whether the application's window background is dark (the system theme)."""
    app = QApplication.instance()
    if not isinstance(app, QApplication):
        return False
    return app.palette().color(QPalette.ColorRole.Base).lightness() < 128


def current_palette() -> Palette:
    """The palette matching the running application's theme."""
    return make_palette(system_is_dark())
