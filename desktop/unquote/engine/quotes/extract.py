"""From paired marks to utterances: fragments, unclosed and multi-paragraph quotes, filters.

An utterance is one quotation as a reader sees it: the fragments of “…,” he said. “…” are
one utterance; a paragraph that opens a quote without closing it continues into the next
paragraph when that one begins with an opening mark; an unclosed quote stops at the
paragraph end or where a sentence plainly returns to narration (a name or pronoun and a
reporting verb). Nested quotes belong to the quote around them. Short fragments without
any reporting cue in their sentence (titles, scare quotes) are not quotations.
"""
from __future__ import annotations

import re
from dataclasses import dataclass
from typing import Callable, Sequence

from ..model import Document, Sentence, Span
from . import lexicon
from .marks import Stretch, stretches
from .spans import SentenceIndex
from .speakers.verbs import noun_info, phrase_info, verb_info

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_BOUNDARY = re.compile(r"[.!?…][\"”’']?\s+(?=[A-Z])")
_NARRATION = re.compile(
    r"(?:(?:He|She|They|It)|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
    r"(?:(?:has|had|have|also|then|later|again|further|previously)\s+){0,2}(?P<verb>[a-z]+)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|our|ours|me|my|mine|We|Our|My)\b")
_TITLE_NOUNS = lexicon.words("titles_en.txt")
_NAMING = frozenset("called named titled entitled dubbed nicknamed branded".split())
_SMALL_WORDS = frozenset("a an the of and or in on at to for with by from vs".split())
#: Prepositions before a capitalised quote that make it a title: appeared on “…”, wrote in “…”.
_TITLE_PREPOSITIONS = frozenset("on in of from with".split())
_ARTICLES = frozenset("the a an".split())
_SO_CALLED = frozenset({"so-called", "self-described", "self-styled", "self-proclaimed"})
_BYLINE_AFTER = re.compile(r"\s*,?\s*by\s+(?:[\w.’'-]+\s+){0,4}[A-Z][\w.’'-]*\s*:")
_BYLINE_BEFORE = re.compile(r"[”\"]\s*,?\s*by\s+(?:[\w.’'-]+\s+){0,4}[A-Z][\w.’'-]*\s*:\s*$")
_LABEL_BEFORE = re.compile(r"(?:^|\n)\s*[A-Z][A-Z’'&.]+(?: [A-Z][A-Z’'&.]+)*\s*[—–-]\s*$")
_SHORT = 4
#: Most words a title in quotation marks may have (“The Art of the Deal”).
_TITLE_WORDS = 12
#: How many words either side of a short quote its reporting cue may stand.
_CUE_WINDOW = 8
#: A quoted stretch (no other opening mark inside, so a run of unclosed marks costs linear time)
_QUOTED = re.compile(r"[“\"«„][^”\"»“«„]*[”\"»“]")
#: Most words a reporting clause between two fragments of one quotation may have.
_GAP_WORDS = 14
#: A second clause in the gap between two stretches: "…,” she said, and her husband cut in. “…"
_SECOND_CLAUSE = re.compile(r",\s+(?:and|but|when|before)\s+([^,.]+)")


@dataclass(frozen=True)
class Utterance:
    """One quotation before attribution: its fragments (marks excluded) and mark spans."""

    fragments: tuple[Span, ...]
    outer: tuple[Span, ...]
    closed: bool
    paragraph: int


def words(text: str) -> list[str]:
    """The words of a text, apostrophes kept inside them."""
    return _WORD.findall(text)


def utterances(doc: Document, sentences: Sequence[Sentence],
               tick: Callable[[], None] = lambda: None) -> list[Utterance]:
    """Every quotation of the document in reading order; ``tick`` is called once per paragraph."""
    text = doc.text
    out: list[Utterance] = []
    carry: Utterance | None = None
    for index, (p_start, p_end) in enumerate(doc.paragraphs):
        tick()
        pieces = [s for s in stretches(text, p_start, p_end) if s.depth == 0]
        first_char = _first_non_space(text, p_start, p_end)
        merged: list[Utterance] = []
        for n, piece in enumerate(pieces):
            utt = _utterance(text, piece, index)
            if utt is None:
                continue
            if n == 0 and carry is not None and piece.open_at == first_char:
                utt = Utterance(carry.fragments + utt.fragments, carry.outer + utt.outer, utt.closed, carry.paragraph)
                carry = None
            elif merged and _interrupted(text, merged[-1], utt):
                prev = merged.pop()
                utt = Utterance(prev.fragments + utt.fragments, prev.outer + utt.outer, utt.closed, prev.paragraph)
            merged.append(utt)
        if carry is not None:
            out.append(carry)
            carry = None
        if merged and not merged[-1].closed and merged[-1].outer[-1][1] >= _last_non_space(text, p_start, p_end):
            carry = merged.pop()
        out.extend(merged)
    if carry is not None:
        out.append(carry)
    out.sort(key=lambda u: u.fragments[0][0])
    lookup = SentenceIndex(sentences)
    return [u for u in out if _is_quotation(text, u, sentences, lookup)]


def _first_non_space(text: str, start: int, end: int) -> int:
    while start < end and text[start].isspace():
        start += 1
    return start


def _last_non_space(text: str, start: int, end: int) -> int:
    while end > start and text[end - 1].isspace():
        end -= 1
    return end


def _utterance(text: str, piece: Stretch, paragraph: int) -> Utterance | None:
    end = piece.end if piece.closed else _narration_cut(text, piece.start, piece.end)
    start, stop = _first_non_space(text, piece.start, end), _last_non_space(text, piece.start, end)
    if not words(text[start:stop]):
        return None
    outer_end = piece.close_at + (piece.start - piece.open_at) if piece.close_at is not None else stop
    return Utterance(((start, stop),), ((piece.open_at, outer_end),), piece.closed, paragraph)


def _narration_cut(text: str, start: int, end: int) -> int:
    """Where an unclosed quote stops: before the first sentence that is plainly narration."""
    for m in _BOUNDARY.finditer(text, start, end):
        head = _NARRATION.match(text, m.end(), end)
        if head is None:
            continue
        verb = head.group("verb")
        info = verb_info(verb)
        sentence = _SENTENCE_END.split(text[m.end():end], maxsplit=1)[0]
        if info is not None and (verb.endswith("ed") or verb in ("said", "told", "wrote", "says")) \
                and not _FIRST_PERSON.search(sentence):  # "Ministers said they would help us" is still speech
            return m.start() + 1 + (1 if text[m.start() + 1] in "\"”’'" else 0)
    return end


def _interrupted(text: str, before: Utterance, after: Utterance) -> bool:
    """Two stretches of one utterance: “…,” he said. “…” (a short reporting clause between)."""
    gap = text[before.outer[-1][1]:after.outer[0][0]]
    if not re.fullmatch(r"\s*[,.]?\s*[^\"“”«»]{1,140}?[,.:]\s*", gap):
        return False
    gap_words = words(gap)
    # "he said" / "said Tom Hill, the council's chief executive": the verb comes early
    if not (1 <= len(gap_words) <= _GAP_WORDS and any(verb_info(w) for w in gap_words[:5])):
        return False
    last = text[before.fragments[-1][1] - 1]
    if last != "," and not gap.lstrip().startswith(","):
        return False  # “a sticking plaster” and accused ... : a fragment, not an interruption
    if _attributed(text, after):
        return False  # “…,” Calloway said. “…,” she added: two quotes, each with its own verb
    second = _SECOND_CLAUSE.search(gap)
    said = words(second.group(1))[:5] if second else []
    if said and gap.rstrip().endswith(".") and any(verb_info(w) or phrase_info(w, nxt)
                                                    for w, nxt in zip(said, said[1:] + [""])):
        return False  # “…,” Quist said, and her brother chimed in. “…”: his words
    if gap.rstrip().endswith("."):
        return True
    first = text[after.fragments[0][0]]
    return first.islower()


def _attributed(text: str, utt: Utterance) -> bool:
    """Whether a reporting clause follows the quote right away (“…,” she added.)."""
    tail = text[utt.outer[-1][1]:utt.outer[-1][1] + 120]
    if text[utt.fragments[-1][1] - 1] != "," and not tail.lstrip().startswith(","):
        return False
    clause = re.match(r"\s*,?\s*([^.!?\"“”«»]*)", tail)
    tail_words = words(clause.group(1)) if clause else []
    return 1 <= len(tail_words) <= _GAP_WORDS and any(verb_info(w) for w in tail_words[:5])


def _clipping(text: str, utt: Utterance, s_start: int) -> bool:
    """A press digest's entry, not a quotation: a label in capitals and a dash before an
    article's headline (BROADWAY BEAT—“…”), a headline followed by its byline (“…,” by
    Times' Jane Doe:), and the excerpt after that byline."""
    open_at, close = utt.outer[0][0], utt.outer[-1][1]
    if _BYLINE_AFTER.match(text, close) or _BYLINE_BEFORE.search(text[max(0, open_at - 120):open_at]):
        return True
    return _LABEL_BEFORE.search(text[max(s_start, open_at - 60):open_at]) is not None


def _title_case(quoted: list[str]) -> bool:
    """Every word capitalised but the small ones: “Fox News Sunday”, “Lyin’ Ted”."""
    return bool(quoted) and quoted[0][:1].isupper() and all(
        w[:1].isupper() or w[:1].isdigit() or w.lower() in _SMALL_WORDS for w in quoted)


def _names_something(text: str, utt: Utterance, before: list[str]) -> bool:
    """A capitalised quote that is a title or a name by where it stands: after a possessive
    (MSNBC’s “…”, the channel’s “…”), an article (the “Never Trump” movement), a preposition
    (on “…”, in “…”), a naming verb a word or two back
    (called his rival “…”), or between two parts of a name (Robert C. “Bobby” Scott)."""
    open_at, close = utt.outer[0][0], utt.outer[-1][1]
    inner = text[utt.fragments[0][0]:utt.fragments[-1][1]].rstrip()
    if inner[-1:] in "!?" or (inner[-1:] == "." and len(words(inner)) > _SHORT):
        return False  # a whole sentence (a title's US-style full stop inside the marks aside)
    if before and before[-1].endswith(("’s", "'s")):
        return True
    if before and (before[-1].lower() in _TITLE_PREPOSITIONS or before[-1].lower() in _ARTICLES):
        return True
    if any(w.lower() in _NAMING for w in before[-3:]):
        return True
    prev = text[max(0, open_at - 3):open_at]
    after = re.match(r"[\"”’']?\s+([A-Z])", text[close:close + 4])
    return bool(re.search(r"(?:[A-Z][a-z]*|[A-Z]\.)\s$", prev)) and after is not None


def _is_quotation(text: str, utt: Utterance, sentences: Sequence[Sentence], index: SentenceIndex) -> bool:
    """Keep long or full quotes; keep short partial ones only with a reporting cue near them
    (eight words either side, or "according to" in the sentence); drop titles, names and
    sub-headings in capitals."""
    quoted = [w for a, b in utt.fragments for w in words(text[a:b])]
    if len(utt.fragments) > 1:
        return True
    open_at = utt.outer[0][0]
    at = index.at(open_at)
    sentence = sentences[at] if at is not None else None
    s_start, s_end = (sentence.start, sentence.end) if sentence else (open_at, utt.outer[-1][1])
    if len(quoted) >= 2 and not text[s_start:open_at].strip() and all(w.isupper() for w in quoted if w.isalpha()) \
            and sum(w.isalpha() for w in quoted) >= 2:
        return False  # a sub-heading in capitals: “VOTERS MAKE GOOD DECISIONS”
    if _clipping(text, utt, s_start):
        return False
    if len(quoted) > _TITLE_WORDS:
        return True
    before = words(text[s_start:open_at])
    if _title_case(quoted) and _names_something(text, utt, before):
        return False  # MSNBC’s “Morning Joe”, appeared on “Fox News Sunday”, Robert C. “Bobby” Scott
    if len(quoted) > _SHORT:
        return True
    if before and before[-1].lower() in _NAMING and len(before) >= 2 and before[-2].lower() in _TITLE_NOUNS:
        return False
    if before and before[-1].lower() in _TITLE_NOUNS | {"so-called"}:
        return False
    if before and (before[-1].lower() in _NAMING or before[-2:] == ["known", "as"]) \
            and all(w[:1].isupper() or w.isdigit() for w in quoted):
        return False  # a name, not words: dubbed “Operation Clean Sweep”
    if text[max(s_start, open_at - 18):open_at].lower().rstrip().endswith(tuple(_SO_CALLED)):
        return False  # so-called, self-described: a term
    inner = text[utt.fragments[0][0]:utt.fragments[-1][1]]
    if inner[:1].isupper() and (inner.rstrip()[-1:] in ".!?" or text[s_start:open_at].rstrip().endswith(":")):
        return True  # a whole sentence: “It is not ready.”
    narration = text[s_start:open_at] + " " + text[utt.outer[-1][1]:s_end]
    if not before and len(narration.strip()) <= 2:
        return True
    low = narration.lower()
    if "according to" in low:
        return True
    # the words of other quotations in the sentence do not count towards the distance; a quote
    # that opens its sentence takes its attribution from the rest of it, however long
    after = words(_QUOTED.sub(" ", text[utt.outer[-1][1]:s_end]))
    near = words(_QUOTED.sub(" ", text[s_start:open_at]))[-_CUE_WINDOW:] \
        + (after if not before else after[:_CUE_WINDOW])
    return any(verb_info(w) or noun_info(w) for w in near)
