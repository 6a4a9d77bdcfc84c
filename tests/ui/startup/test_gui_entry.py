"""What the desktop entry starts: ``unquote-gui FILE`` opens a window, errors go to a dialog,
the window has its icon and desktop file name; ``--screenshot`` failures and ``-`` in window mode."""
from __future__ import annotations

import os
import subprocess
import sys
from collections.abc import Callable

import pytest
from PySide6.QtCore import QTimer
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox
from unquote import cli
from unquote.resources import APP_ID, data_path
from unquote.ui.main_window import MainWindow

SAMPLES = data_path("samples")


@pytest.fixture
def no_windows_left(qapp):
    """Windows made by ``cli.main`` in-process are deleted afterwards, with their timers."""
    timers: list[QTimer] = []
    yield timers
    for timer in timers:
        timer.stop()
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, MainWindow):
            widget.runner.stop()
            widget.close()
            widget.deleteLater()
    QApplication.processEvents()


def the_window() -> MainWindow:
    """The visible main window (earlier ones may linger closed until deleted)."""
    return next(w for w in QApplication.topLevelWidgets() if isinstance(w, MainWindow) and w.isVisible())


def give_up_after(timers: list[QTimer], ms: int = 60_000) -> None:
    """Quit the event loop after ``ms`` so a hang fails the test instead of blocking the run."""
    timer = QTimer()
    timer.setSingleShot(True)
    timer.timeout.connect(QApplication.quit)
    timer.start(ms)
    timers.append(timer)


def when_shown(kind: type, act: Callable) -> QTimer:
    """Call ``act(widget)`` on the first visible top-level ``kind`` once it appears."""
    timer = QTimer()

    def poll() -> None:
        for widget in QApplication.topLevelWidgets():
            if isinstance(widget, kind) and widget.isVisible():
                timer.stop()
                act(widget)
                return

    timer.timeout.connect(poll)
    timer.start(20)
    return timer


def test_one_document_opens_the_window_with_it_on_the_left_and_asks_for_the_other(qapp, no_windows_left):
    seen: dict = {}

    def close_window() -> None:
        window = the_window()
        seen["left"] = window.session.documents["left"]
        seen["right"] = window.session.documents["right"]
        seen["icon"] = not qapp.windowIcon().isNull()
        window.close()

    def answer(dialog: QFileDialog) -> None:
        seen["dialog"] = dialog.windowTitle()
        dialog.reject()
        QTimer.singleShot(50, close_window)

    watcher = when_shown(QFileDialog, answer)
    give_up_after(no_windows_left)
    code = cli.main([str(SAMPLES / "original.txt")], gui=True)
    watcher.stop()
    assert code == 0
    assert seen["dialog"] == "Open the right document"
    assert seen["left"] is not None and seen["left"].source.endswith("original.txt")
    assert seen["right"] is None
    assert seen["icon"] and qapp.desktopFileName() == APP_ID


def test_wrong_arguments_in_gui_mode_are_shown_in_a_dialog(qapp):
    seen: dict = {}

    def read(box: QMessageBox) -> None:
        seen["text"] = box.text()
        box.close()

    watcher = when_shown(QMessageBox, read)
    code = cli.main(["a.txt", "b.txt", "c.txt"], gui=True)
    watcher.stop()
    assert code == 2
    assert seen["text"].startswith("Unquote cannot start:") and "two documents" in seen["text"]


def test_a_file_named_in_gui_mode_that_cannot_be_opened_is_shown_in_a_dialog(qapp, tmp_path, no_windows_left):
    broken = tmp_path / "broken.unquote"
    broken.write_text("{not json", encoding="utf-8")
    seen: dict = {}

    def read(box: QMessageBox) -> None:
        seen["text"] = box.text()
        box.close()
        window = the_window()
        seen["shown"] = window.status_line.message.text()
        QTimer.singleShot(0, window.close)

    watcher = when_shown(QMessageBox, read)
    give_up_after(no_windows_left)
    code = cli.main([str(broken)], gui=True)
    watcher.stop()
    assert code == 0
    assert "broken.unquote" in seen["text"] and "broken.unquote" in seen["shown"]


def run_window(*args: str, stdin: bytes = b"") -> subprocess.CompletedProcess:
    env = dict(os.environ, QT_QPA_PLATFORM="offscreen")
    return subprocess.run([sys.executable, "-m", "unquote", *args], input=stdin, capture_output=True, check=False,
                          env=env, timeout=180)


@pytest.mark.parametrize("target, code, reason", [
    ("missing-folder/shot.png", 4, "folder does not exist"),
    ("shot.png", 4, "cannot be written"),  # the folder is read-only
])
def test_a_screenshot_that_cannot_be_written_exits_non_zero_with_one_line(tmp_path, target, code, reason):
    if target == "shot.png":
        tmp_path.chmod(0o500)
        if os.access(tmp_path, os.W_OK):
            tmp_path.chmod(0o700)
            pytest.skip("running as a user who can write anywhere")
    try:
        result = run_window("--demo", "--screenshot", str(tmp_path / target))
    finally:
        tmp_path.chmod(0o700)
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == code and len(lines) == 1 and reason in lines[0], lines


@pytest.mark.parametrize("args", [[], ["one.txt"]])
def test_a_screenshot_of_nothing_to_compare_is_a_usage_error(tmp_path, args):
    result = run_window(*args, "--screenshot", str(tmp_path / "shot.png"))
    assert result.returncode == 2 and "--screenshot needs two documents" in result.stderr.decode()


def test_a_screenshot_of_an_unreadable_document_exits_3(tmp_path):
    result = run_window(str(tmp_path / "missing.txt"), str(SAMPLES / "rewrite.txt"),
                        "--screenshot", str(tmp_path / "shot.png"))
    lines = result.stderr.decode().strip().splitlines()
    assert result.returncode == 3 and len(lines) == 1 and "missing.txt" in lines[0], lines


def test_dash_reads_one_side_from_standard_input_in_window_mode(tmp_path):
    shot = tmp_path / "shot.png"
    result = run_window("-", str(SAMPLES / "rewrite.txt"), "--screenshot", str(shot),
                        stdin=(SAMPLES / "original.txt").read_bytes())
    assert result.returncode == 0, result.stderr.decode()
    assert shot.stat().st_size > 10_000
