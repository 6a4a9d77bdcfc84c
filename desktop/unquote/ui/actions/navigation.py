"""Previous/next change and quote change, as positions along the left document.

A change is a link that is not plainly identical (reworded, identical except filtered
differences, or moved) or a one-side sentence. Right-only sentences are placed just after
the left partner of the nearest linked sentence before them, so one ordering serves both
sides. No Qt here.
"""
from __future__ import annotations

from dataclasses import dataclass

from ...engine.model import Comparison
from ..panes.highlights import link_role, quote_is_changed
from ..panes.link_index import link_index, unmatched


@dataclass(frozen=True)
class Stop:
    """One place to visit: sentences to select on each side, and a sort key."""

    key: float
    left: tuple[int, ...]
    right: tuple[int, ...]
    quote: int | None = None


def right_anchor(c: Comparison, link_of_right: dict[int, int], index: int) -> float:
    """Where a right sentence sits along the left document."""
    for r in range(index, -1, -1):
        n = link_of_right.get(r)
        if n is not None:
            return max(c.links[n].left) + (0.5 if r < index else 0.0)
    return -0.5


def change_stops(c: Comparison) -> list[Stop]:
    """Every change, in reading order."""
    stops = [Stop(float(min(link.left)), link.left, link.right) for link in c.links
             if link_role(link) != "identical" or link.moved]
    stops += [Stop(float(i), (i,), ()) for i in unmatched(c, "left")]
    link_of_right = link_index(c, "right")
    stops += [Stop(right_anchor(c, link_of_right, i) + 0.25, (), (i,)) for i in unmatched(c, "right")]
    return sorted(stops, key=lambda s: (s.key, s.right))


def quote_stops(c: Comparison) -> list[Stop]:
    """Every changed quote comparison, in reading order."""
    link_of_right = link_index(c, "right")
    stops = []
    for n, m in enumerate(c.quote_matches):
        if not quote_is_changed(m):
            continue
        ls = c.left_quotes[m.left].sentence if m.left is not None else None
        rs = c.right_quotes[m.right].sentence if m.right is not None else None
        key = float(ls) if ls is not None else right_anchor(c, link_of_right, rs or 0) + 0.25
        stops.append(Stop(key, (ls,) if ls is not None else (), (rs,) if rs is not None else (), n))
    return sorted(stops, key=lambda s: (s.key, s.quote))


def step(stops: list[Stop], current: float, forward: bool) -> Stop | None:
    """The first stop after (or before) position ``current``; None at the end."""
    if forward:
        return next((s for s in stops if s.key > current), None)
    return next((s for s in reversed(stops) if s.key < current), None)
