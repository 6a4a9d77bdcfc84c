"""The comparison file's text (docs/comparison-format.md): written in pieces, and part of
it ahead of the quotations.

The text is written piece by piece (list items fifty at a time), not in one long call into
the json module, which holds Python's interpreter lock throughout (150 ms for a
10,000-sentence file, a freeze of the window when a background thread saves).

The documents, their sentences and the links do not hang on the quotations: a run that
waits for its quotations (engine/run/compare.py's ``ahead``) writes their text meanwhile
(``write_ahead``), and the window writes the rest but the notes before it shows a
comparison. The text of the documents, sentences and links, and that of the quotations,
are each remembered, for the latest comparison's parts only and by their identity
(engine/results/remembered.py), so ``dumps`` of a comparison that shares them (the window's
copy with the user's notes) takes each up where it stopped.
"""
from __future__ import annotations

import json
import threading
from collections.abc import Callable, Iterator
from typing import Any

from ..model import SIDES, Comparison, DiffOp, Document, Link, Quote, QuoteMatch
from ..results.remembered import Remembered
from ..run.paused_gc import paused_gc

FORMAT = "unquote-comparison"
VERSION = 2
#: Pieces written ahead between two looks at whether to stop.
AHEAD_CHUNK = 10
#: List items (links, quotations, matches) encoded in one call: each call holds the
#: interpreter lock, but a call per item cost as much again as the encoding.
ITEMS_PER_PIECE = 50

_ENCODER = json.JSONEncoder(ensure_ascii=False, separators=(",", ":"))


def to_dict(c: Comparison) -> dict[str, Any]:
    """The JSON-ready dict of a comparison."""
    return {**_head(), **_shared(c), **_quotations(c), **_notes(c)}


def _head() -> dict[str, Any]:
    return {"format": FORMAT, "version": VERSION}


def _shared(c: Comparison) -> dict[str, Any]:
    """What does not hang on the quotations."""
    return {
        "documents": {side: _document(c.document(side)) for side in SIDES},
        "sentences": {side: [{"start": s.start, "end": s.end, "paragraph": s.paragraph}
                             for s in c.sentences(side)] for side in SIDES},
        "links": [_link(link) for link in c.links],
    }


def _quotations(c: Comparison) -> dict[str, Any]:
    return {
        "utterances": {side: [_quote(q) for q in c.quotes(side)] for side in SIDES},
        "quotes": {side: _parts(c.quotes(side)) for side in SIDES},
        "quote_matches": [_quote_match(m, c, first) for first in [_first_parts(c)] for m in c.quote_matches],
    }


def _notes(c: Comparison) -> dict[str, Any]:
    """The user's decisions and notes, the settings and the view: what changes as the user works."""
    return {
        "decisions": [{"kind": d.kind, "left": list(d.left), "right": list(d.right)} for d in c.decisions],
        "annotations": [{"id": a.id, "target": a.target, "left": list(a.left), "right": list(a.right),
                         "text": a.text, "status": a.status} for a in c.annotations],
        "settings": c.settings.to_dict(),
        "view": c.view,
    }


def dumps(c: Comparison) -> str:
    """The file's text: compact JSON, as ``json.dumps(to_dict(c))`` would write it. The
    collector is held off meanwhile: the dicts built for it hold hundreds of thousands of
    small objects and no cycles, and walking them all again and again would take as long
    as the writing."""
    with paused_gc():
        return "".join(["{", *_members(_head()), ",", _shared_text(c).text(), ",", _quotation_text(c).text(),
                        ",", *_members(_notes(c)), "}"])


def write_ahead(c: Comparison, stop: Callable[[], bool]) -> None:
    """Write the text of ``c``'s documents, sentences and links, then of its quotations, until
    ``stop()`` says enough, for a ``dumps`` of a comparison that shares them."""
    for section in (_shared_text(c), _quotation_text(c)):
        if not section.write(stop):
            return


class _Section:
    """The text of some members of the file's object, written as far as asked."""

    def __init__(self, members: Callable[[], dict[str, Any]]) -> None:
        self._members = members
        self._rest: Iterator[str] | None = None
        self._pieces: list[str] = []
        self._text: str | None = None
        self._lock = threading.Lock()

    def write(self, stop: Callable[[], bool]) -> bool:
        """Write on until done (True) or ``stop()`` says enough (False). A failure starts the
        section over next time (a generator that raised would end early: a short file)."""
        with self._lock:
            if self._text is not None:
                return True
            try:
                if self._rest is None:
                    self._rest = _members(self._members())
                for piece in self._rest:
                    self._pieces.append(piece)
                    if len(self._pieces) % AHEAD_CHUNK == 0 and stop():
                        return False
            except BaseException:
                self._rest, self._pieces = None, []
                raise
            self._text, self._pieces = "".join(self._pieces), []
            return True

    def text(self) -> str:
        self.write(lambda: False)
        assert self._text is not None
        return self._text


def _shared_parts(c: Comparison) -> tuple[object, ...]:
    return (c.left, c.right, c.left_sentences, c.right_sentences, c.links)


def _quotation_parts(c: Comparison) -> tuple[object, ...]:
    return (c.left_quotes, c.right_quotes, c.quote_matches)


_shared_text = Remembered(lambda c: _Section(lambda: _shared(c)), _shared_parts)
_quotation_text = Remembered(lambda c: _Section(lambda: _quotations(c)), _quotation_parts)


def _members(value: dict[str, Any], depth: int = 1) -> Iterator[str]:
    """The members of a JSON object without its braces, their values as ``_pieces`` writes them."""
    for n, (key, item) in enumerate(value.items()):
        yield ("," if n else "") + _ENCODER.encode(key) + ":"
        yield from _pieces(item, depth)


def _pieces(value: Any, depth: int) -> Iterator[str]:
    """The JSON text of ``value``; dicts and lists down to ``depth`` levels item by item."""
    if depth and isinstance(value, dict):
        yield "{"
        yield from _members(value, depth - 1)
        yield "}"
    elif depth == 1 and isinstance(value, list):  # items written whole: a few per call into the encoder
        yield "["
        for n in range(0, len(value), ITEMS_PER_PIECE):
            yield ("," if n else "") + _ENCODER.encode(value[n:n + ITEMS_PER_PIECE])[1:-1]
        yield "]"
    elif depth and isinstance(value, list):
        yield "["
        for n, item in enumerate(value):
            if n:
                yield ","
            yield from _pieces(item, depth - 1)
        yield "]"
    else:
        yield _ENCODER.encode(value)


def _document(d: Document) -> dict[str, Any]:
    return {"text": d.text, "paragraphs": [list(p) for p in d.paragraphs], "source": d.source,
            "title": d.title, "kind": d.kind, "encoding": d.encoding, "metadata": d.metadata}


def _diff(ops: tuple[DiffOp, ...]) -> list[list[Any]]:
    return [[op.op, op.left[0], op.left[1], op.right[0], op.right[1]] for op in ops]


def _link(link: Link) -> dict[str, Any]:
    return {"left": list(link.left), "right": list(link.right), "kind": link.kind, "score": link.score,
            "moved": link.moved, "ignored": list(link.ignored), "origin": link.origin,
            "diff": _diff(link.diff)}


def _quote(q: Quote) -> dict[str, Any]:
    return {"start": q.start, "end": q.end, "fragments": [list(f) for f in q.fragments], "text": q.text,
            "speaker": q.speaker, "speaker_span": list(q.speaker_span) if q.speaker_span else None,
            "verb": q.verb, "verb_span": list(q.verb_span) if q.verb_span else None,
            "verb_class": q.verb_class, "form": q.form, "closed": q.closed, "sentence": q.sentence}


def _parts(quotes: tuple[Quote, ...]) -> list[dict[str, Any]]:
    """One entry per quoted stretch, with the attribution that governs it."""
    return [{"start": a, "end": b, "utterance": n, "fragment": f, "speaker": q.speaker, "verb": q.verb}
            for n, q in enumerate(quotes) for f, (a, b) in enumerate(q.fragments)]


def _first_parts(c: Comparison) -> dict[str, list[int]]:
    """Side -> the file's part index of each quotation's first fragment."""
    out: dict[str, list[int]] = {}
    for side in SIDES:
        firsts, at = [], 0
        for q in c.quotes(side):
            firsts.append(at)
            at += len(q.fragments)
        out[side] = firsts
    return out


def _quote_match(m: QuoteMatch, c: Comparison, first: dict[str, list[int]]) -> dict[str, Any]:
    parts = {side: [first[side][index] + f for f in m.parts(side, c.quotes(side))]
             for side in SIDES for index in [m.quote(side)] if index is not None}
    return {"left": parts["left"][0] if "left" in parts else None,
            "right": parts["right"][0] if "right" in parts else None,
            "left_parts": parts.get("left", []), "right_parts": parts.get("right", []),
            "status": m.status, "changes": list(m.changes),
            "similarity": m.similarity, "paraphrase": m.paraphrase, "diff": _diff(m.diff)}
