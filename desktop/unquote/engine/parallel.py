"""Quotations found, then matched, in a child process while the main process aligns.

Finding quotes needs only each document and its sentences, not the alignment, so on long
documents it runs on the second core at the same time as alignment. Matching them needs
only which sentences the alignment joined, not the link kinds or word diffs: once the
main process has aligned it hands the groups over (``match``) and computes the word
diffs while the child matches. Threads would not help (the work is pure Python). Small
documents stay in-process: starting a child costs more than it saves.

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
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .cancel import Cancelled
from .model import Document, Quote, QuoteMatch, Sentence

if TYPE_CHECKING:
    from .quotes.fates.matching import Linked
    from .settings import Settings

#: Below this many sentences (both sides together) quotes are found in-process.
PARALLEL_FROM_SENTENCES = 4000
POLL_SECONDS = 0.05

Words = tuple[Sequence[list[str]], Sequence[list[str]]]


class Quotations(NamedTuple):
    """Both sides' quotes, and their matches (none unless an alignment was handed over)."""

    left: tuple[Quote, ...]
    right: tuple[Quote, ...]
    matches: tuple[QuoteMatch, ...]


class Group(NamedTuple):
    """The sentences one link joins, as the child receives them."""

    left: tuple[int, ...]
    right: tuple[int, ...]


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


def _work(left: Document, ls: tuple[Sentence, ...], right: Document, rs: tuple[Sentence, ...], conn) -> None:
    """In the child: find both sides' quotes, then match them along the alignment the parent
    sends (None: no matching). The alignment is read as it comes, by a thread, so that the
    parent's send never waits for the finding to end."""
    end_with_parent()
    from .quotes import find_quotes, match_quotes

    wanted: list[Any] = []
    reader = threading.Thread(target=lambda: wanted.append(_received(conn)), name="alignment-reader", daemon=True)
    reader.start()
    try:
        found = find_quotes(left, ls), find_quotes(right, rs)
        reader.join()
        if isinstance(wanted[0], BaseException):
            raise wanted[0]
        matches: tuple[QuoteMatch, ...] = ()
        if wanted[0] is not None:
            pairs, settings = wanted[0]
            links = [Group(lft, rgt) for lft, rgt in pairs]
            matches = match_quotes(left, right, ls, rs, links, *found, settings)
        conn.send((*found, matches))
    except BaseException as exc:  # the parent re-raises it
        conn.send(exc)
    finally:
        conn.close()


def _received(conn) -> Any:
    try:
        return conn.recv()
    except BaseException as exc:
        return exc


class QuoteFinder:
    """Finds both sides' quotes, and matches them once ``match`` hands the alignment over:
    in a child process when the documents are long."""

    def __init__(self, left: Document, ls: tuple[Sentence, ...], right: Document, rs: tuple[Sentence, ...],
                 parallel_from: int = PARALLEL_FROM_SENTENCES):
        self.args = (left, ls, right, rs)
        self.process = None
        self.matching: tuple[Sequence[Linked], Settings, Words | None] | None = None
        if len(ls) + len(rs) >= parallel_from:
            ctx = multiprocessing.get_context(start_method())
            self.conn, child = ctx.Pipe()
            self.process = ctx.Process(target=_work, args=(*self.args, child), daemon=True)  # type: ignore[attr-defined]
            self.process.start()
            child.close()

    def match(self, links: Sequence[Linked], settings: Settings, sentence_words: Words | None = None) -> None:
        """Hand the alignment over: ``result`` matches the quotes along ``links`` too.

        ``sentence_words`` (each sentence's ``textnorm.words()``) helps an in-process match.
        """
        self.matching = (links, settings, sentence_words)
        if self.process is not None:
            self.conn.send(([(link.left, link.right) for link in links], settings))

    def result(self, cancelled: Callable[[], bool]) -> Quotations:
        """Both sides' quotes (and matches, see ``match``); a cancel ends the child and raises Cancelled."""
        if self.process is None:
            from .quotes import find_quotes, match_quotes

            left, ls, right, rs = self.args
            found = find_quotes(left, ls, cancelled=cancelled), find_quotes(right, rs, cancelled=cancelled)
            if self.matching is None:
                return Quotations(*found, ())
            links, settings, words = self.matching
            return Quotations(*found, match_quotes(left, right, ls, rs, links, *found, settings,
                                                   cancelled=cancelled, sentence_words=words))
        try:
            if self.matching is None:
                self.conn.send(None)
            while True:
                if cancelled():
                    raise Cancelled("quotations")
                if self.conn.poll(POLL_SECONDS):
                    break
                if not self.process.is_alive() and not self.conn.poll(0):
                    raise RuntimeError("the quotation finder stopped without an answer")
            found = self.conn.recv()
        finally:
            self.close()
        if isinstance(found, BaseException):
            raise found
        return Quotations(*found)

    def close(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()
            self.conn.close()
            self.process = None
