"""Quote-mark pairing inside one paragraph: which characters open and close quotations.

No library pairs quotation marks with offsets while telling the apostrophe (it’s, ’08,
Putin’s) from a closing single mark, so this is a small hand-written scanner. Marks:
“ ” " „ « » and, NYT-style, two straight single marks '' as one double mark; single
‘ ’ ' ‚ only where a matching closer exists. Double marks are paired first (a stack, so
mixed styles nest: "… “too loud” …"); nested stretches are reported with their depth.
"""
from __future__ import annotations

import re
from bisect import bisect_left, insort
from dataclasses import dataclass
from typing import Literal

Family = Literal["double", "single"]

_OPEN_CONTEXT = " \t\n\u00a0([{—–-/"
_DOUBLE_OPEN = "“„«"
_DOUBLE_CLOSE = "”»"
_SINGLE_OPEN = "‘‚"
#: Every character that can be a quote mark; the rest of a paragraph is skipped in C.
_CANDIDATE = re.compile("[“„«”»\"‘‚'’]")
#: Marks paired per paragraph; those after are ignored, so that unbalanced or alternating
#: marks cannot make the quotation finder quadratic (a news paragraph holds a few dozen).
#: Each quotation costs the finder a pass over its sentence, so a very long paragraph gets
#: fewer: marks times paragraph length stays within the budget.
MAX_MARKS = 200
_MIN_MARKS = 20
_MARK_BUDGET = 2_000_000


@dataclass(frozen=True)
class Stretch:
    """The text between one opening mark and its closer (or the paragraph end if unclosed)."""

    open_at: int
    start: int
    end: int
    close_at: int | None
    depth: int
    family: Family

    @property
    def closed(self) -> bool:
        return self.close_at is not None


_Role = Literal["open", "close", "either"]


@dataclass(frozen=True)
class _Mark:
    at: int
    length: int
    family: Family
    role: _Role


def _is_word(ch: str) -> bool:
    return ch.isalnum()


def _classify(text: str, start: int, end: int) -> list[_Mark]:
    """Every quote-mark candidate of the paragraph, with what it can do."""
    marks: list[_Mark] = []
    taken = start  # the second mark of a '' pair is not a mark of its own
    for found in _CANDIDATE.finditer(text, start, end):
        i = found.start()
        if i < taken:
            continue
        ch = text[i]
        prev = text[i - 1] if i > start else " "
        nxt = text[i + 1] if i + 1 < end else " "
        if ch == "'" and nxt == "'" and (i + 2 >= end or text[i + 2] != "'"):
            after = text[i + 2] if i + 2 < end else " "
            pair_role: _Role = "open" if prev in _OPEN_CONTEXT and not after.isspace() else "close"
            marks.append(_Mark(i, 2, "double", pair_role))
            taken = i + 2
            continue
        if ch in _DOUBLE_OPEN:
            open_role: _Role = "either" if ch == "“" else "open"
            marks.append(_Mark(i, 1, "double", open_role))
        elif ch in _DOUBLE_CLOSE:
            # ” after space and before a word opens (Swedish style, or a typo): ”We act,” he said.
            opens = ch == "”" and prev in _OPEN_CONTEXT and _is_word(nxt)
            marks.append(_Mark(i, 1, "double", "open" if opens else "close"))
        elif ch == '"':
            if prev in _OPEN_CONTEXT or prev in _DOUBLE_OPEN + _SINGLE_OPEN:
                if not nxt.isspace():
                    marks.append(_Mark(i, 1, "double", "open"))
                elif prev == " " and i - 2 >= start and text[i - 2] in "'’":
                    marks.append(_Mark(i, 1, "double", "close"))  # spaced after a nested quote: ,' "
            else:
                marks.append(_Mark(i, 1, "double", "close"))
        elif ch in _SINGLE_OPEN or ch == "'" or ch == "’":
            opening = (prev in _OPEN_CONTEXT or prev in _DOUBLE_OPEN) and _is_word(nxt) and not nxt.isdigit()
            closing = not prev.isspace() and not (_is_word(prev) and _is_word(nxt)) and not nxt.isdigit()
            if ch in _SINGLE_OPEN and opening:
                marks.append(_Mark(i, 1, "single", "open"))
            elif ch == "'" and opening:
                marks.append(_Mark(i, 1, "single", "open"))
            elif ch in "'’" and closing and not _is_word(nxt):
                marks.append(_Mark(i, 1, "single", "close"))
            elif ch == "‘" and closing:
                marks.append(_Mark(i, 1, "single", "close"))
    return marks


def stretches(text: str, start: int, end: int) -> list[Stretch]:
    """Quoted stretches of ``text[start:end]`` in order of their opening mark.

    An unclosed double mark yields a stretch to the paragraph end (``close_at`` None);
    an unclosed single mark is taken for an apostrophe and yields nothing.
    """
    stack: list[tuple[_Mark, int]] = []  # (opening mark, depth)
    found: list[Stretch] = []
    limit = min(MAX_MARKS, max(_MIN_MARKS, _MARK_BUDGET // max(1, end - start)))
    for mark in _classify(text, start, end)[:limit]:
        top_double = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0].family == "double"), None)
        top_single = next((k for k in range(len(stack) - 1, -1, -1) if stack[k][0].family == "single"), None)
        if mark.family == "double":
            # “ closes a German „ or an open curly pair when one is pending, otherwise opens.
            closes = mark.role == "close" or (
                mark.role == "either" and top_double is not None
                and (text[stack[top_double][0].at] == "„" or _closer_context(text, mark.at, end)))
            if closes and top_double is not None:
                opener, depth = stack[top_double]
                del stack[top_double:]
                found.append(Stretch(opener.at, opener.at + opener.length, mark.at, mark.at, depth, "double"))
            elif not closes:
                stack.append((mark, len(stack)))
            continue
        if mark.role == "open":
            stack.append((mark, len(stack)))
        elif top_single is not None and (top_double is None or top_single > top_double):
            opener, depth = stack[top_single]
            del stack[top_single:]
            found.append(Stretch(opener.at, opener.at + 1, mark.at, mark.at, depth, "single"))
    for opener, depth in stack:
        if opener.family == "double":
            found.append(Stretch(opener.at, opener.at + opener.length, end, None, depth, "double"))
    found.sort(key=lambda s: s.open_at)
    return _renest(found)


def _closer_context(text: str, at: int, end: int) -> bool:
    """A “ used as a closer (German style or a typo) sits after a word and before space or punctuation."""
    prev = text[at - 1] if at > 0 else " "
    nxt = text[at + 1] if at + 1 < end else " "
    return not prev.isspace() and (nxt.isspace() or nxt in ".,;:!?)")


def _renest(found: list[Stretch]) -> list[Stretch]:
    """Recompute depths from containment, so unclosed openers do not skew them.

    ``found`` is in order of opening (each mark opens at most one stretch), so a stretch's
    depth is the number of earlier stretches ending at or after its end.
    """
    out: list[Stretch] = []
    ends: list[int] = []  # ends of the stretches so far, sorted
    for s in found:
        depth = len(ends) - bisect_left(ends, s.end)
        insort(ends, s.end)
        out.append(Stretch(s.open_at, s.start, s.end, s.close_at, depth, s.family))
    return out
