"""Tests of the sentence splitter: a table of hard cases, invariants, and gold sentences."""
from __future__ import annotations

import json
import random
import re
from pathlib import Path

import pytest

from unquote.engine.model import Sentence
from unquote.engine.text.sentences import split_sentences

ROOT = Path(__file__).resolve().parents[3]
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


def assert_well_formed(text: str, paragraphs: list[tuple[int, int]]) -> None:
    """Sentences are ordered, trimmed, inside their paragraph and cover every non-space."""
    sentences = split_sentences(text, paragraphs)
    covered = set()
    for previous, current in zip(sentences, sentences[1:]):
        assert previous.end <= current.start
    for s in sentences:
        p_start, p_end = paragraphs[s.paragraph]
        assert p_start <= s.start < s.end <= p_end
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        covered.update(range(s.start, s.end))
    inside = {i for a, b in paragraphs for i in range(a, b)}
    assert {i for i in inside if not text[i].isspace()} <= covered


@pytest.mark.parametrize("case", CASES, ids=[c["text"][:40] for c in CASES])
def test_case_table_sentences_are_well_formed(case: dict[str, object]) -> None:
    text = str(case["text"])
    assert_well_formed(text, line_paragraphs(text))


@pytest.mark.parametrize("seed", range(40))
def test_shuffled_fragments_with_arbitrary_paragraph_cuts_are_well_formed(seed: int) -> None:
    rng = random.Random(seed)
    pieces = [str(c["text"]) for c in CASES] + ["...", "“", "”", "!", "U.S.", "3.", "(", ")"]
    spaces = [" ", "  ", "\u00a0", "\n", "\t", "\r\n", ""]
    text = "".join(rng.choice(pieces) + rng.choice(spaces) for _ in range(30))
    cuts = sorted({0, len(text), *(rng.randrange(len(text)) for _ in range(6))})
    assert_well_formed(text, list(zip(cuts, cuts[1:])))


def test_lookahead_stops_at_the_paragraph_end() -> None:
    text = "“Stop!” Ana\nsaid so."
    assert texts(text, split_sentences(text, line_paragraphs(text))) == [
        "“Stop!”", "Ana", "said so."]


def test_paragraph_spans_are_respected_even_mid_line() -> None:
    text = "One. Two three Four. Five."
    sentences = split_sentences(text, [(0, 9), (9, 20), (20, len(text))])
    assert [(s.paragraph, text[s.start:s.end]) for s in sentences] == [
        (0, "One."), (0, "Two"), (1, "three Four."), (2, "Five.")]


def test_blank_paragraphs_give_no_sentence() -> None:
    text = "   \n\nText here."
    assert texts(text, split_sentences(text, [(0, 3), (3, 5), (5, len(text))])) == ["Text here."]


@pytest.mark.parametrize(("text", "expected"), [
    ("The U.S.\nPresident spoke\nat length. Then he left.",
     ["The U.S.\nPresident spoke\nat length.", "Then he left."]),
    ("The minister said the plan, which was announced in\nMarch, would go ahead. Critics"
     "\nlaughed.", ["The minister said the plan, which was announced in\nMarch, would go ahead.",
                     "Critics\nlaughed."]),
    ("Storm hits coast\nThousands of homes lost power on Monday as the storm\nswept across"
     " the region. Roads are closed.",
     ["Storm hits coast", "Thousands of homes lost power on Monday as the storm\nswept across"
      " the region.", "Roads are closed."]),
    ("  Floods  \n  Rivers rose all through the night across the whole valley.  ",
     ["Floods", "Rivers rose all through the night across the whole valley."]),
])
def test_line_breaks_inside_a_paragraph(text: str, expected: list[str]) -> None:
    """A line break is space, except after a short unpunctuated line before a capital."""
    assert texts(text, split_sentences(text, [(0, len(text))])) == expected


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
