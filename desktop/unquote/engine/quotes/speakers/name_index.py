"""Lookups over one document's clusters by name, so that placing a mention costs a few
dictionary hits instead of a pass over every cluster found so far (a long document has
tens of thousands of mentions and thousands of clusters).

The index knows names only; which lookup to use when is the clustering's business
(mentions.py), which takes names in ``cluster_order``. Cluster numbers are positions in the
document's cluster list.
"""
from __future__ import annotations

import re
from typing import Iterable

#: A token of a name that is initials ("l.", "l.h.", "j"), in lower case.
_INITIAL = re.compile(r"^[a-z](?:\.[a-z])*\.?$")


def initials(token: str) -> bool:
    """Whether a lower-case token of a name is initials: "l.", "l.h.", "j"."""
    return _INITIAL.match(token) is not None


def cluster_order(name: str) -> tuple[int, int]:
    """Clustering order: most words that are not initials (written with full stops) first, then
    most words, so that a name in initials finds the full names it may stand for."""
    if "." not in name:  # (most names)
        return -name.count(" ") - 1, 0
    tokens = name.lower().split()
    return -sum(1 for t in tokens if not initials(t)), -len(tokens)


class NameIndex:
    """Clusters by alias, by the words of a multi-word name, and organisations by name word."""

    def __init__(self) -> None:
        self._alias: dict[str, int] = {}
        self._last: dict[str, list[int]] = {}
        self._word: dict[str, list[int]] = {}
        self._orgs: list[int] = []
        self._org_word: dict[str, set[int]] = {}

    def add_cluster(self, n: int, name: str) -> None:
        """Index a new cluster's canonical name (multi-word names only: they take surnames)."""
        words = name.lower().split()
        if len(words) > 1:
            self._last.setdefault(words[-1], []).append(n)
            for w in dict.fromkeys(words):
                self._word.setdefault(w, []).append(n)

    def add_alias(self, alias: str, n: int) -> None:
        """Record that cluster n answers to ``alias`` (its canonical name is one)."""
        if n < self._alias.get(alias, n + 1):
            self._alias[alias] = n

    def add_org(self, n: int, name: str) -> None:
        """Record that cluster n is (now) an organisation."""
        self._orgs.append(n)
        for w in set(name.lower().split()):
            self._org_word.setdefault(w, set()).add(n)

    def exact(self, name: str) -> int | None:
        """The first cluster answering to ``name``."""
        return self._alias.get(name)

    def orgs_with(self, words: Iterable[str]) -> list[int]:
        """Organisations whose name holds every one of the (lower-case) ``words``, in order."""
        sets = [self._org_word.get(w, set()) for w in set(words)]
        if not sets:
            return list(self._orgs)
        sets.sort(key=len)
        return sorted(n for n in sets[0] if all(n in s for s in sets[1:]))

    def ending_with(self, word: str) -> list[int]:
        """Clusters with a multi-word name whose last word is ``word`` (lower-case), in order."""
        return self._last.get(word, [])

    def holding(self, word: str) -> list[int]:
        """Clusters with a multi-word name holding ``word`` (lower-case), in order."""
        return self._word.get(word, [])
