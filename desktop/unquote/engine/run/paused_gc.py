"""The cyclic garbage collector held off while a comparison builds its objects.

A comparison, and within it the quotation phase (also run on its own), builds hundreds of
thousands of small objects and no cycles: name mentions and their role sets, per-sentence
antecedent lists, quotes and their parts, links and their diffs. Meanwhile every few
thousand allocations start a collection, and every few of those walk all the objects of
the process, which cost a tenth of the quotation phase. Held off, the collector catches up
once afterwards; reference counting frees everything that forms no cycle as usual. Pauses
nest and may overlap across threads (the window starts a comparison while an older one is
still finishing; the window holds it while a run or a saved comparison is in progress):
collection resumes when the last one ends, and only if it was on before the first began.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False


def hold() -> None:
    """Hold off automatic collection until the matching ``release``."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1


def release(freeze: bool = False) -> None:
    """End one ``hold``. When it was the last and collection resumes, ``freeze`` first moves
    every surviving object out of later collections (the window keeps its comparison)."""
    global _holders
    with _lock:
        _holders -= 1
        if _holders == 0 and _resume:
            if freeze:
                gc.freeze()
            gc.enable()


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off automatic collection for the duration; usable as a decorator."""
    hold()
    try:
        yield
    finally:
        release()
