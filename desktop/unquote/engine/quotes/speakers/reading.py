"""One document read for attribution: its masked text (quotations blanked) as tokens, and
what the reading has learnt so far (who is salient in each sentence, who has spoken)."""
from __future__ import annotations

import re
from dataclasses import dataclass, field
from typing import Sequence

from ...model import Document, Sentence, Span
from .mentions import Entities
from ..spans import SentenceIndex

#: A word (full stops inside it only between word characters), a blanked quotation or a
#: punctuation mark; the runs are possessive (nothing after them could make them give back),
#: which the regex engine matches faster.
TOKEN = re.compile(r"[\w’'\-]++(?:\.[\w’'\-]++)*+|\x00++|[,;:.!?()—–―]")


@dataclass(slots=True, init=False)
class Tok:
    """A word, a punctuation mark or a blanked quotation (NUL run) of the masked text, and
    its text in lower case (read several times per token, so lowered once)."""

    text: str
    start: int
    end: int
    low: str = field(repr=False, compare=False)

    def __init__(self, text: str, start: int, end: int) -> None:
        self.text = text
        self.start = start
        self.end = end
        self.low = text.lower()


@dataclass(slots=True)
class Who:
    """A subject found for a clause: a cluster, a description, or nothing."""

    cluster: int | None = None
    description: str | None = None
    span: Span | None = None


@dataclass
class State:
    """One document's attribution in progress: what later pronouns may refer to.

    ``salient``, ``subjects`` and ``reporters`` map a sentence to clusters, most likely
    antecedent first (reporters: subjects of its reporting clauses only; subjects: those
    and the other subjects; salient: those and every other person named); ``speakers`` holds the
    clusters already credited with speech.
    """

    doc: Document
    masked: str
    ents: Entities
    sentences: Sequence[Sentence]
    index: SentenceIndex
    salient: dict[int, list[int]] = field(default_factory=dict)
    reporters: dict[int, list[int]] = field(default_factory=dict)
    subjects: dict[int, list[int]] = field(default_factory=dict)
    speakers: set[int] = field(default_factory=set)
    #: main_subject's answers by (first token start, last token end, token count, before):
    #: coordinated verbs ask for the same clause's subject again and again, which without
    #: this grows exponentially with the number of "and"s in one sentence
    main_subjects: dict[tuple[int, int, int, int], Who | None] = field(default_factory=dict)


def tokenize(state: State, start: int, end: int) -> list[Tok]:
    """Tokens of the masked text between two offsets."""
    texts = token_texts(state, start, end)
    tokens: list[Tok] = []
    read_on(state, tokens, texts, len(texts) - 1, start)
    return tokens


def token_texts(state: State, start: int, end: int) -> list[str]:
    """The texts of ``tokenize(state, start, end)``, without building tokens."""
    return TOKEN.findall(state.masked, start, end)


def read_on(state: State, tokens: list[Tok], texts: list[str], upto: int, start: int) -> None:
    """Extend ``tokens``, the first tokens of ``tokenize(state, start, …)`` whose texts are
    ``texts``, through index ``upto``. A token starts where its text next occurs: the
    characters the pattern skips between tokens never open one."""
    at = tokens[-1].end if tokens else start
    find, append = state.masked.find, tokens.append
    for text in texts[len(tokens):upto + 1]:
        first = find(text, at)
        at = first + len(text)
        append(Tok(text, first, at))
