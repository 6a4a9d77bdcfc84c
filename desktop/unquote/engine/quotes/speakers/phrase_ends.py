"""Where the noun phrase of a clause's subject ends: before the clause's own verb (an
auxiliary, a modal, a common verb, a past form after its noun), at a quotation that closes a
clause with its comma, and which words before a past form make it describe the noun instead.
English word lists throughout."""
from __future__ import annotations

from .name_words import PREPOSITIONS
from .phrases import DESCRIBING
from .reading import State, Tok

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
