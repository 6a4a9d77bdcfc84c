"""The main window's menus and actions, with their shortcuts from :mod:`shortcuts`."""
from __future__ import annotations

from typing import TYPE_CHECKING, Callable

from PySide6.QtGui import QAction
from PySide6.QtWidgets import QMenu

from ..panes.document_pane import DEFAULT_ZOOM
from .file_actions import recent_label
from .shortcuts import SHORTCUTS, key_sequences

if TYPE_CHECKING:
    from ..main_window import MainWindow


def _action(window: "MainWindow", actions: dict[str, QAction], menu: QMenu, name: str, text: str,
            slot: Callable[[], object] | None = None, checkable: bool = False) -> QAction:
    action = QAction(text, window)
    action.setObjectName(name)
    if name in SHORTCUTS:
        action.setShortcuts(key_sequences(name))
    action.setCheckable(checkable)
    if slot is not None:
        action.triggered.connect(lambda checked=False: slot())
    menu.addAction(action)
    actions[name] = action
    return action


def build_menus(w: "MainWindow") -> dict[str, QAction]:
    """Create the menu bar of ``w``; returns its actions by name."""
    a: dict[str, QAction] = {}
    bar = w.menuBar()
    f = bar.addMenu("&File")
    _action(w, a, f, "open_left", "Open &Left…", lambda: w.files.open_side("left"))
    _action(w, a, f, "open_right", "Open &Right…", lambda: w.files.open_side("right"))
    _action(w, a, f, "open_pair", "Open &Pair…", w.files.open_pair)
    _action(w, a, f, "open_comparison", "Open &Comparison…", lambda: w.files.open_comparison())
    recent = f.addMenu("Recen&t")
    recent.setObjectName("recentMenu")

    def fill_recent() -> None:
        recent.clear()
        for path in w.files.recent():
            recent.addAction(recent_label(path), lambda p=path: w.files.open_recent(p))
        recent.setEnabled(bool(w.files.recent()))

    w.files.recentChanged.connect(fill_recent)
    fill_recent()
    _action(w, a, f, "sample", "Open the &Sample Pair", w.open_sample)
    f.addSeparator()
    _action(w, a, f, "save", "&Save", w.files.save)
    _action(w, a, f, "save_as", "Save &As…", lambda: w.files.save_as())
    _action(w, a, f, "export_html", "&Export Report (HTML)…", lambda: w.files.export_html())
    _action(w, a, f, "export_pdf", "Export P&DF…", lambda: w.files.export_pdf())
    f.addSeparator()
    _action(w, a, f, "close", "&Close", w.close_comparison)
    _action(w, a, f, "quit", "&Quit", w.close)

    e = bar.addMenu("&Edit")
    undo = w.session.undo.createUndoAction(w, "&Undo")
    redo = w.session.undo.createRedoAction(w, "&Redo")
    for name, action in (("undo", undo), ("redo", redo)):
        action.setObjectName(name)
        action.setShortcuts(key_sequences(name))
        e.addAction(action)
        a[name] = action
    e.addSeparator()
    _action(w, a, e, "paste_left", "Paste as &Left", lambda: w.paste("left"))
    _action(w, a, e, "paste_right", "Paste as &Right", lambda: w.paste("right"))
    e.addSeparator()
    _action(w, a, e, "find", "&Find…", w.find_bar.open_bar)
    _action(w, a, e, "find_next", "Find &Next", w.find_bar.find_next)
    _action(w, a, e, "find_previous", "Find Pre&vious", w.find_bar.find_previous)
    e.addSeparator()
    _action(w, a, e, "link", "Lin&k Selected Sentences", w.notes.link)
    _action(w, a, e, "unlink", "&Unlink Pair", w.notes.unlink)
    _action(w, a, e, "not_a_match", "Mark Pair as &Not a Match", lambda: w.notes.unlink("not-a-match"))
    _action(w, a, e, "add_note", "Add &Note…", lambda: w.notes.add_note())

    v = bar.addMenu("&View")
    _action(w, a, v, "previous_change", "&Previous Change", lambda: w.go_change(False))
    _action(w, a, v, "next_change", "&Next Change", lambda: w.go_change(True))
    _action(w, a, v, "previous_quote_change", "Previous &Quote Change", lambda: w.go_change(False, True))
    _action(w, a, v, "next_quote_change", "Next Quote &Change", lambda: w.go_change(True, True))
    v.addSeparator()
    _action(w, a, v, "swap", "S&wap Sides", w.swap_sides)
    sync = _action(w, a, v, "sync_scroll", "S&ynchronised Scrolling", checkable=True)
    sync.setChecked(True)
    sync.toggled.connect(w.set_sync)
    _action(w, a, v, "zoom_in", "Zoom &In", lambda: w.set_zoom(w.zoom + 1))
    _action(w, a, v, "zoom_out", "Zoom &Out", lambda: w.set_zoom(w.zoom - 1))
    _action(w, a, v, "zoom_reset", "&Reset Zoom", lambda: w.set_zoom(DEFAULT_ZOOM))
    marks = _action(w, a, v, "word_marks", "&Word Marks", checkable=True)
    marks.setChecked(True)
    marks.toggled.connect(w.set_word_marks)
    v.addSeparator()
    for dock in w.docks.values():
        v.addAction(dock.toggleViewAction())

    c = bar.addMenu("&Compare")
    _action(w, a, c, "options", "&Options…", w.edit_options)
    _action(w, a, c, "cancel", "&Cancel", w.escape)

    h = bar.addMenu("&Help")
    _action(w, a, h, "user_guide", "&User Guide", lambda: _help().guide_dialog(w).exec())
    _action(w, a, h, "shortcuts", "&Keyboard Shortcuts", lambda: _help().shortcuts_dialog(a, w).exec())
    _action(w, a, h, "legend", "&Legend", w.show_legend)
    h.addSeparator()
    _action(w, a, h, "about", "&About Unquote", lambda: _help().about_dialog(w).exec())
    return a


def _help():
    """The Help dialogs' module, imported when first needed (it is not needed to start)."""
    from . import help_dialogs

    return help_dialogs
