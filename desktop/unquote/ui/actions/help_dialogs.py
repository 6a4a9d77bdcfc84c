"""The Help menu's windows: keyboard shortcuts (from the one shortcut table), the user
guide (package data, read through importlib.resources) and About."""
from __future__ import annotations

import platform
from importlib.resources import files

from PySide6 import __version__ as pyside_version
from PySide6.QtCore import qVersion
from PySide6.QtGui import QAction, QKeySequence
from PySide6.QtWidgets import (
    QAbstractItemView,
    QDialog,
    QDialogButtonBox,
    QLabel,
    QTableWidget,
    QTableWidgetItem,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from ... import __version__
from .shortcuts import SHORTCUTS, key_sequences


def user_guide_html() -> str:
    """The short user guide shipped with the application."""
    return files("unquote.ui.actions").joinpath("user_guide.html").read_text(encoding="utf-8")


def shortcut_rows(actions: dict[str, QAction]) -> list[tuple[str, str]]:
    """(what it does, keys) for every entry of the shortcut table, in its order."""
    rows = []
    for name in SHORTCUTS:
        action = actions.get(name)
        label = action.text().replace("&", "").rstrip("…") if action is not None else name.replace("_", " ")
        keys = ", ".join(k.toString(QKeySequence.SequenceFormat.NativeText) for k in key_sequences(name))
        rows.append((label, keys))
    return rows


def _dialog(title: str, body: QWidget, parent: QWidget | None, size: tuple[int, int]) -> QDialog:
    dialog = QDialog(parent)
    dialog.setWindowTitle(f"{title} — Unquote")
    buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Close)
    buttons.rejected.connect(dialog.reject)
    layout = QVBoxLayout(dialog)
    layout.addWidget(body, 1)
    layout.addWidget(buttons)
    dialog.resize(*size)
    return dialog


def shortcuts_dialog(actions: dict[str, QAction], parent: QWidget | None = None) -> QDialog:
    rows = shortcut_rows(actions)
    table = QTableWidget(len(rows), 2)
    table.setObjectName("shortcutTable")
    table.setHorizontalHeaderLabels(["Action", "Keys"])
    table.verticalHeader().hide()
    table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
    for r, (label, keys) in enumerate(rows):
        table.setItem(r, 0, QTableWidgetItem(label))
        table.setItem(r, 1, QTableWidgetItem(keys))
    table.resizeColumnsToContents()
    table.horizontalHeader().setStretchLastSection(True)
    return _dialog("Keyboard Shortcuts", table, parent, (600, 600))


def guide_dialog(parent: QWidget | None = None) -> QDialog:
    browser = QTextBrowser()
    browser.setObjectName("userGuide")
    browser.setHtml(user_guide_html())
    return _dialog("User Guide", browser, parent, (620, 640))


def about_text() -> str:
    return (f"<h3>Unquote {__version__}</h3>"
            "<p>Compares a news article with its rewrite: aligned sentences, word changes "
            "and every quotation whose words, speaker or reporting verb changed.</p>"
            "<p>Licence: MIT.</p>"
            f"<p>Qt {qVersion()} · PySide6 {pyside_version} · Python {platform.python_version()}</p>")


def about_dialog(parent: QWidget | None = None) -> QDialog:
    label = QLabel(about_text())
    label.setObjectName("aboutText")
    label.setWordWrap(True)
    return _dialog("About", label, parent, (420, 220))
