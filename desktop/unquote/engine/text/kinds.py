"""Identical or reworded: and when identical only once something is set aside, what."""
from __future__ import annotations

import re
from collections.abc import Callable
from collections.abc import Set as AbstractSet

from ..model import LinkKind
from .textnorm import WORD, fold

SPACES = re.compile(r"\s+")

STEPS: tuple[tuple[str, Callable[[str], str]], ...] = (
    ("whitespace", lambda t: SPACES.sub(" ", t).strip()),
    ("typography", fold),
    ("case", str.lower),
    ("punctuation", lambda t: " ".join(WORD.findall(t))),
)


EVERY = frozenset(name for name, _ in STEPS)


def _normalise(text: str, names: AbstractSet[str]) -> str:
    for name, step in STEPS:
        if name in names:
            text = step(text)
    return text


def classify(left: str, right: str, same_words: bool | None = None) -> tuple[LinkKind, tuple[str, ...]]:
    """The link kind of two texts and the differences that had to be set aside.

    ``identical`` with ``()`` means character for character. Otherwise the steps
    (whitespace, typography, case, punctuation) are taken in that order until the texts
    are equal; ``ignored`` names the steps of that prefix without which they would still
    differ. When no prefix makes them equal, the link is ``reworded``. All the steps
    together leave the texts' ``textnorm.words()``: a caller that has compared those
    passes ``same_words`` and spares the normalising of reworded texts.
    """
    if left == right:
        return "identical", ()
    if same_words is None:
        same_words = _normalise(left, EVERY) == _normalise(right, EVERY)
    if not same_words:
        return "reworded", ()
    for k in range(1, len(STEPS) + 1):
        prefix = {name for name, _ in STEPS[:k]}
        if _normalise(left, prefix) == _normalise(right, prefix):
            needed = tuple(name for name, _ in STEPS[:k]
                           if _normalise(left, prefix - {name}) != _normalise(right, prefix - {name}))
            return "identical", needed or (STEPS[k - 1][0],)
    return "reworded", ()
