"""Turns what the user gives the window (paths, drops, pastes, links) into Documents.

Files and text are read by the engine's loaders in a :class:`BackgroundCall` (Cancel
abandons a read and the window goes on); http(s) links are handed to a background
:class:`Download`. Results arrive as ``loaded(side, Document)``; every
failure, expected or not, as one user-facing line.
"""
from __future__ import annotations

import sys
from pathlib import Path
from typing import Callable

from PySide6.QtCore import QMimeData, QObject, Signal

from ...engine.loading import Limits, LoadError, byte_limit, load_bytes, load_path, load_text
from ...engine.model import Document, Side
from .background import BackgroundCall, one_line
from .download import Download
from .drops import DropInput, inputs_from_mime


class InputLoader(QObject):
    """Loads inputs onto sides; tracks running downloads."""

    loaded = Signal(str, object)  # side, Document
    failed = Signal(str)
    #: side, bytes received, bytes expected (-1 unknown)
    downloading = Signal(str, int, int)
    #: side, name: a file or text is being read in the background
    reading = Signal(str, str)
    #: the reads and downloads under way were abandoned
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.downloads: dict[Side, Download] = {}
        self.reads: dict[Side, BackgroundCall] = {}

    def load_mime(self, mime: QMimeData, side: Side | None, empty_side: Side) -> None:
        """A drop or paste: two items fill both sides, one goes to ``side`` (or ``empty_side``)."""
        items = inputs_from_mime(mime)
        if not items:
            self.failed.emit("Nothing usable was dropped: drop files, links or text.")
        elif len(items) >= 2:
            self.load("left", items[0])
            self.load("right", items[1])
        else:
            self.load(side or empty_side, items[0])

    def load(self, side: Side, item: DropInput) -> None:
        if item.kind == "url":
            self._download(side, item.value)
            return
        if item.kind == "file":
            path = item.value
            name = Path(path).name
            self._read(side, name, lambda: load_path(path))
        else:
            text, html = item.value, item.html
            self._read(side, "the pasted text", lambda: load_text(text, html=html))

    def _read(self, side: Side, name: str, work: Callable[[], Document]) -> None:
        call = BackgroundCall((LoadError,), lambda err: f"cannot open {name}: the file could not be read "
                                                        f"({one_line(err)})")
        self.reads[side] = call
        call.succeeded.connect(lambda document: self._finished(self.reads, side, call, document))
        call.errored.connect(lambda message: self._finished(self.reads, side, call, None, message))
        self.reading.emit(side, name)
        call.start(work, f"load {side}")

    def _finished(self, jobs: dict, side: Side, job: object, document: Document | None,
                  message: str = "") -> None:
        """A read or download of ``side`` ended; its result counts only if it is still the
        side's current job (a newer one or a cancel drops it)."""
        if jobs.get(side) is not job:
            return
        del jobs[side]
        if document is not None:
            self.loaded.emit(side, document)
        else:
            self.failed.emit(message)

    def busy(self) -> bool:
        """Whether a read or a download is under way."""
        return bool(self.reads or self.downloads)

    def load_file(self, side: Side, path: str) -> None:
        self.load(side, DropInput("file", path))

    def load_stdin(self, side: Side) -> None:
        """Standard input (``-`` on the command line), in whatever format it is."""
        try:
            # no further than a document within the loading limits can reach
            document = load_bytes(sys.stdin.buffer.read(byte_limit(Limits())), "stdin")
        except LoadError as err:
            self.failed.emit(str(err))
            return
        self.loaded.emit(side, document)

    def _download(self, side: Side, url: str) -> None:
        old = self.downloads.pop(side, None)
        if old is not None:
            old.cancel()
        download = Download(url, parent=self)
        self.downloads[side] = download
        download.progress.connect(lambda got, total: self.downloading.emit(side, got, total))
        download.finished.connect(lambda document: self._finished(self.downloads, side, download, document))
        download.failed.connect(lambda message: self._finished(self.downloads, side, download, None, message))
        download.start()

    def cancel(self) -> None:
        """Abandon every read and download under way (their results are dropped)."""
        was_busy = self.busy()
        for download in self.downloads.values():
            download.cancel()
        self.downloads.clear()
        self.reads.clear()
        if was_busy:
            self.cancelled.emit()
