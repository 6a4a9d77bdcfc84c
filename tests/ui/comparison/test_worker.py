"""CompareRunner: comparisons off the GUI thread, with progress, cancel and supersede."""
from __future__ import annotations

import gc
import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

from unquote.engine.loading import load_path, load_text
from unquote.engine.model import Comparison, Decision
from unquote.ui.comparison.worker import CompareRunner

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "tools"))
from synthetic import make_pair  # noqa: E402

FIXTURES = Path(__file__).resolve().parents[2] / "fixtures" / "report"


class Recorder:
    """Everything a runner emits, in order."""

    def __init__(self, runner: CompareRunner) -> None:
        self.events: list[tuple[str, object]] = []
        runner.progress.connect(lambda f, p: self.events.append(("progress", (f, p))))
        runner.finished.connect(lambda c: self.events.append(("finished", c)))
        runner.failed.connect(lambda m: self.events.append(("failed", m)))
        runner.cancelled.connect(lambda: self.events.append(("cancelled", None)))

    def outcomes(self) -> list[tuple[str, object]]:
        return [e for e in self.events if e[0] != "progress"]

    def progress(self) -> list[tuple[float, str]]:
        return [e[1] for e in self.events if e[0] == "progress"]  # type: ignore[misc]


@pytest.fixture
def runner(qapp):
    r = CompareRunner()
    yield r
    r.stop()


@pytest.fixture(scope="module")
def small():
    return load_path(str(FIXTURES / "left.txt")), load_path(str(FIXTURES / "right.txt"))


@pytest.fixture(scope="module")
def large():
    pair = make_pair(1000, seed=7)
    return load_text(pair.left_text, source="synthetic left"), load_text(pair.right_text, source="synthetic right")


def wait_outcome(qtbot, recorder: Recorder) -> tuple[str, object]:
    qtbot.waitUntil(lambda: bool(recorder.outcomes()), timeout=120_000)
    qtbot.wait(20)  # a wrong second outcome would arrive now
    [outcome] = recorder.outcomes()
    return outcome


def test_finishes_with_the_comparison_and_rising_progress(qtbot, runner, small):
    recorder = Recorder(runner)
    runner.start(*small)
    assert runner.running
    kind, result = wait_outcome(qtbot, recorder)
    assert kind == "finished" and isinstance(result, Comparison)
    assert result.left.text == small[0].text and result.right.text == small[1].text
    assert result.links and not runner.running
    assert gc.isenabled()  # paused only while the run was active
    fractions = [f for f, _ in recorder.progress()]
    assert fractions == sorted(fractions) and fractions[-1] == 1.0


def test_decisions_reach_the_engine(qtbot, runner, small):
    recorder = Recorder(runner)
    runner.start(*small, decisions=(Decision("link", (0,), (0,)),))
    kind, result = wait_outcome(qtbot, recorder)
    assert kind == "finished"
    assert result.decisions == (Decision("link", (0,), (0,)),)
    assert any(link.left == (0,) and link.right == (0,) and link.origin == "manual" for link in result.links)


def test_gui_thread_keeps_processing_events_during_a_large_comparison(qtbot, runner, large):
    recorder = Recorder(runner)
    ticks_while_running: list[int] = []
    timer = QTimer()
    timer.setInterval(10)
    timer.timeout.connect(lambda: ticks_while_running.append(1) if runner.running else None)
    timer.start()
    runner.start(*large)
    kind, result = wait_outcome(qtbot, recorder)
    timer.stop()
    assert kind == "finished" and len(result.left_sentences) > 900
    # Had the comparison run on the GUI thread, no tick could fire while it was running.
    assert len(ticks_while_running) >= 5
    assert len({p for _, p in recorder.progress()}) >= 3


def test_cancel_stops_the_run(qtbot, runner, large):
    recorder = Recorder(runner)
    runner.progress.connect(lambda f, p: runner.cancel())
    runner.start(*large)
    kind, _ = wait_outcome(qtbot, recorder)
    assert kind == "cancelled" and not runner.running
    assert len(recorder.progress()) == 1


def test_a_new_run_supersedes_the_old_one(qtbot, runner, small, large):
    recorder = Recorder(runner)
    runner.start(*large)
    runner.start(*small)
    kind, result = wait_outcome(qtbot, recorder)
    assert kind == "finished"
    assert result.left.text == small[0].text  # the large run's result never arrives


def test_stop_waits_for_threads_and_silences_them(qtbot, runner, large):
    recorder = Recorder(runner)
    runner.start(*large)
    runner.start(*large)
    assert not gc.isenabled()
    runner.stop()
    assert not runner.running and gc.isenabled()
    qtbot.wait(50)
    assert recorder.outcomes() == []


def test_an_engine_error_is_reported_as_one_line(qtbot, runner, small):
    recorder = Recorder(runner)
    left, right = small
    broken = type(left)(text=left.text, paragraphs=((0, len(left.text) + 50),), source=left.source)
    runner.start(broken, right)
    kind, message = wait_outcome(qtbot, recorder)
    assert kind == "failed", message
    assert str(message).startswith("the comparison failed: ") and "\n" not in str(message)
