"""Tests of the sentence splitter: a table of hard cases, invariants, and gold sentences."""
from __future__ import annotations

import json
import re
from pathlib import Path

import pytest

from unquote.engine.model import Sentence
from unquote.engine.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[1]
CASES = json.loads((ROOT / "tests/fixtures/sentences/cases.json").read_text(encoding="utf-8"))
SHARED = ROOT.parent / "shared" / "data"


def line_paragraphs(text: str) -> list[tuple[int, int]]:
    """Each non-empty line is a paragraph (as the gold files are laid out)."""
    return [(m.start(), m.end()) for m in re.finditer(r"[^\n]*\S[^\n]*", text)]


def texts(text: str, sentences: tuple[Sentence, ...]) -> list[str]:
    return [text[s.start:s.end] for s in sentences]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_case_table(case: dict[str, object]) -> None:
    text = str(case["text"])
    assert texts(text, split_sentences(text, line_paragraphs(text))) == case["sentences"]


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_sentences_cover_every_character_within_paragraphs(case: dict[str, object]) -> None:
    text = str(case["text"])
    paragraphs = line_paragraphs(text)
    sentences = split_sentences(text, paragraphs)
    covered = set()
    for previous, current in zip(sentences, sentences[1:]):
        assert previous.end <= current.start
    for s in sentences:
        p_start, p_end = paragraphs[s.paragraph]
        assert p_start <= s.start < s.end <= p_end
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        covered.update(range(s.start, s.end))
    assert {i for i, c in enumerate(text) if not c.isspace()} <= covered


def test_paragraph_spans_are_respected_even_mid_line() -> None:
    text = "One. Two three Four. Five."
    sentences = split_sentences(text, [(0, 9), (9, 20), (20, len(text))])
    assert [(s.paragraph, text[s.start:s.end]) for s in sentences] == [
        (0, "One."), (0, "Two"), (1, "three Four."), (2, "Five.")]


def test_blank_paragraphs_give_no_sentence() -> None:
    text = "   \n\nText here."
    assert texts(text, split_sentences(text, [(0, 3), (3, 5), (5, len(text))])) == ["Text here."]


def test_soft_line_break_inside_a_paragraph_is_space() -> None:
    text = "The U.S.\nPresident spoke\nat length. Then he left."
    assert texts(text, split_sentences(text, [(0, len(text))])) == [
        "The U.S.\nPresident spoke\nat length.", "Then he left."]


def gold_sentences(gold: dict[str, object], side: str) -> list[str]:
    out = [s for pair in gold["pairs"] for s in pair[side]]  # type: ignore[union-attr]
    return out + list(gold[f"{side}_only"])  # type: ignore[arg-type]


def collapse(text: str) -> str:
    return " ".join(text.split())


GOLD_FILES = [
    ("seed", "left", "original.txt"),
    ("seed", "right", "rewrite.txt"),
    ("wikinews-immunity", "left", "immunity_original.txt"),
    ("wikinews-immunity", "right", "immunity_rewrite.txt"),
    ("wikinews-truncated-html", "left", "khashoggi_original.txt"),
    ("wikinews-health-docx", "right", "cow_urine_rewrite.txt"),
]


@pytest.mark.parametrize(("folder", "side", "name"), GOLD_FILES)
def test_gold_sentences_come_out_whole(folder: str, side: str, name: str) -> None:
    path = SHARED / folder / name
    if not path.exists():
        pytest.skip(f"{path} not available")
    text = path.read_text(encoding="utf-8")
    text = re.sub(r"\A\s*date \d{4}-\d{2}-\d{2}\s*", "", text)  # the loader lifts this off
    gold = json.loads((SHARED / folder / "gold.json").read_text(encoding="utf-8"))
    found = {collapse(t) for t in texts(text, split_sentences(text, line_paragraphs(text)))}
    missing = [s for s in gold_sentences(gold, side) if collapse(s) not in found]
    assert missing == []
