"""Read a saved comparison on a pool thread: a 10,000-sentence file takes a second or more
to parse and rebuild, which on the GUI thread froze the window with nothing said.

Nothing is recomputed: the file holds the whole Comparison; only its quotation findings
and summary figures, which the file does not keep, are worked out there too
(engine/results/remembered.py). ``read(path)`` returns at
once; ``loaded(path, comparison)`` or ``failed(message)`` follows on the GUI thread. The
file's text of the documents, sentences and links is written ahead there too
(engine/files/writing.py), so saving the reopened comparison on the GUI thread is quick;
not after ``loaded``: Python work on this thread while the window shows the comparison
would slow each of the GUI thread's steps by half (the interpreter lock).
As during a comparison run (comparison/worker.py), Python's cyclic garbage collector is
paused while the hundreds of thousands of objects are built (its passes over them stopped
the window for over 100 ms) and what survives is frozen out of later passes.
"""
from __future__ import annotations

import os

from PySide6.QtCore import QObject, QThreadPool, Signal

from ...engine.run import paused_gc
from ...engine.files.fileformat import FormatError, load, write_ahead
from ...engine.results.findings import findings
from ...engine.results.summary import summarize


class _Relay(QObject):
    """Carries the pool thread's outcome back to the GUI thread (queued signals)."""

    loaded = Signal(str, object)
    failed = Signal(str)


class ComparisonReader(QObject):
    """Reads .unquote files in the background, one outcome signal per ``read``."""

    loaded = Signal(str, object)
    failed = Signal(str)

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self.reading = 0
        # No parent: the pool thread may still hold the relay after this object is gone.
        self._relay = _Relay()
        self._relay.loaded.connect(self._on_loaded)
        self._relay.failed.connect(self._on_failed)

    def read(self, path: str) -> None:
        relay = self._relay

        def work() -> None:
            try:
                comparison = load(path)
                findings(comparison), summarize(comparison)
                write_ahead(comparison, lambda: False)  # a save then adds only the quotations and notes
            except (FormatError, OSError) as err:
                relay.failed.emit(str(err))
                return
            except Exception as err:  # never leave the window waiting for a read that died
                relay.failed.emit(f"cannot open {os.path.basename(path)}: {type(err).__name__}: {err}")
                return
            relay.loaded.emit(path, comparison)

        if not self.reading:
            paused_gc.hold()
        self.reading += 1
        QThreadPool.globalInstance().start(work)

    def _done_reading(self) -> None:
        self.reading -= 1
        if not self.reading:
            paused_gc.release(freeze=True)

    def _on_loaded(self, path: str, comparison: object) -> None:
        self._done_reading()
        self.loaded.emit(path, comparison)

    def _on_failed(self, message: str) -> None:
        self._done_reading()
        self.failed.emit(message)
