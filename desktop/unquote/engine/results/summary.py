"""The figures a comparison is summed up by: shares of words and quote findings by kind.

The summary of the last comparisons is remembered (engine/results/remembered.py), and so are
its word counts, which do not hang on the quotations: counting the words of a
10,000-sentence pair takes a fifth of a second, which a run does while it waits for its
quotations (``count_words_ahead``, engine/run/compare.py's ``ahead``).
"""
from __future__ import annotations

import threading
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass

from .findings import QUOTE_KINDS, findings
from ..model import SIDES, Comparison, Side
from .remembered import Remembered
from ..text.textnorm import WORD

__all__ = ["QUOTE_KINDS", "SideSummary", "Summary", "count_words_ahead", "shares_almost_nothing", "summarize",
           "summary_lines"]


#: Below this share of sentences with a partner on both sides, the documents are said to
#: share almost nothing (two unrelated articles).
UNRELATED_SHARE = 0.1


@dataclass(frozen=True)
class SideSummary:
    """Words of one document in identical, reworded and one-side-only sentences."""

    sentences: int
    words: int
    identical: int
    reworded: int
    one_side: int

    def share(self, count: int) -> float:
        return count / self.words if self.words else 0.0


@dataclass(frozen=True)
class Summary:
    left: SideSummary
    right: SideSummary
    links: Counter
    quotes: Counter

    def side(self, side: Side) -> SideSummary:
        return self.left if side == "left" else self.right


def summarize(c: Comparison) -> Summary:
    """The figures of a comparison (the same object again for the same comparison: not to be changed)."""
    return _remembered(c)


def _summed_up_parts(c: Comparison) -> tuple[object, ...]:
    """What the summary is worked out from (not the notes or view options)."""
    return (c.left, c.right, c.left_sentences, c.right_sentences, c.links, c.left_quotes, c.right_quotes,
            c.quote_matches)


def _sum_up(c: Comparison) -> Summary:
    counted = _word_counts(c)
    links: Counter[str] = Counter(link.kind for link in c.links)
    links["moved"] = sum(1 for link in c.links if link.moved)
    quotes: Counter[str] = Counter(tag for f in findings(c) for tag in f.tags)
    return Summary(counted.side("left"), counted.side("right"), links, quotes)


def count_words_ahead(c: Comparison, stop: Callable[[], bool]) -> None:
    """Count the words of ``c``'s sides (one at a time, until ``stop()`` says enough), for
    the summary of a comparison that shares its documents, sentences and links."""
    counted = _word_counts(c)
    for side in SIDES:
        if stop():
            return
        counted.side(side)


class _WordCounts:
    """Each side's words in identical, reworded and one-side-only sentences, counted when first asked."""

    def __init__(self, c: Comparison) -> None:
        self._c = c
        self._sides: dict[Side, SideSummary] = {}
        self._lock = threading.Lock()

    def side(self, side: Side) -> SideSummary:
        with self._lock:
            if side not in self._sides:
                self._sides[side] = _count_words(self._c, side)
            return self._sides[side]


def _count_words(c: Comparison, side: Side) -> SideSummary:
    kind_of = {}
    for link in c.links:
        for i in (link.left if side == "left" else link.right):
            kind_of[i] = link.kind
    text = c.document(side).text
    counts: Counter[str] = Counter()
    for i, s in enumerate(c.sentences(side)):
        counts[kind_of.get(i, "one-side")] += len(WORD.findall(text, s.start, s.end))
    return SideSummary(len(c.sentences(side)), sum(counts.values()), counts["identical"],
                       counts["reworded"], counts["one-side"])


def _counted_parts(c: Comparison) -> tuple[object, ...]:
    """What the word counts are worked out from."""
    return (c.left, c.right, c.left_sentences, c.right_sentences, c.links)


_word_counts = Remembered(_WordCounts, _counted_parts)
_remembered = Remembered(_sum_up, _summed_up_parts)


def summary_lines(c: Comparison) -> list[str]:
    """The short summary the command line prints."""
    s = summarize(c)
    lines = [(f"links: {s.links['identical']} identical, {s.links['reworded']} reworded, "
              f"{s.links['moved']} moved")]
    for side in SIDES:
        d = s.side(side)
        name = c.document(side).title or c.document(side).source or side
        lines.append(f"{side:5s} {name}: {d.sentences} sentences, {d.words} words; identical "
                     f"{d.share(d.identical):.0%}, reworded {d.share(d.reworded):.0%}, "
                     f"only here {d.share(d.one_side):.0%}")
    found = ", ".join(f"{s.quotes[k]} {k}" for k in QUOTE_KINDS if s.quotes[k])
    lines.append(f"quotes: {len(c.left_quotes)} left, {len(c.right_quotes)} right"
                 + (f"; {found}" if found else ""))
    for f in findings(c):
        if f.changed:
            lines.append(f"  {f.number}. " + "; ".join([line for p in f.parts for line in p.lines] + list(f.notes)))
    return lines


def shares_almost_nothing(c: Comparison) -> bool:
    """Whether fewer than UNRELATED_SHARE of the sentences on each side have a partner."""
    paired_left = sum(len(k.left) for k in c.links)
    paired_right = sum(len(k.right) for k in c.links)
    return (paired_left < UNRELATED_SHARE * max(1, len(c.left_sentences))
            and paired_right < UNRELATED_SHARE * max(1, len(c.right_sentences)))
