"""Text taken from documents or saved comparisons is shown as plain text in every widget:
documents whose title, name and sentences hold HTML are dropped on the window, then every
label, tooltip, list entry and rich-text view is checked for a rendered tag."""
from __future__ import annotations

from PySide6.QtCore import QMimeData, Qt, QUrl
from PySide6.QtWidgets import QLabel, QTextEdit, QTreeWidget, QWidget

from test_ui_window import click_sentence

TAGS = '<img src="/tmp/x.png"><font size=7>BIG</font><a href="https://evil.example/">link</a>'
LEFT = (f"title: Council {TAGS}\n\n"
        f"The council met on Monday {TAGS}.\n\n"
        f"“We will act now {TAGS},” said Mara Lind.\n\n"
        "The plan costs four million.\n")
RIGHT = (f"title: Council votes {TAGS}\n\n"
         f"The council met on Monday {TAGS}.\n\n"
         f"“We acted {TAGS},” claimed Mara Lind.\n\n"
         "The plan costs five million.\n")


def rendered_tags(window) -> list[str]:
    """Every place where a tag of TAGS would be rendered rather than shown as text."""
    found = []
    for widget in [window, *window.findChildren(QWidget)]:
        if "<img" in widget.toolTip():
            found.append(f"tooltip of {widget.objectName() or type(widget).__name__}")
        if isinstance(widget, QLabel) and "<img" in widget.text() and widget.textFormat() != Qt.TextFormat.PlainText:
            found.append(f"label {widget.objectName()}")
        if isinstance(widget, QTextEdit) and ("<img" in widget.toHtml() or "evil.example" in widget.toHtml()
                                              and "&lt;a href" not in widget.toHtml()):
            found.append(f"rich text of {widget.objectName() or type(widget).__name__}")
        if isinstance(widget, QTreeWidget):
            for n in range(widget.topLevelItemCount()):
                item = widget.topLevelItem(n)
                if any("<img" in item.toolTip(c) for c in range(widget.columnCount())):
                    found.append(f"tooltip of an entry of {widget.objectName()}")
    return found


def test_html_in_documents_and_notes_is_never_rendered(window, qtbot, tmp_path):
    folder = tmp_path / '<b>folder<img src="x.png">'
    folder.mkdir()
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(LEFT, encoding="utf-8")
    right.write_text(RIGHT, encoding="utf-8")
    drop = QMimeData()
    drop.setUrls([QUrl.fromLocalFile(str(left)), QUrl.fromLocalFile(str(right))])
    window.loader.load_mime(drop, None, "left")
    qtbot.waitUntil(lambda: window.session.comparison is not None and window.presented(), timeout=30000)
    click_sentence(qtbot, window.views["left"], 1)
    assert window.notes.add_note(f"Check this {TAGS}")
    window.say(f"Saved {folder}/x.unquote")
    assert "Council <img" in window.panes["left"].title.text()
    assert "<img" in window.quote_panel.browser.toPlainText()
    assert rendered_tags(window) == []
