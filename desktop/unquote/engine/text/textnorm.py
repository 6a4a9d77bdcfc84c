"""Word tokens and the normalisations shared by alignment, word diffs and quote matching.

Typographic variants (curly and straight quotes, dash kinds, non-breaking spaces) fold to
one form; content words are the tokens that are not stopwords (a short English and
German list: the two languages the evaluation data uses). ``stem`` is a deliberately crude
prefix cut: it lets "negotiations" meet "negotiating" and German inflections meet, at no
cost, which a real stemmer per language would do slightly better at a large cost.
"""
from __future__ import annotations

import re
from collections.abc import Sequence
from functools import lru_cache

TYPOGRAPHY = str.maketrans({
    "“": '"', "”": '"', "„": '"', "‟": '"', "«": '"', "»": '"', "″": '"',
    "‘": "'", "’": "'", "‚": "'", "‛": "'", "‹": "'", "›": "'", "′": "'", "`": "'",
    "–": "-", "—": "-", "‒": "-", "―": "-", "−": "-", "‐": "-", "‑": "-",
    "\u00a0": " ", "\u2009": " ", "\u202f": " ", "\u2007": " ", "…": "...",
})

#: A word (letters/digits, inner apostrophes, decimal and thousands separators) or one
#: punctuation character. Whitespace is never a token. The runs are possessive (nothing
#: after them can fail, so they would never give back): the same matches, a fifth faster.
TOKEN = re.compile(r"\d++(?:[.,:]\d++)*+%?|\w++(?:['’]\w++)*+|[^\w\s]", re.UNICODE)
WORD = re.compile(r"\d++(?:[.,:]\d++)*+|\w++(?:['’]\w++)*+", re.UNICODE)

STOPWORDS = frozenset("""
a an the and or but nor so yet if then than that this these those there here of in on at to
for from by with without about as into onto over under after before since until while during
through between among against up down out off again further once is am are was were be been
being have has had having do does did doing will would shall should can could may might must
not no it its it's he him his she her hers they them their theirs we us our ours you your
yours i me my mine who whom whose which what when where why how all any both each few more
most other some such only own same too very just also s t also still even now however which
meanwhile although though because also per via around said says
der die das den dem des ein eine einen einem einer eines und oder aber doch sondern denn wenn
als wie auch noch nur schon sehr nicht kein keine keinen keinem keiner ist sind war waren
wird werden wurde wurden sein seine seinen seinem seiner ihr ihre ihren ihrem ihrer er sie es
wir ihr ich du man sich mit von zu zum zur im in am an auf aus bei für über unter nach vor
bis durch gegen ohne um so da dass daß was wer wo hat haben hatte hatten kann können muss
müssen soll sollen will wollen dann diese dieser dieses diesen diesem jetzt hier dort
""".split())


def fold(text: str) -> str:
    """Fold typographic variants to their plain forms (same length except for …)."""
    return text if text.isascii() else text.translate(TYPOGRAPHY)


def words(text: str) -> list[str]:
    """Lower-cased, typography-folded words of a text (punctuation dropped)."""
    return WORD.findall(fold(text).lower())


def words_of_both(left: Sequence[str], right: Sequence[str]) -> tuple[list[list[str]], list[list[str]]]:
    """``words()`` of every text of both lists. A text met again (a rewrite copies most of
    its sentences word for word) is read once and shares its list: not to be changed."""
    read: dict[str, list[str]] = {}

    def of(text: str) -> list[str]:
        found = read.get(text)
        if found is None:
            found = read[text] = words(text)
        return found

    return [of(t) for t in left], [of(t) for t in right]


BRITISH = re.compile(r"(?<=[a-z]{2})our(?=s?$|ed$|ing$|ite|able|ably)|(?<=[a-z]{3})is(?=e[sd]?$|ing$|ation)")


@lru_cache(maxsize=200_000)
def stem(word: str) -> str:
    """A crude, language-agnostic stem: the first five characters of a long word.

    British -our and -ise spellings fold to -or and -ize first (favour/favor).
    """
    if len(word) <= 5 or word[0].isdigit():
        return word
    return BRITISH.sub(lambda m: "or" if m.group() == "our" else "iz", word)[:5]


def content_stem(word: str) -> str | None:
    """The stem of a content word of ``words()``; None for a stopword or a one-letter word."""
    return stem(word) if word not in STOPWORDS and (len(word) > 1 or word.isdigit()) else None


def sorted_words(tokens: list[str]) -> str:
    """``words()`` sorted and joined: the form the sorted-word ratio compares."""
    return " ".join(sorted(tokens))
