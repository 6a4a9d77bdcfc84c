"""Change labels of one quote pair, and the word comparison behind them."""
from __future__ import annotations

import pytest

from unquote.engine.model import Quote
from unquote.engine.quotes.fates.changes import classify, same_speaker
from unquote.engine.quotes.fates.similarity import text_similarity
from unquote.engine.quotes.fates.wording import content, is_part, quote_words


def quote(text: str, speaker: str | None = "Anna Berg", verb: str | None = "said",
          verb_class: str | None = "neutral", form: str = "full") -> Quote:
    return Quote(0, len(text), ((0, len(text)),), text, speaker=speaker, verb=verb,
                 verb_class=verb_class, form=form)  # type: ignore[arg-type]


def labels(left: Quote, right: Quote) -> set[str]:
    return set(classify(left, right, quote_words(left.text), quote_words(right.text)))


CASES = [
    ("same words", quote("We will win."), quote("We will win."), set()),
    ("case, punctuation and marks", quote("We will win, today."), quote("we will win today"), set()),
    ("UK and US spelling", quote("We are recognising the favour."), quote("We are recognizing the favor."), set()),
    ("bracketed insertion", quote("They [Ukraine] began talks."), quote("They began talks."), set()),
    ("elision mark", quote("It was sad [...] so sad."), quote("It was sad so sad."), set()),
    ("one word", quote("constructive and very useful"), quote("constructive and highly useful"), {"wording"}),
    ("truncated", quote("We tried. We failed."), quote("We tried."), {"wording", "truncated"}),
    ("extended", quote("We tried."), quote("We tried. We failed."), {"wording", "extended"}),
    ("re-credited", quote("We will win.", speaker="Anna Berg"), quote("We will win.", speaker="Tom Lee"),
     {"attribution"}),
    ("same person, shorter name", quote("We will win.", speaker="Anna Berg"), quote("We will win.", speaker="Berg"),
     set()),
    ("a name became a description", quote("We will win.", speaker="Anna Berg"),
     quote("We will win.", speaker="a hospital source"), {"unnamed"}),
    ("a description became a name", quote("We will win.", speaker="a hospital source"),
     quote("We will win.", speaker="Anna Berg"), {"named"}),
    ("a description naming the body", quote("We will win.", speaker="Oakley Health Board"),
     quote("We will win.", speaker="a Health Board spokesperson"), set()),
    ("a description naming the person", quote("We will win.", speaker="Anna Berg"),
     quote("We will win.", speaker="a Berg spokesman"), set()),
    ("no speaker on one side", quote("We will win.", speaker=None), quote("We will win.", speaker="Tom Lee"), set()),
    ("neutral to loaded", quote("We will win."), quote("We will win.", verb="claimed", verb_class="loaded"),
     {"verb", "loaded-verb"}),
    ("neutral to neutral", quote("We will win."), quote("We will win.", verb="stated"), {"verb"}),
    ("same lemma", quote("We will win.", verb="telling reporters"), quote("We will win.", verb="told reporters"),
     set()),
    ("verb missing on one side", quote("We will win."), quote("We will win.", verb=None, verb_class=None), set()),
    ("form", quote("Our position is firm.", form="full"), quote("our position is firm.", form="that-clause"),
     {"form"}),
]


@pytest.mark.parametrize("left, right, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_labels(left, right, expected):
    assert labels(left, right) == expected


@pytest.mark.parametrize("a, b, same", [
    ("Yuri Ushakov", "Ushakov", True),
    ("United States Department of State", "US State Department", True),
    ("WHO", "World Health Organization", True),
    ("Prime Minister Boris Johnson", "Boris Johnson", True),
    ("Boris Johnson", "Dominic Raab", False),
    ("Hatice Cengiz", "Agnès Callamard", False),
    ("Ann Lowe and Tom Lee", "Tom Lee", False),
    ("Tom Lee", "Ann Lowe and Tom Lee", False),
    ("Ann Lowe and Tom Lee", "Tom Lee and Ann Lowe", True),
    ("Ann Lowe and Tom Lee", "Lowe and Lee", True),
    ("Ann Lowe and Tom Lee", "Ann Lowe and Jo Ray", False),
])
def test_same_speaker(a, b, same):
    assert same_speaker(a, b) is same


@pytest.mark.parametrize("short, long, part", [
    (["we", "tried"], ["we", "tried", "we", "failed"], True),
    (["we", "failed"], ["we", "tried", "we", "failed"], True),
    (["tried", "failed"], ["we", "tried", "we", "failed"], False),
    (["we", "tried"], ["we", "tried"], False),
    ([], ["we"], False),
])
def test_is_part(short, long, part):
    assert is_part(short, long) is part


def test_similarity_orders_paraphrase_above_unrelated():
    left = content(quote_words("Specifically on the Ukrainian crisis, the possibility of resuming direct talks "
                               "between Russian and Ukrainian representatives was in particular discussed"))
    reworded = content(quote_words("The prospect of resuming direct negotiations between Russian and Ukrainian "
                                   "representatives was specifically discussed with regard to the Ukrainian problem"))
    unrelated = content(quote_words("A full and unconditional ceasefire opens up the possibility to discuss everything"))
    assert text_similarity(left, reworded) > 0.5 > text_similarity(left, unrelated)
    assert text_similarity(left, left) == 1.0
    assert text_similarity([], left) == 0.0
