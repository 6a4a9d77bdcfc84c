"""What changed between a quotation and its counterpart.

``wording``: the compared words differ (case, punctuation, quote marks, bracketed
insertions and UK/US spelling set aside); ``truncated``/``extended``: one side's words are
a contiguous part of the other's; ``attribution``: two resolved speakers that are not the
same person (or, for people credited together, not the same people); ``unnamed`` /
``named``: a name on one side, a description on the other ("Anna Berg" -> "a government
source": the reader can no longer tell, or is now told, who spoke); ``verb``: two
reporting verbs with different lemmas, plus ``loaded-verb`` when a neutral verb became a
loaded one; ``form``: full, partial and that-clause differ.
"""
from __future__ import annotations

import re
from collections import Counter
from itertools import permutations
from typing import Sequence

from ...model import Quote
from ..speakers.name_words import TITLES
from ..speakers.verbs import verb_lemma
from .wording import is_part


def resolved(speaker: str | None) -> bool:
    """A speaker is resolved when it is a name; descriptions start lower-case."""
    return bool(speaker) and speaker[:1].isupper()  # type: ignore[index]


def same_speaker(a: str, b: str) -> bool:
    """Names of one speaker: of one person or body (``_same_one``) or, for two people
    credited together ("Ann Lowe and Tom Lee"), of the same people, each named on both sides."""
    pa, pb = _people(a), _people(b)
    return len(pa) == len(pb) and any(all(_same_one(x, y) for x, y in zip(pa, order))
                                      for order in permutations(pb))


def _same_one(a: str, b: str) -> bool:
    """Names of one person or body: one's words include the other's, or one is the other's acronym."""
    wa, wb = _name_words(a), _name_words(b)
    if not wa or not wb:
        return False
    return set(wa) <= set(wb) or set(wb) <= set(wa) or _acronym(a, b) or _acronym(b, a)


def _describes(a: str, b: str) -> bool:
    """Whether the description among two speakers names the other's name in part: "a State
    Department spokesperson" speaks for the United States Department of State, "Berg's aide" for
    Anna Berg."""
    name, description = (a, b) if resolved(a) else (b, a)
    named = set(_name_words(" ".join(re.findall(r"\b[A-Z][\w.’'-]*", description))))
    return not named.isdisjoint(_name_words(name))


def _people(name: str) -> list[str]:
    """The names a speaker consists of: two to four capitalised names joined by "and" (the
    speaker finder credits people speaking together so; no single name holds "and"), else the one."""
    parts = name.split(" and ")
    if 1 < len(parts) <= _MOST_PEOPLE and all(part[:1].isupper() for part in parts):
        return parts
    return [name]


def same_speaker_pairs(left: Sequence[str], right: Sequence[str]) -> set[tuple[int, int]]:
    """Every (i, j) with ``same_speaker(left[i], right[j])``: the pairs of single names through
    word and initials indexes (two long documents name thousands of people, too many to try
    every pair), those of speakers made of several people tried in full."""
    joint_left = {i for i, name in enumerate(left) if len(_people(name)) > 1}
    joint_right = {j for j, name in enumerate(right) if len(_people(name)) > 1}
    out = {(i, j) for i, j in _same_one_pairs(left, right) if i not in joint_left and j not in joint_right}
    out.update((i, j) for i in joint_left for j in joint_right if same_speaker(left[i], right[j]))
    return out


def _same_one_pairs(left: Sequence[str], right: Sequence[str]) -> set[tuple[int, int]]:
    """Every (i, j) with ``_same_one(left[i], right[j])``, found through word and initials indexes."""
    left_words = [set(_name_words(name)) for name in left]
    right_words = [set(_name_words(name)) for name in right]
    holding: dict[str, list[int]] = {}
    for j, words in enumerate(right_words):
        for w in words:
            holding.setdefault(w, []).append(j)
    out: set[tuple[int, int]] = set()
    for i, words in enumerate(left_words):
        shared = Counter(j for w in words for j in holding.get(w, ()))
        out.update((i, j) for j, n in shared.items() if n == len(words) or n == len(right_words[j]))
    for shorts, longs, flip in ((left, right, False), (right, left, True)):
        by_initials: dict[str, list[int]] = {}
        for n, name in enumerate(longs):
            by_initials.setdefault(_initials(name), []).append(n)
        for n, name in enumerate(shorts):
            if name.isupper() and len(name) >= 2:
                out.update((m, n) if flip else (n, m) for m in by_initials.get(name, ()))
    return {(i, j) for i, j in out if left_words[i] and right_words[j]}


def _name_words(name: str) -> list[str]:
    out: list[str] = []
    for w in re.findall(r"[\w.]+", name.lower()):
        w = w.replace(".", "")
        if w in TITLES or w in _FUNCTION:
            continue
        out.extend(_EXPAND.get(w, (w,)))
    return out


def _acronym(short: str, long: str) -> bool:
    return short.isupper() and len(short) >= 2 and short == _initials(long)


def _initials(name: str) -> str:
    return "".join(w[0] for w in re.findall(r"\w+", name) if w[0].isupper())


_FUNCTION = frozenset("of the for and a an".split())
#: The most people one speaker is read as (their orders are all tried).
_MOST_PEOPLE = 4
#: Abbreviations of countries and bodies that name pieces of a longer name.
_EXPAND = {"us": ("united", "states"), "usa": ("united", "states"), "uk": ("united", "kingdom"),
           "un": ("united", "nations"), "eu": ("european", "union")}


def classify(left: Quote, right: Quote, left_words: list[str], right_words: list[str]) -> tuple[str, ...]:
    """The change labels of one matched pair, in a fixed order."""
    out: list[str] = []
    if left_words != right_words:
        out.append("wording")
        if is_part(right_words, left_words):
            out.append("truncated")
        elif is_part(left_words, right_words):
            out.append("extended")
    if resolved(left.speaker) and resolved(right.speaker) and not same_speaker(left.speaker or "", right.speaker or ""):
        out.append("attribution")
    elif left.speaker and right.speaker and resolved(left.speaker) != resolved(right.speaker) \
            and not _describes(left.speaker, right.speaker):
        out.append("unnamed" if resolved(left.speaker) else "named")  # "Anna Berg" -> "a government source"
    l_lemma, r_lemma = verb_lemma(left.verb), verb_lemma(right.verb)
    if l_lemma and r_lemma and l_lemma != r_lemma:
        out.append("verb")
        if left.verb_class == "neutral" and right.verb_class == "loaded":
            out.append("loaded-verb")
    if left.form != right.form:
        out.append("form")
    return tuple(out)
