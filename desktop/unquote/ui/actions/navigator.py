"""Selection and movement through a comparison: clicks, previous/next change, quote and
note jumps. Works on the window's views, band and scroll synchroniser; changes no data.
"""
from __future__ import annotations

from typing import Callable

from ...engine.model import SIDES, Comparison, Side, other
from ..panes.connector_band import ConnectorBand
from ..panes.highlights import describe_sentence
from ..panes.link_index import link_index
from .navigation import Stop, change_stops, quote_stops, right_anchor, step
from .note_actions import NoteActions
from ..panes.scroll_sync import ScrollSync
from ..panes.sentence_view import SentenceView
from ..comparison.session import Session


class Navigator:
    """What is selected and how to get to the next thing worth reading."""

    def __init__(self, session: Session, views: dict[Side, SentenceView], band: ConnectorBand,
                 sync: ScrollSync, notes: NoteActions, say: Callable[[str], None]) -> None:
        self.session, self.views, self.band, self.sync, self.notes = session, views, band, sync, notes
        self.say = say
        self._stops: tuple[list[Stop], list[Stop]] = ([], [])

    def set_comparison(self, c: Comparison | None) -> None:
        """Work out the change and quote stops of a new comparison (and clear the selection)."""
        self._stops = (change_stops(c), quote_stops(c)) if c else ([], [])

    def select(self, left: tuple[int, ...], right: tuple[int, ...]) -> None:
        self.notes.selection = (left, right)
        self.views["left"].select_sentences(left)
        self.views["right"].select_sentences(right)
        c = self.session.comparison
        link = next((n for n, k in enumerate(c.links) if set(k.left) == set(left) and set(k.right) == set(right)),
                    None) if c and left and right else None
        self.band.set_selected_link(link)
        if c is not None and (left or right):
            side: Side = "left" if left else "right"
            self.say(describe_sentence(c, side, (left or right)[0]))

    def click_sentence(self, side: Side, index: int, pick: bool = False) -> None:
        """Select a sentence with its partners and bring them level in the other pane.

        With ``pick`` (Ctrl held), only this side's selection changes, to choose the two
        sentences of a manual link.
        """
        c = self.session.comparison
        if c is None:
            return
        self.notes.focus_quote = None
        left, right = self.notes.selection
        if pick:
            self.select((index,) if side == "left" else left, (index,) if side == "right" else right)
            return
        n = link_index(c, side).get(index)
        if n is None:
            self.select((index,) if side == "left" else (), (index,) if side == "right" else ())
            return
        link = c.links[n]
        self.select(link.left, link.right)
        y, _ = self.views[side].sentence_rect(index)
        with self.sync.paused():
            self.views[other(side)].scroll_sentence_to_y(min(getattr(link, other(side))), y)

    def _on_screen(self, side: Side, indices: tuple[int, ...]) -> bool:
        view = self.views[side]
        return bool(indices) and view.first_visible_sentence() <= min(indices) <= view.last_visible_sentence()

    def _current_key(self) -> float:
        """Where stepping starts: the selection while it is on screen, else the top of the
        left view (the user scrolled away: navigation follows the view)."""
        c, (left, right) = self.session.comparison, self.notes.selection
        assert c is not None  # stepping happens only in a comparison
        if left and self._on_screen("left", left):
            return float(min(left))
        if right and not left and self._on_screen("right", right):
            return right_anchor(c, link_index(c, "right"), min(right)) + 0.25
        return self.views["left"].first_visible_sentence() - 0.5

    def go_change(self, forward: bool, quotes: bool = False) -> Stop | None:
        c = self.session.comparison
        if c is None:
            return None
        stop = step(self._stops[1 if quotes else 0], self._current_key(), forward)
        if stop is None:
            self.say("No further " + ("quote changes" if quotes else "changes") + " that way.")
            return None
        self.select(stop.left, stop.right)
        self.notes.focus_quote = stop.quote
        shown: dict[Side, tuple[int, ...]] = {"left": stop.left, "right": stop.right}
        if stop.quote is not None:
            m = c.quote_matches[stop.quote]
            if m.paraphrase is not None:  # the sentence that now carries the words
                side: Side = "right" if m.left is not None else "left"
                shown[side] = shown[side] or (m.paraphrase,)
        with self.sync.paused():
            for side, indices in shown.items():
                if indices:
                    self.views[side].centre_sentence(min(indices))
        return stop

    def show_quote(self, n: int) -> None:
        """Bring both quotes of a quote comparison into view and highlight them."""
        c = self.session.comparison
        assert c is not None  # quotes are listed only in a comparison
        m = c.quote_matches[n]
        with self.sync.paused():
            for side, index in zip(SIDES, (m.left, m.right)):
                view = self.views[side]
                if index is None:
                    view.show_found(None)
                    continue
                spans = m.spans(side, c.quotes(side))  # the parts this match covers
                view.show_found((view.to_qt(spans[0][0]), view.to_qt(spans[-1][1])))
        self.notes.focus_quote = n
        self.notes.selection = ((), ())

    def strip_clicked(self, side: Side, fraction: float) -> None:
        view = self.views[side]
        index = view.sentence_at(round(fraction * view.document().characterCount()))
        if index is not None:
            view.centre_sentence(index)

    def note_activated(self, note_id: str) -> None:
        note = next((a for a in self.session.annotations if a.id == note_id), None)
        if note is None or self.session.comparison is None:
            return
        if note.target == "quote":
            m = next((n for n, q in enumerate(self.session.comparison.quote_matches)
                      if (q.left,) == note.left[:1] or (q.right,) == note.right[:1]), None)
            if m is not None:
                self.show_quote(m)
            return
        self.select(note.left, note.right)
        with self.sync.paused():
            for side, indices in zip(SIDES, (note.left, note.right)):
                if indices:
                    self.views[side].centre_sentence(min(indices))
