"""The reporting-verb lexicon: which words introduce speech, and which of them are loaded.

A neutral verb reports (said, told, added, stated); a loaded verb also judges what was
said (claimed, admitted, insisted, conceded, boasted, alleged). Rewrites swap neutral
verbs freely; a neutral-to-loaded swap is the change worth showing. Inflected forms are
spelled out by rule here rather than through a stemmer so that "states" (the noun) and
"stated" are told apart only where the lexicon says so.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Literal

from .. import lexicon

VerbClass = Literal["neutral", "loaded"]

#: lemma -> class (lexicon/reporting_verbs_en.txt); regular forms come from ``_forms``.
_LEMMAS: dict[str, VerbClass] = {
    k: v for k, v in lexicon.table("reporting_verbs_en.txt").items()  # type: ignore[misc]
    if v in ("neutral", "loaded")}

#: Irregular forms -> lemma (lexicon/reporting_irregular_en.txt).
_IRREGULAR = lexicon.table("reporting_irregular_en.txt")

#: Two-word reporting phrases, first word -> second word -> lemma ("went on", "pointed out",
#: "puts it"); lexicon/reporting_phrases_en.txt.
PHRASES: dict[str, dict[str, str]] = {}
for _phrase, _lemma in lexicon.table("reporting_phrases_en.txt").items():
    _first, _second = _phrase.split()
    PHRASES.setdefault(_first, {})[_second] = _lemma.replace("_", " ")

#: Reporting nouns and phrases: surface -> (lemma, class). "Trump's statement that ..."
NOUNS: dict[str, tuple[str, VerbClass]] = {
    "statement": ("statement", "neutral"), "remarks": ("remark", "neutral"),
    "comments": ("comment", "neutral"), "words": ("word", "neutral"),
    "claim": ("claim", "loaded"), "claims": ("claim", "loaded"),
    "assertion": ("assert", "loaded"), "admission": ("admit", "loaded"),
    "insistence": ("insist", "loaded"), "tweet": ("tweet", "neutral"),
}


@dataclass(frozen=True)
class VerbInfo:
    """One reporting word: its lemma and whether it is loaded."""

    lemma: str
    klass: VerbClass


def _forms(lemma: str) -> list[str]:
    """Regular inflections: add, adds, added, adding; state, states, stated, stating."""
    if lemma.endswith("e"):
        return [lemma, lemma + "s", lemma + "d", lemma[:-1] + "ing"]
    if lemma.endswith(("sh", "ss", "ch")):
        return [lemma, lemma + "es", lemma + "ed", lemma + "ing"]
    forms = [lemma, lemma + "s", lemma + "ed", lemma + "ing"]
    if re.search(r"[^aeiou][aeiou][bdgklmnprt]$", lemma):
        forms += [lemma + lemma[-1] + "ed", lemma + lemma[-1] + "ing"]  # admitted, quipping
    if lemma.endswith("y") and lemma[-2] not in "aeiou":
        forms += [lemma[:-1] + "ied", lemma[:-1] + "ies"]  # denied, replies
    return forms


def _build() -> dict[str, VerbInfo]:
    table: dict[str, VerbInfo] = {}
    for lemma, klass in _LEMMAS.items():
        if " " in lemma:
            continue
        for form in _forms(lemma):
            table[form] = VerbInfo(lemma, klass)
    for form, lemma in _IRREGULAR.items():
        table[form] = VerbInfo(lemma, _LEMMAS[lemma])
    return table


def phrase_info(first: str, second: str) -> VerbInfo | None:
    """The lexicon entry for a two-word reporting phrase ("went on", "put it"), any case."""
    lemma = PHRASES.get(first.lower(), {}).get(second.lower())
    return VerbInfo(lemma, _LEMMAS[lemma]) if lemma else None


_TABLE = _build()
#: Every lower-case reporting-verb form, for a membership test without a lookup.
VERB_FORMS = frozenset(_TABLE)
#: Reporting verbs whose -s form is as often a plural noun: "that states can pass such laws".
ALSO_NOUNS = frozenset("state note claim report comment remark call answer reply tweet post quote charge press".split())


def verb_info(word: str) -> VerbInfo | None:
    """The lexicon entry for one word (any case), or None when it does not report speech."""
    return _TABLE.get(word.lower())


def noun_info(word: str) -> VerbInfo | None:
    """The lexicon entry for a reporting noun (statement, remarks, claim)."""
    hit = NOUNS.get(word.lower())
    return VerbInfo(*hit) if hit else None


def verb_lemma(phrase: str | None) -> str | None:
    """The lemma that stands for a whole phrase: "told reporters" -> tell, "'s statement" -> statement."""
    if not phrase:
        return None
    low = phrase.lower().strip()
    if low.startswith("according to"):
        return "according to"
    if low.startswith("described as") or low.startswith("describe"):
        return "describe as"
    for word in low.replace("'s", " ").replace("’s", " ").split():
        info = verb_info(word) or noun_info(word)
        if info:
            return info.lemma
    return low.split()[0]
