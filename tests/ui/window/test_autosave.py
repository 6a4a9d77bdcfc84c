"""Unsaved notes are autosaved, removed once saved, and offered back after the window's
process is killed (a real child process, killed with SIGKILL)."""
from __future__ import annotations

import os
import signal
import subprocess
import sys
from pathlib import Path

from PySide6.QtWidgets import QMessageBox

from conftest import FIXTURES
from test_ui_window import when_modal
from unquote.engine.files import fileformat
from unquote.ui.actions import commands

GOOD = FIXTURES / "files" / "good.unquote"

CHILD = """
import sys
from pathlib import Path
from PySide6.QtCore import QSettings, QTimer
from unquote.engine.files import fileformat
from unquote.ui.actions import commands
from unquote.ui.startup.app import make_app
from unquote.ui.comparison.autosave import Autosave
from unquote.ui.main_window import MainWindow

app = make_app()
window = MainWindow(QSettings(sys.argv[2] + "/settings.ini", QSettings.Format.IniFormat))
window.autosave.discard()
window.autosave = Autosave(window.session, Path(sys.argv[2]) / "autosave", window)
window.files.opened.connect(lambda _: commands.add_note(window.session, "sentence", (2,), (),
                                                        "Written before the crash", "needs-check"))
window.files.open_comparison(sys.argv[1])

def report():
    if window.autosave.path.exists():
        print(window.autosave.path, flush=True)
    else:
        QTimer.singleShot(50, report)

QTimer.singleShot(0, report)
app.exec()
"""


def test_notes_are_autosaved_until_saved(window, present, known_pair, qtbot, tmp_path):
    present(known_pair)
    commands.add_note(window.session, "link", (0,), (1,), "Keep me", "confirmed")
    qtbot.waitUntil(window.autosave.path.exists, timeout=10000)
    kept = fileformat.load(window.autosave.path)
    assert [a.text for a in kept.annotations] == ["Keep me"]
    assert window.files.save_as(str(tmp_path / "saved.unquote"))
    assert not window.autosave.path.exists()


def test_notes_of_a_killed_window_are_offered_back(window, qtbot, tmp_path):
    child = subprocess.Popen([sys.executable, "-c", CHILD, str(GOOD), str(tmp_path)], stdout=subprocess.PIPE,
                             env={**os.environ, "QT_QPA_PLATFORM": "offscreen"}, text=True)
    try:
        autosaved = Path(child.stdout.readline().strip())
    finally:
        child.send_signal(signal.SIGKILL)
        child.wait()
    assert autosaved.exists()
    window.autosave.folder = autosaved.parent
    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Open).click())
    assert window.autosave.offer_recovery(window)
    notes = [a.text for a in window.session.annotations]
    assert "Written before the crash" in notes and len(notes) == len(fileformat.load(GOOD).annotations) + 1
    assert not window.session.undo.isClean() and not autosaved.exists()
    assert window.autosave.path.exists()


def test_a_copy_that_cannot_be_written_is_said(window, present, known_pair, qtbot, tmp_path):
    blocked = tmp_path / "not-a-folder"
    blocked.write_text("a file where the folder should be", encoding="utf-8")
    window.autosave.folder, window.autosave.path = blocked, blocked / "1-1.unquote"
    present(known_pair)
    with qtbot.waitSignal(window.autosave.failed, timeout=10000):
        commands.add_note(window.session, "link", (0,), (1,), "Keep me", "confirmed")
    assert window.status_line.message.text().startswith("Cannot keep a copy of the unsaved notes")
