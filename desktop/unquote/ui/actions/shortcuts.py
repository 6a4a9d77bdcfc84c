"""Every keyboard shortcut of the window, in one table (a test checks for duplicates).

Values are QKeySequence standard keys where the platform has one, else portable strings.
"""
from __future__ import annotations

from PySide6.QtGui import QKeySequence

Key = QKeySequence.StandardKey

SHORTCUTS: dict[str, tuple[QKeySequence.StandardKey | str, ...]] = {
    "open_left": (Key.Open,),
    "open_right": ("Ctrl+Shift+O",),
    "open_pair": ("Ctrl+Alt+O",),
    "open_comparison": ("Ctrl+Shift+Alt+O",),
    "save": (Key.Save,),
    "save_as": (Key.SaveAs,),
    "export_html": ("Ctrl+E",),
    "export_pdf": ("Ctrl+Shift+E",),
    "close": (Key.Close,),
    "quit": ("Ctrl+Q",),
    "undo": (Key.Undo,),
    "redo": (Key.Redo,),
    "paste_left": ("Ctrl+Alt+V",),
    "paste_right": ("Ctrl+Shift+Alt+V",),
    "find": (Key.Find,),
    "find_next": (Key.FindNext,),
    "find_previous": (Key.FindPrevious,),
    "next_change": ("Alt+Down",),
    "previous_change": ("Alt+Up",),
    "next_quote_change": ("Alt+Shift+Down",),
    "previous_quote_change": ("Alt+Shift+Up",),
    "swap": ("Ctrl+Shift+X",),
    "zoom_in": (Key.ZoomIn,),
    "zoom_out": (Key.ZoomOut,),
    "zoom_reset": ("Ctrl+0",),
    "sync_scroll": ("Ctrl+Shift+Y",),
    "link": ("Ctrl+L",),
    "unlink": ("Ctrl+Shift+L",),
    "not_a_match": ("Ctrl+Shift+N",),
    "add_note": ("Ctrl+Shift+M",),
    "options": ("Ctrl+,",),
    "word_marks": ("Ctrl+Shift+W",),
    "cancel": ("Esc",),
    "user_guide": (Key.HelpContents,),
}


def key_sequences(action: str) -> list[QKeySequence]:
    """The concrete key sequences of an action on this platform."""
    out: list[QKeySequence] = []
    for key in SHORTCUTS[action]:
        out.extend(QKeySequence.keyBindings(key) if isinstance(key, QKeySequence.StandardKey) else [QKeySequence(key)])
    return out
