"""The cyclic garbage collector held off while the quotation phase builds its objects.

Finding the quotations of a long document creates a hundred thousand small objects (name
mentions and their role sets, per-sentence antecedent lists, quotes and their parts) that
live until the phase ends; meanwhile every few thousand allocations start a collection, and
every few of those walk all the objects of the process (the whole comparison), which costs
a tenth of the phase. Held off, the collector catches up once afterwards; reference
counting frees everything that forms no cycle as usual. Pauses nest and may overlap across
threads (the window starts a comparison while an older one is still finishing): collection
resumes when the last one ends, and only if it was on before the first began.
"""
from __future__ import annotations

import gc
import threading
from collections.abc import Iterator
from contextlib import contextmanager

_lock = threading.Lock()
_holders = 0
_resume = False


@contextmanager
def paused_gc() -> Iterator[None]:
    """Hold off automatic collection for the duration; usable as a decorator."""
    global _holders, _resume
    with _lock:
        if _holders == 0:
            _resume = gc.isenabled()
            gc.disable()
        _holders += 1
    try:
        yield
    finally:
        with _lock:
            _holders -= 1
            if _holders == 0 and _resume:
                gc.enable()
