"""Sentence alignment: which sentences of the left document correspond to which on the right.

Candidates come from a sparse index (candidates.py), are scored lexically (scoring.py),
assigned one-to-one with context and the user's decisions (assign.py), grown into splits
and merges (groups.py), and marked moved when out of order (order.py).
"""
from __future__ import annotations

import re
from collections.abc import Callable, Sequence
from dataclasses import dataclass

import numpy as np

from ..model import Decision
from ..settings import Settings
from ..text.textnorm import words
from .assign import Constraints, assign
from .candidates import candidate_pairs, vectorize
from .groups import GroupGrower
from .order import moved_flags
from .scoring import Scorer

Progress = Callable[[float, str], None]


@dataclass(frozen=True)
class Aligned:
    """One group of the alignment: sentence indices of both sides and what they scored."""

    left: tuple[int, ...]
    right: tuple[int, ...]
    score: float
    moved: bool
    manual: bool


def align(left: Sequence[str], right: Sequence[str], settings: Settings,
          decisions: Sequence[Decision] = (), progress: Progress | None = None,
          tokens: tuple[list[list[str]], list[list[str]]] | None = None) -> list[Aligned]:
    """Align two lists of sentence texts; the result is ordered by left position.

    ``tokens`` holds the ``words()`` of every sentence of both sides when the caller has them.
    """
    report = progress or (lambda fraction, phase: None)
    left, right = list(left), list(right)
    constraints = Constraints.from_decisions(list(decisions), len(left), len(right))
    report(0.05, "indexing")
    left_words, right_words = tokens or ([words(t) for t in left], [words(t) for t in right])
    exact = unique_matches(left_words, right_words, constraints)
    vec = vectorize(left_words, right_words)
    rows = np.array([a for a in range(len(left)) if a not in exact], dtype=np.int64)
    taken = set(exact.values())
    cols = np.array([b for b in range(len(right)) if b not in taken], dtype=np.int64)
    i, j, cos = candidate_pairs(vec, settings.candidates, rows, cols)
    report(0.35, "scoring")
    scorer = Scorer(left, right, left_words, right_words)
    if decisions:
        allowed = np.array([constraints.allows(a, b) for a, b in zip(i.tolist(), j.tolist())], dtype=bool)
        i, j, cos = i[allowed], j[allowed], cos[allowed]
    scores = scorer.pairs(i, j, cos)
    lexical = dict(zip(zip(i.tolist(), j.tolist()), scores.tolist()))
    lexical.update({pair: 1.0 for pair in exact.items()})
    report(0.55, "assigning")
    content = np.concatenate([cos, np.ones(len(exact))])  # in the order of ``lexical``
    decide = lexical
    if settings.meaning:  # the optional model: imported only when asked for
        from .meaning import second_opinion

        report(0.5, "reading meaning")
        decide = second_opinion(left, right, lexical, settings)
    one_to_one = assign(decide, settings, headline_prior(left, right, lexical, settings), content, exact,
                        (len(left), len(right)))
    report(0.7, "grouping")
    grower = GroupGrower(scorer, vec, constraints, settings, (is_headline(left), is_headline(right)))
    pairs = list(one_to_one.items())
    groups = grower.grow([((a,), (b,)) for a, b in pairs], [lexical[p] for p in pairs])
    fixed = list(constraints.fixed)
    everything = groups + fixed
    moved = moved_flags(everything)
    out = []
    for n, (gl, gr) in enumerate(everything):
        score = grower.score((gl, gr)) if n >= len(groups) or len(gl) + len(gr) > 2 \
            else lexical[(gl[0], gr[0])]
        out.append(Aligned(gl, gr, round(min(1.0, max(0.0, score)), 4), moved[n], n >= len(groups)))
    out.sort(key=lambda a: (min(a.left), min(a.right)))
    return out


HEADLINE_END = re.compile(r"[.!?:;,\"”’')\]]\s*$")


def is_headline(texts: list[str]) -> bool:
    """Whether the first sentence reads as a headline: short, without final punctuation."""
    return bool(texts) and len(texts[0].split()) <= 20 and not HEADLINE_END.search(texts[0])


def headline_prior(left: list[str], right: list[str], lexical: dict[tuple[int, int], float],
                   settings: Settings) -> dict[tuple[int, int], float]:
    """Score adjustments that pair a headline with a headline, not with a body sentence."""
    heads = (is_headline(left), is_headline(right))
    if not any(heads):
        return {}
    out = {}
    for i, j in lexical:
        if i == 0 or j == 0:
            both = heads == (True, True) and i == j == 0
            one_is_head = (i == 0 and heads[0]) != (j == 0 and heads[1])
            out[(i, j)] = settings.headline_weight if both else (-settings.headline_weight if one_is_head else 0.0)
    return out


def unique_matches(left: list[list[str]], right: list[list[str]], constraints: Constraints) -> dict[int, int]:
    """Left -> right index of sentences with the same words that occur once on each side.

    They need no search; repeated sentences (boilerplate) go through scoring and context.
    """
    def once(sentences: list[list[str]]) -> dict[tuple[str, ...], int]:
        seen: dict[tuple[str, ...], int] = {}
        for n, tokens in enumerate(sentences):
            key = tuple(tokens)
            seen[key] = -1 if key in seen else n
        return {k: n for k, n in seen.items() if n >= 0 and k}

    right_once = once(right)
    return {i: right_once[key] for key, i in once(left).items()
            if key in right_once and constraints.allows(i, right_once[key])}


