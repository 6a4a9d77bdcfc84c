"""Which tokens of a sentence are reporting verbs: a reporting-verb form in lower case, or a
two-word reporting phrase ("went on", "put it"), unless the words around it make it a noun
("the report", "with chants of", "the congressional report said"). English word lists.
"""
from __future__ import annotations

from itertools import compress, count

from .name_words import POSSESSIVE_ENDS, PREPOSITIONS, ROLES
from .phrase_ends import PARTICLES
from .reading import Tok
from .verbs import ALSO_NOUNS, PHRASES, VERB_FORMS, VerbClass, phrase_info, verb_info

#: Words after which a reporting-verb form is a noun: "the report said", "a comment".
_NOUN_MARKERS = frozenset("the a an this that these those his her their its our my your".split())
#: Prepositions after which a reporting-verb form is a noun unless a gerund ("to" opens an infinitive).
_NOUN_PREPOSITIONS = PREPOSITIONS - {"to"} - PARTICLES  # ("a voice over says": a noun's particle)
#: Every word that is a reporting-verb form or opens a reporting phrase, as listed and lower-cased.
VERB_WORDS = frozenset(w for word in VERB_FORMS | frozenset(PHRASES) for w in (word, word.lower()))


def verb_positions(texts: list[str]) -> list[int]:
    """Indices, in tokens with these texts, of the tokens ``verb_at`` accepts; found on the
    token texts alone, so a sentence without a reporting verb builds no tokens."""
    # the tests below only on words that may pass them, those that lower-cased are reporting-verb
    # forms or first words of phrases (found without a Python loop per word)
    maybe = compress(count(), map(VERB_WORDS.__contains__, map(str.lower, texts)))
    return [i for i in maybe if ((text := texts[i]) in VERB_FORMS or (text[:1].islower() and (
        verb_info(text) is not None if not text.islower() else
        text in PHRASES and i + 1 < len(texts) and phrase_info(text, texts[i + 1]) is not None)))
        and not _noun_between(texts[i - 1].lower() if i else "", text, texts[i + 1] if i + 1 < len(texts) else "")]


def _noun_between(before: str, word: str, after: str) -> bool:
    """Whether ``word``, between ``before`` and ``after`` (as written; "" at an end), is a
    noun: as ``_noun_after`` says, or a bare form that is also a noun, after a word and before
    an inflected reporting verb or a role ("the congressional report said", "the official
    statement reads", "Trump’s Virginia state director")."""
    if _noun_after(before, word):
        return True
    if word not in ALSO_NOUNS or not before or not after.islower():
        return False
    if after in ROLES:
        return True
    info = verb_info(after)
    return info is not None and info.lemma != after


def _noun_after(before: str, word: str) -> bool:
    """Whether ``word`` after ``before`` is a noun: after a determiner or possessive ("the
    report"), or after a preposition but "to" unless a gerund ("the secretary of state", "with
    chants of", "in reply", but "of saying", "by calling"); after
    "that" a bare form or a plural ("that statement", "that states", but "a hat that says"); after a
    possessive a bare form or a plural ("Lee’s comments", but "Lee’s said", "Lee’s saying")."""
    if before == "that":  # "that said", "that says" are verbs; "that states" may be a noun
        info = verb_info(word)
        return info is None or (info.lemma == word and word != "read") \
            or (word.endswith("s") and info.lemma in ALSO_NOUNS)  # ("a sign that read" is past)
    if before.endswith(POSSESSIVE_ENDS):  # "Lee’s comments", "Lee’s statement" (but "Lee’s said": has said)
        info = verb_info(word)
        return info is not None and (info.lemma == word or word.endswith("s"))
    return before in _NOUN_MARKERS or (before in _NOUN_PREPOSITIONS and not word.endswith("ing"))


def verb_at(tokens: list[Tok], i: int) -> tuple[str, VerbClass] | None:
    """Lemma and class when token i is a lower-case reporting verb ("States" is a name) or
    opens a two-word reporting phrase ("went on", "put it")."""
    t = tokens[i]
    if not t.text[:1].islower() or _noun_between(tokens[i - 1].low if i else "", t.low,
                                                 tokens[i + 1].text if i + 1 < len(tokens) else ""):
        return None  # "States" is a name; "the report", "a statement", "of state" are nouns
    info = verb_info(t.text)
    if info is None and t.text in PHRASES and i + 1 < len(tokens):
        info = phrase_info(t.text, tokens[i + 1].text)
    if info is None:
        return None
    return info.lemma, info.klass
