"""Find, zoom, swap and synchronised-scrolling toggle from the menus and their shortcuts."""
from __future__ import annotations

from PySide6.QtCore import Qt

from conftest import FIXTURES
from unquote.ui.panes.document_pane import DEFAULT_ZOOM


def test_find_walks_both_documents(window, present, known_pair, qtbot):
    present(known_pair)
    window.actions_["find"].trigger()
    assert window.find_bar.isVisible()
    qtbot.keyClicks(window.find_bar.field, "library")
    side, start, end = window.find_bar.found
    assert side == "left" and known_pair.left.text[start:end] == "library"
    sides = []
    for _ in range(4):
        window.actions_["find_next"].trigger()
        sides.append(window.find_bar.found[0])
    assert sides == ["left", "right", "right", "left"]  # wraps around to the first match
    window.find_bar.field.setText("rushed")
    assert window.find_bar.found[0] == "right"
    window.find_bar.field.setText("nowhere to be found")
    assert window.find_bar.found is None and window.find_bar.status.text() == "not found"


def test_zoom_shortcuts_change_the_reading_size(window, present, known_pair, qtbot):
    present(known_pair)
    window.activateWindow()
    qtbot.waitUntil(lambda: window.isActiveWindow())
    before = window.views["left"].font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_Plus, Qt.KeyboardModifier.ControlModifier)
    assert window.views["left"].font().pointSizeF() == before + 1 == window.views["right"].font().pointSizeF()
    qtbot.keyClick(window, Qt.Key.Key_0, Qt.KeyboardModifier.ControlModifier)
    assert window.views["left"].font().pointSizeF() == DEFAULT_ZOOM == window.session.view["zoom"]


def test_swap_sides_reruns_with_the_documents_exchanged(window, qtbot):
    window.loader.load_file("left", str(FIXTURES / "ui" / "left.txt"))
    window.loader.load_file("right", str(FIXTURES / "ui" / "right.txt"))
    qtbot.waitUntil(lambda: window.session.comparison is not None, timeout=20000)
    window.actions_["swap"].trigger()
    qtbot.waitUntil(lambda: window.session.comparison is not None, timeout=20000)
    c = window.session.comparison
    assert c.left.source.endswith("right.txt") and c.right.source.endswith("left.txt")
    assert window.panes["left"].title.text() == "right.txt"


def test_sync_toggle_is_saved_in_the_view_options(window, present, known_pair):
    present(known_pair)
    window.actions_["sync_scroll"].trigger()
    assert not window.sync.enabled and window.session.current().view["sync"] is False
