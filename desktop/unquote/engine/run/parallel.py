"""Quotations found, then matched, in a child process while the main process aligns.

Finding quotes needs only each document and its sentences, not the alignment, so on long
documents it runs on the second core at the same time as alignment. Matching them needs
only which sentences the alignment joined, not the link kinds or word diffs: once the
main process has aligned it hands the groups over (``match``) and computes the word
diffs, then what its caller asks for ahead (engine/run/compare.py). The child may start
before the right document is loaded (``give_right`` sends it; the child finds the left
quotes meanwhile). It sends each side's quotes as soon as it has them, the left first
(while the right ones are found, a waiting main process prepares the left side's part of
the matching), then matches them; a main process that is done first matches them too,
with what it knows (each sentence's words and stems, which the child works out again),
and the first answer is taken. Threads would not help (the work is pure Python). Small
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
    from ..quotes.match import Prepared
    from ..quotes.fates.unquoted import SentenceStems
    from ..settings import Settings

#: Below this many sentences (both sides together) quotes are found in-process.
PARALLEL_FROM_SENTENCES = 4000
POLL_SECONDS = 0.05

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


def _work(left: Document, ls: tuple[Sentence, ...], right: Document | None, rs: tuple[Sentence, ...], conn) -> None:
    """In the child: find both sides' quotes and send them, then match them along the
    alignment the parent sends (if it does). The parent's messages are read as they come, by
    a thread, so that its send never waits for the finding to end; sending is left to
    another, so that the matching goes on while the parent has not yet read the quotes."""
    end_with_parent()
    from ..quotes import find_quotes

    inbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    outbox: queue.SimpleQueue[Any] = queue.SimpleQueue()
    threading.Thread(target=_read, args=(conn, inbox), name="parent-reader", daemon=True).start()
    sender = threading.Thread(target=_send, args=(conn, outbox), name="parent-sender", daemon=True)
    sender.start()
    try:
        with paused_gc():  # what it builds lives until it answers (a spawned child starts with it on)
            left_quotes = find_quotes(left, ls)
            outbox.put(("left", left_quotes))  # the parent prepares their matching meanwhile
            if right is None:  # the parent was still loading it: it sends it first
                right, rs = _received(inbox.get())
            found = left_quotes, find_quotes(right, rs)
            outbox.put(("right", found[1]))
            pairs, settings = _received(inbox.get())
            links = [Group(lft, rgt) for lft, rgt in pairs]
            from ..quotes import match_quotes  # numpy: needed only now

            outbox.put(("matched", match_quotes(left, right, ls, rs, links, *found, settings)))
    except _ParentDone:
        pass
    except BaseException as exc:  # the parent re-raises it
        outbox.put(exc)
    finally:
        outbox.put(None)
        sender.join()
        conn.close()


class _ParentDone(Exception):
    """In the child: the parent has what it wanted and sends nothing more."""


def _received(message: Any) -> Any:
    """In the child: a message ``_read`` put in the inbox, or raise what stands in its stead."""
    if isinstance(message, EOFError):
        raise _ParentDone
    if isinstance(message, BaseException):
        raise message
    return message


def _read(conn, inbox: queue.SimpleQueue[Any]) -> None:
    """In the child: the parent's messages (the right document when it was still loading it,
    then the alignment), and then why no more came, into ``inbox``."""
    while True:
        try:
            inbox.put(conn.recv())
        except BaseException as exc:
            inbox.put(exc)
            return


def _send(conn, outbox: queue.SimpleQueue[Any]) -> None:
    """In the child: send what ``outbox`` holds to the parent, in order, up to None."""
    while (message := outbox.get()) is not None:
        try:
            conn.send(message)
        except (BrokenPipeError, ConnectionResetError):
            return  # the parent has gone or no longer listens


class QuoteFinder:
    """Finds both sides' quotes, and matches them once ``match`` hands the alignment over:
    in a child process when the documents are long."""

    def __init__(self, left: Document, ls: tuple[Sentence, ...], right: Document | None = None,
                 rs: tuple[Sentence, ...] = (), parallel_from: int = PARALLEL_FROM_SENTENCES):
        """Without ``right`` (still being loaded: ``give_right`` hands it over), the left side
        alone decides whether the documents are long, taken as the right one's size too."""
        self.args: tuple[Document, tuple[Sentence, ...], Document | None, tuple[Sentence, ...]] = \
            (left, ls, right, rs)
        self.process = None
        self.matching: tuple[Sequence[Linked], Settings, Stems | None] | None = None
        #: Whether this process matched the quotes (it was done before the child), once answered.
        self.matched_here = False
        self._left: tuple[Quote, ...] | None = None  # the left side's quotes, sent first
        #: The left side's part of the matching, worked out while the right side's quotes were found.
        self.left_prepared: Prepared | None = None
        self._found: tuple[tuple[Quote, ...], tuple[Quote, ...]] | None = None
        self._answer: Quotations | BaseException | None = None
        self._giving: threading.Thread | None = None  # sends the right document
        if len(ls) + (len(rs) if right is not None else len(ls)) >= parallel_from:
            ctx = multiprocessing.get_context(start_method())
            self.conn, child = ctx.Pipe()
            self.process = ctx.Process(target=_work, args=(*self.args, child), daemon=True)  # type: ignore[attr-defined]
            self.process.start()
            child.close()

    def quotes_in(self) -> bool:
        """Whether the child's quotes of both sides have come in (what it sent so far is read)."""
        if self.process is not None:
            self._take_in()
        return self._found is not None

    def _documents(self) -> tuple[Document, tuple[Sentence, ...], Document, tuple[Sentence, ...]]:
        left, ls, right, rs = self.args
        assert right is not None, "the right document was never given"
        return left, ls, right, rs

    def give_right(self, right: Document, rs: tuple[Sentence, ...]) -> None:
        """The right document, once loaded (when it was not given at the start). It is sent by
        a thread: the child, busy finding the left quotes, reads the megabytes a piece at a
        time (40 ms at 10,000 sentences), and this process goes on meanwhile."""
        self.args = (*self.args[:2], right, rs)
        if self.process is not None:
            self._giving = threading.Thread(target=self._send, args=((right, rs),), name="right-document",
                                            daemon=True)
            self._giving.start()

    def _send(self, message: Any) -> None:
        try:
            self.conn.send(message)
        except (BrokenPipeError, ConnectionResetError, OSError):
            pass  # the child failed and has gone (or was ended): ``result`` reads why

    def match(self, links: Sequence[Linked], settings: Settings, sentence_stems: Stems | None = None) -> None:
        """Hand the alignment over: ``result`` matches the quotes along ``links`` too.

        ``sentence_stems`` (of each whole sentence) spare a match here some work; while this
        process waits for the child they are worked out ahead.
        """
        self.matching = (links, settings, sentence_stems)
        if self.process is not None:
            if self._giving is not None:
                self._giving.join()  # the right document goes first
            self._send(([(link.left, link.right) for link in links], settings))

    def result(self, cancelled: Callable[[], bool],
               ahead: Callable[[Callable[[], bool]], None] | None = None) -> Quotations:
        """Both sides' quotes (and matches, see ``match``); a cancel ends the child and raises Cancelled.

        While the child works, ``ahead`` is run, told to stop once the child has answered;
        then, while the child finds, the sentences' stems are worked out; once the quotes are
        found and not yet matched, they are matched here too, and the first to finish answers.
        """
        if self.process is None:
            from ..quotes import find_quotes

            left, ls, right, rs = self._documents()
            return self._matched(find_quotes(left, ls, cancelled=cancelled),
                                 find_quotes(right, rs, cancelled=cancelled), cancelled)
        try:
            def answered() -> bool:
                self._take_in()
                if self._answer is None and self._found is not None and self.matching is None:
                    self._answer = Quotations(*self._found, ())  # nothing to match: the quotes are the answer
                return self._answer is not None or cancelled()

            if ahead is not None and not answered():
                ahead(answered)
            if self.matching is not None and not answered():
                for stems in self.matching[2] or ():
                    stems.prepare(answered)
            while not answered() and self._found is None:
                if self._left is not None and self.matching is not None and self.left_prepared is None:
                    self._prepare_left(lambda: answered() or self._found is not None)
                else:
                    self.conn.poll(POLL_SECONDS)
            if cancelled():
                raise Cancelled("quotations")
            if self._answer is None:  # the quotes are found, not yet matched
                self._match_here(answered, cancelled)
        finally:
            self.close()
        if isinstance(self._answer, BaseException):
            raise self._answer
        assert self._answer is not None
        return self._answer

    def _take_in(self) -> None:
        """Read what the child has sent so far: the quotes it found, then its answer. Once it
        has sent the quotes and an alignment was handed over, its failure no longer matters:
        this process matches them."""
        while self._answer is None and self.conn.poll(0):
            try:
                message = self.conn.recv()
            except (EOFError, OSError):
                message = RuntimeError("the quotation finder stopped without an answer")
            if isinstance(message, BaseException):
                if self._found is None or self.matching is None:
                    self._answer = message
                return
            if message[0] == "left":
                self._left = message[1]
            elif message[0] == "right":
                assert self._left is not None
                self._found = self._left, message[1]
            else:
                assert self._found is not None
                self._answer = Quotations(*self._found, message[1])
        if self._answer is None and self._found is None and self.process is not None \
                and not self.process.is_alive() and not self.conn.poll(0):
            self._answer = RuntimeError("the quotation finder stopped without an answer")

    def _prepare_left(self, stop: Callable[[], bool]) -> None:
        """Work out the left side's part of the matching while the right side's quotes are found."""
        from ..quotes.match import prepare_side

        assert self._left is not None and self.matching is not None
        left, ls = self.args[:2]
        links, _, stems = self.matching
        self.left_prepared = prepare_side(left, ls, links, self._left, "left", stems and stems[0], stop)

    def _match_here(self, answered: Callable[[], bool], cancelled: Callable[[], bool]) -> None:
        """Match the found quotes in this process, unless the child answers first."""
        assert self._found is not None
        try:
            self._answer = self._matched(*self._found, answered)
            self.matched_here = True
        except Cancelled:
            if cancelled():
                raise
            # the child answered first: its answer stands

    def _matched(self, left_quotes: tuple[Quote, ...], right_quotes: tuple[Quote, ...],
                 cancelled: Callable[[], bool]) -> Quotations:
        """The quotes, matched here when an alignment was handed over."""
        if self.matching is None:
            return Quotations(left_quotes, right_quotes, ())
        from ..quotes import match_quotes

        left, ls, right, rs = self._documents()
        links, settings, stems = self.matching
        prepared = self.left_prepared if left_quotes is self._left else None
        return Quotations(left_quotes, right_quotes,
                          match_quotes(left, right, ls, rs, links, left_quotes, right_quotes, settings,
                                       cancelled=cancelled, sentence_stems=stems, left_prepared=prepared))

    def close(self) -> None:
        if self.process is not None:
            if self.process.is_alive():
                self.process.kill()
            self.process.join()
            if self._giving is not None:
                self._giving.join()  # its send fails at once now that the child has gone
            self.conn.close()
            self.process = None
