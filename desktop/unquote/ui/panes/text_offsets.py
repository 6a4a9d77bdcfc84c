"""Python string indices <-> Qt document positions.

The engine's spans index Python strings (code points); QTextDocument counts UTF-16 code
units, so every character beyond the Basic Multilingual Plane (emoji, some CJK) shifts
the positions after it by one. Texts without such characters map one to one.
"""
from __future__ import annotations

import re
from bisect import bisect_left, bisect_right

ASTRAL = re.compile("[\U00010000-\U0010FFFF]")


class OffsetMap:
    """Converts between code-point indices and UTF-16 positions of one text."""

    def __init__(self, text: str) -> None:
        #: Code-point indices of characters that take two UTF-16 units.
        self._astral = [m.start() for m in ASTRAL.finditer(text)]
        #: Their UTF-16 positions.
        self._astral_qt = [i + n for n, i in enumerate(self._astral)]

    def to_qt(self, index: int) -> int:
        """The Qt position of code-point index ``index``."""
        return index + bisect_left(self._astral, index)

    def from_qt(self, position: int) -> int:
        """The code-point index at Qt position ``position`` (inside a pair: its start)."""
        return position - bisect_right(self._astral_qt, position - 1)
