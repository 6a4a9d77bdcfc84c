"""The window on the hand-aligned fixture pair: clicking, navigating, quotes, notes, files."""
from __future__ import annotations

from PySide6.QtCore import QEvent, QPoint, Qt, QTimer
from PySide6.QtGui import QHelpEvent, QTextCursor
from PySide6.QtWidgets import QApplication, QFileDialog, QMessageBox, QToolTip

from unquote.engine.files.fileformat import load
from unquote.ui.panels.note_dialog import NoteDialog


def sentence_point(view, index: int) -> QPoint:
    start, _ = view.sentence_span_qt(index)
    cursor = QTextCursor(view.document())
    cursor.setPosition(start + 2)
    return view.cursorRect(cursor).center()


def click_sentence(qtbot, view, index: int) -> None:
    qtbot.mouseClick(view.viewport(), Qt.MouseButton.LeftButton, pos=sentence_point(view, index))


def when_modal(qtbot, handle) -> None:
    """Run ``handle(dialog)`` on the next modal dialog (dialogs block the test otherwise)."""
    def poll() -> None:
        dialog = QApplication.activeModalWidget()
        if dialog is None:
            QTimer.singleShot(10, poll)
        else:
            handle(dialog)
    QTimer.singleShot(0, poll)


def test_click_selects_partner_and_brings_it_level(window, present, known_pair, qtbot):
    window.resize(900, 330)
    window.set_zoom(22)
    present(known_pair)
    left, right = window.views["left"], window.views["right"]

    def at_the_bottom() -> bool:  # the scroll range grows while the text is laid out in idle time
        right.verticalScrollBar().setValue(right.verticalScrollBar().maximum())
        return right.first_visible_sentence() >= 3

    qtbot.waitUntil(at_the_bottom)
    click_sentence(qtbot, left, 0)
    assert left.selected_sentences() == (0,) and right.selected_sentences() == (1,)
    assert window.band.selected_link == 0
    left_top, _ = left.sentence_rect(0)
    right_top, _ = right.sentence_rect(1)
    assert abs(left_top - right_top) <= right.fontMetrics().lineSpacing() + 1
    assert "Reworded" in window.status_line.message.text()


def test_alt_arrows_walk_the_changes(window, present, known_pair, qtbot):
    present(known_pair)
    window.activateWindow()
    qtbot.waitUntil(lambda: QApplication.activeWindow() is window)
    visited = []
    for _ in range(7):
        qtbot.keyClick(window, Qt.Key.Key_Down, Qt.KeyboardModifier.AltModifier)
        visited.append(window.notes.selection)
    assert visited == [((0,), (1,)), ((1,), (2,)), ((3,), (4,)), ((), (5,)), ((4,), ()), ((5,), (0,)), ((5,), (0,))]
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier)
    assert window.notes.selection == ((4,), ())
    qtbot.keyClick(window, Qt.Key.Key_Up, Qt.KeyboardModifier.AltModifier | Qt.KeyboardModifier.ShiftModifier)
    assert window.notes.selection == ((1,), (2,)) and window.notes.focus_quote == 0


def test_sidebar_entry_brings_both_quotes_into_view(window, present, known_pair, qtbot):
    present(known_pair)
    browser = window.quote_panel.browser
    assert window.quote_panel.counts()["wording"] == 1
    html = browser.toHtml()
    assert "<s>" in html or "line-through" in html
    found = browser.document().find("Finding 1")
    rect = browser.cursorRect(found)
    with qtbot.waitSignal(window.quote_panel.quoteActivated) as signal:
        qtbot.mouseClick(browser.viewport(), Qt.MouseButton.LeftButton, pos=rect.center() - QPoint(8, 0))
    assert signal.args == [0]
    for side, quote in (("left", known_pair.left_quotes[0]), ("right", known_pair.right_quotes[0])):
        spans = [(s.cursor.selectionStart(), s.cursor.selectionEnd()) for s in window.views[side].extraSelections()]
        assert (quote.start, quote.end) in spans


def fill_note(text: str, status_index: int):
    def handle(dialog: NoteDialog) -> None:
        dialog.text.setPlainText(text)
        dialog.status.setCurrentIndex(status_index)
        dialog.accept()
    return handle


def test_note_add_edit_undo_redo(window, present, known_pair, qtbot):
    present(known_pair)
    click_sentence(qtbot, window.views["right"], 5)
    when_modal(qtbot, fill_note("Who are the critics?", 0))
    window.actions_["add_note"].trigger()
    (note,) = window.session.annotations
    assert (note.target, note.left, note.right, note.text) == ("sentence", (), (5,), "Who are the critics?")
    assert 5 in window.views["right"].markers() and window.isWindowModified()
    window.notes_panel.tree.setCurrentItem(window.notes_panel.tree.topLevelItem(0))
    when_modal(qtbot, fill_note("Unnamed critics", 1))
    qtbot.mouseClick(window.notes_panel.edit_button, Qt.MouseButton.LeftButton)
    assert window.session.annotations[0].status == "confirmed"
    assert window.notes_panel.tree.topLevelItem(0).text(0) == "Unnamed critics"
    window.actions_["undo"].trigger()
    assert window.session.annotations[0].text == "Who are the critics?"
    window.actions_["undo"].trigger()
    assert window.session.annotations == () and window.views["right"].markers() == {}
    assert not window.isWindowModified()
    window.actions_["redo"].trigger()
    assert window.session.annotations[0].text == "Who are the critics?"


def test_save_and_reopen_through_the_menu_gives_an_equal_comparison(window, present, known_pair, qtbot, tmp_path):
    present(known_pair)
    click_sentence(qtbot, window.views["left"], 0)
    window.notes.add_note("closure wording softened")
    window.set_zoom(14)
    path = str(tmp_path / "fixture.unquote")
    assert window.files.save_as(path)
    assert not window.isWindowModified() and window.windowTitle().startswith("fixture.unquote")
    saved = window.session.current()
    assert load(path) == saved
    window.close_comparison()
    assert window.session.comparison is None

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(path)
        dialog.accept()
    when_modal(qtbot, choose)
    with qtbot.waitSignal(window.files.opened, timeout=30000):  # read in the background
        window.actions_["open_comparison"].trigger()
    assert window.session.current() == saved
    assert window.notes_panel.tree.topLevelItemCount() == 1 and window.zoom == 14


def test_closing_with_unsaved_notes_asks_first(window, present, known_pair, qtbot):
    present(known_pair)
    click_sentence(qtbot, window.views["left"], 4)
    window.notes.add_note("check with the library")
    seen = []

    def answer(button):
        def handle(box: QMessageBox) -> None:
            seen.append(box.text())
            box.button(button).click()
        return handle
    when_modal(qtbot, answer(QMessageBox.StandardButton.Cancel))
    window.close()
    assert window.isVisible() and "not saved" in seen[0]
    when_modal(qtbot, answer(QMessageBox.StandardButton.Discard))
    window.close()
    assert not window.isVisible() and len(seen) == 2


def test_exports_carry_the_comparison_and_notes(window, present, known_pair, qtbot, tmp_path):
    present(known_pair)
    click_sentence(qtbot, window.views["left"], 0)
    window.notes.add_note("Softer verb & <b>tag</b>")
    html_path, pdf_path = tmp_path / "r.html", tmp_path / "r.pdf"
    with qtbot.waitSignal(window.files.done, timeout=30000,
                          check_params_cb=lambda message: message.startswith("Exported")):
        assert window.files.export_html(str(html_path))
    html = html_path.read_text(encoding="utf-8")
    assert "Riverside library" in html and "shut" in html and "Softer verb &amp; &lt;b&gt;tag" in html
    with qtbot.waitSignal(window.files.done, timeout=30000,
                          check_params_cb=lambda message: message.startswith("Exported")):
        assert window.files.export_pdf(str(pdf_path))
    assert pdf_path.read_bytes()[:5] == b"%PDF-" and pdf_path.stat().st_size > 2000


def test_hover_names_kind_similarity_and_partner(window, present, known_pair, qtbot):
    present(known_pair)
    for side, index, expected in (("left", 0, "Reworded, similarity 74% — partner sentence 2"),
                                  ("left", 3, "Identical except case, punctuation"),
                                  ("right", 5, "Only in the right text")):
        view = window.views[side]
        pos = sentence_point(view, index)
        QApplication.sendEvent(view.viewport(), QHelpEvent(QEvent.Type.ToolTip, pos, view.viewport().mapToGlobal(pos)))
        assert QToolTip.text().startswith(expected)


def test_scrolling_keeps_partners_level_until_the_toggle_is_off(window, present, known_pair, qtbot):
    window.resize(900, 330)
    window.set_zoom(22)
    present(known_pair)
    left, right = window.views["left"], window.views["right"]
    left.scroll_sentence_to_y(2, 0)
    qtbot.waitUntil(lambda: right.first_visible_sentence() == 3)
    assert abs(left.sentence_rect(2)[0] - right.sentence_rect(3)[0]) <= right.fontMetrics().lineSpacing() + 1
    window.actions_["sync_scroll"].trigger()
    before = right.verticalScrollBar().value()
    left.verticalScrollBar().setValue(0)
    assert right.verticalScrollBar().value() == before


def test_overview_strip_click_jumps_there(window, present, known_pair, qtbot):
    window.resize(900, 330)
    window.set_zoom(22)
    present(known_pair)
    left = window.views["left"]
    assert left.first_visible_sentence() == 0
    qtbot.mouseClick(window.strip, Qt.MouseButton.LeftButton, pos=QPoint(2, window.strip.height() - 2))
    assert left.last_visible_sentence() == len(known_pair.left_sentences) - 1


def test_note_on_a_quote_from_the_sidebar(window, present, known_pair):
    present(known_pair)
    window.nav.show_quote(0)
    window.notes.add_note("verb turned loaded")
    (note,) = window.session.annotations
    assert (note.target, note.left, note.right) == ("quote", (0,), (0,))
    assert window.notes_panel.tree.topLevelItem(0).text(2) == "Finding 1"
    assert 1 in window.views["left"].markers() and 2 in window.views["right"].markers()


def test_a_new_document_asks_before_dropping_unsaved_notes(window, present, known_pair, qtbot):
    present(known_pair)
    click_sentence(qtbot, window.views["left"], 0)
    window.notes.add_note("keep me")
    when_modal(qtbot, lambda box: box.button(QMessageBox.StandardButton.Cancel).click())
    window.replace_document("left", known_pair.right)
    assert window.session.annotations and window.session.documents["left"] is known_pair.left


def test_open_left_through_the_menu(window, qtbot):
    from conftest import FIXTURES

    def choose(dialog: QFileDialog) -> None:
        dialog.selectFile(str(FIXTURES / "ui" / "left.txt"))
        dialog.accept()
    when_modal(qtbot, choose)
    window.actions_["open_left"].trigger()
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None)  # read in the background
    assert window.session.documents["left"].source.endswith("left.txt")
    assert window.panes["left"].title.text() == "left.txt" and window.session.documents["right"] is None
    assert window.files.recent()[0].endswith("left.txt")


def test_a_saved_comparison_opens_in_the_background_and_says_so(window, present, known_pair, qtbot, tmp_path):
    present(known_pair)
    path = str(tmp_path / "pair.unquote")
    assert window.files.save_as(path)
    window.close_comparison()
    window.files.open_comparison(path)
    assert window.status_line.message.text() == "Opening pair.unquote…"
    qtbot.waitUntil(lambda: window.session.comparison is not None and window.presented())
    assert window.session.current() == load(path)
    assert window.status_line.message.text().startswith("Opened pair.unquote")


def test_a_damaged_comparison_file_is_refused_with_a_message(window, qtbot, tmp_path):
    path = tmp_path / "broken.unquote"
    path.write_text('{"format": "unquote-comparison", "version": 1, "documents": ', encoding="utf-8")
    with qtbot.waitSignal(window.files.failed, timeout=10000) as blocker:
        window.files.open_comparison(str(path))
    assert "broken.unquote" in blocker.args[0] and window.session.comparison is None
