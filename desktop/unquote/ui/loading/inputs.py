"""Turns what the user gives the window (paths, drops, pastes, links) into Documents.

Files and text load at once through the engine's loaders; http(s) links are handed to a
background :class:`Download`. Results arrive as ``loaded(side, Document)``; every failure
as one user-facing line.
"""
from __future__ import annotations

from PySide6.QtCore import QMimeData, QObject, Signal

from ...engine.loading import LoadError, load_path, load_text
from ...engine.model import Side
from .download import Download
from .drops import DropInput, inputs_from_mime


class InputLoader(QObject):
    """Loads inputs onto sides; tracks running downloads."""

    loaded = Signal(str, object)  # side, Document
    failed = Signal(str)
    #: side, bytes received, bytes expected (-1 unknown)
    downloading = Signal(str, int, int)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.downloads: dict[Side, Download] = {}

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
        try:
            if item.kind == "file":
                document = load_path(item.value)
            else:
                document = load_text(item.value, html=item.html)
        except LoadError as err:
            self.failed.emit(str(err))
            return
        self.loaded.emit(side, document)

    def load_file(self, side: Side, path: str) -> None:
        self.load(side, DropInput("file", path))

    def _download(self, side: Side, url: str) -> None:
        old = self.downloads.pop(side, None)
        if old is not None:
            old.cancel()
        download = Download(url, parent=self)
        self.downloads[side] = download
        download.progress.connect(lambda got, total: self.downloading.emit(side, got, total))
        download.finished.connect(lambda document: self._done(side, download, document))
        download.failed.connect(lambda message: self._failed(side, download, message))
        download.start()

    def _done(self, side: Side, download: Download, document) -> None:
        if self.downloads.get(side) is download:
            del self.downloads[side]
            self.loaded.emit(side, document)

    def _failed(self, side: Side, download: Download, message: str) -> None:
        if self.downloads.get(side) is download:
            del self.downloads[side]
            self.failed.emit(message)

    def cancel(self) -> None:
        for download in self.downloads.values():
            download.cancel()
        self.downloads.clear()
