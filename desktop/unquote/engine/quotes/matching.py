"""Pair each quotation with its counterpart, and say why the unpaired ones have none.

A pair's score mixes word similarity with the sentence alignment around the two quotes
and their speakers; one optimal assignment over all pairs (scipy's Hungarian solver)
lets a one-word quote (“constructive”) reach “productive” in the linked sentence rather
than the longer “constructive and highly useful” elsewhere. An unpaired quote is
``paraphrased`` when a sentence of the other side carries most of its content words
unquoted, ``outside-shared`` when it lies in a stretch beyond the last (or before the
first) linked sentence that the other document does not cover, else dropped or added.
"""
from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from typing import Sequence

import numpy as np
from scipy.optimize import linear_sum_assignment

from ..model import Document, Link, Quote, Sentence
from .changes import resolved, same_speaker
from .spans import SentenceIndex
from .wording import content, quote_words

#: Weights of text similarity, alignment context and speaker agreement in a pair's score.
_TEXT, _CONTEXT, _SPEAKER = 0.55, 0.35, 0.10
#: Least text similarity for quotes in linked sentences (below it, only lone short quotes pair).
_LINKED = 0.25
#: Least text similarity for quotes whose sentences are linked to other sentences.
_ELSEWHERE = 0.6
#: ... for quotes where one sentence is unlinked, or they sit in neighbouring linked sentences.
_LOOSE = 0.4
#: Share of a quote's content words another side's sentence must carry to be its paraphrase.
_PARAPHRASE = 0.5
#: A one-side tail of at least this many sentences, much longer than the other's, is not shared.
_TAIL = 3


@dataclass(frozen=True)
class Side:
    """One document's quotes with what matching needs to know about them."""

    doc: Document
    sentences: Sequence[Sentence]
    quotes: Sequence[Quote]
    words: list[list[str]]
    stems: list[list[str]]
    partners: dict[int, set[int]]  # sentence -> sentences of the other side it is linked to
    where: list[set[int]]  # quote -> the sentences it touches
    members: dict[int, list[int]]  # sentence -> the quotes that touch it
    unquoted: list[set[str]]  # sentence -> content stems of its words outside quotations


def make_side(doc: Document, sentences: Sequence[Sentence], quotes: Sequence[Quote],
              partners: dict[int, set[int]]) -> Side:
    words = [[w for a, b in q.fragments for w in quote_words(doc.text[a:b])] for q in quotes]
    index = SentenceIndex(sentences)
    where = [index.touching(q.start, q.end) for q in quotes]
    members: dict[int, list[int]] = {}
    for q, touched in enumerate(where):
        for n in touched:
            members.setdefault(n, []).append(q)
    unquoted = [set(content(quote_words(_unquoted(doc, sentences, quotes, members, k))))
                for k in range(len(sentences))]
    return Side(doc, sentences, quotes, words, [content(w) for w in words], partners, where, members, unquoted)


def partner_map(links: Sequence[Link]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Sentence -> linked sentences of the other side, for both sides."""
    left: dict[int, set[int]] = {}
    right: dict[int, set[int]] = {}
    for link in links:
        for i in link.left:
            left.setdefault(i, set()).update(link.right)
        for j in link.right:
            right.setdefault(j, set()).update(link.left)
    return left, right


def text_similarity(a: list[str], b: list[str]) -> float:
    """Mean of the content-word Dice coefficient and the containment of the shorter quote."""
    return _similarity(Counter(a), Counter(b))


def _similarity(a: Counter[str], b: Counter[str]) -> float:
    na, nb = sum(a.values()), sum(b.values())
    if not na or not nb:
        return 0.0
    common = sum((a & b).values())
    return 0.5 * (2 * common / (na + nb)) + 0.5 * common / min(na, nb)


def _context(right: Side, linked: set[int], j: int) -> float:
    """1 when the quotes' sentences are linked together, 0.5 next to such a link, else less.

    ``linked`` holds the right sentences linked to the left quote's sentences.
    """
    rs = right.where[j]
    if linked & rs:
        return 1.0
    if any(x + d in linked for x in rs for d in (-1, 1)):
        return 0.5
    if not linked or not any(right.partners.get(s) for s in rs):
        return 0.3
    return 0.0


def pair_scores(left: Side, right: Side) -> np.ndarray:
    """Score of every left/right quote pair; 0 where the pair is not plausible.

    Only pairs that share a content word or sit in linked sentences are scored; any other
    pair has no text similarity and no alignment support.
    """
    scores = np.zeros((len(left.quotes), len(right.quotes)))
    by_stem: dict[str, set[int]] = {}
    for j, stems in enumerate(right.stems):
        for st in stems:
            by_stem.setdefault(st, set()).add(j)
    counts = [Counter(st) for st in right.stems]
    for i, lq in enumerate(left.quotes):
        linked = {r for s in left.where[i] for r in left.partners.get(s, ())}
        candidates = {j for st in set(left.stems[i]) for j in by_stem.get(st, ())}
        candidates |= {j for r in linked for j in right.members.get(r, ())}
        mine = Counter(left.stems[i])
        for j in candidates:
            rq = right.quotes[j]
            same = left.words[i] == right.words[j]
            text = 1.0 if same else _similarity(mine, counts[j])
            ctx = _context(right, linked, j)
            if ctx < 1.0 and (text < (_LOOSE if ctx > 0 else _ELSEWHERE)
                              or not same and sum((mine & counts[j]).values()) < 2):
                continue
            if ctx == 1.0 and text < _LINKED and not _lone_pair(left, right, i, j):
                continue
            speaker = 1.0 if (resolved(lq.speaker) and resolved(rq.speaker)
                              and same_speaker(lq.speaker, rq.speaker)) else 0.0
            scores[i, j] = _TEXT * text + _CONTEXT * ctx + _SPEAKER * speaker
    return scores


def _lone_pair(left: Side, right: Side, i: int, j: int) -> bool:
    """Two quotes sharing few words still pair when each is its linked sentences' only quote."""
    alone_l = all(len(left.members[n]) == 1 for n in left.where[i])
    alone_r = all(len(right.members[n]) == 1 for n in right.where[j])
    return alone_l and alone_r and len(left.words[i]) <= 6 and len(right.words[j]) <= 6


def assign(scores: np.ndarray) -> list[tuple[int, int]]:
    """The pairs of the best one-to-one assignment that have a positive score."""
    if scores.size == 0:
        return []
    rows, cols = linear_sum_assignment(scores, maximize=True)
    return [(int(i), int(j)) for i, j in zip(rows, cols) if scores[i, j] > 0]


def paraphrase_of(side: Side, n: int, other: Side, anywhere: bool) -> int | None:
    """A sentence of ``other`` that carries quote n's content words without quoting them.

    The sentences linked to the quote's own, and their neighbours, are searched; all of
    ``other``'s sentences when the quote's sentence is unlinked and ``anywhere`` is set.
    """
    stems = set(side.stems[n])
    if not stems:
        return None
    near = {r for s in side.where[n] for r in side.partners.get(s, ())}
    candidates = {x for r in near for x in (r - 1, r, r + 1) if 0 <= x < len(other.sentences)}
    best, best_cover = None, 0.0
    for k in sorted(candidates or (range(len(other.sentences)) if anywhere else ())):
        common = stems & other.unquoted[k]
        cover = len(common) / len(stems)
        enough = len(common) >= 2 or (len(stems) == 1 and k in near)
        if enough and cover >= _PARAPHRASE and cover > best_cover:
            best, best_cover = k, cover
    return best


def _unquoted(doc: Document, sentences: Sequence[Sentence], quotes: Sequence[Quote],
              members: dict[int, list[int]], k: int) -> str:
    """Sentence k's text with its quotations blanked."""
    s = sentences[k]
    chars = list(doc.text[s.start:s.end])
    for q in members.get(k, ()):
        for a, b in quotes[q].fragments:
            for x in range(max(a, s.start), min(b, s.end)):
                chars[x - s.start] = " "
    return "".join(chars)


def outside_shared(side: Side, other: Side, n: int) -> bool:
    """Whether quote n lies in a long stretch beyond the shared part of the two documents."""
    linked = sorted(side.partners)
    other_linked = sorted(other.partners)
    if not linked or not other_linked:
        return False
    where = min(side.where[n] or {0})
    tail = len(side.sentences) - 1 - linked[-1]
    other_tail = len(other.sentences) - 1 - other_linked[-1]
    if where > linked[-1] and tail >= _TAIL and tail > 2 * other_tail:
        return True
    head, other_head = linked[0], other_linked[0]
    return where < linked[0] and head >= _TAIL and head > 2 * other_head
