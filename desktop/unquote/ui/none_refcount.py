"""Keeps ``None`` alive under PySide6 6.12 on Python 3.11.

shiboken6 6.12 returns ``None`` from every void method without taking a reference (it
assumes Python 3.12's immortal ``None``). On Python 3.11 each call of e.g.
``QTextCursor.setPosition`` therefore lowers ``None``'s reference count by one, and after
a few thousand calls the interpreter aborts with "none_dealloc: deallocating None". No
other PySide6 release is installable here, so the count is raised once to a value no
session can use up, which is what Python 3.12 does by making ``None`` immortal.
``True`` and ``False`` suffer the same (measured: each comparison shown, saved and exported
in the window lowers ``True``'s count by about a dozen, and a long session ends in
"bool_dealloc: deallocating True or False"), so they are raised too.
"""
from __future__ import annotations

import ctypes
import sys

#: Far more void calls than any session makes (2**40 ~ 10**12).
FLOOR = 1 << 40


def keep_none_alive() -> None:
    """Raise the reference counts of ``None``, ``True`` and ``False`` to ``FLOOR`` when they are
    lower (Python < 3.12 only)."""
    if sys.version_info >= (3, 12):
        return
    for singleton in (None, True, False):
        count = ctypes.c_ssize_t.from_address(id(singleton))
        if count.value < FLOOR:
            count.value = FLOOR
