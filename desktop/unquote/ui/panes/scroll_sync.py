"""Keeps the two panes in step by alignment, not by pixel.

When one pane scrolls, the first linked sentence at its top (skipping pairs that moved,
which would yank the other pane away) is found, and the other pane is scrolled so the
partner sits at the same height. A guard stops the echo of the other pane's scroll.
"""
from __future__ import annotations

from collections.abc import Iterator
from contextlib import contextmanager

from PySide6.QtCore import QObject

from ...engine.model import Comparison, Side, other
from .link_index import link_index
from .sentence_view import SentenceView

#: How many sentences below the top to look for an anchor pair.
LOOKAHEAD = 40


class ScrollSync(QObject):
    """Connects two views' scroll bars; ``enabled`` toggles it."""

    def __init__(self, left: SentenceView, right: SentenceView, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.views: dict[Side, SentenceView] = {"left": left, "right": right}
        self.enabled = True
        self.comparison: Comparison | None = None
        self._link_of: dict[Side, dict[int, int]] = {"left": {}, "right": {}}
        self._busy = False
        left.verticalScrollBar().valueChanged.connect(lambda *_: self.follow("left"))
        right.verticalScrollBar().valueChanged.connect(lambda *_: self.follow("right"))

    def set_comparison(self, c: Comparison | None) -> None:
        self.comparison = c
        self._link_of = {"left": link_index(c, "left"), "right": link_index(c, "right")} if c else {"left": {}, "right": {}}

    @contextmanager
    def paused(self) -> Iterator[None]:
        """Scroll both panes by hand without either following the other."""
        busy, self._busy = self._busy, True
        try:
            yield
        finally:
            self._busy = busy

    def follow(self, side: Side) -> None:
        """Scroll the other pane to match ``side``."""
        if not self.enabled or self._busy or self.comparison is None:
            return
        view, target = self.views[side], self.views[other(side)]
        if view.sentence_count() == 0 or target.sentence_count() == 0:
            return
        first = view.first_visible_sentence()
        for index in range(first, min(view.sentence_count(), first + LOOKAHEAD)):
            n = self._link_of[side].get(index)
            if n is None or self.comparison.links[n].moved:
                continue
            partner = min(getattr(self.comparison.links[n], other(side)))
            y, _ = view.sentence_rect(index)
            with self.paused():
                target.scroll_sentence_to_y(partner, y)
            return
