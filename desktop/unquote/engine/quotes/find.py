"""Direct quotations of one document as model Quotes: extraction plus attribution."""
from __future__ import annotations

from typing import Callable, Sequence

from ..run.cancel import Checkpoint
from ..model import Document, Quote, Sentence
from .speakers.attribution import attribute
from .extract import utterances
from .headline import echo_headline
from ..run.paused_gc import paused_gc
from .spans import SentenceIndex


@paused_gc()
def find_quotes(doc: Document, sentences: Sequence[Sentence], *,
                cancelled: Callable[[], bool] | None = None) -> tuple[Quote, ...]:
    """Every direct quotation of ``doc`` in reading order, with speaker, verb and form.

    ``cancelled`` is polled as the work goes; when it returns True, ``Cancelled`` is raised.
    """
    tick = Checkpoint(cancelled, "quotations")
    found = utterances(doc, sentences, tick)
    out: list[Quote] = []
    index = SentenceIndex(sentences)
    for utt, who in zip(found, attribute(doc, sentences, found, tick)):
        tick()
        start, end = utt.fragments[0][0], utt.fragments[-1][1]
        text = " ".join(doc.text[a:b] for a, b in utt.fragments)
        out.append(Quote(start, end, utt.fragments, text, speaker=who.speaker, speaker_span=who.speaker_span,
                         verb=who.verb, verb_span=who.verb_span, verb_class=who.verb_class, form=who.form,
                         closed=utt.closed, sentence=index.at(start)))
    return echo_headline(out, sentences)
