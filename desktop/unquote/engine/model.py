"""The comparison's data model: frozen dataclasses with half-open character spans.

Every offset is a Python string index into the *displayed* text of its document
(``Document.text``), end exclusive. Sentences, quotes and links refer to each other by
index into the tuples of the same ``Comparison``. Nothing here imports Qt.
"""
from __future__ import annotations

from dataclasses import dataclass, field
from typing import Literal

Side = Literal["left", "right"]
SIDES: tuple[Side, Side] = ("left", "right")
Span = tuple[int, int]


def other(side: Side) -> Side:
    """The opposite side."""
    return "right" if side == "left" else "left"


@dataclass(frozen=True)
class Document:
    """One loaded document as it is displayed.

    ``paragraphs`` are spans of ``text``; sentences never cross them. ``metadata`` holds
    what was lifted off the text (a leading ``date 2025-04-25`` line, the HTML page's
    date or author). ``kind`` names the loader (text, markdown, html, docx, pdf, pasted).
    """

    text: str
    paragraphs: tuple[Span, ...]
    source: str = ""
    title: str = ""
    kind: str = "text"
    encoding: str = ""
    metadata: dict[str, str] = field(default_factory=dict)


@dataclass(frozen=True)
class Sentence:
    """A sentence of one document: its span and the paragraph it lies in."""

    start: int
    end: int
    paragraph: int

    def __reduce__(self) -> tuple[type[Sentence], tuple[int, int, int]]:
        """Pickled as its three numbers (for the quotation finder's child process): a third
        faster than the default, and a Python call per sentence, so the window's GUI
        thread gets the interpreter lock between them (pickling 20,000 sentences the
        default way held it 50-70 ms)."""
        return Sentence, (self.start, self.end, self.paragraph)


@dataclass(frozen=True)
class DiffOp:
    """One run of a word-level diff: ``op`` is equal, delete or insert.

    ``left`` and ``right`` are spans in the two documents; a delete has an empty right
    span (at the insertion point), an insert an empty left span.
    """

    op: Literal["equal", "delete", "insert"]
    left: Span
    right: Span


LinkKind = Literal["identical", "reworded"]


@dataclass(frozen=True)
class Link:
    """Sentences of the left side that correspond to sentences of the right side.

    ``kind`` is ``identical`` when the words are the same once the differences named in
    ``ignored`` (case, punctuation, typography, whitespace) are set aside; ``ignored``
    is empty only when the sentences are the same character for character, so a
    filtered difference is always said. ``score`` is the similarity in [0, 1].
    ``moved`` is set when the pair is out of order relative to its neighbours.
    ``origin`` is ``auto`` or ``manual`` (a link the user drew).
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    kind: LinkKind
    score: float
    moved: bool = False
    ignored: tuple[str, ...] = ()
    origin: Literal["auto", "manual"] = "auto"
    diff: tuple[DiffOp, ...] = ()


DecisionKind = Literal["link", "unlink", "not-a-match"]


@dataclass(frozen=True)
class Decision:
    """A correction by the user that re-runs of the alignment respect.

    ``link``: these sentences are linked, whatever the scores say. ``unlink``: these
    sentences stay one-side-only. ``not-a-match``: no link may join any left sentence
    here with any right sentence here; each may still find another partner.
    """

    kind: DecisionKind
    left: tuple[int, ...]
    right: tuple[int, ...]


@dataclass(frozen=True)
class Quote:
    """A direct quotation: one utterance, possibly in several fragments.

    ``start``/``end`` run from the first quoted word to the last (marks excluded);
    ``fragments`` are the quoted stretches themselves (one unless the quote is
    interrupted by its attribution). ``speaker`` is the canonical name of the person or
    organisation in this document, or None when unresolved; ``verb`` is the reporting
    verb or phrase as written, ``verb_class`` neutral or loaded. ``form`` is full
    (a whole sentence or more), partial (a fragment inside narration) or that-clause.
    """

    start: int
    end: int
    fragments: tuple[Span, ...]
    text: str
    speaker: str | None = None
    speaker_span: Span | None = None
    verb: str | None = None
    verb_span: Span | None = None
    verb_class: Literal["neutral", "loaded"] | None = None
    form: Literal["full", "partial", "that-clause"] = "full"
    closed: bool = True
    sentence: int | None = None


QuoteStatus = Literal["matched", "dropped", "added", "paraphrased", "outside-shared"]


@dataclass(frozen=True)
class QuoteMatch:
    """Parts of a quotation of one side and their counterpart on the other, or its absence.

    A part is one quoted stretch (a fragment of a Quote). ``left``/``right`` are quote
    indices; ``left_parts``/``right_parts`` are fragment indices within those quotes,
    ``()`` meaning every fragment. A match joins one part to one part, several parts of
    one quote to one part (the rewrite joined them) or one part to several (it split it).
    ``changes`` holds ``wording``, ``attribution`` and ``verb`` (the names the scorer
    reads) and the finer labels ``truncated``, ``extended``, ``unnamed``, ``named``,
    ``form``, ``loaded-verb``; joining or splitting parts is not a change of what was said.
    ``status`` says why a side is None: dropped, added, paraphrased (the other side carries
    the words unquoted, in sentence ``paraphrase``), outside-shared (beyond the stretch both
    documents cover). ``diff`` is the word diff of the quoted words of the parts.
    """

    left: int | None
    right: int | None
    status: QuoteStatus
    changes: tuple[str, ...] = ()
    similarity: float = 0.0
    paraphrase: int | None = None
    diff: tuple[DiffOp, ...] = ()
    left_parts: tuple[int, ...] = ()
    right_parts: tuple[int, ...] = ()

    def quote(self, side: Side) -> int | None:
        return self.left if side == "left" else self.right

    def parts(self, side: Side, quotes: tuple[Quote, ...]) -> tuple[int, ...]:
        """The fragment indices of this side's quote that the match covers (() without a quote)."""
        index = self.quote(side)
        if index is None:
            return ()
        named = self.left_parts if side == "left" else self.right_parts
        return named or tuple(range(len(quotes[index].fragments)))

    def spans(self, side: Side, quotes: tuple[Quote, ...]) -> tuple[Span, ...]:
        """The quoted stretches of this side that the match covers."""
        index = self.quote(side)
        if index is None:
            return ()
        fragments = quotes[index].fragments
        return tuple(fragments[f] for f in self.parts(side, quotes))


def whole_or_parts(fragments: tuple[int, ...], count: int) -> tuple[int, ...]:
    """A QuoteMatch's fragment indices as stored: () when they are all ``count`` of them."""
    return () if fragments == tuple(range(count)) else fragments


AnnotationStatus = Literal["needs-check", "confirmed", "acceptable"]


@dataclass(frozen=True)
class Annotation:
    """A user's note on a sentence pair, a one-side sentence or a quote comparison.

    ``target`` is ``link`` (``left``/``right`` are sentence indices), ``sentence``
    (one side's sentence indices, the other empty) or ``quote`` (``left``/``right`` are
    quote indices, either may be empty). Targets are sentence or quote indices, not link
    indices, so a note survives a re-run of the alignment.
    """

    id: str
    target: Literal["link", "sentence", "quote"]
    left: tuple[int, ...]
    right: tuple[int, ...]
    text: str
    status: AnnotationStatus = "needs-check"


@dataclass(frozen=True)
class Comparison:
    """Everything one comparison holds: the two documents and what was found.

    ``view`` keeps the window's view options (zoom, synchronised scrolling, ...) so a
    saved comparison reopens as it was left; the engine does not read it.
    """

    left: Document
    right: Document
    left_sentences: tuple[Sentence, ...]
    right_sentences: tuple[Sentence, ...]
    links: tuple[Link, ...]
    settings: Settings
    left_quotes: tuple[Quote, ...] = ()
    right_quotes: tuple[Quote, ...] = ()
    quote_matches: tuple[QuoteMatch, ...] = ()
    decisions: tuple[Decision, ...] = ()
    annotations: tuple[Annotation, ...] = ()
    view: dict[str, object] = field(default_factory=dict)

    def document(self, side: Side) -> Document:
        return self.left if side == "left" else self.right

    def sentences(self, side: Side) -> tuple[Sentence, ...]:
        return self.left_sentences if side == "left" else self.right_sentences

    def quotes(self, side: Side) -> tuple[Quote, ...]:
        return self.left_quotes if side == "left" else self.right_quotes

    def sentence_text(self, side: Side, index: int) -> str:
        s = self.sentences(side)[index]
        return self.document(side).text[s.start:s.end]

    def link_of(self, side: Side) -> dict[int, int]:
        """Sentence index -> index of the link it belongs to, for one side."""
        out: dict[int, int] = {}
        for n, link in enumerate(self.links):
            for i in (link.left if side == "left" else link.right):
                out[i] = n
        return out

    def unmatched(self, side: Side) -> list[int]:
        """Indices of this side's sentences that are in no link."""
        linked = self.link_of(side)
        return [i for i in range(len(self.sentences(side))) if i not in linked]


from .settings import Settings  # noqa: E402  (Comparison's annotation refers to it)
