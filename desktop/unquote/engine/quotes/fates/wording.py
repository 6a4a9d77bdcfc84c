"""The words of a quotation as compared: no case, punctuation, quote-mark style, bracketed
editorial insertions ([Ukraine], [...]) or UK/US spelling differences."""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ...text.textnorm import BRITISH, STOPWORDS, stem, words

_BRACKETS = re.compile(r"\[[^\][]*\]|\(\s*(?:\.\s*){3}\)|\(…\)")
_SPELLING = (
    (re.compile(r"(?<=[a-z]{3})yse([ds]?)$"), r"yze\1"),      # analyse -> analyze
    (re.compile(r"(?<=[a-z]{3})tre(s?)$"), r"ter\1"),        # centre -> center
    (re.compile(r"(?<=[a-z]{3})ogue(s?)$"), r"og\1"),        # catalogue -> catalog
    (re.compile(r"(?<=[a-z]{2})ll(ed|ing|er)$"), r"l\1"),    # travelled -> traveled
)


@lru_cache(maxsize=100_000)
def spelling(word: str) -> str:
    """US spelling of a British-spelt word (recognising -> recognizing, favour -> favor)."""
    word = BRITISH.sub(lambda m: "or" if m.group() == "our" else "iz", word)
    for pattern, repl in _SPELLING:
        word = pattern.sub(repl, word)
    return word


def quote_words(text: str) -> list[str]:
    """The compared words of a quoted text, in order."""
    return [spelling(w) for w in words(_unbracketed(text))]


def _unbracketed(text: str) -> str:
    """``text`` with its bracketed editorial insertions blanked (each opens with [ or ()."""
    return _BRACKETS.sub(" ", text) if "[" in text or "(" in text else text


def content(tokens: Sequence[str]) -> list[str]:
    """Stems of the content words (for similarity; stopwords dropped)."""
    return [stem(w) for w in tokens if w not in STOPWORDS and (len(w) > 1 or w.isdigit())]


def content_stems(text: str, tokens: list[str] | None = None) -> set[str]:
    """The distinct stems of ``content(quote_words(text))``, each word's result cached.

    ``tokens``, when given, are ``words(text)``: used as they are unless brackets need blanking.
    """
    if tokens is None or "[" in text or "(" in text:
        tokens = words(_unbracketed(text))
    stems = set(map(_content_stem, tokens))
    stems.discard(None)
    return stems  # type: ignore[return-value]


@lru_cache(maxsize=200_000)
def _content_stem(word: str) -> str | None:
    """The stem of one word as ``content(quote_words(...))`` gives it, None for a stopword."""
    spelt = spelling(word)
    return stem(spelt) if spelt not in STOPWORDS and (len(spelt) > 1 or spelt.isdigit()) else None


def is_part(short: Sequence[str], long: Sequence[str]) -> bool:
    """Whether ``short`` is a contiguous, strictly shorter run of ``long``."""
    n = len(short)
    if not n or n >= len(long):
        return False
    return any(list(long[i:i + n]) == list(short) for i in range(len(long) - n + 1))
