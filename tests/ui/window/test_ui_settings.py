"""What the window remembers (QSettings) and the options dialog that re-runs the comparison."""
from __future__ import annotations

from PySide6.QtCore import QSettings
from PySide6.QtWidgets import QMenu

from conftest import FIXTURES
from test_ui_window import when_modal
from unquote.ui.main_window import MainWindow
from unquote.ui.actions.options_dialog import OptionsDialog


def test_dock_layout_recent_files_and_options_are_remembered(window, present, known_pair, qtbot, tmp_path):
    present(known_pair)
    window.docks["quotes"].hide()
    assert window.files.save_as(str(tmp_path / "a.unquote"))

    def tick_ignore_case(dialog: OptionsDialog) -> None:
        dialog.boxes["ignore_case"].setChecked(True)
        dialog.spins["link_threshold"].setValue(0.45)
        dialog.accept()
    when_modal(qtbot, tick_ignore_case)
    window.actions_["options"].trigger()
    assert window.session.settings.ignore_case and window.session.settings.link_threshold == 0.45
    window.close()
    again = MainWindow(QSettings(window.qsettings.fileName(), QSettings.Format.IniFormat))
    qtbot.addWidget(again)
    again.show()
    assert again.qsettings.value("geometry") is not None
    assert not again.docks["quotes"].isVisible() and again.docks["summary"].isVisible()
    assert again.files.recent() == [str((tmp_path / "a.unquote").resolve())]
    recent_menu = again.menuBar().findChild(QMenu, "recentMenu")
    assert [a.text() for a in recent_menu.actions()] == [str((tmp_path / "a.unquote").resolve())]
    assert again.session.settings.ignore_case and again.session.settings.link_threshold == 0.45


def test_options_rerun_the_comparison(window, qtbot):
    window.loader.load_file("left", str(FIXTURES / "ui" / "left.txt"))
    window.loader.load_file("right", str(FIXTURES / "ui" / "right.txt"))
    qtbot.waitUntil(lambda: window.session.comparison is not None, timeout=20000)
    first = window.session.comparison
    assert not first.settings.ignore_punctuation

    def tick(dialog: OptionsDialog) -> None:
        dialog.boxes["ignore_punctuation"].setChecked(True)
        dialog.accept()
    when_modal(qtbot, tick)
    window.actions_["options"].trigger()
    qtbot.waitUntil(lambda: window.session.comparison not in (None, first), timeout=20000)
    assert window.session.comparison.settings.ignore_punctuation


def test_restore_defaults_in_the_options_dialog(qtbot):
    from unquote.engine.settings import Settings

    dialog = OptionsDialog(Settings(ignore_case=True, link_threshold=0.9))
    qtbot.addWidget(dialog)
    assert dialog.settings() == Settings(ignore_case=True, link_threshold=0.9)
    dialog._defaults()
    assert dialog.settings() == Settings()
