"""Sentence -> link lookups, worked out once per comparison and shared by every view.

``Comparison.link_of`` builds its dict on each call; on a 10k-sentence pair that is ~10 ms,
and the panes, band, strip, scroll sync and navigation all need it. Comparisons are frozen
(and unhashable), so the cache is keyed by identity and dropped when one is collected.
"""
from __future__ import annotations

import weakref

from ...engine.model import Comparison, Side

_cache: dict[int, dict[Side, dict[int, int]]] = {}


def link_index(c: Comparison, side: Side) -> dict[int, int]:
    """Sentence index -> link index for one side of ``c`` (do not modify the result)."""
    key = id(c)
    entry = _cache.get(key)
    if entry is None:
        entry = _cache[key] = {}
        weakref.finalize(c, _cache.pop, key, None)
    if side not in entry:
        entry[side] = c.link_of(side)
    return entry[side]


def unmatched(c: Comparison, side: Side) -> list[int]:
    """This side's sentences in no link."""
    linked = link_index(c, side)
    return [i for i in range(len(c.sentences(side))) if i not in linked]
