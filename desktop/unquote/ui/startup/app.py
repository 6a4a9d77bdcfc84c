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

from PySide6.QtCore import (
    QEventLoop,
    QMessageLogContext,
    QSettings,
    QTimer,
    QtMsgType,
    qInstallMessageHandler,
)
from PySide6.QtGui import QIcon
from PySide6.QtWidgets import QApplication, QMessageBox

from ...engine.model import Side
from ...resources import APP_ID, icon_path
from ..main_window import MainWindow
from ..comparison.worker import preload_engine

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
    app.setDesktopFileName(APP_ID)
    app.setWindowIcon(QIcon(str(icon_path())))
    return app


def open_inputs(window: MainWindow, args: argparse.Namespace) -> None:
    """Load what the command line named into the window."""
    files = list(getattr(args, "files", []) or [])
    if len(files) == 1 and files[0].endswith(".unquote"):
        window.files.open_comparison(files[0])
    elif len(files) == 1:
        _load(window, "left", files[0])
        window.say("Now open the rewrite: drop it on the right pane, paste it, or choose it in the dialog.")
        if not getattr(args, "screenshot", None):
            QTimer.singleShot(0, lambda: window.files.open_side("right"))
    elif len(files) == 2:
        if "-" in files:  # standard input on one side
            _load(window, "left", files[0])
            _load(window, "right", files[1])
        else:
            window.files.open_pair_paths(files[0], files[1])
    elif getattr(args, "demo", False):
        window.open_sample()


def _load(window: MainWindow, side: Side, name: str) -> None:
    """A named document onto a side; ``-`` is standard input."""
    if name == "-":
        window.loader.load_stdin(side)
    else:
        window.loader.load_file(side, name)


def wait_until_drawn(window: MainWindow, timeout_ms: int = SCREENSHOT_TIMEOUT_MS) -> bool:
    """Process events until the comparison is shown with all highlights (False on failure)."""
    loop = QEventLoop()
    outcome = {"ok": False}

    def check() -> None:
        if window.session.comparison is not None and window.presented():
            outcome["ok"] = True
            loop.quit()
        elif not window.runner.running and not window.loader.busy() and window.session.comparison is None \
                and window.status_line.message.styleSheet():
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
    """Save the drawn window as a PNG: 0 done, 3 the comparison failed, 4 the PNG was not written."""
    ok = wait_until_drawn(window)
    QApplication.processEvents()
    if not ok:
        print(f"unquote: {window.status_line.message.text() or 'the comparison did not finish'}", file=sys.stderr)
        return 3
    if not window.grab().save(path, "PNG"):
        reason = "its folder does not exist" if not Path(path).parent.is_dir() else "it cannot be written"
        print(f"unquote: cannot write {path}: {reason}", file=sys.stderr)
        return 4
    return 0


def _failures_in_a_dialog(window: MainWindow) -> None:
    """Until the documents named on the command line are shown, a failure to read one (read
    in the background) is shown in a dialog as well as in the status line."""
    def tell(message: str) -> None:
        done()
        QMessageBox.warning(window, "Unquote", message)

    def done(*_: object) -> None:
        for signal, slot in ((window.loader.failed, tell), (window.files.failed, tell),
                             (window.session.comparisonChanged, done)):
            signal.disconnect(slot)

    window.loader.failed.connect(tell)
    window.files.failed.connect(tell)
    window.session.comparisonChanged.connect(done)


def run(args: argparse.Namespace) -> int:
    app = make_app()
    shot = getattr(args, "screenshot", None)
    settings = None
    if shot:
        settings = QSettings(str(Path(tempfile.mkdtemp()) / "unquote.ini"), QSettings.Format.IniFormat)
    window = MainWindow(settings)
    if shot:
        window.resize(*SCREENSHOT_SIZE)
    if getattr(args, "gui", False):
        _failures_in_a_dialog(window)  # no terminal: what the command line named and failed is shown
    open_inputs(window, args)
    window.show()
    preload_engine()
    if shot:
        code = screenshot(window, shot)
        window.runner.stop()
        return code
    QTimer.singleShot(0, window, lambda: window.autosave.offer_recovery(window))
    return app.exec()
