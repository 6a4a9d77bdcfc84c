"""The file workflow: dropped comparisons, Recent pairs, suggested names, titles, the find
bar's count and Esc, the note dialog's keys, pasted-text names, unrelated documents."""
from __future__ import annotations

import argparse

import pytest
from conftest import FIXTURES
from PySide6.QtCore import QMimeData, Qt
from PySide6.QtWidgets import QApplication, QFileDialog
from test_ui_inputs import compared, drop, file_mime
from test_ui_window import when_modal
from unquote.engine.files.fileformat import dumps
from unquote.engine.model import Document
from unquote.engine.appearance.naming import document_name, suggested_name
from unquote.ui.startup.app import open_inputs
from unquote.ui.actions.file_actions import recent_label
from unquote.ui.panels.note_dialog import NoteDialog

LEFT, RIGHT = FIXTURES / "ui" / "left.txt", FIXTURES / "ui" / "right.txt"


def test_a_dropped_comparison_file_reopens_as_a_comparison(window, known_pair, qtbot, tmp_path):
    path = tmp_path / "saved.unquote"
    path.write_text(dumps(known_pair), encoding="utf-8")
    drop(window.views["left"].viewport(), file_mime(path))
    qtbot.waitUntil(lambda: window.session.comparison is not None)  # read in the background
    assert window.session.path == str(path)
    assert window.session.comparison is not None and window.session.documents["left"].text == known_pair.left.text


def test_pairs_from_open_pair_and_the_command_line_go_into_recent(window, qtbot):
    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(f'"{LEFT}" "{RIGHT}"')
        dialog.accept()
    when_modal(qtbot, choose)
    window.actions_["open_pair"].trigger()
    entry = window.files.recent()[0]
    assert recent_label(entry) == "left.txt ↔ right.txt"
    first = compared(window, qtbot)
    open_inputs(window, argparse.Namespace(files=[str(RIGHT), str(LEFT)], demo=False))
    assert recent_label(window.files.recent()[0]) == "right.txt ↔ left.txt"
    compared(window, qtbot, first)
    window.files.open_recent(entry)
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None
                    and window.session.documents["left"].source.endswith("left.txt"))
    menu = window.menuBar().findChild(type(window.menuBar().actions()[0].menu()), "recentMenu")
    assert "left.txt ↔ right.txt" in [a.text() for a in menu.actions()]


def test_save_and_export_suggest_a_name_from_both_documents(window, present, known_pair, qtbot, tmp_path):
    present(known_pair)
    offered = []

    def look(dialog: QFileDialog) -> None:
        offered.append(dialog.selectedFiles()[0].rsplit("/", 1)[-1])
        dialog.reject()
    for action in ("save_as", "export_html", "export_pdf"):
        when_modal(qtbot, look)
        window.actions_[action].trigger()
    assert offered == ["left-vs-right.unquote", "left-vs-right.html", "left-vs-right.pdf"]


@pytest.mark.parametrize("title, source, text, expected", [
    ("Council votes", "/news/a.txt", "Body.", "Council votes"),
    ("", "/news/plain-article.txt", "Body.", "plain-article.txt"),
    ("", "", "The mayor said on Monday that the bridge would reopen.", "The mayor said on Monday that…"),
    ("pasted", "pasted", "Short text.", "Short text."),
])
def test_documents_are_named_by_title_file_or_first_words(title, source, text, expected):
    doc = Document(text=text, paragraphs=((0, len(text)),), source=source, title=title, kind="text")
    assert document_name(doc) == expected


def test_suggested_file_names_are_safe():
    a = Document(text="x", paragraphs=((0, 1),), source="/n/Wire Story (AP).txt", title="", kind="text")
    b = Document(text="x", paragraphs=((0, 1),), source="", title="Site: Copy / v2", kind="text")
    assert suggested_name(a, b, "pdf") == "wire-story-ap-vs-site-copy-v2.pdf"


def test_the_title_names_both_documents(window, present, known_pair):
    present(known_pair)
    assert window.windowTitle().startswith("left ↔ right")


def test_pasted_text_is_titled_by_its_first_words(window, qtbot):
    mime = QMimeData()
    mime.setText("Ferry fares will rise by a tenth next spring, the operator said.")
    drop(window.views["left"].viewport(), mime)
    qtbot.waitUntil(lambda: window.panes["left"].title.full_text.startswith("Ferry fares will rise"))
    assert "pasted" not in window.windowTitle()


def test_find_bar_counts_matches_and_esc_closes_it(window, present, known_pair, qtbot):
    present(known_pair)
    window.actions_["find"].trigger()
    window.find_bar.field.setText("library")
    total = known_pair.left.text.count("library") + known_pair.right.text.count("library")
    assert window.find_bar.status.text().startswith(f"1 of {total}")
    window.actions_["find_next"].trigger()
    assert window.find_bar.status.text().startswith(f"2 of {total}")
    qtbot.keyClick(window.find_bar.field, Qt.Key.Key_Escape)
    assert not window.find_bar.isVisible()


@pytest.mark.parametrize("key", [Qt.Key.Key_Return, Qt.Key.Key_Enter])
def test_note_dialog_is_confirmed_with_ctrl_return(qtbot, key):
    dialog = NoteDialog("Pair left 1 ↔ right 2")
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitExposed(dialog)
    dialog.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is dialog)
    dialog.text.setFocus()
    qtbot.keyClicks(dialog.text, "Check the verb")
    with qtbot.waitSignal(dialog.accepted, timeout=2000):
        qtbot.keyClick(dialog.text, key, Qt.KeyboardModifier.ControlModifier)
    assert dialog.values()[0] == "Check the verb"


def test_notes_table_shows_the_whole_note(window, present, known_pair, qtbot):
    present(known_pair)
    window.nav.select((0,), (1,))
    window.notes.add_note("The closure became a shutdown: ask the desk why")
    tree = window.notes_panel.tree
    assert tree.columnWidth(0) >= tree.viewport().width() - tree.columnWidth(1) - tree.columnWidth(2) - 2
    assert tree.columnWidth(0) > 150


def test_navigation_starts_from_what_is_on_screen(window, present, known_pair, qtbot):
    window.resize(900, 330)
    window.set_zoom(22)
    present(known_pair)
    window.actions_["next_change"].trigger()
    assert window.notes.selection == ((0,), (1,))
    bar = window.views["left"].verticalScrollBar()
    bar.setValue(bar.maximum())
    qtbot.waitUntil(lambda: window.views["left"].first_visible_sentence() >= 3)
    window.actions_["next_change"].trigger()
    assert min(window.notes.selection[0] or (99,)) >= 3 or window.notes.selection[0] == ()


def test_unrelated_documents_are_flagged(window, qtbot):
    for side, text in (("left", "The harbour froze over. Boats stayed in port. Fishermen waited."),
                       ("right", "A new violin concerto premiered. Critics praised the soloist. Tickets sold out.")):
        mime = QMimeData()
        mime.setText(text)
        drop(window.views[side].viewport(), mime)
    compared(window, qtbot)
    qtbot.waitUntil(lambda: "share almost nothing" in window.status_line.message.text(), timeout=5000)
    QApplication.processEvents()
