"""Text bound for the terminal, with what a terminal would obey made visible.

Document text and file names reach the summary, ``--format text`` and error lines; an
escape sequence in them could retitle the window, write to the clipboard or clear the
screen, and a bidirectional override could disguise what is printed. Control characters
(C0 and C1), bidi overrides and isolates, line and paragraph separators and lone
surrogates (bytes of a file name that is not UTF-8) are printed as Python escapes.
"""
from __future__ import annotations

import re
import sys
from typing import TextIO

_UNSAFE = re.compile("[\x00-\x1f\x7f-\x9f\u061c\u200e\u200f\u2028\u2029\u202a-\u202e"
                     "\u2066-\u2069\ud800-\udfff]")
_KEPT_IN_TEXT = "\n\t"


def _escape(match: re.Match[str]) -> str:
    ch = match.group(0)
    code = ord(ch)
    if 0xDC80 <= code <= 0xDCFF:  # a byte that os.fsdecode could not read as UTF-8
        return f"\\x{code - 0xDC00:02x}"
    if ch == "\n":
        return "\\n"
    if ch == "\t":
        return "\\t"
    return f"\\x{code:02x}" if code <= 0xFF else f"\\u{code:04x}"


def escaped(text: str, *, one_line: bool = True) -> str:
    """``text`` with unsafe characters escaped; newlines and tabs kept unless ``one_line``."""
    if one_line:
        return _UNSAFE.sub(_escape, text)
    return _UNSAFE.sub(lambda m: m.group(0) if m.group(0) in _KEPT_IN_TEXT else _escape(m), text)


def say(line: str, file: TextIO | None = None) -> None:
    """Print one line (escaped) to ``file`` (standard error by default), if it is open."""
    stream = file if file is not None else sys.stderr
    if stream is None:
        return
    try:
        print(escaped(line), file=stream)
    except (BrokenPipeError, ValueError):
        pass
