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
from .marks import Stretch, stretches
from .spans import SentenceIndex
from .verbs import noun_info, verb_info

_WORD = re.compile(r"[^\W_]+(?:[’'][^\W_]+)*")
_BOUNDARY = re.compile(r"[.!?…][\"”’']?\s+(?=[A-Z])")
_NARRATION = re.compile(
    r"(?:(?:He|She|They|It)|(?:[A-Z][\w’'.-]*\s+){0,3}[A-Z][\w’'.-]*)\s+"
    r"(?:(?:has|had|have|also|then|later|again|further|previously)\s+){0,2}(?P<verb>[a-z]+)\b")
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")
_FIRST_PERSON = re.compile(r"\b(?:I|we|us|our|ours|me|my|mine|We|Our|My)\b")
_TITLE_NOUNS = frozenset("""magazine newspaper paper book novel film movie show programme program
series song album play podcast column headline campaign operation slogan hashtag website
documentary exhibition article report title""".split())
_NAMING = frozenset("called named titled entitled dubbed nicknamed branded".split())
_SHORT = 4
#: Most words a reporting clause between two fragments of one quotation may have.
_GAP_WORDS = 14


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


def _is_quotation(text: str, utt: Utterance, sentences: Sequence[Sentence], index: SentenceIndex) -> bool:
    """Keep long or full quotes; keep short partial ones only with a reporting cue."""
    quoted = [w for a, b in utt.fragments for w in words(text[a:b])]
    if len(quoted) > _SHORT or len(utt.fragments) > 1:
        return True
    open_at = utt.outer[0][0]
    at = index.at(open_at)
    sentence = sentences[at] if at is not None else None
    s_start, s_end = (sentence.start, sentence.end) if sentence else (open_at, utt.outer[-1][1])
    before = words(text[s_start:open_at])
    if before and before[-1].lower() in _NAMING and len(before) >= 2 and before[-2].lower() in _TITLE_NOUNS:
        return False
    if before and before[-1].lower() in _TITLE_NOUNS | {"so-called"}:
        return False
    if before and (before[-1].lower() in _NAMING or before[-2:] == ["known", "as"]) \
            and all(w[:1].isupper() or w.isdigit() for w in quoted):
        return False  # a name, not words: dubbed “Operation Clean Sweep”
    if text[max(s_start, open_at - 12):open_at].lower().rstrip().endswith("so-called"):
        return False
    inner = text[utt.fragments[0][0]:utt.fragments[-1][1]]
    if inner[:1].isupper() and (inner.rstrip()[-1:] in ".!?" or text[s_start:open_at].rstrip().endswith(":")):
        return True  # a whole sentence: “It is not ready.”
    narration = text[s_start:open_at] + " " + text[utt.outer[-1][1]:s_end]
    if not before and len(narration.strip()) <= 2:
        return True
    low = narration.lower()
    if "according to" in low:
        return True
    return any(verb_info(w) or noun_info(w) for w in words(narration))
