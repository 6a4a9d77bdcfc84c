"""A hand-made Comparison of the invented library story in tests/fixtures/report/.

Built directly from the model's dataclasses (the spans are found in the fixture texts), so
the report tests know exactly what every row, diff and quote should say.
"""
from __future__ import annotations

from pathlib import Path

from unquote.engine.model import (
    Annotation,
    Comparison,
    DiffOp,
    Document,
    Link,
    Quote,
    QuoteMatch,
    Sentence,
    Span,
)
from unquote.engine.settings import Settings

FIXTURES = Path(__file__).resolve().parents[1] / "fixtures" / "report"

LEFT_SENTENCES = (
    "Council approves library renovation",
    "The city council voted on Tuesday to renovate the central library.",
    "The project will cost four million euros.",
    '"This building has served readers for ninety years," said Mayor Ana Ruiz.',
    "Work starts in March.",
    '"We will keep a reading room open," said librarian Tom Berg.',
    'Critics called the plan "rushed" and <script>alert(1)</script> costly.',
)
RIGHT_SENTENCES = (
    "Library to be rebuilt",
    "The central library will be renovated after a council vote on Tuesday.",
    "Work starts in March.",
    '"This old building has served readers for a century," Mayor Ana Ruiz claimed.',
    "The project will cost four million Euros.",
    "A petition against the closure has 2,000 signatures.",
    '"We will keep a reading room open," said Ruiz.',
)


def at(text: str, phrase: str, after: int = 0) -> Span:
    """The span of the first ``phrase`` in ``text`` at or after ``after``."""
    start = text.index(phrase, after)
    return (start, start + len(phrase))


def _document(name: str, sentences: tuple[str, ...], title: str) -> tuple[Document, tuple[Sentence, ...]]:
    text = (FIXTURES / name).read_text(encoding="utf-8")
    paragraphs: list[Span] = []
    pos = 0
    for block in text.split("\n\n"):
        paragraphs.append((pos, pos + len(block.rstrip("\n"))))
        pos += len(block) + 2
    spans = []
    for s in sentences:
        a, b = at(text, s)
        paragraph = next(n for n, (p0, p1) in enumerate(paragraphs) if p0 <= a < p1)
        spans.append(Sentence(a, b, paragraph))
    doc = Document(text=text, paragraphs=tuple(paragraphs), source=str(FIXTURES / name), title=title)
    return doc, tuple(spans)


def _quote(text: str, words: str, speaker: str | None, verb: str, loaded: bool = False) -> Quote:
    start, end = at(text, words)
    after = text.find(verb, end)
    verb_start = after if after >= 0 else text.rindex(verb, 0, start)
    verb_span = (verb_start, verb_start + len(verb))
    return Quote(
        start=start, end=end, fragments=((start, end),), text=words, speaker=speaker,
        verb=verb, verb_span=verb_span, verb_class="loaded" if loaded else "neutral",
    )


def sample_comparison(**changes: object) -> Comparison:
    """The library comparison; keyword arguments replace fields of the result."""
    left, ls = _document("left.txt", LEFT_SENTENCES, "Council approves library renovation")
    right, rs = _document("right.txt", RIGHT_SENTENCES, "Library to be rebuilt")
    lt, rt = left.text, right.text
    l3, r3 = ls[3].start, rs[3].start
    quote_diff = (
        DiffOp("insert", (at(lt, "building", l3)[0],) * 2, at(rt, "old ", r3)),
        DiffOp("delete", at(lt, "ninety years", l3), (at(rt, "a century", r3)[0],) * 2),
        DiffOp("insert", (at(lt, "ninety years", l3)[1],) * 2, at(rt, "a century", r3)),
    )
    links = (
        Link((1,), (1,), "reworded", 0.52, diff=(
            DiffOp("delete", at(lt, "The city council voted on Tuesday to renovate"), (rs[1].start,) * 2),
            DiffOp("insert", (ls[1].start,) * 2, at(rt, "The")),
            DiffOp("insert", (ls[1].end - 1,) * 2, at(rt, " will be renovated after a council vote on Tuesday")),
        )),
        Link((2,), (4,), "identical", 0.97, moved=True, ignored=("case",)),
        Link((3,), (3,), "reworded", 0.81, diff=quote_diff + (
            DiffOp("delete", at(lt, "said ", l3), (at(rt, "Mayor", r3)[0],) * 2),
            DiffOp("insert", (ls[3].end - 1,) * 2, at(rt, " claimed", r3)),
        )),
        Link((4,), (2,), "identical", 1.0),
        Link((5,), (6,), "reworded", 0.78, origin="manual", diff=(
            DiffOp("delete", at(lt, "librarian Tom Berg"), at(rt, "Ruiz", rs[6].start)[:1] * 2),
            DiffOp("insert", (at(lt, "librarian Tom Berg")[1],) * 2, at(rt, "Ruiz", rs[6].start)),
        )),
    )
    left_quotes = (
        _quote(lt, "This building has served readers for ninety years,", "Ana Ruiz", "said"),
        _quote(lt, "We will keep a reading room open,", "Tom Berg", "said"),
        _quote(lt, "rushed", None, "called"),
    )
    right_quotes = (
        _quote(rt, "This old building has served readers for a century,", "Ana Ruiz", "claimed", loaded=True),
        _quote(rt, "We will keep a reading room open,", "Ana Ruiz", "said"),
    )
    matches = (
        QuoteMatch(0, 0, "matched", ("wording", "verb", "loaded-verb"), 0.74, diff=quote_diff),
        QuoteMatch(2, None, "dropped"),
        QuoteMatch(1, 1, "matched", ("attribution",), 1.0),
    )
    annotations = (
        Annotation("n1", "link", (3,), (3,), "Ask the desk: <b>century</b> is not ninety years", "confirmed"),
        Annotation("n2", "sentence", (6,), (), "Criticism cut from the rewrite"),
    )
    fields: dict[str, object] = dict(
        left=left, right=right, left_sentences=ls, right_sentences=rs, links=links,
        settings=Settings(ignore_case=True), left_quotes=left_quotes, right_quotes=right_quotes,
        quote_matches=matches, annotations=annotations,
    )
    fields.update(changes)
    return Comparison(**fields)  # type: ignore[arg-type]
