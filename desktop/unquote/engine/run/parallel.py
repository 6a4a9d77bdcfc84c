"""Quotations found, then matched, in a child process while the main process aligns.

Finding quotes needs only each document and its sentences, not the alignment, so on long
documents it runs on the second core at the same time as alignment. Matching them needs
only which sentences the alignment joined, not the link kinds or word diffs: once the
main process has aligned it hands the groups over (``match``) and computes the word
diffs, then what its caller asks for ahead (engine/run/compare.py), while the child
matches; when the main process is done with all that first and waits, the child leaves
the matching to it instead (it has each sentence's words, which the child would work out
again). Threads would not help (the work is pure Python). Small documents stay
in-process: starting a child costs more than it saves.

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
import queue
import sys
import threading
from collections.abc import Callable, Sequence
from typing import TYPE_CHECKING, Any, Literal, NamedTuple

from .cancel import Cancelled
from ..model import Document, Quote, QuoteMatch, Sentence
from .paused_gc import paused_gc

if TYPE_CHECKING:
    from ..quotes.fates.matching import Linked
    from ..quotes.fates.unquoted import SentenceStems
    from ..settings import Settings

#: Below this many sentences (both sides together) quotes are found in-process.
PARALLEL_FROM_SENTENCES = 4000
POLL_SECONDS = 0.05
#: The parent's word that it waits for the quotes (and matches them itself if they are not yet).
FREE = "free"

Stems = tuple["SentenceStems", "SentenceStems"]


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
    sent, unless the parent waits already (it said ``FREE``): then the parent matches them,
    with what it knows (each sentence's words and stems). The parent's messages are read as
    they come, by a thread, so that its sends never wait for the finding to end."""
    end_with_parent()
    from ..quotes import find_quotes, match_quotes

    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read, args=(conn, inbox), name="parent-reader", daemon=True).start()
    try:
        with paused_gc():  # what it builds lives until it answers (a spawned child starts with it on)
            found = find_quotes(left, ls), find_quotes(right, rs)
            first = inbox.get()
            if isinstance(first, BaseException):
                raise first
            if first == FREE or not inbox.empty():
                conn.send(("found", *found))
            else:
                pairs, settings = first
                links = [Group(lft, rgt) for lft, rgt in pairs]
                conn.send(("matched", *found, match_quotes(left, right, ls, rs, links, *found, settings)))
    except BaseException as exc:  # the parent re-raises it
        conn.send(exc)
    finally:
        conn.close()


def _read(conn, inbox: queue.SimpleQueue[Any]) -> None:
    """In the child: the parent's messages into ``inbox``, up to ``FREE`` (or a failure)."""
    while True:
        try:
            message = conn.recv()
        except BaseException as exc:
            inbox.put(exc)
            return
        inbox.put(message)
        if message == FREE:
            return


class QuoteFinder:
    """Finds both sides' quotes, and matches them once ``match`` hands the alignment over:
    in a child process when the documents are long."""

    def __init__(self, left: Document, ls: tuple[Sentence, ...], right: Document, rs: tuple[Sentence, ...],
                 parallel_from: int = PARALLEL_FROM_SENTENCES):
        self.args = (left, ls, right, rs)
        self.process = None
        self.matching: tuple[Sequence[Linked], Settings, Stems | None] | None = None
        if len(ls) + len(rs) >= parallel_from:
            ctx = multiprocessing.get_context(start_method())
            self.conn, child = ctx.Pipe()
            self.process = ctx.Process(target=_work, args=(*self.args, child), daemon=True)  # type: ignore[attr-defined]
            self.process.start()
            child.close()

    def match(self, links: Sequence[Linked], settings: Settings, sentence_stems: Stems | None = None) -> None:
        """Hand the alignment over: ``result`` matches the quotes along ``links`` too.

        ``sentence_stems`` (of each whole sentence) spare a match here some work; while this
        process waits for the child they are worked out ahead.
        """
        self.matching = (links, settings, sentence_stems)
        if self.process is not None:
            try:
                self.conn.send(([(link.left, link.right) for link in links], settings))
            except (BrokenPipeError, ConnectionResetError):
                pass  # the child failed and has gone: ``result`` reads why

    def result(self, cancelled: Callable[[], bool],
               ahead: Callable[[Callable[[], bool]], None] | None = None) -> Quotations:
        """Both sides' quotes (and matches, see ``match``); a cancel ends the child and raises Cancelled.

        While the child works, ``ahead`` is run, told to stop once the child has answered:
        after an alignment was handed over, before this process says that it waits (and
        matches the quotes itself if the child has not begun to).
        """
        if self.process is None:
            from ..quotes import find_quotes

            left, ls, right, rs = self.args
            return self._matched(find_quotes(left, ls, cancelled=cancelled),
                                 find_quotes(right, rs, cancelled=cancelled), cancelled)
        try:
            def answered() -> bool:
                return self.conn.poll(0) or cancelled()

            if self.matching is None:
                self._free()  # nothing to match: the child answers as soon as it has found them
            if ahead is not None and not answered():
                ahead(answered)  # meanwhile a child done finding matches the quotes itself
            if self.matching is not None and not answered():
                self._free()
                for stems in self.matching[2] or ():  # the child may leave the matching to us
                    stems.prepare(answered)
            while True:
                if cancelled():
                    raise Cancelled("quotations")
                if self.conn.poll(POLL_SECONDS):
                    break
                if not self.process.is_alive() and not self.conn.poll(0):
                    raise RuntimeError("the quotation finder stopped without an answer")
            answer = self.conn.recv()
        finally:
            self.close()
        if isinstance(answer, BaseException):
            raise answer
        if answer[0] == "matched":
            return Quotations(*answer[1:])
        return self._matched(answer[1], answer[2], cancelled)

    def _free(self) -> None:
        """Tell the child that this process waits (and matches the quotes if it has not begun to)."""
        try:
            self.conn.send(FREE)
        except (BrokenPipeError, ConnectionResetError):
            pass  # the child has answered and gone meanwhile

    def _matched(self, left_quotes: tuple[Quote, ...], right_quotes: tuple[Quote, ...],
                 cancelled: Callable[[], bool]) -> Quotations:
        """The quotes, matched here when an alignment was handed over."""
        if self.matching is None:
            return Quotations(left_quotes, right_quotes, ())
        from ..quotes import match_quotes

        left, ls, right, rs = self.args
        links, settings, stems = self.matching
        return Quotations(left_quotes, right_quotes,
                          match_quotes(left, right, ls, rs, links, left_quotes, right_quotes, settings,
                                       cancelled=cancelled, sentence_stems=stems))

    def close(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.terminate()
            self.process.join()
            self.conn.close()
            self.process = None
