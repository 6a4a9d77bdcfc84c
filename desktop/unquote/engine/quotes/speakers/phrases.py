"""Noun phrases read as speakers: the word heading them, a group of people opening a
sentence ("Aides say"), and descriptions, kept as written or resolved to the one named
person they fit."""
from __future__ import annotations

from .mentions import Mention, opens_sentence
from .name_words import PREPOSITIONS, STOP, joined_particle
from .reading import State, Tok, Who

DETS = frozenset("a an the one".split())
DESCRIBING = frozenset("the a an his her their its this that".split())
#: Determiners of descriptions that bring in someone new, or name a relation ("his wife").
INDEFINITE = frozenset("a an one another some".split())
POSSESSIVE_DETS = frozenset("his her their its".split())
_HEAD_PREPOSITIONS = frozenset("in of from at for with by on".split())


def opener(tok: Tok) -> bool:
    """Whether a word may open a group's phrase: capitalised, no stop word, preposition or participle."""
    low = tok.low
    return tok.text[:1].isupper() and low not in STOP and low not in PREPOSITIONS and not low.endswith("ing")


def opening_group(state: State, phrase: list[Tok], mentions: list[Mention]) -> list[Tok] | None:
    """The group of people the phrase opens its sentence with, up to its head: a plural common
    noun within its first three words ("Aides", "Legal observers", "Hundreds of protesters",
    "Attorneys for Hale" -> Attorneys), the first word an ``opener`` capitalised only for
    opening the sentence (no name); else None."""
    first = phrase[0]
    if not opener(first) or (mentions and mentions[0].span[0] == first.start):
        return None  # a name opens it
    head = head_word(phrase)
    n = phrase.index(head)
    if n > 2 or not head.text.isalpha() or not head.low.endswith("s") or head.low.endswith(("ss", "us", "is")) \
            or not (head is first or head.text.islower()) \
            or not opens_sentence(state.masked, state.sentences[state.index.nearest(first.start)].start, first.start):
        return None
    return phrase[:n + 1]


def phrase_words(phrase: list[Tok]) -> list[str]:
    """The lower-case words of a phrase, possessive endings dropped."""
    return [t.low.replace("’s", "").replace("'s", "") for t in phrase]


def head_word(phrase: list[Tok]) -> Tok:
    """The word heading a phrase: its last, or the one before its first preposition."""
    for n, t in enumerate(phrase[1:], 1):
        if t.low in _HEAD_PREPOSITIONS:
            return phrase[n - 1]
    return phrase[-1]


def common_head(phrase: list[Tok]) -> bool:
    """Whether a common noun heads the phrase: its head is in lower case ("the Trump
    campaign", "a 2013 article in the journal X"; not "Anwar al-Awlaki")."""
    head = head_word(phrase).text
    return head[:1].islower() and not joined_particle(head)


def _named_near(state: State, cluster: int, at: int) -> bool:
    """Whether ``cluster`` is named in the sentence holding ``at`` or the one before or after it."""
    k = state.index.nearest(at)
    lo, hi = state.sentences[max(0, k - 1)].start, state.sentences[min(len(state.sentences) - 1, k + 1)].end
    return any(m.cluster == cluster for m in state.ents.mentions_in(lo, hi))


def described(state: State, words: list[str], start: int, end: int, as_opened: bool = False) -> Who:
    """A description: the one named person it fits when it is definite ("the finance minister"
    after "Finance Minister Anna Berg"), else the phrase as written, determiner in lower case.
    An indefinite description ("a Carrier executive", "one resident") brings in someone the
    text has not named unless the one person it fits is named in the same or a neighbouring
    sentence ("According to a Putin adviser, … according to Yuri Ushakov"); a possessive one
    ("his wife") names a relation, not a role, and never resolves to a name. ``as_opened``: the
    phrase's first word is capitalised only for opening its sentence ("Aides")."""
    if words[0] not in POSSESSIVE_DETS:
        cluster = state.ents.by_description(words, start)
        if cluster is not None and (words[0] not in INDEFINITE or _named_near(state, cluster, start)):
            return Who(cluster, None, (start, end))
    text = state.doc.text[start:end]
    if words[0] in DETS or words[0] in DESCRIBING or as_opened:
        text = text[:1].lower() + text[1:]
    return Who(None, text, (start, end))
