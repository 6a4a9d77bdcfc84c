"""The text as attribution reads it: quotations blanked, abbreviation full stops and party
tags made spaces, so that a noun phrase runs on over "Mr. Podesta", "George W. Bush",
"U.S." and "Gwen Moore (D-Wis.)"; every offset unchanged."""
from __future__ import annotations

import re
from typing import Sequence

from .. import lexicon
from ..extract import Utterance

_ABBREVIATIONS = lexicon.words("abbreviations_en.txt") | lexicon.words("us_states_en.txt")
#: A full stop after a letter and not inside a word: where an abbreviation may end.
_FULL_STOP = re.compile(r"\.(?<=[A-Za-z]\.)(?![\w.])")  # the stop first: the search skips to each "."
_DOTTED = re.compile(r"(?:[A-Za-z]\.)+[A-Za-z]")
#: A party tag after a US politician's name: (D-Wis.), (R-N.Y.), (I-Vt.), (D), (R-Texas), ", R-Wis.,".
#: Two patterns, each opening with a literal the regex engine can skip to (a pattern that
#: opens with a lookbehind is tried at every character); their matches never overlap.
_PARTY_TAG = re.compile(r"\((?:[DRI]|Ind|Dem|Rep)(?:-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)?\)")
_PARTY_TAG_AFTER_COMMA = re.compile(r", ([DRI]-[A-Z][A-Za-z.]*(?: [A-Z][A-Za-z.]*)?)(?=,)")
_UTF32 = "utf-32-le"
_SPACE = " ".encode(_UTF32)
_NUL = "\x00".encode(_UTF32)


def mask(text: str, utterances: Sequence[Utterance]) -> str:
    """The text as attribution reads it: every quotation (marks included) replaced by NUL
    characters, and the full stops of abbreviations ("Mr. Podesta", "George W. Bush", "U.S.")
    and bracketed party tags ("Gwen Moore (D-Wis.)") replaced by spaces, so that a noun phrase
    runs on over them. Offsets are unchanged.

    The characters are rewritten in place in the text's UTF-32 encoding (four bytes each),
    which costs a fraction of splitting the text into a list of one-character strings."""
    chars = bytearray(text.encode(_UTF32, "surrogatepass"))
    for m in _PARTY_TAG.finditer(text):
        chars[4 * m.start():4 * m.end()] = _SPACE * (m.end() - m.start())
    for m in _PARTY_TAG_AFTER_COMMA.finditer(text):
        chars[4 * m.start(1):4 * m.end(1)] = _SPACE * (m.end(1) - m.start(1))
    for m in _FULL_STOP.finditer(text):
        if _abbreviation_before(text, m.start()):
            chars[4 * m.start():4 * m.start() + 4] = _SPACE
    for utt in utterances:
        for a, b in utt.outer:
            stop = min(b, len(text))
            if a < stop:
                chars[4 * a:4 * stop] = _NUL * (stop - a)
            if a <= b < len(text) and text[b] in "\"”’'»“":  # no earlier edit wrote a mark
                chars[4 * b:4 * b + 4] = _NUL  # the closing mark
    return chars.decode(_UTF32, "surrogatepass")


def _abbreviation_before(text: str, stop: int) -> bool:
    """Whether the full stop at ``stop`` ends an abbreviation of the lexicon ("Mr.", "Calif."),
    a dotted acronym ("U.S.", "D.C."), an initial before a capitalised word ("George W. Bush")
    or "No." before a number ("the No. 2 in the leadership")."""
    start = stop
    while start > 0 and stop - start < 12 and (text[start - 1].isalpha() or text[start - 1] == "."):
        start -= 1
    word = text[start:stop]
    if word.lower() in _ABBREVIATIONS or (len(word) > 2 and _DOTTED.fullmatch(word) is not None):
        return True
    if word == "No":
        return text[stop + 1:stop + 2] == " " and text[stop + 2:stop + 3].isdigit()
    return len(word) == 1 and word.isupper() and text[stop + 1:stop + 2] == " " and text[stop + 2:stop + 3].isupper()
