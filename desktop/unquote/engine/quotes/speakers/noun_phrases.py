"""What a noun phrase names as a speaker: a pronoun's antecedent, the person or organisation
that heads it ("MSNBC host Chris Matthews", "the WHO's website"), or a description kept as
written ("a Carrier executive", "about 200 protesters", "Hale supporters"). The pieces it is
read with (the head word, a group opening the sentence, a description) are phrases.py's."""
from __future__ import annotations

import re

from .mentions import Mention
from .name_words import CHANNELS, ORG_WORDS, PREPOSITIONS, ROLES, role_plural
from .phrase_ends import QUANTIFIERS, subject_end
from .phrases import DESCRIBING, POSSESSIVE_DETS, common_head, described, opening_group, phrase_words
from .pronouns import PRONOUNS, pronoun
from .reading import State, Tok, Who
from .verb_tokens import VERB_WORDS

#: Adverbs that may open a subject without being part of it: "even a top strategist said".
_FOCUS = frozenset("even only just".split())
#: Words before a number that make it approximate: "about 200 protesters", "nearly 40 families".
_ABOUT = frozenset("about nearly almost around roughly some over approximately".split())
#: Indefinite pronouns that a description of a speaker may open with.
_SOMEONE = frozenset("someone somebody anyone anybody everyone everybody".split())
#: Channel words that are people: "a State Department spokesperson" is described, not named.
SPOKESPEOPLE = frozenset("spokesperson spokesman spokeswoman".split())
_ORG_CHANNELS = CHANNELS - SPOKESPEOPLE
#: The word after a name, past a possessive ending and a bracketed acronym: "WHO's website".
_CHANNEL_WORD = re.compile(r"[’']?s?\s*(?:\([A-Z]{2,6}\)\s*)?([a-z]+)")


def channel_of(state: State, m: Mention) -> str | None:
    """The channel word (website, statement, spokesperson) the name of ``m`` speaks through, if
    one follows it; the office of a person (or of a name not known as an organisation) is staff,
    described as written ("Ryan’s office said")."""
    nxt = _CHANNEL_WORD.match(state.masked[m.span[1]:m.span[1] + 40])
    channel = nxt.group(1) if nxt and nxt.group(1) in CHANNELS else None
    if channel == "office" and state.ents.clusters[m.cluster].kind != "org":
        return None
    return channel


def resolve_np(state: State, tokens: list[Tok], i: int, j: int) -> Who | None:
    """A cluster for the phrase tokens[i:j], a pronoun's antecedent, or a description."""
    while i < j - 1 and tokens[i].low in _FOCUS:
        i += 1  # "even a top strategist said"
    phrase = tokens[i:j]
    if not phrase:
        return None
    if phrase[-1].low in PRONOUNS:
        return pronoun(state, phrase[-1])
    start, end = phrase[0].start, phrase[-1].end
    first = phrase[0].low
    mentions = state.ents.mentions_in(start, end)
    group = opening_group(state, phrase, mentions)  # "Aides say", "Attorneys for Hale…" -> attorneys
    if group is not None:
        return described(state, phrase_words(group), start, group[-1].end, as_opened=True)
    through = _channel_of_org(state, phrase, mentions)
    if through is not None:
        return through
    if (first in DESCRIBING or first in QUANTIFIERS) and len(phrase) > 1 and common_head(phrase) and (
            first in POSSESSIVE_DETS
            or not any(channel_of(state, m) in _ORG_CHANNELS for m in mentions)):
        # a common noun heads the phrase, names are its modifiers: "a Carrier executive",
        # "the former Florida governor", "the Trump campaign", "her Instagram account" (but "the
        # WHO's website" is the WHO)
        return described(state, phrase_words(phrase), start, end)
    if mentions and mentions[0].possessive and mentions[0].span[0] == start and len(phrase) > 1 \
            and common_head(phrase) and channel_of(state, mentions[0]) not in _ORG_CHANNELS:
        return described(state, phrase_words(phrase), start, end)  # "the mayor's host": a relation
    if mentions and len(phrase) > 1 and phrase[-1].start >= mentions[-1].span[1] and phrase[-1].low.endswith("s") \
            and not phrase[-1].low.endswith("ss") and phrase[-1].text.isalpha() and phrase[-1].text.islower() \
            and common_head(phrase) and channel_of(state, mentions[-1]) is None \
            and sum(t.start >= mentions[-1].span[1] for t in phrase) <= 2:  # the plural right after the name
        return described(state, phrase_words(phrase), start, end)  # "Hale supporters": a group named after someone
    subjects = [m for m in mentions if m.subject]
    if subjects:  # the head is the last name: "MSNBC host Chris Matthews", "Senate leader Harry Reid";
        # a known person or organisation before a stray capitalised word ("Shipping agent Luis Romero")
        known = [m for m in subjects if state.ents.clusters[m.cluster].kind != "unknown"]
        m = (known or subjects)[-1]
        return Who(m.cluster, None, m.span)
    words = phrase_words(phrase)
    for m in mentions:
        channel = channel_of(state, m)
        if channel in SPOKESPEOPLE:
            break  # "a Twitter spokesman" is a person described, kept as written below
        if channel:
            return Who(m.cluster, None, m.span)  # "the WHO's website": the organisation
    else:
        if mentions and not any(w in ROLES for w in words) and words[0] not in DESCRIBING \
                and words[0] not in QUANTIFIERS:
            m = mentions[0]  # a name inside a prepositional phrase
            return Who(m.cluster, None, m.span)
    phrase = phrase[:subject_end(phrase)]  # "Officials searched their records for": the officials
    words, end = words[:len(phrase)], phrase[-1].end
    counted = words[0] in QUANTIFIERS or words[0][:1].isdigit() or (  # "two officials", "21 percent",
        words[0] in _ABOUT and len(words) > 1 and words[1][:1].isdigit())  # "about 200 protesters"
    if any(w in ROLES for w in words) or _plural_role_head(words) or words[-1] in ORG_WORDS \
            or (counted and len(words) <= 5) or (words[0] in DESCRIBING and len(words) <= 6) \
            or (words[0] in _SOMEONE and len(words) <= 6):  # "the newspaper", "someone in the audience"
        return described(state, words, start, end, as_opened=words[0] in _ABOUT)
    return None


def _channel_of_org(state: State, phrase: list[Tok], mentions: list[Mention]) -> Who | None:
    """The organisation whose channel heads the phrase: "a statement from the Oakley Water
    Company", "the website of the WHO" (not "the office of Senator Hale": a person's is staff)."""
    k = 1 if phrase[0].low in DESCRIBING else 0
    if len(phrase) < k + 3 or phrase[k].low not in _ORG_CHANNELS or phrase[k + 1].low not in ("from", "by", "of"):
        return None
    after = [m for m in mentions if m.span[0] >= phrase[k + 1].end]
    if len(after) == 1 and state.ents.clusters[after[0].cluster].kind == "org":
        return Who(after[0].cluster, None, after[0].span)
    return None


def _plural_role_head(words: list[str]) -> bool:
    """Whether a noun phrase is headed by a role's plural, with no verb or preposition but "of"
    before it: "federal prosecutors", "25 percent of likely voters" (but "put it in his memo to
    employees")."""
    if not role_plural(words[-1]):
        return False
    return not any((w in PREPOSITIONS and w != "of") or w in VERB_WORDS for w in words[:-1])
