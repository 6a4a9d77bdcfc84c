"""The pipeline: two Documents in, one Comparison out.

Sentences, then alignment, link kinds and word diffs while the quotations are found and
then matched along the alignment (in a child process on long documents, engine/run/parallel.py).
While this process waits for them, ``ahead`` may work out what the caller will want of the
comparison that does not hang on its quotations (the file's text of the documents,
sentences and links, the summary's word counts), remembered by the identity of those parts.
``progress`` is told the fraction done and the phase; ``cancelled`` is polled between
phases and stops the run with ``Cancelled``, so the window can run this in a worker
thread and supersede it.
"""
from __future__ import annotations

from dataclasses import replace
from typing import TYPE_CHECKING, Callable, Sequence

from .cancel import Cancelled
from ..model import Comparison, Decision, Document, Link, Sentence
from .parallel import QuoteFinder
from .paused_gc import paused_gc
from ..text.kinds import classify
from ..text.sentences import split_sentences
from ..settings import Settings
from ..text.textnorm import words_of_both

if TYPE_CHECKING:
    from ..align import Aligned

Progress = Callable[[float, str], None]
#: Work on the comparison so far (no quotations yet) while they are found; it stops
#: (and may be taken up again later) as soon as the function it is given returns True.
Ahead = Callable[[Comparison, Callable[[], bool]], None]


def compare(left: Document, right: Document | Callable[[], Document], settings: Settings = Settings(), *,
            decisions: Sequence[Decision] = (), progress: Progress | None = None,
            cancelled: Callable[[], bool] | None = None, ahead: Ahead | None = None) -> Comparison:
    """Compare two documents; the user's ``decisions`` bind the alignment.

    ``right`` may be a function that loads it: called once the quotation finder has started
    on the left document, so that a child process finds the left quotes meanwhile.
    """
    with paused_gc():
        return _compare(left, right, settings, decisions, progress, cancelled, ahead)


def _compare(left: Document, right: Document | Callable[[], Document], settings: Settings,
             decisions: Sequence[Decision], progress: Progress | None, cancelled: Callable[[], bool] | None,
             ahead: Ahead | None) -> Comparison:
    report = progress or (lambda fraction, phase: None)
    stop = cancelled or (lambda: False)

    def step(fraction: float, phase: str) -> None:
        if stop():
            raise Cancelled(phase)
        report(fraction, phase)

    step(0.0, "splitting sentences")
    ls = split_sentences(left.text, left.paragraphs)
    if callable(right):
        finder = QuoteFinder(left, ls)
        try:
            right = right()
        except BaseException:
            finder.close()
            raise
        rs = split_sentences(right.text, right.paragraphs)
        finder.give_right(right, rs)
    else:
        rs = split_sentences(right.text, right.paragraphs)
        finder = QuoteFinder(left, ls, right, rs)
    lt = [left.text[s.start:s.end] for s in ls]
    rt = [right.text[s.start:s.end] for s in rs]
    # numpy and what needs it loaded only now: a child process finding the quotes has
    # started without them (it needs none of them) while this one loads them
    from ..align import align
    from ..quotes.fates.unquoted import SentenceStems

    try:
        step(0.1, "aligning sentences")
        tokens = words_of_both(lt, rt)
        aligned = align(lt, rt, settings, decisions, lambda f, p: step(0.1 + 0.6 * f, p), tokens)
        finder.match(aligned, settings, SentenceStems.both(left, ls, right, rs, tokens))
        step(0.7, "word differences")
        links = _links(aligned, left, right, ls, rs, tokens, settings)
        step(0.85, "quotations")
        so_far = Comparison(left=left, right=right, left_sentences=ls, right_sentences=rs, links=links,
                            settings=settings, decisions=tuple(decisions))
        lq, rq, matches = finder.result(stop, ahead and (lambda done: ahead(so_far, done)))
    finally:
        finder.close()
    report(1.0, "done")
    return replace(so_far, left_quotes=lq, right_quotes=rq, quote_matches=matches)


def _links(aligned: list[Aligned], left: Document, right: Document, ls: tuple[Sentence, ...],
           rs: tuple[Sentence, ...], tokens: tuple[list[list[str]], list[list[str]]],
           settings: Settings) -> tuple[Link, ...]:
    """The Link of each aligned group: kind, ignored differences and word diff (the word
    differ loads only now, like numpy: the quotation finder's child needs none of it)."""
    from ..text.worddiff import segment_diff

    lw, rw = tokens
    out = []
    for a in aligned:
        lseg, rseg = _segments(left.text, ls, a.left), _segments(right.text, rs, a.right)
        same_words = [w for i in a.left for w in lw[i]] == [w for j in a.right for w in rw[j]]
        kind, ignored = classify(" ".join(t for _, t in lseg), " ".join(t for _, t in rseg), same_words)
        diff = () if kind == "identical" and not ignored else segment_diff(lseg, rseg, settings)
        out.append(Link(left=a.left, right=a.right, kind=kind, score=1.0 if kind == "identical" else a.score,
                        moved=a.moved, ignored=ignored, origin="manual" if a.manual else "auto", diff=diff))
    return tuple(out)


def _segments(text: str, sentences: tuple[Sentence, ...], indices: tuple[int, ...]) -> list[tuple[int, str]]:
    return [(sentences[i].start, text[sentences[i].start:sentences[i].end]) for i in indices]
