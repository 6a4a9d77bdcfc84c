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

from dataclasses import dataclass
from typing import Callable, Protocol, Sequence

import numpy as np

from ...run.cancel import Checkpoint
from ...model import Document, Quote, Sentence
from ...structures.sparse_rows import ranges
from .changes import resolved, same_speaker_pairs
from .similarity import overlaps, similarities
from .small_assignment import best_pairs
from .solver import linear_sum_assignment
from ..spans import SentenceIndex
from .unquoted import SentenceStems, UnquotedStems
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
    linked_bounds: tuple[int, int] | None  # the first and the last linked sentence
    where: list[set[int]]  # quote -> the sentences it touches
    members: dict[int, list[int]]  # sentence -> the quotes that touch it
    unquoted: UnquotedStems  # sentence -> content stems of its words outside quotations
    owners: Sequence[int]  # quote -> the quotation it is a part of (itself when quotes are whole)


def make_side(doc: Document, sentences: Sequence[Sentence], quotes: Sequence[Quote],
              partners: dict[int, set[int]], tick: Callable[[], None] = lambda: None,
              owners: Sequence[int] | None = None, sentence_stems: SentenceStems | None = None) -> Side:
    """``sentence_stems``: the content stems of each whole sentence, when the caller has them."""
    words = [[w for a, b in q.fragments for w in quote_words(doc.text[a:b])] for q in quotes]
    index = SentenceIndex(sentences)
    where = [index.touching(q.start, q.end) for q in quotes]
    members: dict[int, list[int]] = {}
    for q, touched in enumerate(where):
        for n in touched:
            members.setdefault(n, []).append(q)
    bounds = (min(partners), max(partners)) if partners else None
    return Side(doc, sentences, quotes, words, [content(w) for w in words], partners, bounds, where, members,
                UnquotedStems(doc, sentences, quotes, members, tick, sentence_stems),
                owners if owners is not None else range(len(quotes)))


class Linked(Protocol):
    """What matching needs of a link: the sentences it joins on each side."""

    @property
    def left(self) -> tuple[int, ...]: ...

    @property
    def right(self) -> tuple[int, ...]: ...


def partner_map(links: Sequence[Linked]) -> tuple[dict[int, set[int]], dict[int, set[int]]]:
    """Sentence -> linked sentences of the other side, for both sides."""
    left: dict[int, set[int]] = {}
    right: dict[int, set[int]] = {}
    for link in links:
        for i in link.left:
            left.setdefault(i, set()).update(link.right)
        for j in link.right:
            right.setdefault(j, set()).update(link.left)
    return left, right


@dataclass(frozen=True)
class PairScores:
    """The positive scores of left/right quote pairs, sorted by left quote, then right."""

    rows: np.ndarray
    cols: np.ndarray
    values: np.ndarray
    shape: tuple[int, int]

    @classmethod
    def of(cls, rows: np.ndarray, cols: np.ndarray, values: np.ndarray, shape: tuple[int, int]) -> PairScores:
        """The positive ones of these (row, column, score) triples, each pair given once."""
        positive = values > 0
        rows, cols, values = rows[positive], cols[positive], values[positive]
        order = np.argsort(rows * shape[1] + cols)
        return cls(rows[order], cols[order], values[order], shape)

    def block(self, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
        """The dense matrix of the given ascending rows and columns (every score of these
        rows must lie in these columns, as within a connected group)."""
        out = np.zeros((len(rows), len(cols)))
        first = np.searchsorted(self.rows, rows)
        count = np.searchsorted(self.rows, rows, side="right") - first
        at = ranges(first, count)
        out[np.repeat(np.arange(len(rows)), count), np.searchsorted(cols, self.cols[at])] = self.values[at]
        return out


def pair_scores(left: Side, right: Side,
                checkpoint: Checkpoint = Checkpoint(None, "quotations"),  # noqa: B008 (no callback: only counts)
                ) -> PairScores:
    """Score of every plausible left/right quote pair.

    Only pairs that share a content word or sit in linked sentences are scored; any other
    pair has no text similarity and no alignment support. The scores are computed on
    arrays of candidate pairs (two long documents have hundreds of thousands); ``checkpoint``
    is polled between the steps.
    """
    nl, nr = len(left.quotes), len(right.quotes)
    if not nl or not nr:
        nothing = np.zeros(0, dtype=np.int64)
        return PairScores.of(nothing, nothing, np.zeros(0), (nl, nr))
    linked, near, lonely = _context_pairs(left, right, checkpoint)
    checkpoint.now()
    left_len = np.array([len(st) for st in left.stems], dtype=np.int64)
    right_len = np.array([len(st) for st in right.stems], dtype=np.int64)
    rows, cols, overlap = overlaps(left.stems, right.stems)
    checkpoint.now()
    shared = rows * nr + cols  # sorted: overlaps come in row, then column order
    # outside linked sentences a pair needs similarity >= 0.4 and two shared stems, or the
    # same words (then the stems are the same too): the rest of the overlaps go at once
    na, nb = left_len[rows], right_len[cols]
    hopeful = (similarities(overlap, na, nb) >= min(_LOOSE, _ELSEWHERE)) & (
        (overlap >= 2) | ((overlap == na) & (overlap == nb)))
    kept = hopeful & ~_member(shared, linked)
    keys = np.concatenate([shared[kept], linked])
    common = np.concatenate([overlap[kept], _lookup(shared, overlap, linked)])
    rows, cols = keys // nr, keys % nr
    checkpoint.now()
    left_ids, right_ids = _ids(left.words, right.words)
    same = left_ids[rows] == right_ids[cols]
    text = np.where(same, 1.0, similarities(common, left_len[rows], right_len[cols]))
    # context: 1 in linked sentences, 0.5 next to them, 0.3 when either has no link to go by, else 0
    unpartnered = np.array([not any(right.partners.get(s) for s in where) for where in right.where], dtype=bool)
    ctx = np.where(lonely[rows] | unpartnered[cols], 0.3, 0.0)
    ctx[_member(keys, near)] = 0.5
    ctx[_member(keys, linked)] = 1.0
    loose = ctx < 1.0
    too_far = loose & ((text < np.where(ctx > 0, _LOOSE, _ELSEWHERE)) | (~same & (common < 2)))
    too_weak = ~loose & (text < _LINKED) & ~(_alone(left)[rows] & _alone(right)[cols])
    keep = ~(too_far | too_weak)
    rows, cols, text, ctx = rows[keep], cols[keep], text[keep], ctx[keep]
    checkpoint.now()
    speaker = _same_speakers(left, right, rows, cols)
    values = _TEXT * text + _CONTEXT * ctx + _SPEAKER * speaker
    return PairScores.of(rows, cols, values, (nl, nr))


def _context_pairs(left: Side, right: Side, tick: Callable[[], None]) -> tuple[np.ndarray, np.ndarray, np.ndarray]:
    """Sorted pair keys (left * len(right) + right) of quotes in linked sentences and of quotes
    in sentences next to those, and which left quotes have no linked sentence at all."""
    nr = len(right.quotes)
    linked_keys: set[int] = set()
    near_keys: set[int] = set()
    lonely = np.zeros(len(left.quotes), dtype=bool)
    for i in range(len(left.quotes)):
        tick()
        linked = {r for s in left.where[i] for r in left.partners.get(s, ())}
        lonely[i] = not linked
        linked_keys.update(i * nr + j for r in linked for j in right.members.get(r, ()))
        near_keys.update(i * nr + j for r in linked for d in (-1, 1) for j in right.members.get(r + d, ()))
    return (np.array(sorted(linked_keys), dtype=np.int64), np.array(sorted(near_keys), dtype=np.int64), lonely)


def _ids(left: list[list[str]], right: list[list[str]]) -> tuple[np.ndarray, np.ndarray]:
    """One number per distinct word list, for both sides, so equality is an array comparison."""
    seen: dict[tuple[str, ...], int] = {}
    return (np.array([seen.setdefault(tuple(w), len(seen)) for w in left], dtype=np.int64),
            np.array([seen.setdefault(tuple(w), len(seen)) for w in right], dtype=np.int64))


def _alone(side: Side) -> np.ndarray:
    """Quotes of six words at most whose quotation is the only one in each sentence they touch.

    Two such quotes in linked sentences pair even when they share few words.
    """
    owners = side.owners
    return np.array([len(side.words[q]) <= 6 and all(all(owners[p] == owners[q] for p in side.members[n])
                                                         for n in side.where[q])
                     for q in range(len(side.quotes))], dtype=bool)


def _same_speakers(left: Side, right: Side, rows: np.ndarray, cols: np.ndarray) -> np.ndarray:
    """1.0 where both quotes of a pair have resolved speakers that are the same person, else 0.0."""

    def ids(side: Side, names: dict[str, int]) -> np.ndarray:
        return np.array([names.setdefault(q.speaker, len(names)) if q.speaker and resolved(q.speaker) else -1
                         for q in side.quotes], dtype=np.int64)

    left_names: dict[str, int] = {}
    right_names: dict[str, int] = {}
    lid, rid = ids(left, left_names)[rows], ids(right, right_names)[cols]
    width = max(1, len(right_names))
    agree = np.array(sorted(i * width + j for i, j in same_speaker_pairs(list(left_names), list(right_names))),
                     dtype=np.int64)
    both = (lid >= 0) & (rid >= 0)
    return np.where(both & _member(lid * width + rid, agree), 1.0, 0.0)


def _lookup(sorted_keys: np.ndarray, values: np.ndarray, keys: np.ndarray) -> np.ndarray:
    """The value of each of ``keys`` in (``sorted_keys``, ``values``), 0 where it is absent."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=values.dtype)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return np.where(sorted_keys[at] == keys, values[at], 0)


def _member(keys: np.ndarray, sorted_keys: np.ndarray) -> np.ndarray:
    """Which of ``keys`` are in the sorted array ``sorted_keys`` (binary search; no hashing)."""
    if not len(sorted_keys):
        return np.zeros(len(keys), dtype=bool)
    at = np.minimum(np.searchsorted(sorted_keys, keys), len(sorted_keys) - 1)
    return sorted_keys[at] == keys


def assign(scores: PairScores) -> list[tuple[int, int]]:
    """The pairs of the best one-to-one assignment (all scores are positive).

    The best assignment of the whole matrix is the union of the best assignments of the
    connected groups of quotes that share a score, so each group is solved on its own
    dense block: memory follows the largest group, not the product of the sides.
    When no quote has two candidates, every candidate pair is a group of its own.
    """
    nl, nr = scores.shape
    if not len(scores.values):
        return []
    if np.all(np.bincount(scores.rows, minlength=nl) <= 1) and np.all(np.bincount(scores.cols, minlength=nr) <= 1):
        return list(zip(scores.rows.tolist(), scores.cols.tolist()))
    labels = _groups(scores)
    order = np.argsort(labels[:nl], kind="stable"), np.argsort(labels[nl:], kind="stable")
    pairs: list[tuple[int, int]] = []
    left_groups = np.split(order[0], np.flatnonzero(np.diff(labels[:nl][order[0]])) + 1)
    right_of: dict[int, list[int]] = {int(labels[nl + j]): [] for j in range(nr)}
    for j in order[1]:
        right_of[int(labels[nl + j])].append(int(j))
    for rows in left_groups:
        cols = right_of.get(int(labels[rows[0]]), [])
        if not cols:
            continue
        block = scores.block(rows, np.array(cols, dtype=np.int64))
        a, b = _best_assignment(block)
        pairs += [(int(rows[x]), int(cols[y])) for x, y in zip(a, b) if block[x, y] > 0]
    return sorted(pairs)


def _groups(scores: PairScores) -> np.ndarray:
    """A group label for every left quote, then every right quote: the connected components
    of the candidate pairs, each named by its smallest item as engine/structures/unionfind.py names them.

    Found on arrays, since two long documents have a hundred thousand candidate pairs: each
    round joins the two ends of every pair and their labels to the smaller label, then
    follows labels to labels until they settle; the rounds stop when no label falls. A label
    only ever falls to another item of its component, and at the end both ends of every pair
    have one label, which the component's smallest item never leaves.
    """
    nl, nr = scores.shape
    a, b = scores.rows.astype(np.int64), scores.cols.astype(np.int64) + nl
    labels = np.arange(nl + nr, dtype=np.int64)
    while True:
        la, lb = labels[a], labels[b]
        low = np.minimum(la, lb)
        new = labels.copy()
        for at in (a, b, la, lb):
            np.minimum.at(new, at, low)
        while True:
            further = new[new]
            if np.array_equal(further, new):
                break
            new = further
        if np.array_equal(new, labels):
            return labels
        labels = new


def _best_assignment(block: np.ndarray) -> tuple[np.ndarray, np.ndarray]:
    """Rows and columns of the best assignment of a dense block (scipy's Hungarian solver).

    A single row or column needs no solver: its largest cell, the first of equal ones as
    the solver picks it; a few quotes are paired by small_assignment when the answer is
    certain. Most groups are that small, and so the solver (solver.py) loads only for a
    document pair that has a larger group or a tie.
    """
    if block.shape[0] == 1 or block.shape[1] == 1:
        at = int(np.argmax(block))
        return (np.array([0]), np.array([at])) if block.shape[0] == 1 else (np.array([at]), np.array([0]))
    small = best_pairs(block)
    if small is not None:
        kept = sorted(small)
        return np.array([i for i, _ in kept], dtype=np.int64), np.array([j for _, j in kept], dtype=np.int64)
    return linear_sum_assignment()(block, maximize=True)


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
    if not candidates and anywhere:  # only sentences sharing two of the stems can qualify
        candidates = set(other.unquoted.sharing(stems, 2))
    best, best_cover = None, 0.0
    for k in sorted(candidates):
        common = stems & other.unquoted[k]
        cover = len(common) / len(stems)
        enough = len(common) >= 2 or (len(stems) == 1 and k in near)
        if enough and cover >= _PARAPHRASE and cover > best_cover:
            best, best_cover = k, cover
    return best


def outside_shared(side: Side, other: Side, n: int) -> bool:
    """Whether quote n lies in a long stretch beyond the shared part of the two documents."""
    if side.linked_bounds is None or other.linked_bounds is None:
        return False
    first, last = side.linked_bounds
    other_first, other_last = other.linked_bounds
    where = min(side.where[n] or {0})
    tail = len(side.sentences) - 1 - last
    other_tail = len(other.sentences) - 1 - other_last
    if where > last and tail >= _TAIL and tail > 2 * other_tail:
        return True
    return where < first and first >= _TAIL and first > 2 * other_first
