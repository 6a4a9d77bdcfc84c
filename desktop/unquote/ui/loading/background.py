"""Run one blocking call (reading a document or a comparison file) off the GUI thread.

A daemon thread, not a QThread: a loader stuck in a long regular expression holds the
interpreter lock and cannot be interrupted, so the window abandons it (its result is
dropped) and it ends with the process at the latest, where a running QThread would abort
the application when destroyed.
"""
from __future__ import annotations

import threading
from typing import Any, Callable

from PySide6.QtCore import QObject, Signal


class BackgroundCall(QObject):
    """``start(work)`` runs ``work()`` on a thread; ``succeeded(result)`` or ``errored(message)``
    follows on the GUI thread. Errors of the ``expected`` types give their own one-line text;
    any other gives ``unexpected(error)``. Create it without a parent (the thread may outlive
    the window) and connect its signals before ``start``."""

    succeeded = Signal(object)
    errored = Signal(str)

    def __init__(self, expected: tuple[type[Exception], ...], unexpected: Callable[[Exception], str]) -> None:
        super().__init__()
        self.expected, self.unexpected = expected, unexpected

    def start(self, work: Callable[[], Any], name: str) -> None:
        threading.Thread(target=self._run, args=(work,), name=name, daemon=True).start()

    def _run(self, work: Callable[[], Any]) -> None:
        try:
            result = work()
        except self.expected as err:
            self.errored.emit(str(err))
        except Exception as err:  # an unforeseen fault is a message, never a dead window
            self.errored.emit(self.unexpected(err))
        else:
            self.succeeded.emit(result)


def one_line(err: Exception) -> str:
    """The error's type and the first line of its text, short enough for a status line."""
    detail = str(err).splitlines()[0][:200] if str(err) else ""
    return f"{type(err).__name__}{': ' + detail if detail else ''}"
