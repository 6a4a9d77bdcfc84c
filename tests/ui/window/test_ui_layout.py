"""The window's layout: findings first at every size from 1280x720, long paths elided,
docks remembered, ribbons clipped to the text, Help dialogs, legend and word marks."""
from __future__ import annotations

import pytest
from PySide6.QtCore import QSettings
from PySide6.QtGui import QTextDocumentFragment
from PySide6.QtWidgets import QApplication, QTableWidget, QWidget
from unquote.engine.model import Document
from unquote.ui.actions.help_dialogs import user_guide_html
from unquote.ui.main_window import MainWindow
from unquote.ui.actions.shortcuts import SHORTCUTS


def make_window(qtbot, tmp_path, size: tuple[int, int]) -> MainWindow:
    w = MainWindow(QSettings(str(tmp_path / "layout.ini"), QSettings.Format.IniFormat))
    qtbot.addWidget(w, before_close_func=lambda win: win.session.undo.setClean())
    w.resize(*size)
    w.show()
    qtbot.waitExposed(w)
    return w


def on_screen(widget, window, least: int = 80) -> bool:
    """Visible, not hidden behind a tab, at least ``least`` px each way, inside the window."""
    if not widget.isVisible() or widget.visibleRegion().isEmpty():
        return False
    top_left = widget.mapTo(window, widget.rect().topLeft())
    return (widget.width() >= least and widget.height() >= 80 and top_left.x() >= 0 and top_left.y() >= 0
            and top_left.x() + widget.width() <= window.width() and top_left.y() + widget.height() <= window.height())


@pytest.mark.parametrize("size", [(1280, 720), (1600, 1000), (1920, 1080)])
def test_every_dock_and_both_panes_are_on_screen_and_findings_get_the_most_room(qtbot, tmp_path, known_pair, size):
    w = make_window(qtbot, tmp_path, size)
    w.session.open_comparison(known_pair, "")
    qtbot.waitUntil(w.presented, timeout=10000)
    for widget in (*w.panes.values(), *(d.widget() for d in w.docks.values())):
        assert on_screen(widget, w), widget.objectName() or type(widget).__name__
    assert on_screen(w.strip, w, least=20) and on_screen(w.band, w, least=40)
    assert min(p.view.width() for p in w.panes.values()) >= 300
    quotes = w.docks["quotes"].widget()
    for name in ("notes", "summary"):
        other = w.docks[name].widget()
        assert quotes.width() * quotes.height() > 2 * other.width() * other.height()
    assert quotes.height() > 0.7 * w.height() and quotes.width() >= 360


def test_a_long_path_is_elided_and_never_widens_the_window(window, qtbot, tmp_path):
    path = "/" + "/".join(["a-rather-long-folder-name"] * 6) + "/article.txt"
    doc = Document(text="One sentence.", paragraphs=((0, 13),), source=path, title="", kind="text")
    window.session.set_document("left", doc)
    pane = window.panes["left"]
    assert window.minimumSizeHint().width() < 1280
    assert QTextDocumentFragment.fromHtml(pane.source.toolTip()).toPlainText() == path  # as plain text
    assert pane.source.fontMetrics().horizontalAdvance(pane.source.text()) <= pane.source.width()
    assert "…" in pane.source.text()


def test_dock_places_are_remembered(qtbot, tmp_path):
    w = make_window(qtbot, tmp_path, (1400, 900))
    w.docks["notes"].hide()
    w.close()
    again = make_window(qtbot, tmp_path, (1400, 900))
    assert not again.docks["notes"].isVisible() and again.docks["quotes"].isVisible()


def test_ribbons_stay_inside_the_text_area(window, present, known_pair):
    window.resize(900, 330)
    window.set_zoom(22)
    present(known_pair)
    window.views["left"].verticalScrollBar().setValue(window.views["left"].verticalScrollBar().maximum())
    QApplication.processEvents()
    area = window.band.text_area()
    assert area.top() > 0
    image = window.band.grab().toImage()
    above = {image.pixelColor(x, y).name() for x in range(image.width()) for y in range(int(area.top()) - 1)}
    assert above <= {window.band.palette().window().color().name()}


def run_dialog(qtbot, action, check) -> None:
    """Trigger ``action``, check the dialog it opens, close it."""
    seen = []

    def handle() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            qtbot.wait(10)
            return handle()
        seen.append(check(dialog))
        dialog.reject()

    from PySide6.QtCore import QTimer
    QTimer.singleShot(0, handle)
    action.trigger()
    assert seen == [True]


def test_help_menu_opens_guide_shortcuts_legend_and_about(window, qtbot):
    a = window.actions_
    assert a["user_guide"].shortcut().toString() == "F1"
    run_dialog(qtbot, a["user_guide"], lambda d: "five minutes" in d.findChild(QWidget, "userGuide").toPlainText())
    run_dialog(qtbot, a["shortcuts"], lambda d: d.findChild(QTableWidget, "shortcutTable").rowCount() == len(SHORTCUTS))
    run_dialog(qtbot, a["legend"], lambda d: "Find hit" in d.findChild(QWidget, "legendText").text())
    run_dialog(qtbot, a["about"], lambda d: "Licence: MIT" in d.findChild(QWidget, "aboutText").text()
               and "Python 3." in d.findChild(QWidget, "aboutText").text())


def test_shortcut_table_lists_menu_texts_and_keys(window):
    from unquote.ui.actions.help_dialogs import shortcut_rows

    rows = dict(shortcut_rows(window.actions_))
    assert rows["Next Quote Change"] == "Alt+Shift+Down"
    assert rows["Word Marks"] == "Ctrl+Shift+W"


def test_user_guide_is_package_data():
    html = user_guide_html()
    assert "<h2>" in html and "Quotation findings" in html


def test_the_legend_names_every_mark(window):
    from unquote.ui.panels.legend import legend_html

    text = legend_html(window.palette_)
    for words in ("Reworded", "left text", "right text", "one side only", "moved", "Quotation with a finding",
                  "Note", "selected pair", "Find hit", "map"):
        assert words.lower() in text.lower(), words


def test_word_marks_can_be_switched_off(window, present, known_pair, qtbot):
    present(known_pair)
    view = window.views["left"]

    def background_at(word: str) -> str:
        return view.format_at(known_pair.left.text.index(word)).background().color().name()

    marked = background_at("close")
    assert marked == window.palette_.deleted.name()
    window.actions_["word_marks"].setChecked(False)
    qtbot.waitUntil(window.presented, timeout=10000)
    assert background_at("close") == window.palette_.reworded.name()
    window.actions_["word_marks"].setChecked(True)
    qtbot.waitUntil(window.presented, timeout=10000)
    assert background_at("close") == marked


def test_selection_is_an_outline_so_word_marks_stay(window, present, known_pair, qtbot):
    present(known_pair)
    window.nav.select((0,), (1,))
    assert window.views["left"].extraSelections() == []
    image = window.views["left"].viewport().grab().toImage()
    colours = {image.pixelColor(x, y).name() for x in range(40) for y in range(image.height())}
    assert window.palette_.selection.name() in colours


def test_a_dock_layout_from_an_older_version_is_not_restored(qtbot, tmp_path):
    old = make_window(qtbot, tmp_path, (1400, 900))
    old.docks["quotes"].hide()
    old.qsettings.setValue("state", old.saveState(1))
    old.qsettings.sync()
    again = make_window(qtbot, tmp_path, (1400, 900))
    assert again.docks["quotes"].isVisible()
