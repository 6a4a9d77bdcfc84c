"""``match_quotes``: the quotations of two documents paired part by part along the sentence
alignment, with what changed in each pair and why an unpaired part has none (see fates/)."""
from __future__ import annotations

from bisect import bisect_left
from collections.abc import Callable, Sequence
from dataclasses import replace
from itertools import accumulate
from typing import Literal, NamedTuple

from ..run.cancel import Checkpoint
from ..model import Document, Quote, QuoteMatch, Sentence
from ..settings import Settings
from ..text.worddiff import segment_diff
from .fates.changes import classify
from .fates.groups import Group, clusters, grow_groups
from .fates.matching import (
    Linked,
    Side,
    assign,
    make_side,
    outside_shared,
    pair_scores,
    paraphrase_of,
    partner_map,
)
from .fates.parts import Parts, split_parts
from ..run.paused_gc import paused_gc
from .fates.similarity import text_similarity
from .fates.unquoted import SentenceStems


class Prepared(NamedTuple):
    """One side's quotations as matching reads them, worked out ahead (``prepare_side``)."""

    parts: Parts
    side: Side


def prepare_side(doc: Document, sentences: Sequence[Sentence], links: Sequence[Linked], quotes: Sequence[Quote],
                 which: Literal["left", "right"], sentence_stems: SentenceStems | None = None,
                 stop: Callable[[], bool] = lambda: False) -> Prepared:
    """What ``match_quotes`` works out of one side alone, ahead of the other side's quotations:
    its parts, their words and sentences, and (unless ``stop()`` says enough first, then it is
    left for later) the index of the words its quoted sentences carry outside their quotations."""
    parts = split_parts(quotes, doc.text)
    partners = partner_map(links)[0 if which == "left" else 1]
    side = make_side(doc, sentences, parts.quotes, partners, owners=parts.owner, sentence_stems=sentence_stems)
    side.unquoted.prepare(stop)
    return Prepared(parts, side)


@paused_gc()
def match_quotes(left: Document, right: Document, left_sentences: Sequence[Sentence],
                 right_sentences: Sequence[Sentence], links: Sequence[Linked], left_quotes: Sequence[Quote],
                 right_quotes: Sequence[Quote], settings: Settings, *,
                 cancelled: Callable[[], bool] | None = None,
                 sentence_stems: tuple[SentenceStems, SentenceStems] | None = None,
                 left_prepared: Prepared | None = None) -> tuple[QuoteMatch, ...]:
    """QuoteMatches over the parts of the quotations; every part of each side is in exactly one.

    ``cancelled`` is polled as the work goes; when it returns True, ``Cancelled`` is raised.
    ``sentence_stems`` holds the content stems of each whole sentence, both sides, when the caller
    has them; ``left_prepared``, ``prepare_side`` of the left side with these quotes, links and stems.
    """
    tick = Checkpoint(cancelled, "quotations")
    l_partners, r_partners = partner_map(links)
    l_stems, r_stems = sentence_stems or (None, None)
    if left_prepared is not None:
        lp, ls = left_prepared
    else:
        lp = split_parts(left_quotes, left.text)
        ls = make_side(left, left_sentences, lp.quotes, l_partners, tick, lp.owner, l_stems)
    rp = split_parts(right_quotes, right.text)
    rs = make_side(right, right_sentences, rp.quotes, r_partners, tick, rp.owner, r_stems)
    diff_settings = replace(settings, ignore_case=True, ignore_punctuation=True, ignore_typography=True)
    scores = pair_scores(ls, rs, tick)
    tick.now()  # the assignment cannot be interrupted
    groups = grow_groups(assign(scores), lp, rp, ls.stems, rs.stems, ls.where, rs.where)
    out: list[tuple[tuple[float, float], QuoteMatch]] = []
    order = _reading_order(groups, len(rp.quotes))
    for group, cluster in zip(groups, clusters(groups)):
        tick()
        out.append((order(group[0][0], None), _matched(group, cluster, ls, rs, lp, rp, diff_settings)))
    for which, side, other, parts in (("left", ls, rs, lp), ("right", rs, ls, rp)):
        grouped = {p for group in groups for p in group[0 if which == "left" else 1]}
        alone = []
        for n in range(len(parts.quotes)):
            if n not in grouped:
                tick()
                alone.append((n, _fate(side, other, n)))
        for first, match in _merge(alone, parts, which):
            out.append((order(first, None) if which == "left" else order(None, first), match))
    out.sort(key=lambda item: item[0])
    return tuple(m for _, m in out)


def _matched(group: Group, cluster: Group, ls: Side, rs: Side, lp: Parts, rp: Parts,
             diff_settings: Settings) -> QuoteMatch:
    """The match of a group of parts, with the changes of those parts only.

    The words are compared over ``cluster``: when two quotations share one counterpart
    (one stretch spread over both), each is compared with it together with the other.
    """
    left_parts, right_parts = cluster
    lw = [w for p in left_parts for w in ls.words[p]]
    rw = [w for p in right_parts for w in rs.words[p]]
    diff = segment_diff([(a, ls.doc.text[a:b]) for p in left_parts for a, b in lp.quotes[p].fragments],
                        [(a, rs.doc.text[a:b]) for p in right_parts for a, b in rp.quotes[p].fragments],
                        diff_settings)
    similarity = 1.0 if lw == rw else text_similarity([st for p in left_parts for st in ls.stems[p]],
                                                      [st for p in right_parts for st in rs.stems[p]])
    own_left, own_right = group
    changes = classify(lp.quotes[own_left[0]], rp.quotes[own_right[0]], lw, rw)
    return QuoteMatch(lp.owner[own_left[0]], rp.owner[own_right[0]], "matched", changes,
                      round(similarity, 3), diff=diff, left_parts=lp.stored(own_left),
                      right_parts=rp.stored(own_right))


def _fate(side: Side, other: Side, n: int) -> tuple[str, int | None]:
    """Why part n has no counterpart: paraphrased (with the sentence), outside-shared or gone."""
    outside = outside_shared(side, other, n)
    sentence = paraphrase_of(side, n, other, anywhere=not outside)
    if sentence is not None:
        return "paraphrased", sentence
    return ("outside-shared" if outside else "gone"), None


def _merge(alone: list[tuple[int, tuple[str, int | None]]], parts: Parts, which: str
           ) -> list[tuple[int, QuoteMatch]]:
    """One match per run of neighbouring unpaired parts of one quotation that share their fate."""
    runs: list[list[int]] = []
    fates: list[tuple[str, int | None]] = []
    for n, fate in alone:
        if runs and runs[-1][-1] == n - 1 and parts.same_quote(n - 1, n) and fates[-1] == fate:
            runs[-1].append(n)
        else:
            runs.append([n])
            fates.append(fate)
    out = []
    for run, (status, sentence) in zip(runs, fates):
        if status == "gone":
            status = "dropped" if which == "left" else "added"
        owner, fragments = parts.owner[run[0]], parts.stored(run)
        if which == "left":
            match = QuoteMatch(owner, None, status, paraphrase=sentence, left_parts=fragments)  # type: ignore[arg-type]
        else:
            match = QuoteMatch(None, owner, status, paraphrase=sentence, right_parts=fragments)  # type: ignore[arg-type]
        out.append((run[0], match))
    return out


def _reading_order(groups: list[Group], right_parts: int
                   ) -> Callable[[int | None, int | None], tuple[float, float]]:
    """Sort key: left reading order of parts; a right-only part goes after the match
    preceding it on the right."""
    by_right = sorted((g[1][0], float(g[0][0])) for g in groups)
    paired = [j for j, _ in by_right]
    latest = list(accumulate((i for _, i in by_right), max))  # latest left part among the first n right ones

    def key(left: int | None, right: int | None) -> tuple[float, float]:
        if left is not None or right is None:
            return (float(left or 0), 0.0)
        n = bisect_left(paired, right)
        return (latest[n - 1] if n else -1.0, 0.5 + right / (2.0 * (right_parts + 1)))

    return key
