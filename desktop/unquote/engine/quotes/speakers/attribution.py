"""Who said each quotation and with which reporting verb.

Works on the document with every quotation masked (so names inside quotes are never speakers
or antecedents) and sentence by sentence in reading order, because a pronoun ("he said")
resolves to what came before: the subject of the previous reporting clause, else the most
recent person in subject position, else the last person named outside quotes, never an
organisation for he/she. The clause patterns of clauses.py are tried in turn: the clause
after the quote and the one before it (or a colon introduction), the order set by where the
quote stands in its sentence, then "according to X", then a sentence before that introduces
a quotation opening its own. A description without a name ("one Delhi resident") is kept as
written, starting lower-case, and counts as unresolved; a role description resolves when
exactly one named person fits it.
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
from .pronouns import opening_clause_end, record
from .reading import State, Tok, Who, read_on, token_texts, tokenize
from .clauses import according, colon, head, introduced, tail
from .subjects import np_before
from .verb_tokens import verb_positions
from .verbs import PHRASES, VerbClass, verb_info

Form = Literal["full", "partial", "that-clause"]

#: A sentence that opens with a capitalised word and a capitalised name: "Said Jane Doe".
_INVERTED = re.compile(r"[A-Z][a-z]+ [A-Z]")
#: A name and a two-word reporting phrase opening a sentence: "Trump went on", "Hale chimed in"
#: (the sentence splitter joins a name and a one-word reporting verb to the quote before it).
_NAMED_PHRASE = re.compile(r"(?:[A-Z][\w’'.-]*\s+){1,3}(?:" + "|".join(
    f"{first} (?:{'|'.join(map(re.escape, seconds))})" for first, seconds in PHRASES.items()) + r")\b")
_PRONOUN = re.compile(r"\b(?:[Hh]e|[Ss]he|[Tt]hey|[Ii]t)\b")


@dataclass(frozen=True)
class Attribution:
    """Speaker, reporting verb and form of one quotation."""

    speaker: str | None
    speaker_span: Span | None
    verb: str | None
    verb_span: Span | None
    verb_class: VerbClass | None
    form: Form
    #: the speaker is the reporting subject of the sentence before, not of a clause of the quote's own
    from_context: bool = False


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
    in the same or the previous paragraph, else the next one in its paragraph; unless the
    sentence right before it names another reporting subject, whom it keeps."""
    out = list(found)
    for n, a in enumerate(found):
        if (a.speaker is not None and not a.from_context) or a.verb is not None:
            continue
        para = utterances[n].paragraph
        donors = []
        if n > 0 and para - utterances[n - 1].paragraph <= 1:
            donors.append(out[n - 1])
        if n + 1 < len(found) and utterances[n + 1].paragraph == para:
            donors.append(found[n + 1])
        donor = next((d for d in donors if d.speaker is not None), None)
        if donor is not None and (not a.from_context or donor.speaker == a.speaker):
            out[n] = replace(a, speaker=donor.speaker, verb=donor.verb, verb_class=donor.verb_class,
                             from_context=False)
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
    elif k_last + 1 < len(sentences) and state.doc.text[sentences[k_last + 1].start] in "—–―-":
        end = sentences[k_last + 1].end  # “…” ― Jane Doe, split off as a sentence of its own
    elif k_last + 1 < len(sentences) and sentences[k_last + 1].paragraph == sentences[k_last].paragraph \
            and (inverted := _INVERTED.match(state.masked, sentences[k_last + 1].start)) \
            and verb_info(inverted.group().split(None, 1)[0]):  # the match holds the first word
        end = sentences[k_last + 1].end  # “…” Said Dorothy Lamb, who grew up with him.
    elif k_last + 1 < len(sentences) and sentences[k_last + 1].paragraph == sentences[k_last].paragraph \
            and _NAMED_PHRASE.match(state.masked, sentences[k_last + 1].start, sentences[k_last + 1].end) \
            and state.doc.text[utt.outer[-1][1] - 2:utt.outer[-1][1] - 1] in ("?", "!"):
        end = sentences[k_last + 1].end  # “…, right?” Trump went on, as if he didn’t hear her.
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
    found = introduction = None
    order = ("tail", "head") if starts_sentence or parenthetical else ("head", "tail")
    for how in order + ("according",):
        if how == "tail":
            for qi in quote_tokens:
                found = tail(state, tokens, qi)
                if found:
                    break
        elif how == "head":
            found = head(state, tokens, first_q, last_q)
            if not found:  # a colon's introduction gives way to a reporting clause after the quote:
                introduction = colon(state, tokens, first_q)  # "Hale was blunt: “…,” she said."
        else:
            found = according(state, tokens)
        if found:
            break
    found = found or introduction
    if parenthetical and found and found[0].cluster is None and found[0].description is None:
        found = head(state, tokens, first_q, last_q) or found  # "Hale said - “…,” he said - and …"
    if not found and starts_sentence:
        found = introduced(state, k0)
        reporter = None if found else _paragraph_reporter(state, k0)
        if reporter is not None:
            name = state.ents.clusters[reporter].name
            return Attribution(name, None, None, None, None, form, from_context=True), None
    if not found:
        return Attribution(None, None, None, None, None, form), None
    who, verb, verb_span, lemma_class = found
    if who.cluster is not None:
        state.speakers.add(who.cluster)
    return Attribution(_speaker_name(state, who), who.span, verb, verb_span, lemma_class, form), who


def _paragraph_reporter(state: State, k: int) -> int | None:
    """The subject of the reporting clause of the sentence before, in the same paragraph: "Lind
    mentioned that the site had listed him. “Does that not speak to your judgment?”" is Lind's."""
    if k == 0 or state.sentences[k - 1].paragraph != state.sentences[k].paragraph:
        return None
    reporters = state.reporters.get(k - 1)
    return reporters[0] if reporters else None


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


def _reporting_subject(state: State, k: int) -> Who | None:
    """The subject of the first reporting verb of a sentence without quotations, those of a
    subordinate clause opening it last ("When Lowe spoke, Hart said …" reports Hart)."""
    s = state.sentences[k]
    if not state.ents.of_sentence(k) and not _PRONOUN.search(state.masked, s.start, s.end):
        return None  # no name and no pronoun: no subject can be a person or organisation
    texts = token_texts(state, s.start, s.end)
    verbs = [v for v in verb_positions(texts) if v > 0]
    if not verbs:
        return None
    cut = opening_clause_end(state, s.start, s.end) if len(verbs) > 1 else s.start
    if cut > s.start:  # a subordinate clause opening the sentence reports after its main clause
        opening = len(token_texts(state, s.start, cut))
        verbs.sort(key=lambda v: v < opening)
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
