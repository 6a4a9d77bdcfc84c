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
from dataclasses import dataclass, field, replace
from typing import Literal, Sequence

from ..model import Document, Sentence, Span
from .extract import Utterance
from .mentions import CHANNELS, ORG_WORDS, ROLES, Cluster, Entities
from .spans import SentenceIndex
from .verbs import VerbClass, noun_info, verb_info

Form = Literal["full", "partial", "that-clause"]

_TOKEN = re.compile(r"[\w’'\-]+|\x00+|[,;:.!?()—–―]")
_PRONOUNS = {"he": "m", "she": "f", "they": None, "it": None}
_AUX = frozenset("""has had have was were is are be been also then later again further previously
repeatedly once even still never already first further publicly reportedly initially earlier
separately subsequently""".split())
_BOUNDARY = frozenset({",", ";", ":", "—", "–", "that", "and", "but", "while", "as", "who",
                       "which", "when", "after", "before", "because", "if", "\x00"})
_PASSIVE_BE = frozenset("was were been be being is are".split())
_DETS = frozenset("a an the one".split())
_QUANTIFIERS = frozenset("a an one some two three several many most all another".split())
_TELL = frozenset({"tell", "inform"})
_RECIPIENT_STOP = frozenset("that in on at about how what why when where if".split())
_HEAD_GAP = 12
_TAIL_GAP = 16
#: How many sentences back a pronoun looks in earlier paragraphs.
_WINDOW = 6


@dataclass(frozen=True)
class Attribution:
    """Speaker, reporting verb and form of one quotation."""

    speaker: str | None
    speaker_span: Span | None
    verb: str | None
    verb_span: Span | None
    verb_class: VerbClass | None
    form: Form


@dataclass
class _Tok:
    text: str
    start: int
    end: int

    @property
    def low(self) -> str:
        return self.text.lower()


@dataclass
class _Who:
    """A subject found for a clause: a cluster, a description, or nothing."""

    cluster: int | None = None
    description: str | None = None
    span: Span | None = None


#: What a pattern finds: the speaker, the verb as written, its span and its class.
_Found = tuple[_Who, str | None, Span | None, VerbClass | None]


@dataclass
class _State:
    doc: Document
    masked: str
    ents: Entities
    sentences: Sequence[Sentence]
    index: SentenceIndex
    salient: dict[int, list[int]] = field(default_factory=dict)
    reporters: dict[int, list[int]] = field(default_factory=dict)
    speakers: set[int] = field(default_factory=set)


def mask(text: str, utterances: Sequence[Utterance]) -> str:
    """The text with every quotation (marks included) replaced by NUL characters."""
    chars = list(text)
    for utt in utterances:
        for a, b in utt.outer:
            for i in range(a, min(b + 1, len(chars))):
                if i < b or chars[i] in "\"”’'»“":
                    chars[i] = "\x00"
    return "".join(chars)


def attribute(doc: Document, sentences: Sequence[Sentence], utterances: Sequence[Utterance]) -> list[Attribution]:
    """One Attribution per utterance, in the order given."""
    masked = mask(doc.text, utterances)
    ents = Entities(doc.text, [(s.start, s.end) for s in sentences], masked)
    state = _State(doc, masked, ents, sentences, SentenceIndex(sentences))
    by_last: dict[int, list[int]] = {}
    for n, utt in enumerate(utterances):
        by_last.setdefault(state.index.nearest(utt.outer[-1][1] - 1), []).append(n)
    results: dict[int, Attribution] = {}
    for k in range(len(sentences)):
        firsts: list[_Who] = []
        for n in by_last.get(k, []):
            attribution, who = _attribute_one(state, utterances[n], k)
            results[n] = attribution
            if who is not None:
                firsts.append(who)
        if not by_last.get(k):
            who = _reporting_subject(state, k)
            if who is not None:
                firsts.append(who)
        _record(state, k, firsts)
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


def _tokens(state: _State, start: int, end: int) -> list[_Tok]:
    return [_Tok(m.group(), m.start(), m.end()) for m in _TOKEN.finditer(state.masked, start, end)]


# --------------------------------------------------------------------------- one quote
def _attribute_one(state: _State, utt: Utterance, k_last: int) -> tuple[Attribution, _Who | None]:
    sentences = state.sentences
    q_open = utt.outer[0][0]
    k0 = state.index.nearest(q_open)
    s0 = sentences[k0]
    end = sentences[k_last].end
    if not utt.closed and k_last + 1 < len(sentences) and utt.outer[-1][1] >= sentences[k_last].end - 1:
        end = sentences[k_last + 1].end  # an unclosed quote cut where narration resumes
    elif k_last + 1 < len(sentences) and state.doc.text[sentences[k_last + 1].start] in "—–―":
        end = sentences[k_last + 1].end  # “…” ― Jane Doe, split off as a sentence of its own
    tokens = _tokens(state, s0.start, end)
    quote_tokens = [i for i, t in enumerate(tokens) if t.text.startswith("\x00") and
                    any(a <= t.start < b + 1 for a, b in utt.outer)]
    form = _form(state, utt, s0)
    if not quote_tokens:
        return Attribution(None, None, None, None, None, form), None
    first_q, last_q = quote_tokens[0], quote_tokens[-1]
    starts_sentence = all(t.text in "([—–" for t in tokens[:first_q] if t.start >= s0.start)
    found = None
    order = ("tail", "head") if starts_sentence else ("head", "tail")
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
    if not found:
        return Attribution(None, None, None, None, None, form), None
    who, verb, verb_span, lemma_class = found
    if who.cluster is not None:
        state.speakers.add(who.cluster)
    return Attribution(_speaker_name(state, who), who.span, verb, verb_span, lemma_class, form), who


def _form(state: _State, utt: Utterance, sentence: Sentence) -> Form:
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


def _verb_at(tokens: list[_Tok], i: int) -> tuple[str, VerbClass] | None:
    t = tokens[i]
    if not t.text[:1].islower():
        return None
    info = verb_info(t.text)
    if info is None:
        return None
    return info.lemma, info.klass


def _verb_phrase(state: _State, tokens: list[_Tok], i: int, lemma: str) -> tuple[str, Span]:
    """The verb as written: "told reporters", "had said", "described as ... by", "according to"."""
    start, end = tokens[i].start, tokens[i].end
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


def _tail(state: _State, tokens: list[_Tok], qi: int) -> _Found | None:
    """“…,” X said / “…,” said X / “…” X told reporters — the clause right after a fragment."""
    j = qi + 1
    if j + 1 < len(tokens) and tokens[j].text in "—–―-":
        end = j + 1  # a dash attribution under a quote: “…” ― Jane Doe
        while end < len(tokens) and tokens[end].text not in ".;!?" and not tokens[end].text.startswith("\x00"):
            end += 1
        who = _resolve_np(state, tokens, j + 1, end) if end - j - 1 <= 4 else None
        if who is not None:
            return who, None, None, None
    while j < len(tokens) and tokens[j].text in ",:—–―":
        j += 1
    if j >= len(tokens) or tokens[j].text in ".!?;" or tokens[j].text.startswith("\x00"):
        return None
    if tokens[j].low in ("and", "but") and j + 1 < len(tokens) and _verb_at(tokens, j + 1):
        who = _main_subject(state, tokens, qi)
        if who is None:
            return None
        return who, None, None, None  # the verb opens another clause, not this quote
    for v in range(j, min(len(tokens), j + _TAIL_GAP)):
        t = tokens[v]
        if t.text in ".;!?" or t.text.startswith("\x00"):
            return None
        hit = _verb_at(tokens, v)
        if hit is None:
            continue
        lemma, klass = hit
        if v == j:
            who = _np_after(state, tokens, v + 1)
        else:
            who = _np_before(state, tokens, v, j)
        if who is None:
            if v == 0 or tokens[v - 1].low not in _PRONOUNS:
                return None
            who = _Who()  # "he said" with no antecedent: the verb stands, the speaker is unresolved
        verb, span = _verb_phrase(state, tokens, v, lemma)
        return who, verb, span, klass
    return None


def _head(state: _State, tokens: list[_Tok], first_q: int, last_q: int) -> _Found | None:
    """The nearest reporting verb before the quote in its sentence, and its subject."""
    quote_start = tokens[first_q].start
    for v in range(first_q - 1, max(-1, first_q - 1 - _HEAD_GAP), -1):
        t = tokens[v]
        if t.text in ".!?;":
            return None
        noun = noun_info(t.text)
        if noun and v + 1 < len(tokens) and (tokens[v + 1].low == "that" or v + 1 == first_q) and v > 0 \
                and tokens[v - 1].low.endswith(("’s", "'s")):
            who = _np_before(state, tokens, v, 0, possessive=True)
            if who is not None:
                span = (tokens[v - 1].end - 2, t.end)
                return who, state.doc.text[span[0]:span[1]], span, noun.klass
        hit = _verb_at(tokens, v)
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
        if t.low.endswith("ing") and (v == 0 or tokens[v - 1].text in ",:(—–" or tokens[v - 1].low in
                                      ("while", "after", "before", "by", "when", "and", "as")):
            who = _main_subject(state, tokens, v)
        elif v > 0 and tokens[v - 1].low in ("and", "but", "then") and not (v >= 2 and tokens[v - 2].low in _PRONOUNS):
            who = _main_subject(state, tokens, v - 1)
        else:
            who = _np_before(state, tokens, v, 0)
        if who is None:
            if v == 0 or tokens[v - 1].low not in _PRONOUNS:
                return None
            who = _Who()  # "he said" with no antecedent: the verb stands, the speaker is unresolved
        verb, span = _verb_phrase(state, tokens, v, lemma)
        return who, verb, span, klass
    return None


def _colon(state: _State, tokens: list[_Tok], first_q: int) -> _Found | None:
    """A colon introduction without a reporting verb: "Berg was blunt: “…”"."""
    if first_q < 2 or tokens[first_q - 1].text != ":":
        return None
    who = _main_subject(state, tokens, first_q - 1)
    return (who, None, None, None) if who is not None else None


def _by_agent(state: _State, tokens: list[_Tok], last_q: int) -> _Who | None:
    """described as “…” by X: the agent right after the quote."""
    for j in range(last_q + 1, min(len(tokens), last_q + 4)):
        if tokens[j].low == "by":
            return _np_after(state, tokens, j + 1)
        if tokens[j].text in ".;!?":
            break
    return None


def _according(state: _State, tokens: list[_Tok]) -> _Found | None:
    for i in range(len(tokens) - 1):
        if tokens[i].low == "according" and tokens[i + 1].low == "to":
            who = _np_after(state, tokens, i + 2)
            if who is not None:
                span = (tokens[i].start, tokens[i + 1].end)
                return who, state.doc.text[span[0]:span[1]], span, "neutral"
    return None


# --------------------------------------------------------------------------- noun phrases
def _np_after(state: _State, tokens: list[_Tok], i: int) -> _Who | None:
    """The noun phrase starting at token i, up to punctuation (said Om Prakash, one of ...)."""
    j = i
    while j < len(tokens) and tokens[j].text not in ",;:.!?()—–" and not tokens[j].text.startswith("\x00") \
            and j - i < 12:
        if j > i and verb_info(tokens[j].text) and tokens[j].low not in ROLES:
            break
        j += 1
    who = _resolve_np(state, tokens, i, j)
    if who is not None and who.cluster is None and j < len(tokens) and tokens[j].text == ",":
        named = _np_after(state, tokens, j + 1)  # "by Berg's deputy, Jonas Lind"
        if named is not None and named.cluster is not None:
            return named
    return who


def _np_before(state: _State, tokens: list[_Tok], v: int, floor: int, possessive: bool = False) -> _Who | None:
    """The subject of the verb at token v: back over auxiliaries and adverbs, then the noun phrase."""
    j = v - 1
    while not possessive and j >= floor and (tokens[j].low in _AUX or tokens[j].low.endswith("ly")):
        j -= 1
    end = j + 1
    i = end
    while i - 1 >= floor and tokens[i - 1].text not in _BOUNDARY and tokens[i - 1].text not in ".!?":
        i -= 1
    if i == end:
        # an appositive or relative clause between subject and verb: "Ushakov, a Putin aide, called"
        if i - 1 >= floor and tokens[i - 1].text == ",":
            return _appositive_subject(state, tokens, i - 1, floor)
        if i - 2 >= floor and tokens[i - 1].text == "who" and tokens[i - 2].text == ",":
            return _appositive_subject(state, tokens, i - 2, floor)  # "Owen, ..., who called"
        if i - 1 >= floor and tokens[i - 1].low in ("and", "but"):
            return _main_subject(state, tokens, i - 1)
        return None
    who = _resolve_np(state, tokens, i, end)
    if who is not None and who.cluster is None and i - 1 >= floor and tokens[i - 1].text == ",":
        named = _appositive_subject(state, tokens, i - 1, floor)
        if named is not None and named.cluster is not None:
            return named
    return who


def _appositive_subject(state: _State, tokens: list[_Tok], comma: int, floor: int) -> _Who | None:
    """Walk back over comma-separated segments to the name an appositive describes."""
    j = comma
    for _ in range(3):
        end = j
        i = end
        while i - 1 >= floor and tokens[i - 1].text not in ",;:.!?()—–" and not tokens[i - 1].text.startswith("\x00"):
            i -= 1
        if i == end:
            return None
        who = _resolve_np(state, tokens, i, end)
        if who is not None and who.cluster is not None:
            return who
        if i - 1 < floor or tokens[i - 1].text != ",":
            return who
        j = i - 1
    return None


def _main_subject(state: _State, tokens: list[_Tok], before: int) -> _Who | None:
    """The subject of the sentence's main clause, for participles and coordinated verbs."""
    for v in range(0, before):
        if _verb_at(tokens, v) and not tokens[v].low.endswith("ing"):
            who = _np_before(state, tokens, v, 0)
            if who is not None:
                return who
    for i, t in enumerate(tokens[:before]):
        if t.low in _PRONOUNS:
            return _pronoun(state, t)
        m = state.ents.mention_at(t.start, t.end)
        if m is not None and (m.subject or _channel_follows(state, m.span[1])):
            return _Who(m.cluster, None, m.span)
    end = 0  # "The minister, who ..., was quoted as saying": the opening noun phrase
    while end < before and tokens[end].text not in _BOUNDARY and _verb_at(tokens, end) is None:
        end += 1
    return _resolve_np(state, tokens, 0, end) if end else None


def _channel_follows(state: _State, at: int) -> bool:
    """A name followed by website / spokesperson / statement speaks through it."""
    nxt = re.match(r"[’']?s?\s*(?:\([A-Z]{2,6}\)\s*)?([a-z]+)", state.masked[at:at + 40])
    return bool(nxt) and nxt.group(1) in CHANNELS


def _resolve_np(state: _State, tokens: list[_Tok], i: int, j: int) -> _Who | None:
    """A cluster for the phrase tokens[i:j], a pronoun's antecedent, or a description."""
    phrase = tokens[i:j]
    if not phrase:
        return None
    if phrase[-1].low in _PRONOUNS:
        return _pronoun(state, phrase[-1])
    start, end = phrase[0].start, phrase[-1].end
    mentions = state.ents.mentions_in(start, end)
    subjects = [m for m in mentions if m.subject]
    if subjects:  # a known person or organisation before a stray capitalised word ("Shipping agent Luis Romero")
        known = [m for m in subjects if state.ents.clusters[m.cluster].kind != "unknown"]
        m = (known or subjects)[0]
        return _Who(m.cluster, None, m.span)
    words = [t.low.replace("’s", "").replace("'s", "") for t in phrase]
    for m in mentions:
        if _channel_follows(state, m.span[1]):
            return _Who(m.cluster, None, m.span)
    if mentions and not any(w in ROLES for w in words):
        m = mentions[0]
        return _Who(m.cluster, None, m.span)
    if any(w in ROLES for w in words) or words[-1] in ORG_WORDS or (words[0] in _QUANTIFIERS and len(words) <= 5):
        cluster = state.ents.by_description(words)
        if cluster is not None:
            return _Who(state.ents.clusters.index(cluster), None, (start, end))
        text = state.doc.text[start:end]
        if words[0] in _DETS:
            text = text[:1].lower() + text[1:]
        return _Who(None, text, (start, end))
    return None


def _pronoun(state: _State, tok: _Tok) -> _Who | None:
    """The antecedent of he/she/they/it: recent subjects first, compatible kind and gender."""
    k = state.index.nearest(tok.start)
    gender = _PRONOUNS[tok.low]
    personal = tok.low in ("he", "she")
    # the current sentence before the pronoun
    for m in state.ents.mentions_in(state.sentences[k].start, tok.start):
        if m.subject and _fits(state, state.ents.clusters[m.cluster], m.cluster, personal, gender):
            return _learn(state, m.cluster, gender, tok)
    # earlier sentences of the same paragraph, most recent first
    back = k - 1
    paragraph = state.sentences[k].paragraph
    while back >= 0 and state.sentences[back].paragraph == paragraph:
        for c in state.salient.get(back, []):
            if _fits(state, state.ents.clusters[c], c, personal, gender):
                return _learn(state, c, gender, tok)
        back -= 1
    # earlier paragraphs: the last reporting subject, else the most recent person
    window = range(back, max(-1, back - _WINDOW), -1)
    for table in (state.reporters, state.salient):
        for b in window:
            for c in table.get(b, []):
                if _fits(state, state.ents.clusters[c], c, personal, gender):
                    return _learn(state, c, gender, tok)
    return None


def _fits(state: _State, cluster: Cluster, index: int, personal: bool, gender: str | None) -> bool:
    if personal:
        if cluster.kind == "org" or (cluster.kind == "unknown" and index not in state.speakers):
            return False
        return gender is None or cluster.gender in (None, gender)
    return True


def _learn(state: _State, index: int, gender: str | None, tok: _Tok) -> _Who:
    cluster = state.ents.clusters[index]
    if gender and cluster.gender is None:
        cluster.gender = gender  # type: ignore[assignment]
    return _Who(index, None, (tok.start, tok.end))


def _reporting_subject(state: _State, k: int) -> _Who | None:
    """The subject of the first reporting verb of a sentence without quotations."""
    s = state.sentences[k]
    tokens = _tokens(state, s.start, s.end)
    for v in range(len(tokens)):
        if _verb_at(tokens, v) and not tokens[v].low.endswith("ing") and v > 0:
            who = _np_before(state, tokens, v, 0)
            if who is not None and who.cluster is not None:
                state.speakers.add(who.cluster)
                return who
    return None


def _record(state: _State, k: int, firsts: list[_Who]) -> None:
    """What a later pronoun may refer to from sentence k, most likely first."""
    order: list[int] = [w.cluster for w in firsts if w.cluster is not None]
    state.reporters[k] = list(order)
    s = state.sentences[k]
    mentions = state.ents.mentions_in(s.start, s.end)
    order += [m.cluster for m in mentions if m.subject]
    order += [m.cluster for m in reversed(mentions) if not m.subject and not m.possessive]
    seen: list[int] = []
    for c in order:
        if c not in seen:
            seen.append(c)
    state.salient[k] = seen


def _speaker_name(state: _State, who: _Who) -> str | None:
    """The canonical name of the speaker's cluster, else the description as written."""
    if who.cluster is not None:
        return state.ents.clusters[who.cluster].name
    return who.description
