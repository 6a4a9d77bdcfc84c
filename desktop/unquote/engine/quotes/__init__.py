"""Direct quotations: extraction, speakers and reporting verbs, matching and changes.

``find_quotes`` lists one document's quotations; ``match_quotes`` pairs them across the
two documents after the sentence alignment and says what changed. See docs/quotes.md.
"""
from __future__ import annotations

from bisect import bisect_left
from dataclasses import replace
from itertools import accumulate
from typing import Callable, Sequence

from ..cancel import Checkpoint
from ..model import Document, Link, Quote, QuoteMatch, Sentence
from ..settings import Settings
from ..worddiff import segment_diff
from .changes import classify
from .find import find_quotes
from .matching import Side, assign, make_side, outside_shared, pair_scores, paraphrase_of, partner_map
from .similarity import text_similarity

__all__ = ["find_quotes", "match_quotes"]


def match_quotes(left: Document, right: Document, left_sentences: Sequence[Sentence],
                 right_sentences: Sequence[Sentence], links: Sequence[Link], left_quotes: Sequence[Quote],
                 right_quotes: Sequence[Quote], settings: Settings, *,
                 cancelled: Callable[[], bool] | None = None) -> tuple[QuoteMatch, ...]:
    """One QuoteMatch per quotation comparison; every quote of each side appears exactly once.

    ``cancelled`` is polled as the work goes; when it returns True, ``Cancelled`` is raised.
    """
    tick = Checkpoint(cancelled, "quotations")
    l_partners, r_partners = partner_map(links)
    ls = make_side(left, left_sentences, left_quotes, l_partners, tick)
    rs = make_side(right, right_sentences, right_quotes, r_partners, tick)
    diff_settings = replace(settings, ignore_case=True, ignore_punctuation=True, ignore_typography=True)
    scores = pair_scores(ls, rs, tick)
    tick.now()  # the assignment cannot be interrupted
    pairs = assign(scores)
    out: list[QuoteMatch] = []
    for i, j in pairs:
        tick()
        lq, rq = left_quotes[i], right_quotes[j]
        diff = segment_diff([(a, left.text[a:b]) for a, b in lq.fragments],
                            [(a, right.text[a:b]) for a, b in rq.fragments], diff_settings)
        similarity = 1.0 if ls.words[i] == rs.words[j] else text_similarity(ls.stems[i], rs.stems[j])
        out.append(QuoteMatch(i, j, "matched", classify(lq, rq, ls.words[i], rs.words[j]),
                              round(similarity, 3), diff=diff))
    paired_l = {i for i, _ in pairs}
    paired_r = {j for _, j in pairs}
    for i in range(len(left_quotes)):
        if i not in paired_l:
            tick()
            out.append(_alone(ls, rs, i, "left"))
    for j in range(len(right_quotes)):
        if j not in paired_r:
            tick()
            out.append(_alone(rs, ls, j, "right"))
    out.sort(key=_reading_order(left_quotes, right_quotes, pairs))
    return tuple(out)


def _alone(side: Side, other: Side, n: int, which: str) -> QuoteMatch:
    """The match of a quote without counterpart: paraphrased, outside-shared, dropped or added."""
    left, right = (n, None) if which == "left" else (None, n)
    outside = outside_shared(side, other, n)
    sentence = paraphrase_of(side, n, other, anywhere=not outside)
    if sentence is not None:
        return QuoteMatch(left, right, "paraphrased", paraphrase=sentence)
    if outside:
        return QuoteMatch(left, right, "outside-shared")
    return QuoteMatch(left, right, "dropped" if which == "left" else "added")


def _reading_order(left_quotes: Sequence[Quote], right_quotes: Sequence[Quote], pairs: list[tuple[int, int]]):
    """Sort key: left reading order; a right-only quote goes after the pair preceding it on the right."""
    by_right = sorted((j, float(i)) for i, j in pairs)
    paired = [j for j, _ in by_right]
    latest = list(accumulate((i for _, i in by_right), max))  # latest left rank among the first n right quotes

    def key(m: QuoteMatch) -> tuple[float, float]:
        if m.left is not None:
            return (float(m.left), 0.0)
        n = bisect_left(paired, m.right)  # type: ignore[arg-type, type-var]
        return (latest[n - 1] if n else -1.0, 0.5 + m.right / 10_000)  # type: ignore[operator]

    return key
