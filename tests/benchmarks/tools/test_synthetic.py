"""The synthetic benchmark pairs: deterministic, with gold spans that cover both texts once."""
from __future__ import annotations

import re

import pytest

from synthetic import SyntheticPair, make_pair


@pytest.fixture(scope="module")
def pair() -> SyntheticPair:
    return make_pair(2000, seed=7)


def paragraph_spans(text: str) -> list[tuple[int, int]]:
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]+", text)]


def side_spans(pair: SyntheticPair, side: int) -> list[tuple[int, int]]:
    only = pair.left_only if side == 0 else pair.right_only
    return [span for group in pair.groups for span in group[side]] + list(only)


def test_same_seed_same_pair_other_seed_other_pair() -> None:
    assert make_pair(200, seed=3) == make_pair(200, seed=3)
    assert make_pair(200, seed=3).left_text != make_pair(200, seed=4).left_text


@pytest.mark.parametrize("side", [0, 1])
def test_gold_spans_cover_every_sentence_once(pair: SyntheticPair, side: int) -> None:
    text = pair.left_text if side == 0 else pair.right_text
    spans = sorted(side_spans(pair, side))
    assert len(spans) == len(set(spans))
    paragraphs = paragraph_spans(text)
    at = 0
    for start, end in spans:
        sentence = text[start:end]
        assert sentence == sentence.strip() and sentence[-1] in ".”\"", repr(sentence)
        assert any(p <= start and end <= q for p, q in paragraphs), "a sentence crosses paragraphs"
        assert not text[at:start].strip(), f"uncovered text {text[at:start]!r}"
        at = end
    assert not text[at:].strip()


def test_left_text_has_the_requested_size_and_paragraphs(pair: SyntheticPair) -> None:
    spans = side_spans(pair, 0)
    assert len(spans) == 2000
    sizes = [sum(1 for s, _ in spans if p <= s < q) for p, q in paragraph_spans(pair.left_text)]
    assert min(sizes[:-1]) >= 3 and max(sizes) <= 6
    assert 110 <= len(pair.left_text.encode("utf-8")) / 2000 <= 150


def test_rewrite_mixes_the_expected_operations(pair: SyntheticPair) -> None:
    shapes = [(len(left), len(right)) for left, right in pair.groups]
    assert set(shapes) == {(1, 1), (1, 2), (2, 1)}
    same = sum(1 for left, right in pair.groups if len(left) == len(right) == 1
               and pair.left_text[slice(*left[0])] == pair.right_text[slice(*right[0])])
    assert 0.38 <= same / 2000 <= 0.52
    for count, share in [(shapes.count((1, 2)), 0.05), (2 * shapes.count((2, 1)), 0.05),
                         (len(pair.left_only), 0.05), (len(pair.right_only), 0.05)]:
        assert share / 2 <= count / 2000 <= share * 1.6


def test_rewrite_moves_paragraphs(pair: SyntheticPair) -> None:
    firsts = [left[0][0] for left, right in pair.groups]
    rights = [right[0][0] for left, right in pair.groups]
    out_of_order = sum(1 for a, b in zip(rights, rights[1:]) if b < a)
    assert firsts == sorted(firsts)
    assert out_of_order >= 20
