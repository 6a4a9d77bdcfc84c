"""Subjects of reporting verbs: noun phrases, appositives, descriptions and pronouns.

Works on the masked text of one document (quotations blanked), token by token. A noun
phrase is cut at clause boundaries; its head is the first name not inside a prepositional
phrase and not used as a modifier ("Putin aide Ushakov" -> Ushakov). A pronoun looks back
through its paragraph (reporting subjects, then subjects, then other people), then to the
last reporting subject of earlier paragraphs, then to the most recent person; he and she
never name an organisation and respect what is known of gender.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Iterator, Sequence

from ..model import Document, Sentence, Span
from .mentions import CHANNELS, ORG_WORDS, ROLES, Cluster, Entities
from .spans import SentenceIndex
from .verbs import VerbClass, verb_info

_TOKEN = re.compile(r"[\w’'\-]+|\x00+|[,;:.!?()—–―]")
PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None}
_AUX = frozenset("""has had have was were is are be been also then later again further previously
repeatedly once even still never already first further publicly reportedly initially earlier
separately subsequently""".split())
_BOUNDARY = frozenset({",", ";", ":", "—", "–", "that", "and", "but", "while", "as", "who",
                       "which", "when", "after", "before", "because", "if", "\x00"})
_DETS = frozenset("a an the one".split())
_QUANTIFIERS = frozenset("a an one some two three several many most all another".split())
#: How many sentences back a pronoun looks in earlier paragraphs.
_WINDOW = 6


@dataclass
class Tok:
    """A word, a punctuation mark or a blanked quotation (NUL run) of the masked text."""

    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class Who:
    """A subject found for a clause: a cluster, a description, or nothing."""

    cluster: int | None = None
    description: str | None = None
    span: Span | None = None


@dataclass
class State:
    """One document's attribution in progress: what later pronouns may refer to.

    ``salient`` and ``reporters`` map a sentence to clusters, most likely antecedent
    first (reporters: subjects of its reporting clauses only); ``speakers`` holds the
    clusters already credited with speech.
    """

    doc: Document
    masked: str
    ents: Entities
    sentences: Sequence[Sentence]
    index: SentenceIndex
    salient: dict[int, list[int]] = field(default_factory=dict)
    reporters: dict[int, list[int]] = field(default_factory=dict)
    speakers: set[int] = field(default_factory=set)


def tokenize(state: State, start: int, end: int) -> list[Tok]:
    """Tokens of the masked text between two offsets."""
    return [Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(state.masked, start, end)]


def token_stream(state: State, start: int, end: int) -> Iterator[Tok]:
    """The tokens of ``tokenize``, built only as far as they are read."""
    return (Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(state.masked, start, end))


def verb_positions(state: State, start: int, end: int) -> list[int]:
    """Indices, in ``tokenize(state, start, end)``, of the tokens ``verb_at`` accepts; found
    on the token texts alone, so a sentence without a reporting verb builds no tokens."""
    return [i for i, text in enumerate(_TOKEN.findall(state.masked, start, end))
            if text[:1].islower() and verb_info(text) is not None]


def verb_at(tokens: list[Tok], i: int) -> tuple[str, VerbClass] | None:
    """Lemma and class when token i is a lower-case reporting verb ("States" is a name)."""
    t = tokens[i]
    if not t.text[:1].islower():
        return None
    info = verb_info(t.text)
    if info is None:
        return None
    return info.lemma, info.klass


def np_after(state: State, tokens: list[Tok], i: int) -> Who | None:
    """The noun phrase starting at token i, up to punctuation (said Om Prakash, one of ...)."""
    j = i
    while j < len(tokens) and tokens[j].text not in ",;:.!?()—–" and not tokens[j].text.startswith("\x00") \
            and j - i < 12:
        if j > i and verb_info(tokens[j].text) and tokens[j].low not in ROLES:
            break
        j += 1
    who = resolve_np(state, tokens, i, j)
    if who is not None and who.cluster is None and j < len(tokens) and tokens[j].text == ",":
        named = np_after(state, tokens, j + 1)  # "by Berg's deputy, Jonas Lind"
        if named is not None and named.cluster is not None:
            return named
    return who


def np_before(state: State, tokens: list[Tok], v: int, floor: int, possessive: bool = False) -> Who | None:
    """The subject of the verb at token v: back over auxiliaries and adverbs, then the noun phrase."""
    j = v - 1
    while not possessive and j >= floor and (tokens[j].low in _AUX or tokens[j].low.endswith("ly")):
        j -= 1
    end = j + 1
    i = end
    while i - 1 >= floor and tokens[i - 1].text not in _BOUNDARY and tokens[i - 1].text not in ".!?":
        i -= 1
    if i == end:
        # an appositive or relative clause between subject and verb: "Ushakov, a Putin aide, called"
        if i - 1 >= floor and tokens[i - 1].text == ",":
            return _appositive_subject(state, tokens, i - 1, floor)
        if i - 2 >= floor and tokens[i - 1].text == "who" and tokens[i - 2].text == ",":
            return _appositive_subject(state, tokens, i - 2, floor)  # "Owen, ..., who called"
        if i - 1 >= floor and tokens[i - 1].low in ("and", "but"):
            return main_subject(state, tokens, i - 1)
        return None
    who = resolve_np(state, tokens, i, end)
    if who is not None and who.cluster is None and i - 1 >= floor and tokens[i - 1].text == ",":
        named = _appositive_subject(state, tokens, i - 1, floor)
        if named is not None and named.cluster is not None:
            return named
    return who


def _appositive_subject(state: State, tokens: list[Tok], comma: int, floor: int) -> Who | None:
    """Walk back over comma-separated segments to the name an appositive describes."""
    j = comma
    for _ in range(3):
        end = j
        i = end
        while i - 1 >= floor and tokens[i - 1].text not in ",;:.!?()—–" and not tokens[i - 1].text.startswith("\x00"):
            i -= 1
        if i == end:
            return None
        who = resolve_np(state, tokens, i, end)
        if who is not None and who.cluster is not None:
            return who
        if i - 1 < floor or tokens[i - 1].text != ",":
            return who
        j = i - 1
    return None


def main_subject(state: State, tokens: list[Tok], before: int) -> Who | None:
    """The subject of the sentence's main clause, for participles and coordinated verbs."""
    for v in range(0, before):
        if verb_at(tokens, v) and not tokens[v].low.endswith("ing"):
            who = np_before(state, tokens, v, 0)
            if who is not None:
                return who
    for t in tokens[:before]:
        if t.low in PRONOUNS:
            return _pronoun(state, t)
        m = state.ents.mention_at(t.start, t.end)
        if m is not None and (m.subject or _channel_follows(state, m.span[1])):
            return Who(m.cluster, None, m.span)
    end = 0  # "The minister, who ..., was quoted as saying": the opening noun phrase
    while end < before and tokens[end].text not in _BOUNDARY and verb_at(tokens, end) is None:
        end += 1
    return resolve_np(state, tokens, 0, end) if end else None


def _channel_follows(state: State, at: int) -> bool:
    """A name followed by website / spokesperson / statement speaks through it."""
    nxt = re.match(r"[’']?s?\s*(?:\([A-Z]{2,6}\)\s*)?([a-z]+)", state.masked[at:at + 40])
    return nxt is not None and nxt.group(1) in CHANNELS


def resolve_np(state: State, tokens: list[Tok], i: int, j: int) -> Who | None:
    """A cluster for the phrase tokens[i:j], a pronoun's antecedent, or a description."""
    phrase = tokens[i:j]
    if not phrase:
        return None
    if phrase[-1].low in PRONOUNS:
        return _pronoun(state, phrase[-1])
    start, end = phrase[0].start, phrase[-1].end
    mentions = state.ents.mentions_in(start, end)
    subjects = [m for m in mentions if m.subject]
    if subjects:  # a known person or organisation before a stray capitalised word ("Shipping agent Luis Romero")
        known = [m for m in subjects if state.ents.clusters[m.cluster].kind != "unknown"]
        m = (known or subjects)[0]
        return Who(m.cluster, None, m.span)
    words = [t.low.replace("’s", "").replace("'s", "") for t in phrase]
    for m in mentions:
        if _channel_follows(state, m.span[1]):
            return Who(m.cluster, None, m.span)
    if mentions and not any(w in ROLES for w in words):
        m = mentions[0]
        return Who(m.cluster, None, m.span)
    if any(w in ROLES for w in words) or words[-1] in ORG_WORDS or (words[0] in _QUANTIFIERS and len(words) <= 5):
        cluster = state.ents.by_description(words)
        if cluster is not None:
            return Who(cluster, None, (start, end))
        text = state.doc.text[start:end]
        if words[0] in _DETS:
            text = text[:1].lower() + text[1:]
        return Who(None, text, (start, end))
    return None


def _pronoun(state: State, tok: Tok) -> Who | None:
    """The antecedent of he/she/they/it: recent subjects first, compatible kind and gender."""
    k = state.index.nearest(tok.start)
    gender = PRONOUNS[tok.low]
    personal = tok.low in ("he", "she")
    # the current sentence before the pronoun
    for m in state.ents.mentions_in(state.sentences[k].start, tok.start):
        if m.subject and _fits(state, state.ents.clusters[m.cluster], m.cluster, personal, gender):
            return _learn(state, m.cluster, gender, tok)
    # earlier sentences of the same paragraph, most recent first
    back = k - 1
    paragraph = state.sentences[k].paragraph
    while back >= 0 and state.sentences[back].paragraph == paragraph:
        for c in state.salient.get(back, []):
            if _fits(state, state.ents.clusters[c], c, personal, gender):
                return _learn(state, c, gender, tok)
        back -= 1
    # earlier paragraphs: the last reporting subject, else the most recent person
    window = range(back, max(-1, back - _WINDOW), -1)
    for table in (state.reporters, state.salient):
        for b in window:
            for c in table.get(b, []):
                if _fits(state, state.ents.clusters[c], c, personal, gender):
                    return _learn(state, c, gender, tok)
    return None


def _fits(state: State, cluster: Cluster, index: int, personal: bool, gender: str | None) -> bool:
    if personal:
        if cluster.kind == "org" or (cluster.kind == "unknown" and index not in state.speakers):
            return False
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
    mentions = state.ents.mentions_in(s.start, s.end)
    order += [m.cluster for m in mentions if m.subject]
    order += [m.cluster for m in reversed(mentions) if not m.subject and not m.possessive]
    seen: list[int] = []
    for c in order:
        if c not in seen:
            seen.append(c)
    state.salient[k] = seen
