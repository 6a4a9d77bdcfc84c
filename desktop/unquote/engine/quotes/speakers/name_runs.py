"""What a run of capitalised words, and the few words before it, say on their own.

A run ("Finance Minister Anna Berg", "In the", "Ukrainian President Volodymyr Zelensky's")
loses trailing connectors, then titles, roles, nationality words and stop words from its
front (kept as descriptors); what is left is the name. This depends only on the run's words
and on whether the word before it allows an agent noun ("Grower Luis Romero"). The words
before a run give its role words ("Putin aide Ushakov") and tell whether it is the object of
a preposition. Both are read once per distinct run or lead-in (names and the phrases before
them recur through a document); mentions.py reads the rest of the context around each. The
words on either side tell whether a nationality or party word is a surname ("French said")
and whether a name follows a possessive ("Reuters’ Jo Lind").
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from dataclasses import dataclass
from functools import lru_cache

from .name_index import initials
from .name_words import (CONNECTORS, DETERMINERS, FIRST_NAMES, GROUPS, NATIONS, ORG_WORDS, PARTIES, PLACE_WORDS, PLACES,
                         PERSON_ROLES, PREPOSITIONS, ROLES, SKIPPED, STOP, TITLES, WEEKDAYS, role_plural)
from .verbs import ALSO_NOUNS, verb_info

#: Endings of agent nouns ("Grower", "Curator") that open a capitalised run before a name.
_AGENT = re.compile(r"(?:er|or|ist|ant|ent)$")
_NATIONALITY = re.compile(r"^[A-Z][a-z]+(?:ian|ean|ese|ish|ican|ani|aeli|aqi|audi)$")
ACRONYM = re.compile(r"^[A-Z][A-Z.]{1,6}$")
#: Dotted abbreviations of places and bodies that are no one's initials ("U.S. Steel").
_DOTTED_PLACES = frozenset("u.s u.k u.n e.u d.c".split())
#: Abbreviations of countries and unions, which before one last plain word make a body's name
#: ("U.S. Steel", "US Airways"), never a person's.
_PLACE_ABBREVIATIONS = frozenset("u.s u.k u.n e.u us uk un eu".split())
_POSSESSIVE = re.compile(r"[’']s?$")
#: Endings of adjectives that say where someone comes from or works: "Texas-based", "Seoul-born".
_ORIGIN = ("-born", "-based")
#: Party and nationality adjectives as a capitalised token writes them ("Democratic", "Italian").
_PARTY_WORDS = frozenset(p.capitalize() for p in PARTIES)
#: Forms of "be" that, capitalised inside a run, make it a headline in title case.
_HEADLINE_BE = frozenset("is are was were".split())
#: Titles and roles after which a person's name may follow in one capitalised run.
_TITLE_ROLES = TITLES | PERSON_ROLES | frozenset("sheriff alderman recorder advocate adm lt sgt maj".split())
_NOT_IN_NAMES = TITLES | ROLES | ORG_WORDS | PLACE_WORDS
#: Words of a title before its "of" and department: "Former Secretary of State".
_TITLE_WORDS = TITLES | ROLES | frozenset("former acting interim outgoing assistant".split())
#: How many distinct runs and lead-ins are kept read: a long document pair has a few thousand.
_CACHED = 16_384


@lru_cache(maxsize=100_000)
def bare(token: str) -> str:
    """A token without brackets and possessive ending: "(WHO)" -> WHO, "Putin’s" -> Putin."""
    return _POSSESSIVE.sub("", token.strip("()"))


@dataclass(frozen=True)
class RunName:
    """The name a run holds: run tokens ``[first, end)``, their words, and what was stripped."""

    first: int
    end: int
    words: tuple[str, ...]
    #: the words joined, and whether that is an acronym ("WHO", "U.S")
    name: str
    acronym: bool
    #: titles, roles and nationality words stripped from the front ("finance", "minister")
    descriptors: frozenset[str]
    org: bool
    possessive: bool
    #: characters of a possessive ending ("’s") that the mention's span leaves out
    trim: int
    #: two or more words, the last not a place word ("Anna Berg", not "United States")
    full_name: bool


@lru_cache(maxsize=_CACHED)
def read_run(texts: tuple[str, ...], agent_ok: bool, speaks: bool = False) -> RunName | None:
    """The name in a run of token texts, or None when nothing of a name is left ("The",
    "Democratic"). ``agent_ok``: the word before the run is a determiner, punctuation or
    nothing, so an agent noun opening a long run is a role ("Grower Luis Romero").
    ``speaks``: a reporting verb follows the run, so a nationality word alone is a surname
    ("French said")."""
    end = len(texts)
    while end and (texts[end - 1] in ("of", "for", "the") or texts[end - 1].lower() in CONNECTORS
                   or (end > 1 and texts[end - 1].lower() in WEEKDAYS)):
        end -= 1
    words = [bare(t) for t in texts[:end]]
    lowered = [w.lower() for w in words]
    if len(words) >= 4 and any(_headline_verb(w, low) for w, low in zip(words[1:], lowered[1:])):
        return None  # a headline in title case: "Megyn Kelly Is No Different Than Kim Kardashian."
    if SKIPPED.issuperset(lowered) and not any(ACRONYM.match(w) for w in words):
        return None  # "The", "In the": nothing is left once the stop words are stripped below
    named = _name_after_title(words, lowered)  # "Senate Majority Leader Mitch McConnell" is a person
    # a programme named after its host is no person: "The Rachel Maddow Show"
    org = (not ORG_WORDS.isdisjoint(lowered) or (len(words) > 1 and lowered[-1] == "show")) and named is None
    # strip determiners, stop words, titles and nationality words at the front, and everything up
    # to an adjective of origin or base ("South Korean-born Ann Hale", "Texas-based Tom Reyes")
    origin = [n for n in range(len(words) - 1) if lowered[n].endswith(_ORIGIN)]
    k = origin[-1] + 1 if origin else 0
    descriptors: set[str] = set(lowered[:k])
    while k < len(words):
        w, low = words[k], lowered[k]
        if low in SKIPPED and not ACRONYM.match(w) and " ".join(lowered[k:k + 2]) not in PLACES \
                and not (w == "A" and k + 1 < len(words) and len(words[k + 1]) == 1):
            k += 1  # ("New Hampshire" keeps its "New"; "A. J. Lowe" its initial)
            continue
        if k == 0 and k < len(words) - 1 and verb_info(low) is not None:
            k += 1  # "Said Jane Doe, who grew up with him": an inverted reporting verb
            continue
        if k == len(words) - 2 and low in _PLACE_ABBREVIATIONS and not org and _plain(lowered[k + 1]):
            org = True  # "U.S. Steel said": a company, not someone called Steel
            break
        agent = k == 0 and len(words) >= 3 and _AGENT.search(low) is not None and agent_ok \
            and low not in FIRST_NAMES and lowered[1] not in CONNECTORS  # not "Peter van Berg"
        if k < len(words) - 1 and not org and (_describing(low) or agent or _nationality(w)
                                                or (ACRONYM.match(w) and not _initials(words, lowered, k))):
            descriptors.add(low)  # (a group or a title's plural: "Democrats Ann Hale and …", "Senators …")
            k += 1
            continue
        break
    if not org:  # "Finance Minister Anna Berg": everything up to the last title is a descriptor
        titled = [n for n in range(k, len(words) - 1) if _is_title(lowered[n])]
        if titled:
            descriptors.update(lowered[k:titled[-1] + 1])
            k = titled[-1] + 1
        if named is not None and named > k:  # "Clark County Sheriff Joe Lombardo", "Senior Adviser Sid Lamb"
            descriptors.update(lowered[k:named])
            k = named
        k = _past_department(lowered, k, descriptors)
    words, lowered = words[k:], lowered[k:]
    if not words:
        return None
    if len(words) == 1 and not speaks and (words[0] in NATIONS or lowered[0] in PARTIES):
        return None  # "Democratic", "Republican", "Chinese": an adjective, never a speaker on its own
    if len(words) == 1 and role_plural(lowered[0]):
        return None  # "Aides said", "Residents told reporters": a group, capitalised for opening its sentence
    if len(words) >= 2 and lowered[-1] in PARTIES and " ".join(lowered[:-1]) in PLACES:
        return None  # "a New Hampshire Republican", "the Iowa Democrat": someone described, not named
    last = texts[end - 1]
    possessive = last.endswith(("’s", "'s", "’", "'")) and last[-1] != "."
    trim = 2 if possessive and last[-2:] in ("’s", "'s") else 0
    full_name = len(words) >= 2 and lowered[-1] not in PLACE_WORDS
    name = " ".join(words)
    return RunName(k, end, tuple(words), name, ACRONYM.match(name) is not None, frozenset(descriptors), org,
                   possessive, trim, full_name)


def _nationality(word: str) -> bool:
    """A nationality adjective ("Ukrainian", "Swiss"), but not a given name that ends like one ("Brian", "Vivian")."""
    return word in NATIONS or (_NATIONALITY.match(word) is not None and word.lower() not in FIRST_NAMES)


def _describing(low: str) -> bool:
    """A title, role or group, or a title's plural ("Senators"): a word that describes the
    name after it."""
    return _is_title(low) or low in ROLES or low in GROUPS or (low.endswith("s") and low[:-1] in TITLES)


def _plain(low: str) -> bool:
    """A word that names no title, role, group, place or given name: "steel", "airways"."""
    return not (_describing(low) or low in FIRST_NAMES or low in PLACES or low in PLACE_WORDS)


def title_words(run: Sequence[str]) -> bool:
    """Whether a run of capitalised words is titles only, after any nationality word or
    abbreviation: what may come before a title's "of" and its department ("Former Secretary",
    "U.S. Secretary", "RNC Chief", "WHO Director-General")."""
    k = 0
    while k < len(run) - 1 and (_nationality(run[k]) or ACRONYM.match(run[k])):
        k += 1
    return all(w.lower() in _TITLE_WORDS for w in run[k:])


def _is_title(low: str) -> bool:
    """A title, or titles joined by hyphens: "Secretary-General", "Attorney-General", "Vice-President"."""
    return low in TITLES or ("-" in low and all(part in TITLES or part in ROLES for part in low.split("-")))


def _initials(words: list[str], lowered: list[str], k: int) -> bool:
    """Whether words[k] is the dotted initials of the name it opens: "J.D. Vance", not "U.S. Sen."
    or "U.N. envoy" (the word after it is the run's last and names no title, role or body)."""
    return k == len(words) - 2 and initials(lowered[k]) and lowered[k] not in _DOTTED_PLACES \
        and lowered[k + 1] not in _NOT_IN_NAMES


def _headline_verb(word: str, low: str) -> bool:
    """A capitalised verb inside a run, which no name has: "Is", "Was", an inflected reporting
    verb ("Explains", "Described"; not "States", as often a noun; "Will" and "Say" may be names)."""
    if low in _HEADLINE_BE:
        return True
    info = verb_info(low) if word[:1].isupper() else None
    return info is not None and info.lemma != low and (low.endswith("ed") or (
        low.endswith("s") and info.lemma not in ALSO_NOUNS))


def _name_after_title(words: list[str], lowered: list[str]) -> int | None:
    """Where a person's name starts after the last title or role of a run ("Cleveland Police
    Chief Calvin Williams", "Clinton Senior Adviser Sidney Blumenthal", "Army Lt. Gen. Mick
    Bednarek"), or after a party word before a given name ("Texas Republican Ted Cruz",
    "Democrat Hillary Clinton"): two to four capitalised words after it, none of them a
    title, role, organisation or place word; else None."""
    for n in range(len(words) - 3, -1, -1):
        if lowered[n] in _TITLE_ROLES or (lowered[n] in PARTIES and lowered[n + 1] in FIRST_NAMES):
            rest = range(n + 1, len(words))
            if len(rest) <= 4 and all(words[m][:1].isupper() and lowered[m] not in _NOT_IN_NAMES for m in rest):
                return n + 1
            return None
    return None


def _past_department(lowered: list[str], k: int, descriptors: set[str]) -> int:
    """Where the name starts after "Secretary of State", "Minister of Health", "Speaker of the
    House" (k: the first word after the stripped title): the department's words up to the
    person's given name, or up to the last word, belong to the title."""
    start = k
    while start < len(lowered) - 1 and lowered[start] in SKIPPED:
        start += 1
    n = start - 1
    while n >= 0 and lowered[n] in SKIPPED:
        n -= 1
    if n < 0 or "of" not in lowered[n + 1:start] or not (lowered[n] in TITLES or lowered[n] in ROLES):
        return k
    k = start
    while k < len(lowered) - 1 and lowered[k] not in FIRST_NAMES:
        descriptors.add(lowered[k])
        k += 1
    return k


@dataclass(frozen=True)
class Before:
    """What the (up to four) words before a run say about it."""

    #: the word before allows an agent noun to open the run ("Grower Luis Romero")
    agent_ok: bool
    #: role words right before the name, nearest first: "Putin aide Ushakov" -> ("aide",)
    roles: tuple[str, ...]
    #: the run is the object of a preposition ("with Anna Berg"), not a subject
    preposition: bool
    #: the word right before is "the"
    the: bool


@lru_cache(maxsize=_CACHED)
def read_before(texts: tuple[str, ...]) -> Before:
    """What the token texts before a run say: see ``Before``."""
    before = [t.lower() for t in texts]
    # role words before the name: "Putin aide Ushakov", "an attendee Om Prakash"
    roles = []
    for t in reversed(before):
        if t in ROLES or t in TITLES:
            roles.append(t)
        elif t in DETERMINERS or t in STOP and t not in PREPOSITIONS:
            continue
        else:
            break
    preposition = False
    for n, t in enumerate(reversed(before)):
        if t in PREPOSITIONS:
            # "secretary of state Hillary Clinton": a title's complement, not a preposition's object
            title = len(before) - n - 2
            preposition = not (t == "of" and n > 0 and title >= 0 and before[title] in TITLES)
        if t in PREPOSITIONS or t in ",;:" or t[:1].isupper() or t in ROLES or t in TITLES:
            break
    agent_ok = not before or before[-1] in DETERMINERS or before[-1] in ".,;:"
    return Before(agent_ok, tuple(roles), preposition, before[-1:] == ["the"])


def surname_by_verb(texts: list[str], i: int) -> bool:
    """Whether the nationality or party word at token i, a run of its own, is a surname: right
    before a reporting verb with no word before it to modify, or right after one and closed by
    punctuation ("French said", "said French, who"; not "one senior Democrat said" or "said
    German officials")."""
    if texts[i] not in NATIONS and texts[i] not in _PARTY_WORDS:
        return False
    j = i + 1
    if j < len(texts) and verb_info(texts[j].lower()) is not None:
        return i == 0 or texts[i - 1] in ",;:(" or texts[i - 1] in ("and", "but")
    return i > 0 and verb_info(texts[i - 1].lower()) is not None and (j == len(texts) or texts[j] in ",;:")


def opens_name(token: str) -> bool:
    """Whether a token opens a person's name: a given name or a title ("Jo", "Sen")."""
    low = token.lower()
    return low in FIRST_NAMES or low in TITLES
