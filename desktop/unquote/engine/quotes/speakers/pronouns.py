"""Who a pronoun names: a salience model of who each sentence is about.

He, she, they and it look back through their paragraph (the subjects of reporting
clauses, then other subjects, then everyone named), then to what earlier paragraphs were
about; he and she never name an organisation or a place and respect what is known of
gender, which each resolution also teaches the cluster.
"""
from __future__ import annotations

import re

from .mentions import Cluster, Mention
from .name_words import GROUPS, OPENERS, PLACE_WORDS, PLACES
from .reading import State, Tok, Who

PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None}
#: The first word of a sentence.
_FIRST_WORD = re.compile(r"\W*(\w+)")
#: How many sentences back a pronoun looks in earlier paragraphs.
_WINDOW = 6


def pronoun(state: State, tok: Tok) -> Who | None:
    """The antecedent of he/she/they/it: recent subjects first, compatible kind and gender."""
    k = state.index.nearest(tok.start)
    gender = PRONOUNS[tok.low]
    personal = tok.low in ("he", "she")
    # the current sentence before the pronoun, its main clause before a subordinate clause
    # opening it ("When Maddow pointed out …, Clinton seized upon it … “…,” she said" is Clinton)
    start = state.sentences[k].start
    for m in _main_clause_first(state, [m for m in state.ents.mentions_in(start, tok.start) if m.subject],
                                start, tok.start):
        if _fits(state, state.ents.clusters[m.cluster], m.cluster, personal, gender):
            return _learn(state, m.cluster, gender, tok)
    # earlier sentences of the same paragraph, most recent first
    back = k - 1
    paragraph = state.sentences[k].paragraph
    while back >= 0 and state.sentences[back].paragraph == paragraph:
        for c in state.salient.get(back, []):
            if _fits(state, state.ents.clusters[c], c, personal, gender):
                return _learn(state, c, gender, tok)
        back -= 1
    # earlier paragraphs, most recent sentence first: who it is about (its reporting
    # subjects, then its subjects), else the most recent person named at all
    window = range(back, max(-1, back - _WINDOW), -1)
    for table in (state.subjects, state.salient):
        for b in window:
            for c in table.get(b, []):
                if _fits(state, state.ents.clusters[c], c, personal, gender):
                    return _learn(state, c, gender, tok)
    return None


def opening_clause_end(state: State, start: int, end: int) -> int:
    """Where a subordinate clause opening the text from ``start`` ends (at its comma), else ``start``."""
    first = _FIRST_WORD.match(state.masked, start, end)
    if first is None or first.group(1).lower() not in OPENERS:
        return start
    comma = state.masked.find(",", first.end(), end)
    return comma if comma >= 0 else start


def _main_clause_first(state: State, subjects: list[Mention], start: int, end: int) -> list[Mention]:
    """Subject mentions of the text from ``start`` to ``end``, those of a subordinate clause opening it last."""
    if len(subjects) < 2:
        return subjects
    cut = opening_clause_end(state, start, end)
    return [m for m in subjects if m.span[0] >= cut] + [m for m in subjects if m.span[0] < cut]


def _fits(state: State, cluster: Cluster, index: int, personal: bool, gender: str | None) -> bool:
    if personal:
        if cluster.kind == "org" or (cluster.kind == "unknown" and index not in state.speakers):
            return False
        last = cluster.name.rsplit(None, 1)[-1].lower()
        if cluster.name.lower() in PLACES or last in GROUPS or (cluster.kind == "unknown" and last in PLACE_WORDS):
            return False  # never "the United States", "Colorado" or "Latino Republicans", even when it spoke
        return gender is None or cluster.gender in (None, gender)
    return True


def _learn(state: State, index: int, gender: str | None, tok: Tok) -> Who:
    cluster = state.ents.clusters[index]
    if gender and cluster.gender is None:
        cluster.gender = gender  # type: ignore[assignment]
    return Who(index, None, (tok.start, tok.end))


def record(state: State, k: int, firsts: list[Who]) -> None:
    """What a later pronoun may refer to from sentence k, most likely first."""
    order: list[int] = [w.cluster for w in firsts if w.cluster is not None]
    state.reporters[k] = list(order)
    s = state.sentences[k]
    mentions = state.ents.of_sentence(k)
    order += [m.cluster for m in _main_clause_first(state, [m for m in mentions if m.subject], s.start, s.end)]
    state.subjects[k] = list(dict.fromkeys(order))
    order += [m.cluster for m in reversed(mentions) if not m.subject and not m.possessive]
    state.salient[k] = list(dict.fromkeys(order))
