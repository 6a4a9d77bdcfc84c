"""Stopping a long run from outside: the ``Cancelled`` exception and a cheap poller.

The window runs a comparison in a worker thread and supersedes it when the inputs change;
the pipeline polls a ``cancelled`` callable between phases and, through ``Checkpoint``,
inside the long loops of a phase.
"""
from __future__ import annotations

from typing import Callable


class Cancelled(Exception):
    """The comparison was cancelled before it finished."""


class Checkpoint:
    """Calls ``cancelled`` once every ``every`` ticks and raises ``Cancelled(phase)`` when it says so.

    Polling every tick would cost more than the work in a tight loop; every ~200 items
    keeps a cancel well under a tenth of a second away.
    """

    def __init__(self, cancelled: Callable[[], bool] | None, phase: str, every: int = 200) -> None:
        self._cancelled = cancelled
        self._phase = phase
        self._every = every
        self._count = 0

    def __call__(self) -> None:
        if self._cancelled is None:
            return
        self._count += 1
        if self._count >= self._every:
            self._count = 0
            self.now()

    def now(self) -> None:
        """Poll at once (before a step that cannot be interrupted)."""
        if self._cancelled is not None and self._cancelled():
            raise Cancelled(self._phase)
