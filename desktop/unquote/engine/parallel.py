"""Quotations found in a child process while the main process aligns.

Finding quotes needs only each document and its sentences, not the alignment, so on long
documents it runs on the second core at the same time as alignment and word diffs; the
matching that needs both comes after. Threads would not help (the work is pure Python).
Small documents stay in-process: starting a child costs more than it saves.

The child is forked (cheap, nothing to import) only from a single-threaded process that has
not loaded Qt: Qt's own threads (QThread, the window's comparison worker) do not show in
``threading.active_count()``, and forking a process with running threads can deadlock the
child. Everywhere else (the window, Windows, macOS, the PyInstaller bundle, whose entry
calls ``multiprocessing.freeze_support()``) it is spawned. The child watches its parent and
ends when the parent does, even when the parent is killed.
"""
from __future__ import annotations

import multiprocessing
import os
import sys
import threading
from collections.abc import Callable
from typing import Literal

from .cancel import Cancelled
from .model import Document, Quote, Sentence

#: Below this many sentences (both sides together) quotes are found in-process.
PARALLEL_FROM_SENTENCES = 4000
POLL_SECONDS = 0.05

Found = tuple[tuple[Quote, ...], tuple[Quote, ...]]


def start_method() -> Literal["fork", "spawn"]:
    """``fork`` where it is available and safe (see the module's docstring), else ``spawn``."""
    if ("fork" in multiprocessing.get_all_start_methods() and threading.active_count() == 1
            and "PySide6.QtCore" not in sys.modules):
        return "fork"
    return "spawn"


def end_with_parent() -> None:
    """In the child: end this process as soon as the parent has gone (it cannot ask any more)."""
    parent = multiprocessing.parent_process()
    if parent is None:
        return

    def watch() -> None:
        parent.join()
        os._exit(1)

    threading.Thread(target=watch, name="parent-watch", daemon=True).start()


def _find_both(left: Document, ls: tuple[Sentence, ...], right: Document, rs: tuple[Sentence, ...],
               conn) -> None:
    end_with_parent()
    from .quotes import find_quotes

    try:
        conn.send((find_quotes(left, ls), find_quotes(right, rs)))
    except BaseException as exc:  # the parent re-raises it
        conn.send(exc)
    finally:
        conn.close()


class QuoteFinder:
    """Finds both sides' quotes, in a child process when the documents are long."""

    def __init__(self, left: Document, ls: tuple[Sentence, ...], right: Document, rs: tuple[Sentence, ...],
                 parallel_from: int = PARALLEL_FROM_SENTENCES):
        self.args = (left, ls, right, rs)
        self.process = None
        if len(ls) + len(rs) >= parallel_from:
            ctx = multiprocessing.get_context(start_method())
            self.conn, child = ctx.Pipe(duplex=False)
            self.process = ctx.Process(target=_find_both, args=(*self.args, child), daemon=True)  # type: ignore[attr-defined]
            self.process.start()
            child.close()

    def result(self, cancelled: Callable[[], bool], idle: Callable[[], None] | None = None) -> Found:
        """Both sides' quotes; a cancel ends the child and raises Cancelled.

        ``idle`` is run once, here, when the child is still at work at the time of asking:
        work the caller needs next (an import) that would otherwise wait for its answer.
        """
        if self.process is None:
            from .quotes import find_quotes

            left, ls, right, rs = self.args
            return find_quotes(left, ls, cancelled=cancelled), find_quotes(right, rs, cancelled=cancelled)
        try:
            while True:
                if cancelled():
                    raise Cancelled("quotations")
                if self.conn.poll(POLL_SECONDS if idle is None else 0):
                    break
                if idle is not None:
                    idle()
                    idle = None
                    continue
                if not self.process.is_alive() and not self.conn.poll(0):
                    raise RuntimeError("the quotation finder stopped without an answer")
            found = self.conn.recv()
        finally:
            self.close()
        if isinstance(found, BaseException):
            raise found
        return found

    def close(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()
            self.conn.close()
            self.process = None
