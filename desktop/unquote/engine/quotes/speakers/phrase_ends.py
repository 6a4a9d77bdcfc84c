"""Where the noun phrase of a clause's subject ends: before the clause's own verb (an
auxiliary, a modal, a common verb, a past form after its noun), at a quotation that closes a
clause with its comma, and which words before a past form make it describe the noun instead;
where a participle's subject ends, and where a sentence's main clause and a comma-separated
segment start. English word lists throughout."""
from __future__ import annotations

from .name_words import OPENERS, PLACES, PREPOSITIONS, US_STATES, WEEKDAYS
from .phrases import DESCRIBING
from .pronouns import PRONOUNS
from .reading import State, Tok
from .verbs import verb_info

#: Modal and "do" auxiliaries, and "not", as written in lower case ("Will" and "May" are names).
MODALS = frozenset("""will would shall should can could may might must do does did not
won’t won't wouldn’t wouldn't shouldn’t shouldn't can’t can't couldn’t couldn't
don’t don't doesn’t doesn't didn’t didn't""".split())
#: What may close a quotation after its last word ("…,” or "…,'").
_CLOSING_MARKS = "\"”’'» \n"
#: Words that count what a noun phrase names: "two officials said", "several aides".
QUANTIFIERS = frozenset("a an one some two three several many most all another".split())
#: Verbs that end a description's noun phrase though no past form in -ed shows it: "the email
#: goes on to say", "the senator sought to calm", "the governor took aim at".
CLAUSE_VERBS = frozenset("""goes go went sought took takes began begins tried tries wants seems seemed
appears made makes gave gives got gets kept keeps left brought came comes ran stood led sent
spent won lost paid met built fought chose knew thought felt found held""".split())
#: Prepositions after which a past form is a participle describing the noun before it.
_AFTER_PARTICIPLE = frozenset("by in for from with on at about as into".split())
#: Particles that may follow a verb before its object: "held up a sign", "handed out bottles".
PARTICLES = frozenset("up out down off away back over".split())
#: Relative pronouns: the clause they open describes the noun before them.
RELATIVES = frozenset("who whom whose which that where when".split())
#: Dashes as tokens (a dateline's, a headline's, an attribution's under a quote), and how far
#: into a sentence the dash closing a dateline may come.
DASHES = frozenset("-—–―")
_DATELINE_TOKENS = 12
#: Finite auxiliaries, which end a subject: "a study by X has this to say", "who is chairman of".
FINITE = frozenset("has had have was were is are".split())


def closes_clause(state: State, token: Tok) -> bool:
    """Whether a blanked quotation ends with a comma, semicolon or colon inside its closing
    mark, as American usage writes the comma that closes a clause: "After Lamb spoke of
    “smaller markets,” Hale said" (but "the “Avatar” star said" is one noun phrase)."""
    return token.text[0] == "\x00" \
        and state.doc.text[token.start:token.end].rstrip(_CLOSING_MARKS)[-1:] in (",", ";", ":")


def adverb(token: Tok) -> bool:
    """An adverb in -ly ("quickly"), in lower case: "Kelly", "Daly" and "Emily" are names."""
    return token.low.endswith("ly") and token.text[:1].islower()


def subject_end(phrase: list[Tok]) -> int:
    """Where the subject opening a clause ends: before the clause's first verb ("the judge
    pointed at the ruling to say", "the town released a statement", "the email goes on to",
    "a study by X has this to say")."""
    for n in range(1, len(phrase)):
        if clause_verb(phrase, n):
            return n - 1 if n > 1 and phrase[n - 1].low in RELATIVES else n  # "the man who built"
    return len(phrase)


def clause_verb(phrase: list[Tok], n: int) -> bool:
    """Whether word n of a phrase is a clause's verb: a finite auxiliary, a modal, a common verb
    whose past shows no -ed, or a lower-case past form in -ed. A past form describes the noun
    instead after a determiner, a number, an adverb, a preposition or another past form ("the
    retired teacher", "a previously undisclosed email", "two armed guards", "of registered
    voters"), and before a preposition ("a document filed by the town", "one official involved
    in the talks")."""
    t = phrase[n]
    if t.low in FINITE or t.text in MODALS or t.low in CLAUSE_VERBS:
        return True
    return len(t.low) > 4 and t.low.endswith("ed") and not t.low.endswith("eed") and t.text.isalpha() \
        and t.text.islower() and not (n > 0 and _describes(phrase[n - 1])) \
        and not (n + 1 < len(phrase) and phrase[n + 1].low in _AFTER_PARTICIPLE)


def _describes(before: Tok) -> bool:
    """Whether a past form after this word describes the noun to come (not a verb after a noun)."""
    low = before.low
    return low in DESCRIBING or low in QUANTIFIERS or low in PREPOSITIONS or low[:1].isdigit() \
        or adverb(before) or low.endswith("ed") or low in ("and", "or", ",", "-", "most", "more", "very", "being")


def segment_start(tokens: list[Tok], end: int, floor: int) -> int:
    """Where the comma-separated segment ending at ``end`` starts (not before ``floor``)."""
    i = end
    while i - 1 >= floor and tokens[i - 1].text not in ",;:.!?()—–" and not tokens[i - 1].text.startswith("\x00"):
        i -= 1
    return i


def main_clause(tokens: list[Tok], before: int) -> int:
    """Where the main clause starts: after a dateline ("DOVER, Dec. 8 (UPI) — Hale’s aide
    rallied supporters, saying"), after the comma closing an opening subordinate clause or
    prepositional phrase ("When asked whom she supported, Ms. Lind smiled and said", "In
    response to the plan, Hale’s aide rallied supporters, saying") and the places, phrases and
    clauses set off after it ("At an event in Ames, Iowa, on Sunday, Ms. Lind said"), else at
    its first token."""
    start = 0
    if tokens and len(tokens[0].text) > 1 and tokens[0].text.isupper() and tokens[0].text.isalpha():
        dash = next((n for n in range(1, min(before, _DATELINE_TOKENS)) if tokens[n].text in DASHES), None)
        start = 0 if dash is None else dash + 1
    if start >= before or (tokens[start].low not in OPENERS and not _preposition(tokens, start)):
        return start  # ("In response to the plan, Hale’s aide rallied supporters, saying")
    comma = next((n for n in range(start + 1, before) if tokens[n].text == ","), None)
    while comma is not None:  # and over what goes on with it: "In Ames, Iowa, on Sunday, Hale said"
        after = next((n for n in range(comma + 2, before) if tokens[n].text == ","), None)
        if after is None or not (_place(tokens[comma + 1:after]) or tokens[comma + 1].low in OPENERS
                                 or _preposition(tokens, comma + 1)):
            break
        comma = after
    return comma + 1 if comma is not None else start


def _preposition(tokens: list[Tok], n: int) -> bool:
    """Whether token n is a preposition opening a phrase, not a number's "about" ("about 200 protesters")."""
    return tokens[n].low in PREPOSITIONS and not (n + 1 < len(tokens) and tokens[n + 1].text[:1].isdigit())


def _place(segment: list[Tok]) -> bool:
    """Whether a comma-separated segment names a place: a state after its city ("Ames, Iowa,"),
    perhaps with the day ("Hudson, New Hampshire Monday,")."""
    if len(segment) > 1 and segment[-1].low in WEEKDAYS:
        segment = segment[:-1]
    return " ".join(t.low for t in segment) in PLACES or (len(segment) == 1 and segment[0].low in US_STATES)


def group_named_after(tokens: list[Tok], i: int, name_end: int, before: int) -> int | None:
    """Where "Reyes protesters" ends when the name at token i is followed by a plural noun and
    then the clause's verb ("Reyes protesters interrupted her, shouting"): a group named after
    someone, not the person; else None."""
    k = next((n for n in range(i, before) if tokens[n].start >= name_end), before)
    if k + 1 >= before:
        return None
    plural = tokens[k]
    if not (plural.text.isalpha() and plural.text.islower() and plural.low.endswith("s")
            and not plural.low.endswith(("ss", "us", "is")) and verb_info(plural.low) is None
            and plural.low not in FINITE and plural.low not in CLAUSE_VERBS and plural.low != "does"):
        return None
    return k + 1 if clause_verb(tokens[i:before], k + 1 - i) else None


def participle_subject_end(state: State, tokens: list[Tok], i: int, end: int) -> int:
    """Where the subject of a participle ends when its phrase tokens[i:end] holds a clause:
    "the town released a statement saying" is the town, while the statement, a thing, only
    carries the words; a person or pronoun after the clause's verb is the one who speaks
    ("what do you think of Carson saying")."""
    k = i + subject_end(tokens[i:end])
    if k == end or any(t.low in PRONOUNS or state.ents.mention_at(t.start, t.end) is not None
                       for t in tokens[k:end]):
        return end
    return k
