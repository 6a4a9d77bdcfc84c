"""Subjects of reporting verbs: noun phrases, appositives, main clauses and pronouns.

Works on the masked text of one document (quotations blanked), token by token. A noun
phrase is cut at clause boundaries and at the clause's own verb (phrase_ends.py); its head is
the first name not inside a prepositional phrase and not used as a modifier ("Putin aide
Ushakov" -> Ushakov, noun_phrases.py); a relative clause speaks for the noun phrase before it
("a sign that read"); a description or a group is read by phrases.py, a pronoun resolved by
pronouns.py.
"""
from __future__ import annotations

import re

from .name_words import OPENERS, PLACES, PREPOSITIONS, ROLES, US_STATES
from .noun_phrases import SPOKESPEOPLE, channel_of, resolve_np
from .phrase_ends import (CLAUSE_VERBS, FINITE, MODALS, PARTICLES, QUANTIFIERS, RELATIVES, adverb,
                          closes_clause, group_named_after, main_clause, participle_subject_end, segment_start,
                          subject_end)
from .phrases import DESCRIBING, DETS, described, opener, opening_group, phrase_words
from .pronouns import PRONOUNS, pronoun
from .reading import State, Tok, Who
from .verb_tokens import verb_at
from .verbs import verb_info

#: What may follow an appositive name: punctuation or the end, after an affiliation
#: ("by Berg's colleague, Tom Hale of Oakley University.").
_APPOSITIVE_END = re.compile(r"\s*(?:of\s+(?:the\s+)?[A-Z][\w’'.-]*(?:\s+[A-Z][\w’'.-]*)*\s*)?(?:[,.;:)—]|$)")
_AUX = frozenset("""has had have was were is are be been also then now later again further previously
repeatedly once even still never already first further publicly reportedly initially earlier
separately subsequently""".split())
_BOUNDARY = frozenset({",", ";", ":", "—", "–", "that", "and", "but", "while", "as", "who", "what",
                       "which", "when", "after", "before", "because", "if", "though", "although",
                       "whereas", "unless", "where", "\x00"}) | frozenset(  # and opening a sentence:
    "When While As After Before Because If Though Although Whereas Unless Where".split())  # "When someone …"
#: Words that open an affiliation appositive: "Peter King, Republican of New York, said".
_AFFILIATIONS = frozenset("republican democrat independent".split())
#: Words that end the noun phrase after a reporting verb once it holds a name ("of" and "for"
#: go on: "said Om Prakash of the party", "a spokesman for Hale").
_AFTER_NAME = (PREPOSITIONS - {"of", "for"}) | frozenset("during while after before".split())
#: How many comma-separated segments an appositive walk goes back over.
_APPOSITIVE_SEGMENTS = 4


def np_after(state: State, tokens: list[Tok], i: int) -> Who | None:
    """The noun phrase starting at token i, up to punctuation (said Om Prakash, one of ...)."""
    j = i
    while j < len(tokens) and not tokens[j].text.startswith("\x00") and j - i < 12:
        if tokens[j].text in ",;:.!?()—–":
            if not _bracketed_acronym(tokens, j):
                break
            j += 3  # "Coastal Access Trust (CAT) Director Nadia Kerr": the phrase goes on
            continue
        if j > i and tokens[j].text[:1].islower() and verb_info(tokens[j].text) and tokens[j].low not in ROLES \
                and tokens[j - 1].low not in ("of", "the", "a", "an"):  # "secretary of state" is a noun,
            break  # "Dunmore State University" a name
        if j > i and tokens[j].low in _AFTER_NAME and state.ents.mentions_in(tokens[i].start, tokens[j - 1].end):
            break  # "said Tom Reyes during the GOP debate": the name, not the debate's
        j += 1
    who = resolve_np(state, tokens, i, j)
    if who is not None and who.cluster is None and j + 1 < len(tokens) and tokens[j].text == "," \
            and tokens[j + 1].low not in RELATIVES:  # "said the baker, who works in Fresno"
        named = np_after(state, tokens, j + 1)  # "by Berg's deputy, Jonas Lind"
        if named is not None and named.cluster is not None and named.span is not None \
                and _APPOSITIVE_END.match(state.masked, named.span[1], named.span[1] + 80):
            return named  # an appositive name (with its affiliation), not the subject of the clause that follows
    return who


def _bounds_phrase(state: State, token: Tok) -> bool:
    """Whether a subject's noun phrase, read backwards, stops before this token: a clause
    boundary, a sentence's end, or a quotation closing a clause with its comma."""
    return token.text in _BOUNDARY or token.text in ".!?" or closes_clause(state, token)


def _bracketed_acronym(tokens: list[Tok], j: int) -> bool:
    """Whether tokens[j:j+3] is an acronym in brackets with a capitalised word after it."""
    return tokens[j].text == "(" and j + 3 < len(tokens) and tokens[j + 2].text == ")" \
        and tokens[j + 1].text.isupper() and tokens[j + 3].text[:1].isupper()


def np_before(state: State, tokens: list[Tok], v: int, floor: int, possessive: bool = False) -> Who | None:
    """The subject of the verb at token v: back over auxiliaries and adverbs, then the noun phrase."""
    j = v - 1
    while not possessive and j >= floor and (tokens[j].low in _AUX or tokens[j].text in MODALS or adverb(tokens[j])):
        j -= 1
    end = j + 1
    i = end
    while i - 1 >= floor and not _bounds_phrase(state, tokens[i - 1]):
        i -= 1
    if i - 2 >= floor and i < end and tokens[i - 1].low == "who":
        if tokens[i - 2].text != ",":
            return np_before(state, tokens, i - 1, floor)  # "an official who spoke anonymously said"
        if tokens[i].low in FINITE and _inflected_verb(tokens, v):
            return _appositive_subject(state, tokens, i - 2, floor)  # "Katie Lamb, who is chairman of X said"
    if i - 2 >= floor and i == end and tokens[i - 1].low in ("which", "that"):  # "added a caption which
        return _antecedent(state, tokens, i - 2 if tokens[i - 2].text in ",—–" else i - 1, floor)  # reads"
    if v > 0 and tokens[v - 1].low == "to" and i < end:  # an infinitive: "a study by X has this to say"
        if i - 1 >= floor and tokens[i - 1].low in ("and", "but"):
            return main_subject(state, tokens, i - 1)  # "Hale smiled and went on to say"
        if i == v - 1 and i - 1 >= floor and tokens[i - 1].low == "as":
            return main_subject(state, tokens, i - 1)  # "Reyes went so far as to say"
        end = i + 1 if tokens[i].low in PRONOUNS else i + subject_end(tokens[i:end])  # "he went on to say"
    if i == end:
        # an appositive or relative clause between subject and verb: "Ushakov, a Putin aide, called"
        if i - 1 >= floor and tokens[i - 1].text == ",":
            return _appositive_subject(state, tokens, i - 1, floor)
        if i - 2 >= floor and tokens[i - 1].text == "who" and tokens[i - 2].text == ",":
            return _appositive_subject(state, tokens, i - 2, floor)  # "Owen, ..., who called"
        if i - 1 >= floor and tokens[i - 1].low in ("and", "but"):
            return main_subject(state, tokens, i - 1)
        return None
    if tokens[v].low.endswith("ing") and i < end:
        end = participle_subject_end(state, tokens, i, end)
    named = _unclosed_appositive(state, tokens, i, v, floor)
    if named is not None:
        return named
    who = None
    if i - 2 >= floor and tokens[i - 1].text == "," and tokens[i].text[:1].islower() \
            and tokens[i].low not in DESCRIBING:
        who = _coordinated_adjectives(state, tokens, i - 1, end, floor)  # "the gloomy, rain-soaked banner"
    if who is None:
        who = resolve_np(state, tokens, i, end)
    if i - 1 >= floor and tokens[i - 1].text == ",":
        if who is None:  # a phrase too long to describe right after a name: "As Reyes, the No. 2 in …, put it"
            return _name_segment(state, tokens, i - 1, floor) if tokens[i].low in DETS else None
        if who.cluster is None:  # (a place before the comma closes an opening phrase: "In Hudson, New
            named = _appositive_subject(state, tokens, i - 1, floor)  # Hampshire Monday, the supporter said")
            if named is not None and named.cluster is not None \
                    and state.ents.clusters[named.cluster].name.lower() not in PLACES:
                return named
    return _joint(state, tokens, i, who, floor) or who


def _joint(state: State, tokens: list[Tok], i: int, who: Who | None, floor: int) -> Who | None:
    """Two people opening the clause as one subject, "Lowe and Lee said": both, written with their
    names; None unless the first name opens the clause (not "the mayor met Lowe and Lee said")."""
    if who is None or who.cluster is None or i - 2 < floor or tokens[i - 1].low != "and":
        return None
    other = state.ents.mention_at(tokens[i - 2].start, tokens[i - 2].end)
    if other is None or other.span[1] != tokens[i - 2].end or other.cluster == who.cluster:
        return None
    people = state.ents.clusters[other.cluster], state.ents.clusters[who.cluster]
    if any(c.kind == "org" or c.name.lower() in PLACES for c in people):
        return None
    first = next(n for n in range(i - 2, floor - 1, -1) if tokens[n].start <= other.span[0])
    if first > floor and not (tokens[first - 1].text in ",;:—–(" or tokens[first - 1].text.startswith("\x00")):
        return None
    end = who.span[1] if who.span else tokens[i].end
    return Who(None, f"{people[0].name} and {people[1].name}", (other.span[0], end))


def _name_segment(state: State, tokens: list[Tok], comma: int, floor: int) -> Who | None:
    """The name that the segment before a comma consists of, "As" aside ("As Akhil Amar, …")."""
    i = segment_start(tokens, comma, floor)
    if i < comma and tokens[i].low == "as":
        i += 1
    if i >= comma:
        return None
    m = state.ents.mention_at(tokens[i].start, tokens[i].end)
    whole = m is not None and m.span == (tokens[i].start, tokens[comma - 1].end)
    return Who(m.cluster, None, m.span) if m is not None and whole else None


def _unclosed_appositive(state: State, tokens: list[Tok], i: int, v: int, floor: int) -> Who | None:
    """The name before an appositive whose closing comma is missing: "Tom Reyes, president and
    CEO of the Dover Restaurant Association stated" (roles joined by "and" are one phrase)."""
    k = i
    while k - 2 >= floor and tokens[k - 1].low == "and" and tokens[k - 2].low in ROLES:
        k -= 2
    role = tokens[k]
    if k - 1 < floor or tokens[k - 1].text != "," or not role.text.islower() or role.low not in ROLES \
            or role.low.endswith("s") or not _inflected_verb(tokens, v):
        return None
    named = _appositive_subject(state, tokens, k - 1, floor)
    return named if named is not None and named.cluster is not None else None


def _coordinated_adjectives(state: State, tokens: list[Tok], comma: int, end: int, floor: int) -> Who | None:
    """"The gloomy, rain-soaked banner": a determiner and one lower-case adjective before the
    comma continue the noun phrase after it."""
    i = comma - 1
    while i > floor and comma - i < 2 and tokens[i].text[:1].islower() and tokens[i].low not in DESCRIBING:
        i -= 1
    if tokens[i].low not in DESCRIBING or i == comma - 1 or not tokens[comma - 1].text[:1].islower():
        return None
    return resolve_np(state, tokens, i, end)


def _appositive_subject(state: State, tokens: list[Tok], comma: int, floor: int) -> Who | None:
    """Walk back over comma-separated segments to the name an appositive describes. A segment
    that opens in lower case after a comma ("a veteran Democratic strategist", "who works at
    …", "speaking to Iowans") describes the name before it: the names inside it are not the
    subject; it is the answer only when no name comes before. A US state after a comma
    ("of Dayton, Ohio,", "retired in Salem, Ore.,") and the segment with its city
    before it say where someone lives."""
    j = comma
    described: Who | None = None
    segments = 0
    while segments < _APPOSITIVE_SEGMENTS:
        end = j
        i = segment_start(tokens, end, floor)
        if i == end:
            if i - 1 >= floor and tokens[i - 1].text == ",":
                j = i - 1  # an empty segment: a blanked party tag ("Ron Johnson, R-Wis., said")
                segments += 1
                continue
            return described
        before_comma = i - 1 >= floor and tokens[i - 1].text == ","
        if before_comma and end - i == 1 and tokens[i].text[:1].isupper() and tokens[i].low in US_STATES:
            city = segment_start(tokens, i - 1, floor)  # the state and its city: not segments of the walk
            if city == i - 1 or city - 1 < floor or tokens[city - 1].text != ",":
                return described
            j = city - 1
            continue
        segments += 1
        who = resolve_np(state, tokens, i, end)
        if not before_comma and tokens[i].low == "as" and (named := _name_segment(state, tokens, end, floor)):
            return named  # "As Akhil Amar, professor of law, put it"
        if not before_comma and (tokens[i].low in OPENERS or tokens[i].low in PREPOSITIONS
                                 or _participle(state, tokens[i])):
            return described  # a subordinate clause: "While the band played for Hale, his daughter shouted",
            # "Asked whether Hale would win, 21 percent said"; a prepositional phrase: "Like Hale, officials said"
        if before_comma and (tokens[i].text[:1].islower() or tokens[i].low in _AFFILIATIONS):
            described = described or who
            j = i - 1
            continue
        if any(_inflected_verb(tokens, n) for n in range(i, end)):
            return described  # a reporting clause of its own: "the Herald's Jo Lind reported, his daughter shouted"
        if who is not None and who.cluster is not None:
            return who
        if not before_comma:
            return who or described
        j = i - 1
    return described


def _participle(state: State, token: Tok) -> bool:
    """A word in -ed or -ing that names no one ("Asked", "Speaking"; not "Fred" or "Manning")."""
    return token.low.endswith(("ed", "ing")) and state.ents.mention_at(token.start, token.end) is None


def _inflected_verb(tokens: list[Tok], n: int) -> bool:
    """Whether token n is an inflected reporting verb ("reported", "says"): a clause of its
    own. A bare form is left out, being a noun as often as not ("state delegate")."""
    hit = verb_at(tokens, n)
    return hit is not None and tokens[n].low != hit[0]


def _name_after_role(state: State, tokens: list[Tok], i: int, name_end: int, before: int) -> Who | None:
    """The name after a name and at most three lower-case words with a role among them ("the
    Slate technology columnist David Auerbach went", the name at token i being Slate), or
    set off by commas after them ("Trump’s Virginia state director, Mike Rubino, reached
    out"): the person, not the modifier; else None."""
    first = k = next((n for n in range(i, before) if tokens[n].start >= name_end), before)
    roles = 0
    while k < before and k - first < 3 and tokens[k].text.isalpha() and tokens[k].text.islower() \
            and not tokens[k].low.endswith(("s", "ed", "ing")):  # no verb: "says", "claimed", "saying"
        roles += tokens[k].low in ROLES
        k += 1
    appositive = roles and k + 1 < before and tokens[k].text == ","  # "Trump’s Virginia state director, Mike Rubino,"
    at = k + 1 if appositive else k
    m = state.ents.mention_at(tokens[at].start, tokens[at].end) if roles and at < before else None
    if m is None or not (m.subject or appositive):
        return None
    if appositive and not state.masked.startswith(",", m.span[1]):
        return None
    return Who(m.cluster, None, m.span)


def main_subject(state: State, tokens: list[Tok], before: int) -> Who | None:
    """The subject of the sentence's main clause, for participles and coordinated verbs."""
    key = (tokens[0].start, tokens[-1].end, len(tokens), before) if tokens else (-1, -1, 0, before)
    if key not in state.main_subjects:
        state.main_subjects[key] = None  # a clause that leads back to itself has no subject
        state.main_subjects[key] = _main_subject(state, tokens, before)
    return state.main_subjects[key]


def _main_subject(state: State, tokens: list[Tok], before: int) -> Who | None:
    first = main_clause(tokens, before)
    for v in range(first, before):
        if verb_at(tokens, v) and not tokens[v].low.endswith("ing"):
            who = np_before(state, tokens, v, first)
            if who is not None:
                return who
    if first < before and opener(tokens[first]):  # "Hundreds of … marched through Salem, chanting"
        end = _phrase_end(tokens, first, before)  # (measured only when a group may open the clause)
        opening = tokens[first:end]
        if opening and opening_group(state, opening, state.ents.mentions_in(opening[0].start, opening[-1].end)):
            return resolve_np(state, tokens, first, end)
    for i, t in enumerate(tokens[first:before], first):
        if t.low in PRONOUNS:
            return pronoun(state, t)
        m = state.ents.mention_at(t.start, t.end)
        if m is not None and channel_of(state, m) in SPOKESPEOPLE:
            j = i + 1  # "A State Department spokesperson gave …": the description as written
            while j < before and tokens[j].low not in SPOKESPEOPLE:
                j += 1
            return resolve_np(state, tokens, i - 1 if i and tokens[i - 1].low in DETS else i, j + 1)
        if m is not None and (m.subject or channel_of(state, m)):
            group = group_named_after(tokens, i, m.span[1], before)
            if group:
                return resolve_np(state, tokens, i, group)
            named = _name_after_role(state, tokens, i, m.span[1], before)
            return named or Who(m.cluster, None, m.span)
    end = _phrase_end(tokens, first, before)  # "The minister, who ..., was quoted as saying": the opening noun phrase
    end = first + subject_end(tokens[first:end])  # "The senator sought to calm the crowd, saying"
    return resolve_np(state, tokens, first, end) if end > first else None


def _antecedent(state: State, tokens: list[Tok], end: int, floor: int) -> Who | None:
    """The noun phrase ending before token ``end`` that a relative clause describes ("bottles
    that said", "the report, which notes", "the sign — which read"): back from its head to its
    determiner, or to a preposition, a particle or a verb before it ("Hale held up a sign that
    read" -> a sign, "replaced by a message that said" -> a message); as written when it is no
    name and no known description."""
    n = end
    while n > floor and not _bounds_phrase(state, tokens[n - 1]):
        t = tokens[n - 1]
        if n < end and (t.low in PREPOSITIONS or t.low in PARTICLES or t.low in FINITE or t.text in MODALS
                        or t.low in CLAUSE_VERBS or (t.text.islower() and t.low.endswith(("ed", "ing"))
                                                      and not (n - 2 >= floor and tokens[n - 2].low in DESCRIBING))):
            break  # (a past form or participle right after a determiner describes: "a withering editorial")
        n -= 1
        if t.low in DESCRIBING or t.low in QUANTIFIERS:
            break  # the determiner opens it
    if n == end:
        return None
    return resolve_np(state, tokens, n, end) or described(state, phrase_words(tokens[n:end]), tokens[n].start,
                                                          tokens[end - 1].end)


def _phrase_end(tokens: list[Tok], first: int, before: int) -> int:
    """Where the noun phrase at ``first`` ends: at a boundary or a reporting verb (or ``before``)."""
    end = first
    while end < before and tokens[end].text not in _BOUNDARY and verb_at(tokens, end) is None:
        end += 1
    return end
