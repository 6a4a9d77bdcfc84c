"""Tokens of the masked text as attribution and the name scan read them: tokens built from
their texts alone sit where the regex finds them, and the name scan's words keep inner full
stops only before a letter or digit. Invented sentences, table-driven."""
from __future__ import annotations

import pytest
from unquote.engine.model import Document
from unquote.engine.quotes.speakers.mentions import _CAPITAL, _TOKEN
from unquote.engine.quotes.speakers.reading import TOKEN, State, Tok, read_on, token_texts, tokenize
from unquote.engine.quotes.spans import SentenceIndex
from unquote.engine.text.sentences import split_sentences

SENTENCES = [
    "Anna Berg said on Monday that the plan was “not ready”.",
    "  The U.S. envoy, 54, told reporters: \x00\x00\x00\x00 — and left at 5 p.m.",
    "Costs rose 12% ($3.4bn) in 2023, the agency’s report said...",
    "¿Qué? «Non», dit-il; l'avis du maire n'a pas changé!",
    "A.B. and a.b.c met x..y at 10.30 — then ... nothing.",
]


@pytest.mark.parametrize("text", SENTENCES)
@pytest.mark.parametrize("offset", [0, 3])
def test_tokens_built_from_texts_match_the_regex(text: str, offset: int) -> None:
    doc = Document(text, ((0, len(text)),))
    sentences = split_sentences(text, doc.paragraphs)
    state = State(doc, text, None, sentences, SentenceIndex(sentences))  # type: ignore[arg-type]
    expected = [Tok(m.group(), m.start(), m.end()) for m in TOKEN.finditer(text, offset, len(text))]
    texts = token_texts(state, offset, len(text))
    built: list = []
    read_on(state, built, texts, len(texts) // 2, offset)  # in two steps, as attribution reads on
    read_on(state, built, texts, len(texts) - 1, offset)
    assert built == expected
    assert tokenize(state, offset, len(text)) == expected


@pytest.mark.parametrize("text, tokens", [
    ("Mr. Berg of the U.S. Senate", ["Mr", "Berg", "of", "the", "U.S", "Senate"]),
    ("Gov. J.B. Pritzker’s aide", ["Gov", "J.B", "Pritzker’s", "aide"]),
    ("World Health Organization (WHO) staff", ["World", "Health", "Organization", "(WHO)", "staff"]),
    ("x..y a.b. Élise-Marie, 3D; (b)", ["x", "y", "a.b", "Élise-Marie", ",", "D", ";", "(", "b", ")"]),
    ("iPhone maker’s 2nd-quarter profit", ["iPhone", "maker’s", "nd-quarter", "profit"]),
])
def test_name_scan_tokens(text: str, tokens: list[str]) -> None:
    assert _TOKEN.findall(text) == tokens


def test_name_scan_capitals_are_the_upper_case_token_openers() -> None:
    openers = [chr(c) for c in range(0x10000) if _TOKEN.match(chr(c) + "A)")]  # "(" needs "A)" to open "(A)"
    assert openers  # letters, brackets and punctuation
    assert [c for c in openers if _CAPITAL.fullmatch(c)] == [c for c in openers if c.isupper()]


@pytest.mark.parametrize("text, tokens", [
    ("e.g. a.b.c x..y", ["e.g", ".", "a.b.c", "x", ".", ".", "y"]),
    ("Lamb\x00\x00\x00, he said — twice -- 3.5%!", ["Lamb", "\x00\x00\x00", ",", "he", "said", "—", "twice", "--",
                                                   "3.5", "!"]),
    ("O’Neill’s ‘view’ (in 2023): no; ok?", ["O’Neill’s", "view’", "(", "in", "2023", ")", ":", "no", ";", "ok", "?"]),
])
def test_attribution_tokens(text: str, tokens: list[str]) -> None:
    assert TOKEN.findall(text) == tokens
