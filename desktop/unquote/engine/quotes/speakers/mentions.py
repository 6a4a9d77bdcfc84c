"""Names of people and organisations in one document, their roles, and their clusters.

A mention is a run of capitalised words outside quotation marks, stripped of titles and
nationality words ("Ukrainian President Volodymyr Zelensky" -> Volodymyr Zelensky), with
the role words around it kept as descriptors ("Putin aide Ushakov", "Ushakov, a Putin
aide": {putin, aide}). Mentions cluster within the document: a surname joins the one full
name that ends with it, an organisation joins a longer name holding all its words, and an
acronym in brackets after a name is that name. Role descriptions without a name ("an aide
of Putin's", "the US president") resolve to a named person only when exactly one person of
the document carries that role and modifier. English capitalisation rules throughout.
"""
from __future__ import annotations

import re
from bisect import bisect_left
from dataclasses import dataclass, field
from itertools import compress
from operator import itemgetter
from typing import Callable, Literal, Sequence

from ...model import Span
from .name_index import NameIndex, cluster_order, initials
from .name_runs import ACRONYM, bare, opens_name, read_before, read_run, surname_by_verb, title_words
from .name_words import (CONNECTORS, DETERMINERS, FEMALE, FIRST_NAMES, MALE, ORG_WORDS, PERSON_ROLES, PLACE_WORDS,
                         POSSESSIVE_ENDS, PREPOSITIONS, ROLE_FAMILY, ROLES, THINGS, TITLES, joined_particle)
from .verbs import verb_info

Kind = Literal["person", "org", "unknown"]

#: A word (opening with a letter, full stops inside it only before a letter or digit), an
#: acronym in brackets, or a bracket or punctuation mark; written as possessive character-class
#: runs (nothing after them could make them give back), which the regex engine matches far
#: faster than a repeated alternation.
_TOKEN = re.compile(r"[A-Z\u00C0-\u00DEa-z][\w’'\-]*+(?:\.(?=\w)[\w’'\-]*+)*+|\([A-Z]{2,6}\)|[,;:()]")
_APPOSITIVE_AFTER = re.compile(r",\s+(?:(?:a|an|the|one)\s+)?([^,.;:\x00]{1,90}?)(?=,|\.|;|\s+(?:and|who|which)\b)")
#: What makes the words after a name's comma a clause, not an appositive: a verb, or a
#: relative pronoun opening them (", who lost her brother in …," says nothing of who she is).
_CLAUSE_VERB = re.compile(r"\b(?:said|says|told|is|was|has|had)\b|^(?:who|whom|whose|which|that|where|when)\b")
_APPOSITIVE_BEFORE = re.compile(r"(?:^|[.;:]\s+|,\s+)((?:[\w’'-]+\s+){0,3}[\w’'-]+),\s+$")
_ROLES_TITLES = ROLES | TITLES
#: A lower-case particle joined to a capitalised name part, as a name may open: "al-Assad".
_JOINED = re.compile(r"\b(?:" + "|".join(sorted(CONNECTORS)) + r")-[A-Z]")
_TEXT = itemgetter(0)
_FIRST = itemgetter(0)
#: The capitals a token of _TOKEN may open with (str.isupper of each: the multiplication sign
#: U+00D7 in its range is no letter).
_CAPITAL = re.compile(r"[A-Z\u00C0-\u00D6\u00D8-\u00DE]")
#: What follows a dateline in capitals at the start of a story: "WASHINGTON —", "BUENA PARK, Calif. -".
#: A blanked quotation or a dash, which part two runs of capitalised words (a hyphen inside
#: a word is part of it).
_RUN_BREAK = re.compile("\x00|[—–―]| - ")
_DATELINE = re.compile(r"(?:,\s+[A-Z][a-z]+\.?)?\s*(?:\([^)]{1,30}\)\s*)?[-—–―]")


@dataclass(slots=True)
class Mention:
    """One name in the narration, with the role words around it."""

    span: Span
    name: str
    descriptors: set[str]
    kind: Kind
    subject: bool
    sentence: int
    possessive: bool = False
    after_the: bool = False
    cluster: int = -1


@dataclass(slots=True)
class Cluster:
    """Mentions of one person or organisation: the canonical name and what is known of it."""

    name: str
    kind: Kind
    descriptors: set[str] = field(default_factory=set)
    aliases: set[str] = field(default_factory=set)
    gender: Literal["m", "f"] | None = None


def _is_headline(text: str) -> bool:
    """A title-case line (most words capitalised) names no one reliably; an inflected reporting
    verb in lower case makes it a sentence ("Reporter Jo Lind says:", title case would capitalise it)."""
    if "\x00" in text or text.rstrip().endswith((".", "!", "?")):
        return False  # the cheap tests first: most sentences end with a full stop
    tokens = re.findall(r"[^\W\d_][\w’'-]*", text)
    caps = sum(1 for t in tokens if t[0].isupper())
    return len(tokens) >= 4 and caps >= 0.6 * len(tokens) and not any(
        t.islower() and (info := verb_info(t)) is not None and info.lemma != t for t in tokens)


def _words_lower(text: str) -> list[str]:
    return [w.lower().strip("’'.") for w in re.findall(r"[\w’'.\-]+", text)]


def opens_sentence(masked: str, start: int, first: int) -> bool:
    """Whether the sentence at ``start`` opens with the word at ``first`` (nothing but space,
    opening brackets and dashes before it: no blanked quotation)."""
    return not masked[start:first].strip(" \t\n([{—–-")


def _breaks_run(between: str) -> bool:
    """Whether what lies between two capitalised words parts them: a quotation or a dash."""
    return _RUN_BREAK.search(between) is not None


def _is_cap(token: str) -> bool:
    return token[:1].isupper() or (token.startswith("(") and token.endswith(")"))


class Entities:
    """The people and organisations of one document."""

    def __init__(self, text: str, sentence_spans: Sequence[Span], masked: str,
                 tick: Callable[[], None] = lambda: None) -> None:
        self.text = text
        self.masked = masked
        self.mentions: list[Mention] = []
        self.clusters: list[Cluster] = []
        #: tokens capitalised where no sentence opens, and the mentions of one word that opens one
        self._capitalised: set[str] = set()
        self._openers: list[int] = []
        for index, (start, end) in enumerate(sentence_spans):
            tick()
            if not _is_headline(masked[start:end]):
                self._scan(start, end, index)
        self._drop_openers()
        self._cluster()
        self._mark_people()
        self._index_roles()
        self._starts = [m.span[0] for m in self.mentions]
        self._by_sentence: list[list[Mention]] = [[] for _ in sentence_spans]
        for m in self.mentions:
            self._by_sentence[m.sentence].append(m)

    # ----------------------------------------------------------------- scanning
    def _scan(self, start: int, end: int, sentence: int) -> None:
        masked = self.masked
        tokens = list(_TOKEN.finditer(masked, start, end))
        texts = list(map(_TEXT, tokens))
        n = len(texts)
        may_break = _RUN_BREAK.search(masked, start, end) is not None
        after = 0
        firsts = "".join(map(_FIRST, texts))  # one character per token (no token is empty)
        capitals = [m.start() for m in _CAPITAL.finditer(firsts)]
        if masked.find("-", start, end) >= 0 and _JOINED.search(masked, start, end):  # "al-Assad said"
            capitals = sorted(capitals + [k for k, t in enumerate(texts) if t[:1].islower() and joined_particle(t)])
        opening = bool(capitals) and capitals[0] == 0 and opens_sentence(masked, start, tokens[0].start())
        self._capitalised.update(map(texts.__getitem__, capitals[opening:]))
        for i in capitals:  # a run opens at a capital
            if i < after:
                continue
            j = i  # the run is tokens[i:j]
            while j < n:
                t = texts[j]
                if may_break and j > i and _breaks_run(masked[tokens[j - 1].end():tokens[j].start()]):
                    break  # a quotation between: "calling Hale “a crook,” Quist said" names two people;
                    # a dash: "ATLANTIC CITY — Ruth Hale" is a dateline and a name
                if t[0].isupper() or j == i:  # a capital opens no bracket or punctuation mark; a
                    pass  # run's first token is a capital or a joined particle ("al-Assad")
                elif j > i and "-" in t and joined_particle(t):
                    pass  # a particle joined to the name: "Anwar al-Awlaki", "Abdel Fattah el-Sisi"
                elif j > i and t.lower() in CONNECTORS and (j + 1 < n and _is_cap(texts[j + 1]) or (
                        j + 2 < n and texts[j + 1].lower() in CONNECTORS and _is_cap(texts[j + 2]))):
                    pass  # "Charles de Gaulle", "Ursula von der Leyen"
                elif j > i and t in ("of", "for") and any(bare(r).lower() in ORG_WORDS for r in texts[i:j]) \
                        and j + 1 < n and (_is_cap(texts[j + 1]) or texts[j + 1] == "the"):
                    pass
                elif j > i and t == "of" and j + 1 < n and (_is_cap(texts[j + 1]) or texts[j + 1] == "the") \
                        and title_words(texts[i:j]):
                    pass  # a title's department: "(U.S.) Secretary of State John Kerry", "Speaker of the House"
                elif j > i and t == "the" and texts[j - 1] in ("of", "for"):
                    pass
                else:
                    break
                j += 1
                if t.endswith(("’s", "'s")) or (t.endswith(("s’", "s'")) and j < n and opens_name(texts[j])):
                    break  # a possessive ends the name: "Hale’s", "Reuters’ Jo Lind" (not "‘13 Hours’ Is")
            dateline = i == 0 and sentence < 4 and all(w.isupper() for w in texts[i:j]) \
                and _DATELINE.match(masked, tokens[j - 1].end()) is not None  # "WASHINGTON (Reuters) -"
            if not dateline:
                self._add_run(tokens, texts, i, j, sentence, opening and i == 0)
            after = max(j, i + 1)

    def _add_run(self, tokens: list[re.Match[str]], texts: list[str], i: int, j: int, sentence: int,
                 opening: bool) -> None:
        """The mention of the run tokens[i:j], if it names someone (``opening``: the run opens its sentence)."""
        run_texts = tuple(texts[i:j])
        speaks = j - i == 1 and surname_by_verb(texts, i)
        if j - i < 3 and read_run(run_texts, True, speaks) is None:
            return  # "The", "In the": the lead-in matters only to runs of three words or more
        before = read_before(tuple(texts[max(0, i - 4):i]))
        read = read_run(run_texts, before.agent_ok, speaks)
        if read is None or (len(read.words) == 1 and read.words[0].lower() in _ROLES_TITLES and i > 0
                            and (texts[i - 1].lower() in DETERMINERS or texts[i - 1].endswith(POSSESSIVE_ENDS))):
            return  # a title alone after a determiner or an owner is a description: "the President", "Acme’s CEO"
        run = tokens[i + read.first:i + read.end]
        words, descriptors = read.words, set(read.descriptors)
        name, acronym = read.name, read.acronym
        first, last = run[0].start(), run[-1].end()
        if "." in self.text[first:last + 1]:  # initials and abbreviations as written
            name = " ".join(self._written(w, t.end()) for w, t in zip(words, run))
            acronym = ACRONYM.match(name) is not None
        span = (first, last - read.trim)
        following = texts[j] if j < len(texts) else None
        # acronym in brackets right after: "World Health Organization (WHO)"
        alias = following.strip("()") if following is not None and following.startswith("(") else None
        modifier = read.possessive or following is not None and (
            following.lower() in ROLES or following.startswith("-") or self.masked.startswith("-", last))
        prev_roles = before.roles
        descriptors.update(prev_roles)
        if prev_roles:
            back = i - 1
            while back >= 0 and texts[back].lower() in _ROLES_TITLES:
                back -= 1
            if back >= 0 and _is_cap(texts[back]):
                descriptors.add(bare(texts[back]).lower())
        kind: Kind = "org" if read.org or (alias is None and acronym) else (
            "person" if read.full_name or prev_roles or not TITLES.isdisjoint(descriptors) else "unknown")
        if (following is not None and following.lower() in ORG_WORDS and not read.possessive) \
                or not ORG_WORDS.isdisjoint(prev_roles):  # ("Ryan’s office" is no organisation's name)
            kind = "org"
        descriptors |= self._appositive(last, first)
        self.mentions.append(Mention(span, name, descriptors, kind, not before.preposition and not modifier,
                                     sentence, read.possessive, before.the and not prev_roles))
        if opening and read.first == 0 and len(words) == 1 and words[0].lower() not in FIRST_NAMES \
                and (following is None or verb_info(following.lower()) is None):  # "Hale said" names Hale
            self._openers.append(len(self.mentions) - 1)
        if alias:
            self.mentions[-1].descriptors.add("alias:" + alias)

    def _drop_openers(self) -> None:
        """A word that opens a sentence is capitalised for that alone ("Walking to the car,
        she…", "Nationally, …", "Should they…"): on its own it names someone only when a
        reporting verb follows it ("Hale said") or the document also capitalises it where no
        sentence opens ("…, said Ebeling", "Mr. Ebeling")."""
        if not self._openers:
            return
        capitalised = set(map(bare, self._capitalised))  # "Ebeling’s" is Ebeling
        kept = [True] * len(self.mentions)
        for n in self._openers:
            kept[n] = self.mentions[n].name in capitalised
        self.mentions = list(compress(self.mentions, kept))

    def _written(self, word: str, end: int) -> str:
        """A name word with the full stop attribution blanked put back: "Robert C. Lamb", "Jr."."""
        if self.text.startswith(".", end) and not self.masked.startswith(".", end):
            return word + "."
        return word

    def _appositive(self, end: int, start: int) -> set[str]:
        """Role words of ", a Putin aide," after a name or "Dunn's mother, " before it."""
        masked = self.masked
        out: set[str] = set()
        if masked.startswith(",", end):
            m = _APPOSITIVE_AFTER.match(masked[end:end + 120])
            if m and not _CLAUSE_VERB.search(m.group(1)) and set(_words_lower(m.group(1))) & ROLES:
                out |= set(_words_lower(m.group(1)))
        # the pattern ends with ",\s+$": test that first, on the characters before the name
        if start >= 2 and masked[start - 1].isspace() and (masked[start - 2] == "," or masked[start - 2].isspace()):
            before = masked[max(0, start - 60):start]
            b = _APPOSITIVE_BEFORE.search(before) if before.rstrip().endswith(",") else None
            if b:
                words = _words_lower(b.group(1))
                if words and words[-1] in ROLES:
                    out |= set(words)
        if not out:
            return out
        return {w.replace("’s", "").replace("'s", "") for w in out if w not in DETERMINERS}

    # --------------------------------------------------------------- clustering
    def _cluster(self) -> None:
        names = NameIndex()
        # longest names first; a name in initials after the full names it may stand for
        order = sorted(range(len(self.mentions)), key=lambda n: cluster_order(self.mentions[n].name))
        for n in order:
            m = self.mentions[n]
            target = self._find_cluster(m, names)
            if target is None:
                self.clusters.append(Cluster(m.name, m.kind))
                target = len(self.clusters) - 1
                names.add_cluster(target, m.name)
                if m.kind == "org":
                    names.add_org(target, m.name)
            c = self.clusters[target]
            m.cluster = target
            aliases = {m.name}
            if m.descriptors:  # most mentions have none
                c.descriptors |= {d for d in m.descriptors if not d.startswith("alias:")}
                aliases |= {d[6:] for d in m.descriptors if d.startswith("alias:")}
            for alias in aliases:
                names.add_alias(alias, target)
            c.aliases |= aliases
            if c.kind == "unknown":
                c.kind = m.kind
                if c.kind == "org":
                    names.add_org(target, c.name)
            if c.gender is None:
                if m.descriptors & FEMALE:
                    c.gender = "f"
                elif m.descriptors & MALE:
                    c.gender = "m"
                elif c.kind != "org" and " " in c.name:
                    c.gender = FIRST_NAMES.get(c.name.split()[0].lower())  # type: ignore[assignment]

    def _find_cluster(self, m: Mention, names: NameIndex) -> int | None:
        exact = names.exact(m.name)
        if exact is not None:
            return exact
        tokens = [t.lower() for t in m.name.split()]
        if m.kind == "org" or any(t in ORG_WORDS for t in tokens):
            hits = names.orgs_with(tokens)
            return hits[0] if len(hits) == 1 else None
        if len(tokens) > 1 and all(map(initials, tokens[:-1])):  # "L.H. Meyer" is Laurence Meyer
            given = [n for n in names.ending_with(tokens[-1]) if self.clusters[n].kind != "org"
                     and self.clusters[n].name[:1].lower() == tokens[0][0]
                     and not initials(self.clusters[n].name.split()[0].lower())]
            return given[0] if len(given) == 1 else None
        if len(tokens) == 1:
            last = [n for n in names.ending_with(tokens[0]) if self.clusters[n].kind != "org"]
            if len(last) == 1:
                return last[0]
            anywhere = [n for n in names.holding(tokens[0]) if self.clusters[n].kind != "org"]
            if len(anywhere) == 1:
                return anywhere[0]
        return None

    def _mark_people(self) -> None:
        """A cluster is a person when a role or title says so, or a full name not used as a thing."""
        after_the = {m.cluster for m in self.mentions if m.after_the}
        for n, c in enumerate(self.clusters):
            if c.kind == "org":
                continue
            parts = c.name.split()
            roles = bool(c.descriptors & (PERSON_ROLES | TITLES))
            named = len(parts) > 1 and parts[-1].lower() not in PLACE_WORDS and n not in after_the
            c.kind = "person" if roles or named else "unknown"

    def _index_roles(self) -> None:
        """Role families of every person (or unknown) cluster, for ``by_description``."""
        self._families: list[set[str]] = []
        self._known: list[set[str]] = []
        self._by_family: dict[str, list[int]] = {}
        #: where each cluster first carries each role family: "the executive" names only
        #: someone the reader already knows as an executive
        self._since: list[dict[str, int]] = [{} for _ in self.clusters]
        for m in self.mentions:
            since = self._since[m.cluster]
            for d in m.descriptors:
                f = ROLE_FAMILY.get(d, d)
                since[f] = min(since.get(f, m.span[0]), m.span[0])
        self._by_words: dict[tuple[tuple[str, ...], int | None], int | None] = {}  # by_description's answers
        for n, c in enumerate(self.clusters):
            own = {ROLE_FAMILY.get(d, d) for d in c.descriptors}
            self._families.append(own)
            self._known.append(c.descriptors | set(c.name.lower().split()))
            if c.kind == "org" or not c.name.split():
                continue
            for f in own:
                self._by_family.setdefault(f, []).append(n)

    # ------------------------------------------------------------------ queries
    def of_sentence(self, k: int) -> list[Mention]:
        """The mentions of sentence k, as ``mentions_in`` its span gives them (not to be changed)."""
        return self._by_sentence[k]

    def mentions_in(self, start: int, end: int) -> list[Mention]:
        """Mentions lying inside ``[start, end)``, in reading order."""
        first = bisect_left(self._starts, start)
        last = bisect_left(self._starts, end)
        return [m for m in self.mentions[first:last] if m.span[1] <= end]

    def mention_at(self, start: int, end: int) -> Mention | None:
        """The mention overlapping ``[start, end)`` that lies furthest right (the head of a phrase)."""
        last = bisect_left(self._starts, end)
        for m in reversed(self.mentions[max(0, last - 4):last]):
            if start < m.span[1]:
                return m
        return None

    def by_description(self, words: Sequence[str], before: int | None = None) -> int | None:
        """The one named person whose roles cover this description ("aide of Putin's" -> Ushakov);
        with ``before``, only among those given that role earlier in the text than that offset.

        Returns the cluster's number.
        """
        key = (tuple(words), before)
        if key not in self._by_words:
            self._by_words[key] = self._by_description(words, before)
        return self._by_words[key]

    def _by_description(self, words: Sequence[str], before: int | None) -> int | None:
        roles = {w for w in words if w in ROLES} - THINGS  # "the campaign's statement" is no person
        mods = {w for w in words if w not in ROLES and w not in DETERMINERS and w not in PREPOSITIONS}
        if not roles:
            return None
        families = {ROLE_FAMILY.get(r, r) for r in roles}
        candidates = min((self._by_family.get(f, []) for f in families), key=len)
        named = [n for n in candidates if families <= self._families[n] and mods <= self._known[n]
                 and (before is None or all(self._since[n].get(f, before) < before for f in families))]
        return named[0] if len(named) == 1 else None
