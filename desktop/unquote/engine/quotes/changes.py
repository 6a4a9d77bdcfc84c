"""What changed between a quotation and its counterpart.

``wording``: the compared words differ (case, punctuation, quote marks, bracketed
insertions and UK/US spelling set aside); ``truncated``/``extended``: one side's words are
a contiguous part of the other's; ``attribution``: two resolved speakers that are not the
same person; ``verb``: two reporting verbs with different lemmas, plus ``loaded-verb``
when a neutral verb became a loaded one; ``form``: full, partial and that-clause differ.
"""
from __future__ import annotations

import re

from ..model import Quote
from .mentions import TITLES
from .verbs import verb_lemma
from .wording import is_part


def resolved(speaker: str | None) -> bool:
    """A speaker is resolved when it is a name; descriptions start lower-case."""
    return bool(speaker) and speaker[:1].isupper()  # type: ignore[index]


def same_speaker(a: str, b: str) -> bool:
    """Names of one person: one's words (titles aside) include the other's."""
    wa = {w for w in re.findall(r"\w+", a.lower()) if w not in TITLES}
    wb = {w for w in re.findall(r"\w+", b.lower()) if w not in TITLES}
    return bool(wa and wb) and (wa <= wb or wb <= wa)


def classify(left: Quote, right: Quote, left_words: list[str], right_words: list[str]) -> tuple[str, ...]:
    """The change labels of one matched pair, in a fixed order."""
    out: list[str] = []
    if left_words != right_words:
        out.append("wording")
        if is_part(right_words, left_words):
            out.append("truncated")
        elif is_part(left_words, right_words):
            out.append("extended")
    if resolved(left.speaker) and resolved(right.speaker) and not same_speaker(left.speaker, right.speaker):
        out.append("attribution")
    l_lemma, r_lemma = verb_lemma(left.verb), verb_lemma(right.verb)
    if l_lemma and r_lemma and l_lemma != r_lemma:
        out.append("verb")
        if left.verb_class == "neutral" and right.verb_class == "loaded":
            out.append("loaded-verb")
    if left.form != right.form:
        out.append("form")
    return tuple(out)
