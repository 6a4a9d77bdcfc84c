"""How long the GUI thread goes without processing events while CompareRunner compares.

A 5 ms QTimer ticks on the GUI thread during the run; the longest gap between ticks is the
longest the window would have been frozen. A second run is cancelled as soon as progress
passes CANCEL_AT, to show how long a cancel takes to be honoured in the engine's slowest
stretch. Run: .venv/bin/python tests/benchmarks/bench_worker.py [SENTENCES]
"""
from __future__ import annotations

import os
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
sys.path.insert(0, str(Path(__file__).parent / "tools"))

from PySide6.QtCore import QTimer  # noqa: E402
from PySide6.QtWidgets import QApplication  # noqa: E402

from synthetic import make_pair  # noqa: E402
from unquote.engine.loading import load_text  # noqa: E402
from unquote.ui.comparison.worker import CompareRunner  # noqa: E402


CANCEL_AT = 0.85


def cancel_latency(app: QApplication, left, right) -> float:
    """Seconds from cancel() (at CANCEL_AT) to the runner's ``cancelled``."""
    runner = CompareRunner()
    asked: list[float] = []
    done: list[float] = []

    def on_progress(fraction: float, phase: str) -> None:
        if fraction >= CANCEL_AT and not asked:
            asked.append(time.perf_counter())
            runner.cancel()

    runner.progress.connect(on_progress)
    runner.cancelled.connect(lambda: (done.append(time.perf_counter()), app.quit()))
    runner.finished.connect(lambda c: app.quit())
    runner.start(left, right)
    app.exec()
    runner.stop()
    return done[0] - asked[0] if asked and done else float("nan")


def main() -> None:
    sentences = int(sys.argv[1]) if len(sys.argv) > 1 else 10_000
    app = QApplication([])
    pair = make_pair(sentences, seed=1)
    left = load_text(pair.left_text, source="synthetic left")
    right = load_text(pair.right_text, source="synthetic right")

    runner = CompareRunner()
    ticks: list[float] = []
    phases: list[str] = []
    outcome: list[str] = []
    timer = QTimer()
    timer.setInterval(5)
    timer.timeout.connect(lambda: ticks.append(time.perf_counter()))
    runner.progress.connect(lambda f, p: phases.append(p))
    runner.finished.connect(lambda c: (outcome.append(f"{len(c.links)} links"), app.quit()))
    runner.failed.connect(lambda m: (outcome.append(m), app.quit()))
    timer.start()
    started = time.perf_counter()
    runner.start(left, right)
    app.exec()
    elapsed = time.perf_counter() - started
    timer.stop()
    runner.stop()

    gaps = sorted(b - a for a, b in zip(ticks, ticks[1:]))
    print(f"pair: {sentences} sentences per side; outcome: {outcome[0]}")
    print(f"comparison wall time: {elapsed:.1f} s; progress signals: {len(phases)}")
    print(f"GUI ticks: {len(ticks)}; longest gap {gaps[-1] * 1000:.0f} ms; "
          f"p99 {gaps[int(len(gaps) * 0.99)] * 1000:.0f} ms; median {gaps[len(gaps) // 2] * 1000:.1f} ms")
    print(f"cancel at {CANCEL_AT:.0%} honoured after {cancel_latency(app, left, right):.2f} s")


if __name__ == "__main__":
    main()
