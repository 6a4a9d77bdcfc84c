"""Who said each quotation and with which reporting verb.

Works on the document with every quotation masked (so names inside quotes are never
speakers or antecedents) and sentence by sentence in reading order, because a pronoun
("he said") resolves to what came before: the subject of the previous reporting clause,
else the most recent person in subject position, else the last person named outside
quotes, never an organisation for he/she. Patterns, in the order tried:
“…,” X said / said X (tail); X said: “…” / X told reporters that “…” / ..., telling
reporters: “…” (head, nearest reporting verb before the quote); described as “…” by X
(passive); X's statement that “…” (possessive noun); according to X. A description
without a name ("one Delhi resident") is kept as written, starting lower-case, and counts
as unresolved; a role description resolves when exactly one named person fits it.
"""
from __future__ import annotations

import re
from dataclasses import dataclass, replace
from typing import Callable, Literal, Sequence

from ...model import Document, Sentence, Span
from ..extract import Utterance
from .masking import mask
from .mentions import Entities
from ..spans import SentenceIndex
from .pronouns import PRONOUNS, record
from .reading import State, Tok, Who, read_on, token_texts, tokenize
from .subjects import main_subject, np_after, np_before, resolve_np, verb_at, verb_positions
from .verbs import PHRASES, VerbClass, noun_info, verb_info

Form = Literal["full", "partial", "that-clause"]

_PASSIVE_BE = frozenset("was were been be being is are".split())
_TELL = frozenset({"tell", "inform"})
_RECIPIENT_STOP = frozenset("that in on at about how what why when where if".split())
#: A sentence that opens with a capitalised word and a capitalised name: "Said Jane Doe".
_INVERTED = re.compile(r"[A-Z][a-z]+ [A-Z]")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")
_FIRST_PERSON = frozenset({"i", "we"})
_HEAD_GAP = 12
_TAIL_GAP = 16
@dataclass(frozen=True)
class Attribution:
    """Speaker, reporting verb and form of one quotation."""

    speaker: str | None
    speaker_span: Span | None
    verb: str | None
    verb_span: Span | None
    verb_class: VerbClass | None
    form: Form


#: What a pattern finds: the speaker, the verb as written, its span and its class.
_Found = tuple[Who, str | None, Span | None, VerbClass | None]


def attribute(doc: Document, sentences: Sequence[Sentence], utterances: Sequence[Utterance],
              tick: Callable[[], None] = lambda: None) -> list[Attribution]:
    """One Attribution per utterance, in the order given; ``tick`` is called once per sentence."""
    masked = mask(doc.text, utterances)
    ents = Entities(doc.text, [(s.start, s.end) for s in sentences], masked, tick)
    state = State(doc, masked, ents, sentences, SentenceIndex(sentences))
    by_last: dict[int, list[int]] = {}
    for n, utt in enumerate(utterances):
        by_last.setdefault(state.index.nearest(utt.outer[-1][1] - 1), []).append(n)
    results: dict[int, Attribution] = {}
    for k in range(len(sentences)):
        tick()
        firsts: list[Who] = []
        for n in by_last.get(k, []):
            attribution, who = _attribute_one(state, utterances[n], k)
            results[n] = attribution
            if who is not None:
                firsts.append(who)
        if not by_last.get(k):
            who = _reporting_subject(state, k)
            if who is not None:
                firsts.append(who)
        record(state, k, firsts)
    out = [results.get(n, Attribution(None, None, None, None, None, "partial")) for n in range(len(utterances))]
    return _inherit(out, utterances)


def _inherit(found: list[Attribution], utterances: Sequence[Utterance]) -> list[Attribution]:
    """A quote with no attribution of its own continues its neighbour's: the quote before it
    in the same or the previous paragraph, else the next one in its paragraph."""
    out = list(found)
    for n, a in enumerate(found):
        if a.speaker is not None or a.verb is not None:
            continue
        para = utterances[n].paragraph
        donors = []
        if n > 0 and para - utterances[n - 1].paragraph <= 1:
            donors.append(out[n - 1])
        if n + 1 < len(found) and utterances[n + 1].paragraph == para:
            donors.append(found[n + 1])
        donor = next((d for d in donors if d.speaker is not None), None)
        if donor is not None:
            out[n] = replace(a, speaker=donor.speaker, verb=donor.verb, verb_class=donor.verb_class)
    return out


# --------------------------------------------------------------------------- one quote
def _attribute_one(state: State, utt: Utterance, k_last: int) -> tuple[Attribution, Who | None]:
    sentences = state.sentences
    q_open = utt.outer[0][0]
    k0 = state.index.nearest(q_open)
    s0 = sentences[k0]
    end = sentences[k_last].end
    if not utt.closed and k_last + 1 < len(sentences) and utt.outer[-1][1] >= sentences[k_last].end - 1:
        end = sentences[k_last + 1].end  # an unclosed quote cut where narration resumes
    elif k_last + 1 < len(sentences) and state.doc.text[sentences[k_last + 1].start] in "—–―":
        end = sentences[k_last + 1].end  # “…” ― Jane Doe, split off as a sentence of its own
    elif k_last + 1 < len(sentences) and sentences[k_last + 1].paragraph == sentences[k_last].paragraph \
            and (inverted := _INVERTED.match(state.masked, sentences[k_last + 1].start)) \
            and verb_info(inverted.group().split(None, 1)[0]):  # the match holds the first word
        end = sentences[k_last + 1].end  # “…” Said Dorothy Lamb, who grew up with him.
    tokens = tokenize(state, s0.start, end)
    quote_tokens = [i for i, t in enumerate(tokens) if t.text.startswith("\x00") and
                    any(a <= t.start < b + 1 for a, b in utt.outer)]
    form = _form(state, utt, s0)
    if not quote_tokens:
        return Attribution(None, None, None, None, None, form), None
    first_q, last_q = quote_tokens[0], quote_tokens[-1]
    starts_sentence = all(t.text in "([—–" for t in tokens[:first_q] if t.start >= s0.start)
    # a quotation set off by a dash ("… - “…,” one ad declared - or …") opens a clause of its own
    parenthetical = first_q > 0 and tokens[first_q - 1].text in ("-", "—", "–")
    found = None
    order = ("tail", "head") if starts_sentence or parenthetical else ("head", "tail")
    for how in order + ("according",):
        if how == "tail":
            for qi in quote_tokens:
                found = _tail(state, tokens, qi)
                if found:
                    break
        elif how == "head":
            found = _head(state, tokens, first_q, last_q) or _colon(state, tokens, first_q)
        else:
            found = _according(state, tokens)
        if found:
            break
    if parenthetical and found and found[0].cluster is None and found[0].description is None:
        found = _head(state, tokens, first_q, last_q) or found  # "Hale said - “…,” he said - and …"
    if not found and starts_sentence:
        found = _introduced(state, k0)
    if not found:
        return Attribution(None, None, None, None, None, form), None
    who, verb, verb_span, lemma_class = found
    if who.cluster is not None:
        state.speakers.add(who.cluster)
    return Attribution(_speaker_name(state, who), who.span, verb, verb_span, lemma_class, form), who


def _form(state: State, utt: Utterance, sentence: Sentence) -> Form:
    text = state.doc.text
    before = state.masked[sentence.start:utt.outer[0][0]].replace("\x00", " ").strip()
    first = text[utt.fragments[0][0]:utt.fragments[0][1]]
    if re.search(r"\bthat$", before, re.I) or re.match(r"that\b", first):
        return "that-clause"
    last_word = re.findall(r"[\w’']+$", before)
    if first[:1].isupper() and (not before or before[-1] in ":,"
                                or (last_word and verb_info(last_word[0]) is not None)):
        return "full"
    return "partial"


def _verb_phrase(state: State, tokens: list[Tok], i: int, lemma: str) -> tuple[str, Span]:
    """The verb as written: "told reporters", "had said", "described as ... by", "according to"."""
    start, end = tokens[i].start, tokens[i].end
    if " " in lemma and i + 1 < len(tokens):
        end = tokens[i + 1].end  # a two-word phrase: "went on", "put it"
    if i > 0 and tokens[i - 1].low in ("had", "has", "have") and tokens[i].low.endswith(("ed", "said", "told")):
        start = tokens[i - 1].start
    if lemma in _TELL:
        # the recipient: "told reporters", "told the Daily Mail", "told the council", "informed police"
        j, content = i + 1, False
        while j < len(tokens) and j - i <= 4:
            t = tokens[j]
            if t.low in ("the", "a", "an"):
                j += 1
                continue
            if t.text[:1].isupper() and not t.text.startswith("\x00"):
                end, content = t.end, True
                j += 1
                continue
            if not content and t.text.isalpha() and t.low not in _RECIPIENT_STOP:
                end = t.end
            break
    return state.doc.text[start:end], (start, end)


def _tail(state: State, tokens: list[Tok], qi: int) -> _Found | None:
    """“…,” X said / “…,” said X / “…” X told reporters — the clause right after a fragment."""
    j = qi + 1
    if j + 1 < len(tokens) and tokens[j].text in "—–―-":
        end = j + 1  # a dash attribution under a quote: “…” ― Jane Doe
        while end < len(tokens) and tokens[end].text not in ".;!?" and not tokens[end].text.startswith("\x00"):
            end += 1
        who = resolve_np(state, tokens, j + 1, end) if end - j - 1 <= 4 else None
        if who is not None:
            return who, None, None, None
    while j < len(tokens) and tokens[j].text in ",:—–―":
        j += 1
    if j >= len(tokens) or tokens[j].text in ".!?;" or tokens[j].text.startswith("\x00"):
        return None
    if tokens[j].low in ("and", "but") and j + 1 < len(tokens) and verb_at(tokens, j + 1):
        who = main_subject(state, tokens, qi)
        if who is None:
            return None
        return who, None, None, None  # the verb opens another clause, not this quote
    for v in range(j, min(len(tokens), j + _TAIL_GAP)):
        t = tokens[v]
        if t.text in ".;!?" or t.text.startswith("\x00"):
            return None
        hit = verb_at(tokens, v)
        if hit is None and v == j and v + 1 < len(tokens) and tokens[v + 1].text[:1].isupper():
            info = verb_info(t.text)  # a capitalised verb opening the next sentence: “…” Said Jane Doe.
            hit = (info.lemma, info.klass) if info else None
        if hit is None:
            continue
        lemma, klass = hit
        if v == j:
            who = np_after(state, tokens, v + 1)
        else:
            who = np_before(state, tokens, v, j)
        return _reported(state, tokens, v, lemma, klass, who)
    return None


def _reported(state: State, tokens: list[Tok], v: int, lemma: str, klass: VerbClass | None,
              who: Who | None) -> _Found | None:
    """The finding for reporting verb ``v`` and its subject; a bare pronoun with no
    antecedent ("he said") keeps the verb and leaves the speaker unresolved."""
    if who is None:
        if v == 0 or (tokens[v - 1].low not in PRONOUNS and tokens[v - 1].low not in _FIRST_PERSON):
            return None
        who = Who()  # "he said" with no antecedent; the author's "I wrote", "we asked"
    verb, span = _verb_phrase(state, tokens, v, lemma)
    return who, verb, span, klass


def _head(state: State, tokens: list[Tok], first_q: int, last_q: int) -> _Found | None:
    """The nearest reporting verb before the quote in its sentence, and its subject."""
    quote_start = tokens[first_q].start
    for v in range(first_q - 1, max(-1, first_q - 1 - _HEAD_GAP), -1):
        t = tokens[v]
        if t.text in ".!?;":
            return None
        noun = noun_info(t.text)
        if noun and v + 1 < len(tokens) and (tokens[v + 1].low == "that" or v + 1 == first_q) and v > 0 \
                and tokens[v - 1].low.endswith(("’s", "'s")):
            who = np_before(state, tokens, v, 0, possessive=True)
            if who is not None:
                span = (tokens[v - 1].end - 2, t.end)
                return who, state.doc.text[span[0]:span[1]], span, noun.klass
        if noun and v > 0 and (v + 1 == first_q or (v + 2 == first_q and tokens[v + 1].text in ",:")) \
                and tokens[v - 1].low in ("a", "the", "his", "her", "their", "its"):
            who = main_subject(state, tokens, v - 1)  # "Trump issued a statement, “…”"
            if who is not None:
                return who, t.text, (t.start, t.end), noun.klass
        hit = verb_at(tokens, v)
        if hit is None and v == 0 and len(tokens) > 1 and tokens[1].text[:1].isupper():
            info = verb_info(t.text)  # "Said Comey, “…”": an inverted verb opening the sentence
            if info is not None:
                who = np_after(state, tokens, 1)
                if who is not None:
                    return who, t.text, (t.start, t.end), info.klass
        if hit is None or tokens[v].start > quote_start:
            continue
        lemma, klass = hit
        be = v - 1
        while be > 0 and tokens[be].low.endswith("ly"):
            be -= 1
        passive = be >= 0 and tokens[be].low in _PASSIVE_BE and tokens[v].low.endswith(("ed", "told"))
        if passive:
            agent = _by_agent(state, tokens, last_q)
            if agent is not None:
                has_as = v + 1 < len(tokens) and tokens[v + 1].low == "as"
                verb = f"{t.text} as ... by" if has_as else t.text
                return agent, verb, (t.start, t.end), klass
            return None
        with_at = _with_clause(tokens, v) if t.low.endswith("ing") else None
        if with_at is not None:
            span = (tokens[with_at + 1].start, tokens[v - 1].end)  # "with the fishermen chanting “…”"
            who = resolve_np(state, tokens, with_at + 1, v) or Who(None, state.doc.text[span[0]:span[1]], span)
        elif t.low.endswith("ing") and (v == 0 or tokens[v - 1].text in ",:(—–" or tokens[v - 1].low in
                                        ("while", "after", "before", "by", "when", "and", "as")):
            who = main_subject(state, tokens, v)
        elif v > 0 and tokens[v - 1].low in ("and", "but", "then") and not (v >= 2 and tokens[v - 2].low in PRONOUNS):
            who = main_subject(state, tokens, v - 1)
        else:
            who = np_before(state, tokens, v, 0)
            if who is None and v + 1 < first_q and tokens[v + 1].text[:1].isupper():
                who = _inverted_name(state, tokens, v + 1)  # "Because of …, explained Rosenberg, “…”"
        return _reported(state, tokens, v, lemma, klass, who)
    return None


def _inverted_name(state: State, tokens: list[Tok], i: int) -> Who | None:
    """A name right after the verb and closed by a comma: "…, explained Simon Okafor, “…”"."""
    who = np_after(state, tokens, i)
    if who is None or who.cluster is None or who.span is None:
        return None
    return who if state.masked[who.span[1]:who.span[1] + 3].lstrip().startswith(",") else None


def _with_clause(tokens: list[Tok], v: int) -> int | None:
    """The "with" of an absolute clause whose subject does the reporting: "with the
    fishermen on the pier chanting “…”" (at most five words between)."""
    for w in range(v - 1, max(-1, v - 7), -1):
        if tokens[w].low == "with":
            return w if w < v - 1 else None
        if not tokens[w].text[:1].isalnum():
            return None
    return None


def _colon(state: State, tokens: list[Tok], first_q: int) -> _Found | None:
    """A colon introduction without a reporting verb: "Berg was blunt: “…”", "From the report: “…”"."""
    if first_q < 2 or tokens[first_q - 1].text != ":":
        return None
    opening = 1 if tokens[0].low == "more" else 0  # "From the report:", "More from the report:"
    if tokens[opening].low == "from" and all(t.text not in ".!?" for t in tokens[opening:first_q]):
        who = np_after(state, tokens, opening + 1)
        if who is not None:
            return who, None, None, None
    who = main_subject(state, tokens, first_q - 1)
    return (who, None, None, None) if who is not None else None


def _introduced(state: State, k: int) -> _Found | None:
    """A paragraph that ends with a colon or a reporting verb introduces the quotation that
    opens the next one: "The agency responded:" / “…”, "Cruz quipped" / “…”; so does a
    sentence of the same paragraph that ends with a reporting verb ("…,” Quist said, and
    her brother chimed in. “…”). Its reporting verb and subject, else its main subject."""
    if k == 0 or state.sentences[k - 1].paragraph not in (state.sentences[k].paragraph - 1,
                                                          state.sentences[k].paragraph):
        return None
    prev = state.sentences[k - 1]
    tokens = tokenize(state, prev.start, prev.end)
    same_paragraph = prev.paragraph == state.sentences[k].paragraph
    n = len(tokens) - 1 if same_paragraph and tokens and tokens[-1].text == "." else len(tokens)
    ends_with_verb = n > 0 and (verb_at(tokens, n - 1) is not None or (  # "and her husband cut in."
        n > 1 and tokens[n - 2].text in PHRASES and verb_at(tokens, n - 2) is not None))
    if not ends_with_verb and (same_paragraph or not state.masked[prev.start:prev.end].rstrip().endswith(":")):
        return None
    for v in range(len(tokens) - 1, 0, -1):
        hit = verb_at(tokens, v)
        if hit is not None:
            found = _reported(state, tokens, v, hit[0], hit[1], np_before(state, tokens, v, 0))
            if found is not None:
                return found
    who = main_subject(state, tokens, len(tokens) - 1)
    return (who, None, None, None) if who is not None else None


def _by_agent(state: State, tokens: list[Tok], last_q: int) -> Who | None:
    """described as “…” by X: the agent right after the quote."""
    for j in range(last_q + 1, min(len(tokens), last_q + 4)):
        if tokens[j].low == "by":
            return np_after(state, tokens, j + 1)
        if tokens[j].text in ".;!?":
            break
    return None


def _according(state: State, tokens: list[Tok]) -> _Found | None:
    for i in range(len(tokens) - 1):
        if tokens[i].low == "according" and tokens[i + 1].low == "to":
            who = np_after(state, tokens, i + 2)
            if who is not None:
                span = (tokens[i].start, tokens[i + 1].end)
                return who, state.doc.text[span[0]:span[1]], span, "neutral"
    return None


def _reporting_subject(state: State, k: int) -> Who | None:
    """The subject of the first reporting verb of a sentence without quotations."""
    s = state.sentences[k]
    if not state.ents.mentions_in(s.start, s.end) and not _PRONOUN.search(state.masked, s.start, s.end):
        return None  # no name and no pronoun: no subject can be a person or organisation
    texts = token_texts(state, s.start, s.end)
    verbs = [v for v in verb_positions(texts) if v > 0]
    if not verbs:
        return None
    tokens: list[Tok] = []  # read only up to the verb tried: its subject comes before it
    for v in verbs:
        read_on(state, tokens, texts, v, s.start)
        if not tokens[v].low.endswith("ing"):
            who = np_before(state, tokens, v, 0)
            if who is not None and who.cluster is not None:
                state.speakers.add(who.cluster)
                return who
    return None


def _speaker_name(state: State, who: Who) -> str | None:
    """The canonical name of the speaker's cluster, else the description as written."""
    if who.cluster is not None:
        return state.ents.clusters[who.cluster].name
    return who.description
