"""Putting a comparison on the window in stages: the panes at once; the overview strip, the
findings panel (with each changed quotation's number in the margin), the summary and the
navigator each in a later turn of the event loop.

Each stage stays well under 100 ms on a 10k-sentence pair, so the event loop keeps
running; a newer comparison abandons the stages of an older one.
"""
from __future__ import annotations

from collections.abc import Callable
from typing import TYPE_CHECKING

from PySide6.QtCore import QTimer

from ..engine.model import SIDES, Comparison
from .panes.finding_badges import badges_of

if TYPE_CHECKING:
    from .main_window import MainWindow

#: Pause between the stages of showing a large comparison (more sentences than
#: LARGE_PAIR), so other events get their turn; small ones are shown without pauses.
STAGE_GAP_MS = 25
LARGE_PAIR = 2000


class Presentation:
    """Shows the window's comparison (or none) on its panes, band, strip and docks."""

    def __init__(self, window: MainWindow) -> None:
        self.window = window
        self._generation = 0
        self._stages: list[Callable[[], None]] = []

    def show(self, c: Comparison | None) -> None:
        """Show a comparison (or none): panes at once, maps and sidebars in later turns."""
        w = self.window
        self._generation += 1
        w.welcome.setVisible(c is None and not any(w.session.documents.values()))
        if c is not None:
            zoom = w.session.view.get("zoom", w.zoom)
            w.zoom = float(zoom) if isinstance(zoom, (int, float)) else w.zoom
            w.sync.enabled = bool(w.session.view.get("sync", w.sync.enabled))
            for side in SIDES:
                w.panes[side].set_header(c.document(side))
                w.views[side].show_comparison(c, w.palette_)
        for pane in w.panes.values():
            pane.set_zoom(w.zoom)
        w.band.set_comparison(c, w.palette_)
        w.sync.set_comparison(c)
        w.nav.set_comparison(None)
        w.notes.selection, w.notes.focus_quote = ((), ()), None
        w.show_notes()
        w.actions_["sync_scroll"].setChecked(w.sync.enabled)
        self._stages = [lambda: w.strip.set_comparison(c, w.palette_),
                        lambda: self._show_findings(c),
                        lambda: w.summary_panel.set_comparison(c),
                        lambda: w.nav.set_comparison(c)]
        self._stage_later(self._generation)

    def _stage_later(self, generation: int) -> None:
        c = self.window.session.comparison
        large = c is not None and len(c.left_sentences) + len(c.right_sentences) > LARGE_PAIR
        QTimer.singleShot(STAGE_GAP_MS if large else 0, self.window, lambda: self._next_stage(generation))

    def _next_stage(self, generation: int) -> None:
        if generation != self._generation or not self._stages:
            return
        self._stages.pop(0)()
        self._stage_later(generation)

    def complete(self) -> bool:
        """Whether the current comparison is completely on screen (highlights, sidebars, figures)."""
        w = self.window
        return (not self._stages and all(v.highlighting_done() for v in w.views.values())
                and w.summary_panel.is_current())

    def _show_findings(self, c: Comparison | None) -> None:
        """The findings panel, and each changed quotation's finding number in the margin."""
        w = self.window
        w.quote_panel.set_comparison(c)
        if c is None:
            for view in w.views.values():
                view.set_badges({})
            return
        for side in SIDES:
            w.views[side].set_badges(badges_of(c, w.quote_panel.findings, side))
