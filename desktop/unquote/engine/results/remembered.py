"""What is worked out from a comparison once and handed out again: its quotation findings,
its summary figures and word counts, and the text of its file (engine/files/writing.py).

The window asks for both from several places (the findings panel, the margins, the
summary dock, the notes), also of the same comparison with other notes or view options
(the session keeps a copy of each run with those), and its worker thread works them out
before handing a comparison over: on a 10,000-sentence pair each takes a tenth of a
second, too long for the GUI thread. So a result is remembered by the identity of the
parts of the comparison it is worked out from; those parts are kept alive with it, so
their identities stay theirs, for the latest comparison only.
"""
from __future__ import annotations

import threading
from collections import OrderedDict
from collections.abc import Callable
from typing import Generic, TypeVar

from ..model import Comparison

T = TypeVar("T")

#: How many comparisons' results are remembered: the latest (the window's copy of it with
#: notes and view options shares its parts); an older one would only hold memory.
REMEMBERED = 1


class Remembered(Generic[T]):
    """``work(c)``, worked out once per combination of the parts ``sources(c)`` names."""

    def __init__(self, work: Callable[[Comparison], T], sources: Callable[[Comparison], tuple[object, ...]]) -> None:
        self.work = work
        self.sources = sources
        #: identities of the parts -> (the parts, the result), most recent last
        self._recent: OrderedDict[tuple[int, ...], tuple[tuple[object, ...], T]] = OrderedDict()
        self._lock = threading.Lock()

    def __call__(self, c: Comparison) -> T:
        parts = self.sources(c)
        key = tuple(map(id, parts))
        with self._lock:
            known = self._recent.get(key)
            if known is not None:
                self._recent.move_to_end(key)
                return known[1]
        result = self.work(c)
        with self._lock:
            self._recent[key] = (parts, result)
            while len(self._recent) > REMEMBERED:
                self._recent.popitem(last=False)
        return result
