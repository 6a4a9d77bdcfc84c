"""Getting documents in: drops of files, text, HTML and web links; paste; manual alignment."""
from __future__ import annotations

import threading
from dataclasses import replace
from functools import partial
from http.server import SimpleHTTPRequestHandler, ThreadingHTTPServer

import pytest
from PySide6.QtCore import QMimeData, QPointF, Qt, QUrl
from PySide6.QtGui import QDragEnterEvent, QDropEvent
from PySide6.QtWidgets import QApplication

from conftest import FIXTURES
from test_ui_window import click_sentence, sentence_point

LEFT, RIGHT, ARTICLE = FIXTURES / "ui" / "left.txt", FIXTURES / "ui" / "right.txt", FIXTURES / "ui" / "article.html"


def drop(widget, mime: QMimeData) -> None:
    """Drag ``mime`` over ``widget`` and drop it, as a drag from another program would."""
    pos = QPointF(widget.width() / 2, widget.height() / 2)
    action = Qt.DropAction.CopyAction
    enter = QDragEnterEvent(pos.toPoint(), action, mime, Qt.MouseButton.LeftButton, Qt.KeyboardModifier.NoModifier)
    QApplication.sendEvent(widget, enter)
    assert enter.isAccepted()
    QApplication.sendEvent(widget, QDropEvent(pos, action, mime, Qt.MouseButton.LeftButton,
                                              Qt.KeyboardModifier.NoModifier))


def file_mime(*paths) -> QMimeData:
    mime = QMimeData()
    mime.setUrls([QUrl.fromLocalFile(str(p)) for p in paths])
    return mime


@pytest.fixture
def web_server():
    """A real HTTP server on 127.0.0.1 serving tests/fixtures/ui."""
    handler = partial(SimpleHTTPRequestHandler, directory=str(FIXTURES / "ui"))
    handler.log_message = lambda *args: None
    server = ThreadingHTTPServer(("127.0.0.1", 0), handler)
    thread = threading.Thread(target=server.serve_forever, daemon=True)
    thread.start()
    yield f"http://127.0.0.1:{server.server_address[1]}"
    server.shutdown()
    server.server_close()


def compared(window, qtbot, previous=None):
    """The comparison once a run finished (a new one, when ``previous`` is given)."""
    qtbot.waitUntil(lambda: window.session.comparison not in (None, previous), timeout=20000)
    return window.session.comparison


def test_a_file_dropped_on_a_pane_loads_there(window, qtbot):
    drop(window.views["right"].viewport(), file_mime(RIGHT))
    qtbot.waitUntil(lambda: window.session.documents["right"] is not None)  # read in the background
    assert window.session.documents["right"].source.endswith("right.txt")
    assert window.session.documents["left"] is None
    assert window.panes["right"].title.text() == "right.txt"
    qtbot.waitUntil(lambda: "Critics said" in window.views["right"].toPlainText())  # in the next turns


def test_two_files_dropped_on_the_window_load_both_and_compare(window, qtbot):
    drop(window, file_mime(LEFT, RIGHT))
    c = compared(window, qtbot)
    assert c.left.source.endswith("left.txt") and c.right.source.endswith("right.txt")
    assert len(c.links) >= 3 and not window.welcome.isVisible()


@pytest.mark.parametrize("text, html, expected", [
    ("The ferry sails at nine. It returns at noon.", None, "The ferry sails at nine."),
    ("menu text", ARTICLE.read_text(encoding="utf-8"), "Passengers have waited long enough"),
])
def test_dropped_text_and_html_become_documents(window, qtbot, text, html, expected):
    mime = QMimeData()
    mime.setText(text)
    if html:
        mime.setHtml(html)
    drop(window.views["left"].viewport(), mime)
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None)  # read in the background
    doc = window.session.documents["left"]
    assert expected in doc.text and "Subscribe" not in doc.text


def test_a_dropped_link_is_downloaded_in_the_background(window, qtbot, web_server):
    mime = QMimeData()
    mime.setUrls([QUrl(f"{web_server}/article.html")])
    drop(window.views["left"].viewport(), mime)
    assert window.session.documents["left"] is None  # not yet: the download runs
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None, timeout=10000)
    doc = window.session.documents["left"]
    assert "harbour ferry resumed" in doc.text and doc.source.startswith(web_server)


def test_a_failed_download_is_said_in_the_status_bar(window, qtbot, web_server):
    mime = QMimeData()
    mime.setUrls([QUrl(f"{web_server}/missing.html")])
    drop(window.views["left"].viewport(), mime)
    qtbot.waitUntil(lambda: bool(window.status_line.message.styleSheet()), timeout=10000)
    assert window.session.documents["left"] is None and window.status_line.message.text()


def test_paste_as_right(window, qtbot):
    QApplication.clipboard().setText("A pasted sentence about the ferry. Another one follows.")
    window.actions_["paste_right"].trigger()
    qtbot.waitUntil(lambda: window.session.documents["right"] is not None)  # read in the background
    assert window.session.documents["right"].text.startswith("A pasted sentence")


def test_manual_link_and_unlink_survive_reruns_and_undo(window, qtbot):
    drop(window, file_mime(LEFT, RIGHT))
    c = compared(window, qtbot)
    left, right = window.views["left"], window.views["right"]
    residents = next(i for i in range(len(c.left_sentences)) if c.sentence_text("left", i).startswith("Residents"))
    critics = next(i for i in range(len(c.right_sentences)) if c.sentence_text("right", i).startswith("Critics"))
    assert residents in c.unmatched("left") and critics in c.unmatched("right")
    qtbot.mouseClick(left.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=sentence_point(left, residents))
    qtbot.mouseClick(right.viewport(), Qt.MouseButton.LeftButton, Qt.KeyboardModifier.ControlModifier,
                     pos=sentence_point(right, critics))
    window.actions_["link"].trigger()
    c = compared(window, qtbot, c)
    manual = [k for k in c.links if k.left == (residents,) and k.right == (critics,)]
    assert manual and manual[0].origin == "manual"
    # unlink an automatic pair, then re-run with other options: both decisions hold
    repairs = next(n for n, k in enumerate(c.links) if c.sentence_text("left", k.left[0]).startswith("Repairs"))
    pair = c.links[repairs]
    click_sentence(qtbot, left, pair.left[0])
    window.actions_["unlink"].trigger()
    c = compared(window, qtbot, c)
    assert all(k.left != pair.left for k in c.links) and any(k.origin == "manual" for k in c.links)
    window.session.set_settings(replace(c.settings, ignore_case=True))
    c = compared(window, qtbot, c)
    assert pair.left[0] in c.unmatched("left") and any(k.right == (critics,) for k in c.links)
    assert [d.kind for d in c.decisions] == ["link", "unlink"]
    window.actions_["undo"].trigger()
    c = compared(window, qtbot, c)
    assert any(k.left == pair.left for k in c.links) and [d.kind for d in c.decisions] == ["link"]



def test_the_empty_window_says_what_to_do_and_offers_the_sample(window, qtbot):
    assert window.welcome.isVisible() and "Drop two articles" in window.welcome.text()
    assert "Drop the original article here" in window.views["left"].placeholderText()
    window.actions_["sample"].trigger()
    c = compared(window, qtbot)
    assert c.left.source.endswith("original.txt") and c.right.source.endswith("rewrite.txt")
    assert not window.welcome.isVisible()


def test_ctrl_v_pastes_into_an_empty_pane(window, qtbot):
    QApplication.clipboard().setText("Pasted straight into the left pane. It has two sentences.")
    window.views["left"].setFocus()
    qtbot.keyClick(window.views["left"], Qt.Key.Key_V, Qt.KeyboardModifier.ControlModifier)
    qtbot.waitUntil(lambda: window.session.documents["left"] is not None)  # read in the background
    assert window.session.documents["left"].text.startswith("Pasted straight")
    assert window.session.documents["right"] is None
