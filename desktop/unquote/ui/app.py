"""Application set-up and the window's command-line entry: ``run(args) -> int``.

``args`` is the namespace of :func:`unquote.cli.window_parser`: ``files`` (two documents
or one .unquote file), ``demo`` and ``screenshot`` (lay out at 1400x900, save a PNG once
the comparison is drawn, exit).
"""
from __future__ import annotations

import argparse
import sys
import tempfile
from pathlib import Path
from typing import cast

from PySide6.QtCore import (QEventLoop, QMessageLogContext, QSettings, QtMsgType, QTimer,
                            qInstallMessageHandler)
from PySide6.QtWidgets import QApplication

from .main_window import MainWindow
from .worker import preload_engine

SCREENSHOT_SIZE = (1400, 900)
#: Longest wait for a comparison before a screenshot is given up.
SCREENSHOT_TIMEOUT_MS = 120_000


#: Said by Qt's offscreen platform plugin whenever a window shows; not worth a user's attention.
OFFSCREEN_NOISE = ("This plugin does not support propagateSizeHints()", "This plugin does not support raise()")


def _quiet_offscreen(kind: QtMsgType, context: QMessageLogContext, message: str) -> None:
    if message not in OFFSCREEN_NOISE:
        print(message, file=sys.stderr)


def make_app() -> QApplication:
    """The QApplication (created once), named so QSettings has a home."""
    app = cast(QApplication, QApplication.instance() or QApplication(sys.argv[:1]))
    if app.platformName() == "offscreen":
        qInstallMessageHandler(_quiet_offscreen)
    app.setOrganizationName("Unquote")
    app.setApplicationName("Unquote")
    app.setApplicationDisplayName("Unquote")
    return app


def open_inputs(window: MainWindow, args: argparse.Namespace) -> None:
    """Load what the command line named into the window."""
    files = list(getattr(args, "files", []) or [])
    if len(files) == 1:
        window.files.open_comparison(files[0])
    elif len(files) == 2:
        window.files.open_pair_paths(files[0], files[1])
    elif getattr(args, "demo", False):
        window.open_sample()


def wait_until_drawn(window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Process events until the comparison is shown with all highlights (False on failure)."""
    loop = QEventLoop()
    outcome = {"ok": False}

    def check() -> None:
        if window.session.comparison is not None and window.presented():
            outcome["ok"] = True
            loop.quit()
        elif not window.runner.running and not window.loader.busy() and window.session.comparison is None \
                and window.message.styleSheet():
            loop.quit()  # an error is on show

    timer = QTimer()
    timer.timeout.connect(check)
    timer.start(10)
    QTimer.singleShot(timeout_ms, loop.quit)
    check()
    if not outcome["ok"]:
        loop.exec()
    timer.stop()
    return outcome["ok"]


def screenshot(window: MainWindow, path: str) -> int:
    ok = wait_until_drawn(window)
    QApplication.processEvents()
    window.grab().save(path)
    if not ok:
        print(f"unquote: {window.message.text() or 'the comparison did not finish'}", file=sys.stderr)
    return 0 if ok else 1


def run(args: argparse.Namespace) -> int:
    app = make_app()
    shot = getattr(args, "screenshot", None)
    settings = None
    if shot:
        settings = QSettings(str(Path(tempfile.mkdtemp()) / "unquote.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    if shot:
        window.resize(*SCREENSHOT_SIZE)
    open_inputs(window, args)
    window.show()
    preload_engine()
    if shot:
        code = screenshot(window, shot)
        window.runner.stop()
        return code
    QTimer.singleShot(0, window, lambda: window.autosave.offer_recovery(window))
    return app.exec()
