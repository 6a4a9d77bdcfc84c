"""The window keeps processing events while a large comparison runs and is shown."""
from __future__ import annotations

import sys
from pathlib import Path

import pytest
from PySide6.QtCore import QTimer

sys.path.insert(0, str(Path(__file__).resolve().parents[2] / "benchmarks" / "tools"))
from synthetic import make_pair  # noqa: E402

from unquote.engine.loading import load_text  # noqa: E402


@pytest.mark.slow
def test_events_flow_while_a_large_pair_compares(window, qtbot):
    pair = make_pair(1500, seed=3)
    left = load_text(pair.left_text, source="big-left")
    right = load_text(pair.right_text, source="big-right")
    ticks = {"running": 0, "showing": 0}

    def tick() -> None:
        if window.runner.running:
            ticks["running"] += 1
        elif window.session.comparison is not None and not window.presented():
            ticks["showing"] += 1

    timer = QTimer()
    timer.timeout.connect(tick)
    timer.start(10)
    window.session.set_document("left", left)
    window.session.set_document("right", right)
    assert window.runner.running and window.status_line.cancel_button.isVisible()
    qtbot.waitUntil(lambda: window.session.comparison is not None and window.presented(), timeout=120_000)
    timer.stop()
    assert ticks["running"] >= 5
    assert len(window.session.comparison.left_sentences) >= 1400
    assert not window.status_line.cancel_button.isVisible()


def test_cancel_stops_the_run(window, qtbot):
    pair = make_pair(800, seed=4)
    window.session.set_document("left", load_text(pair.left_text, source="l"))
    window.session.set_document("right", load_text(pair.right_text, source="r"))
    window.actions_["cancel"].trigger()
    qtbot.waitUntil(lambda: not window.runner.running, timeout=60_000)
    assert window.session.comparison is None and "cancelled" in window.status_line.message.text()
