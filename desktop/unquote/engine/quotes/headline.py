"""Quotations in a headline: the words a story's title quotes are said in its body.

A headline ("Mayor: ‘We will rebuild’", "Harbour plan ‘a disgrace’") usually quotes words
the article attributes further down. A headline quotation that found no speaker of its own
takes the speaker (and reporting verb) of the first later quotation holding the same words;
otherwise it stays without a speaker. Nothing else in the headline is guessed at.
"""
from __future__ import annotations

from dataclasses import replace
from typing import Sequence

from ..model import Quote, Sentence
from .extract import words


def _key(text: str) -> str:
    return " " + " ".join(w.lower() for w in words(text)) + " "


def echo_headline(quotes: Sequence[Quote], sentences: Sequence[Sentence]) -> tuple[Quote, ...]:
    """``quotes`` with the headline's unattributed quotations credited to the speaker of the
    same words in the body. The headline is a first paragraph of one sentence, followed by
    more paragraphs."""
    if not sentences or len(sentences) < 2 or sentences[1].paragraph != sentences[0].paragraph + 1:
        return tuple(quotes)
    title_end = sentences[0].end
    out = list(quotes)
    body = [(n, _key(q.text)) for n, q in enumerate(quotes) if q.start >= title_end and q.speaker is not None]
    for n, q in enumerate(quotes):
        if q.start >= title_end:
            break
        key = _key(q.text)
        if q.speaker is not None or key.strip() == "":
            continue
        donor = next((m for m, text in body if key in text), None)
        if donor is not None:
            d = quotes[donor]
            out[n] = replace(q, speaker=d.speaker, verb=d.verb, verb_class=d.verb_class)
    return tuple(out)
