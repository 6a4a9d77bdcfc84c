"""Split a document's paragraphs into sentences, with offsets into the text.

Why our own splitter: pysbd, syntok and blingfire each get news quotations wrong in ways
that matter here (a quote closing on "!”" before its attribution, unbalanced quotes
merging paragraphs' worth of sentences, German ordinals and abbreviations), and the
offset-keeping ones are slow. This one is a single compiled regex finding candidate
boundaries (terminal punctuation, optional closing quotes or brackets, then space)
per paragraph, followed by cheap checks on the word before and the words after.

Measured by tests/benchmarks/bench_splitters.py (2-core machine, shared): hard cases of
tests/fixtures/sentences/cases.json right, gold sentences of the shared news pairs
reproduced whole, DEplain (German) dev/test gold sentences reproduced, speed.

    splitter   cases    news gold  DEplain dev  DEplain test  MB/s (whole document)
    unquote    113/113  172/172    1611/1855    2320/2684     ~25 (8-30 under load)
    pysbd       82/113  141/172    1544/1855    2221/2684     0.4
    syntok      86/113  171/172    1511/1855    2241/2684     1.0
    blingfire   92/113  168/172    1507/1855    2164/2684     4

(DEplain's own segmentation also cuts at colons and dashes, which no splitter here does.)

Choices where the rules are open:
- Quotes are not tracked: a sentence end inside a quotation splits it, closed or not,
  so ``“Foo bar. Baz qux,” he said.`` gives ``“Foo bar.`` and ``Baz qux,” he said.``
  (the quote extractor reassembles utterances across sentences; the shared gold
  annotations split such quotes the same way).
- After ``!”`` or ``?”`` the sentence goes on when lower-case words or a capitalised
  name and a reporting verb follow (``“Stop!” Trump said in a post.``), an appositive
  set off by commas between them too (``“Why?” Ann Lee, a teacher, asked.``); after
  ``.”`` only when that attribution ends at once (``“We are ready.” Smith said.``).
- Abbreviations that often end sentences (U.S., Inc., Jr.) end one only before a
  common sentence opener (The, He, But, Der, ...); "a.m.", "p.m.", "etc." before any
  capital but a weekday, month or time zone; titles (Mr., Dr., Gen.) never.
- A number of up to three digits with a period is a German ordinal (no end) before a
  month or a noun like Jahrhundert, or after an article (der, am, zum, ...).
- A period after a lone list marker opening the sentence ("1.", "a.", "IV.") is kept.
- An elision mark in brackets (``[...]``, ``(…)``) never ends a sentence.
- A line break inside a paragraph is plain space, unless the line before is short,
  unpunctuated and followed by a capital (a headline atop a hard-wrapped paragraph).
"""
from __future__ import annotations

import re
from functools import lru_cache
from typing import Sequence

from ..model import Sentence
from .sentences_abbrev import (
    AMBIGUOUS,
    BEFORE_NUMBER,
    MONTHS,
    NEVER_FINAL,
    ORDINAL_CUES,
    ORDINAL_NOUNS,
    REPORTING_VERBS,
    SENTENCE_STARTERS,
    TIME_CONTINUERS,
    TIME_OR_LIST,
)

#: Terminal punctuation, any closing quotes or brackets, and space after them. A match
#: starts only at the start of a run and never backtracks into it (possessive), so a run
#: of 60,000 full stops costs linear time.
_CANDIDATE = re.compile(
    r"(?<![.!?…])[.!?…]++(?P<close>(?:[\"”’'»«“‘)\]]|[ \u00a0\u202f]»)*+)(?=\s)")
_SPACE = re.compile(r"\s*")
_FINAL = ".!?…:;,\"”’'»)]"
_QUOTES = frozenset("\"”’'»«“‘")
_OPENERS = "“\"‘'«([„‚"
_TRAILING = ".,;:!?…\"”’'»)]"
#: How many words an appositive between a name and its reporting verb may hold.
_APPOSITIVE_TOKENS = 20
_DASHES = "–—-"
_PRONOUNS = frozenset("he she they we i".split())
_INITIALISM = re.compile(r"(?:[^\W\d_]\.)+[^\W\d_]")
_LIST_MARKER = re.compile(r"\(?(?:\d{1,3}|[^\W\d_]|[ivxIVX]{1,4})")


def split_sentences(text: str, paragraphs: Sequence[tuple[int, int]]) -> tuple[Sentence, ...]:
    """Sentences of every paragraph, in document order, trimmed of surrounding space.

    Every non-space character of a paragraph lies in exactly one sentence; a sentence
    never crosses a paragraph span. Empty or blank paragraphs give no sentence. The last
    few documents' sentences are remembered: loading counts them against the limit and
    the comparison then asks again (a tenth of a second per 5,000 sentences).
    """
    return _split(text, tuple(paragraphs))


@lru_cache(maxsize=4)
def _split(text: str, paragraphs: tuple[tuple[int, int], ...]) -> tuple[Sentence, ...]:
    out: list[Sentence] = []
    for index, (p_start, p_end) in enumerate(paragraphs):
        start = _after_space(text, p_start, p_end)
        end = p_end
        while end > start and text[end - 1].isspace():
            end -= 1
        if start >= end:
            continue
        if text.find("\n", start, end) >= 0:
            for cut, resume in _short_line_breaks(text, start, end):
                _split_stretch(text, start, cut, index, out)
                start = resume
        _split_stretch(text, start, end, index, out)
    return tuple(out)


def _after_space(text: str, pos: int, end: int) -> int:
    """The first position from ``pos`` (up to ``end``) that is not white space."""
    m = _SPACE.match(text, pos, end)
    assert m is not None  # ``\s*`` matches everywhere, if only the empty string
    return m.end()


def _split_stretch(text: str, start: int, end: int, index: int, out: list[Sentence]) -> None:
    """Append the sentences of ``text[start:end]`` (trimmed, non-empty) to ``out``."""
    for m in _CANDIDATE.finditer(text, start, end):
        next_pos = _after_space(text, m.end(), end)
        if _ends_sentence(text, start, m, next_pos, end):
            out.append(Sentence(start, m.end(), index))
            start = next_pos
    out.append(Sentence(start, end, index))


def _short_line_breaks(text: str, start: int, end: int) -> list[tuple[int, int]]:
    """Line breaks after a headline-like line inside a paragraph: (line end, next start).

    A line counts when it lacks final punctuation, is under half as long as the
    paragraph's longest line (a hard-wrapped line runs near full width) and the next
    line opens with a capital.
    """
    lines = []
    pos = start
    for line in text[start:end].split("\n"):  # not a regex: trailing space runs backtrack
        first, last = pos + len(line) - len(line.lstrip()), pos + len(line.rstrip())
        if last > first:
            lines.append((first, last))
        pos += len(line) + 1
    longest = max(e - s for s, e in lines)
    breaks = []
    for (s, e), (next_start, _) in zip(lines, lines[1:]):
        last_char = text[e - 1]
        if (2 * (e - s) < longest and text[next_start].isupper()
                and not (last_char in _FINAL or last_char.isspace())):
            breaks.append((e, next_start))
    return breaks


def _ends_sentence(text: str, start: int, m: re.Match[str], next_pos: int, end: int) -> bool:
    """Whether the candidate ``m`` ends the sentence begun at ``start`` (paragraph to ``end``)."""
    if m.start() == start or _continues_lower(text, next_pos, end):
        return False
    close = m.group("close")
    term = text[m.start():m.end() - len(close)]
    if term == "." and m.start() - start <= 5 and _LIST_MARKER.fullmatch(text, start, m.start()):
        return False
    if close:
        if close[0] in ")]" and text[m.start() - 1] in "([":
            return False
        if any(c in _QUOTES for c in close):
            following = text[next_pos:min(end, next_pos + 120)]
            return not _attribution_follows(following, bare=term[-1] in "!?")
        return True
    if term != ".":
        return True
    return _period_ends(text, start, m.start(), _next_token(text, next_pos, end))


def _continues_lower(text: str, pos: int, end: int) -> bool:
    """Whether the text at ``pos`` goes on in lower case, also past a dash (“Why?” – she)."""
    if text[pos] in _DASHES:
        pos = _after_space(text, pos + 1, end)
    return pos < end and text[pos].islower()


def _period_ends(text: str, start: int, period: int, token: str) -> bool:
    """Whether a bare period at ``period`` before ``token`` (not lower case) ends it."""
    word_start = period
    while word_start > start and not text[word_start - 1].isspace():
        word_start -= 1
    word = text[word_start:period].lstrip(_OPENERS)
    lower = word.lower()
    nxt = token.lstrip(_OPENERS).lower()
    if lower in NEVER_FINAL:
        return False
    if len(word) == 1 and word.isalpha():
        return _is_initial_chain_end(text, start, word_start) and nxt in SENTENCE_STARTERS
    if nxt[:1].isdigit():
        return lower not in BEFORE_NUMBER and not lower.endswith("str")
    if word.isdigit():
        return not _is_ordinal(text, start, word_start, word, nxt)
    if lower in TIME_OR_LIST:
        return nxt not in TIME_CONTINUERS and not (token.isupper() and 2 <= len(token) <= 4)
    if lower in AMBIGUOUS or _INITIALISM.fullmatch(word):
        return nxt in SENTENCE_STARTERS
    return True


def _is_ordinal(text: str, start: int, word_start: int, number: str, nxt: str) -> bool:
    """Whether a number before a period reads as a German ordinal ("am 3. Oktober")."""
    if len(number) > 3:
        return False
    if nxt in MONTHS or nxt in ORDINAL_NOUNS:
        return True
    before = text[max(start, word_start - 12):word_start].split()
    return bool(before) and before[-1].lower() in ORDINAL_CUES


def _is_initial_chain_end(text: str, start: int, word_start: int) -> bool:
    """False when the single letter follows another single letter and period (z. B.)."""
    before = text[max(start, word_start - 3):word_start].rstrip()
    return not (len(before) >= 2 and before[-1] == "." and before[-2].isalpha()
                and (len(before) == 2 or not before[-3].isalpha()))


def _next_token(text: str, pos: int, end: int) -> str:
    """The non-space run at ``pos`` (before ``end``) without its trailing punctuation."""
    token = text[pos:min(end, pos + 40)].split(maxsplit=1)[0]
    return token.rstrip(_TRAILING) or token


def _attribution_follows(following: str, bare: bool) -> bool:
    """Whether ``following`` opens with capitalised name words and a reporting verb.

    ``bare``: the verb may go on (“Stop!” Trump said in a post.); otherwise the
    attribution must end right after it (“We are ready.” Smith said.).
    """
    names = 0
    tokens = following.split()
    for n, token in enumerate(tokens[:6]):
        word = token.rstrip(_TRAILING)
        if word.lower() in REPORTING_VERBS:
            return names > 0 and (bare or _attribution_ends(tokens, n, following))
        if (not word or not word[0].isupper() or names == 4
                or word.lower() in SENTENCE_STARTERS and word.lower() not in _PRONOUNS):
            return False
        names += 1
        if token.endswith(","):  # “Why now?” Anna Berg, a teacher from Salem, asked.
            return _verb_after_appositive(tokens, n + 1, following, bare)
    return False


def _attribution_ends(tokens: list[str], n: int, following: str) -> bool:
    """Whether the attribution ends right after its verb, token n."""
    return tokens[n][-1] == "." or (n == len(tokens) - 1 and len(following) < 120)


def _verb_after_appositive(tokens: list[str], first: int, following: str, bare: bool) -> bool:
    """Whether an appositive opening at token ``first`` closes with a comma right before a
    reporting verb, within the sentence (``bare`` as for ``_attribution_follows``)."""
    for n in range(first, min(len(tokens) - 1, first + _APPOSITIVE_TOKENS)):
        if tokens[n][-1] in ".!?;:":
            return False
        if tokens[n].endswith(",") and tokens[n + 1].rstrip(_TRAILING).lower() in REPORTING_VERBS:
            return bare or _attribution_ends(tokens, n + 1, following)
    return False
