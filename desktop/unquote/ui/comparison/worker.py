"""Run ``engine.run.compare.compare`` off the GUI thread, with progress, cancel and supersede.

Each run gets its own QThread and a generation number; only the newest run's signals reach
the window, so starting a new comparison while one is running simply discards the old
result (the old run is also told to stop, to free the CPU). Progress is thinned to steps of
one percent or a new phase so a chatty engine cannot flood the GUI thread's event queue.

Python's cyclic garbage collector stops every thread while it walks all objects; with a
10k-sentence comparison in memory one pass took 60-70 ms, long enough to freeze the window.
So automatic collection is paused while a run is active, and when the last run ends the
surviving objects (the new Comparison among them) are frozen out of later passes
(``gc.freeze``, engine/run/paused_gc.py); reference counting still frees everything that is not in a cycle.

The quotation findings and summary figures the window shows are worked out on the run's
thread too (engine/results/remembered.py), and so is the file's text of the documents,
sentences and links, while the quotations are found: a save on the GUI thread then
writes only the quotations and notes (engine/files/writing.py).

The engine (numpy and the quotation patterns: a few tenths of a second) is imported on the
run's thread, or earlier by ``preload_engine`` while the window shows, never on the GUI thread.
"""
from __future__ import annotations

import importlib
import threading
from typing import Callable, Sequence

from PySide6.QtCore import QObject, QThread, Signal

from unquote.engine.run import paused_gc
from unquote.engine.run.cancel import Cancelled
from unquote.engine.model import Comparison, Decision, Document
from unquote.engine.settings import Settings

#: Smallest change of the progress fraction that is passed on.
PROGRESS_STEP = 0.01


class _Job(QThread):
    """One comparison on its own thread; reports through signals tagged with its generation."""

    progressed = Signal(int, float, str)
    succeeded = Signal(int, object)
    errored = Signal(int, str)
    stopped = Signal(int)

    def __init__(
        self,
        generation: int,
        left: Document,
        right: Document,
        settings: Settings,
        decisions: Sequence[Decision],
        parent: QObject,
    ) -> None:
        super().__init__(parent)
        self.generation = generation
        self.cancel_requested = False
        self._args = (left, right, settings, tuple(decisions))
        self._last: tuple[float, str] = (-1.0, "")

    def _progress(self, fraction: float, phase: str) -> None:
        last_fraction, last_phase = self._last
        if phase != last_phase or fraction - last_fraction >= PROGRESS_STEP or fraction >= 1.0:
            self._last = (fraction, phase)
            self.progressed.emit(self.generation, fraction, phase)

    def run(self) -> None:
        from unquote.engine.run.compare import compare
        from unquote.engine.results.findings import findings
        from unquote.engine.files.fileformat import write_ahead
        from unquote.engine.results.summary import count_words_ahead, summarize

        def ahead(so_far: Comparison, stop: Callable[[], bool]) -> None:
            """While the quotations are found: the summary's word counts and the text a save
            writes (a save on the GUI thread then only adds the quotations and notes)."""
            count_words_ahead(so_far, stop)
            write_ahead(so_far, stop)

        left, right, settings, decisions = self._args
        try:
            result = compare(
                left, right, settings, decisions=decisions,
                progress=self._progress, cancelled=lambda: self.cancel_requested, ahead=ahead,
            )
            findings(result), summarize(result)  # worked out here, remembered for the window's panels
            write_ahead(result, lambda: False)  # what the wait for the quotations left unwritten
        except Cancelled:
            self.stopped.emit(self.generation)
        except Exception as err:  # the window shows the reason instead of dying with the thread
            self.errored.emit(self.generation, f"the comparison failed: {type(err).__name__}: {err}")
        else:
            self.succeeded.emit(self.generation, result)


def preload_engine() -> None:
    """Import the comparison engine on a background thread, so the first run starts sooner."""
    threading.Thread(target=importlib.import_module, args=("unquote.engine.run.compare",), daemon=True,
                     name="unquote-preload").start()


class CompareRunner(QObject):
    """Runs one comparison at a time in the background for the window.

    ``start()`` begins a run (superseding any running one); exactly one of ``finished``,
    ``failed`` or ``cancelled`` follows for the newest run, after any ``progress``.
    Call ``stop()`` before the runner goes away (e.g. when the window closes).
    """

    progress = Signal(float, str)
    finished = Signal(object)  # Comparison
    failed = Signal(str)
    cancelled = Signal()

    def __init__(self, parent: QObject | None = None) -> None:
        super().__init__(parent)
        self._generation = 0
        self._current: _Job | None = None
        self._jobs: dict[int, _Job] = {}

    @property
    def running(self) -> bool:
        """True while the newest run has not reported its outcome."""
        return self._current is not None

    def start(
        self,
        left: Document,
        right: Document,
        settings: Settings = Settings(),
        decisions: Sequence[Decision] = (),
    ) -> None:
        """Compare ``left`` with ``right`` in the background; any running comparison is dropped."""
        if self._current is not None:
            self._current.cancel_requested = True
        self._generation += 1
        if not self._jobs:
            paused_gc.hold()
        job = _Job(self._generation, left, right, settings, decisions, self)
        job.progressed.connect(self._on_progress)
        job.succeeded.connect(self._on_succeeded)
        job.errored.connect(self._on_errored)
        job.stopped.connect(self._on_stopped)
        self._jobs[self._generation] = job
        self._current = job
        job.start(QThread.Priority.LowPriority)

    def cancel(self) -> None:
        """Ask the newest run to stop; ``cancelled`` follows (its result, if any, is dropped)."""
        if self._current is not None:
            self._current.cancel_requested = True

    def stop(self) -> None:
        """Cancel every run and wait for their threads to end; no signal follows."""
        self._current = None
        for job in self._jobs.values():
            job.cancel_requested = True
        for generation in list(self._jobs):
            self._reap(generation)

    def _reap(self, generation: int) -> _Job | None:
        """Forget a run whose thread has reported its last signal; the newest run or None."""
        job = self._jobs.pop(generation, None)
        if job is not None:
            job.wait()
            job.deleteLater()
        if job is not None and not self._jobs:
            paused_gc.release(freeze=True)
        if job is None or job is not self._current:
            return None
        self._current = None
        return job

    def _on_progress(self, generation: int, fraction: float, phase: str) -> None:
        job = self._current
        if job is not None and job.generation == generation and not job.cancel_requested:
            self.progress.emit(fraction, phase)

    def _on_succeeded(self, generation: int, result: Comparison) -> None:
        self._ended(generation, lambda: self.finished.emit(result))

    def _on_errored(self, generation: int, message: str) -> None:
        self._ended(generation, lambda: self.failed.emit(message))

    def _ended(self, generation: int, tell: Callable[[], None]) -> None:
        """The newest run ended: ``tell`` how, unless it was told to stop meanwhile."""
        job = self._reap(generation)
        if job is not None:
            if job.cancel_requested:
                self.cancelled.emit()
            else:
                tell()

    def _on_stopped(self, generation: int) -> None:
        if self._reap(generation) is not None:
            self.cancelled.emit()
