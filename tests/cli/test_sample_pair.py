"""The built-in sample pair: its gold annotation is self-consistent and the engine scores well on it.

The consistency checks read only the texts and gold.json; the end-to-end check runs
``python -m unquote compare`` and scores the saved comparison with the shared scorer.
"""
from __future__ import annotations

import importlib.util
import json
import re
import subprocess
import sys
from pathlib import Path
from types import ModuleType

import pytest

from unquote.resources import data_path

ROOT = Path(__file__).resolve().parents[2]
SAMPLES = data_path("samples")
SCORER = ROOT.parent / "shared" / "bench" / "score.py"
SIDES = ("left", "right")
OPENING = "“\""
CLOSING = "”\""


def load_gold() -> dict:
    return json.loads((SAMPLES / "gold.json").read_text(encoding="utf-8"))


def document(side: str) -> str:
    return (SAMPLES / load_gold()[side]).read_text(encoding="utf-8")


def gold_sentences(gold: dict, side: str) -> list[str]:
    """Every sentence the gold names for one side, in the order it names them."""
    listed = [text for group in gold["pairs"] for text in group[side]]
    return listed + list(gold[f"{side}_only"])


def paragraphs(text: str) -> list[str]:
    return [line for line in text.split("\n") if line.strip()]


def squeeze(text: str) -> str:
    return re.sub(r"\s+", " ", text).strip()


def quote_pieces(entry: dict | None) -> list[str]:
    if entry is None:
        return []
    return entry["text"] if isinstance(entry["text"], list) else [entry["text"]]


def test_texts_are_paragraphs_of_plain_text() -> None:
    for side in SIDES:
        text = document(side)
        lines = text.rstrip("\n").split("\n")
        assert all(line.strip() for line in lines[::2]), f"{side}: a paragraph line is empty"
        assert all(not line for line in lines[1::2]), f"{side}: paragraphs need one blank line between them"
        assert lines[0].rstrip()[-1] not in ".!?", f"{side}: the headline ends with punctuation"
        assert "\"" not in text and "'" not in text, f"{side}: straight quote marks in a wire-style text"


@pytest.mark.parametrize("side", SIDES)
def test_every_gold_sentence_is_in_its_document_once(side: str) -> None:
    gold = load_gold()
    text = squeeze(document(side))
    named = gold_sentences(gold, side)
    assert len(named) == len(set(named)), f"{side}: a sentence is named twice in the gold"
    for sentence in named:
        assert text.count(squeeze(sentence)) == 1, f"{side}: not found exactly once: {sentence[:60]!r}"


@pytest.mark.parametrize("side", SIDES)
def test_gold_sentences_tile_every_paragraph(side: str) -> None:
    """Every sentence of the document appears in the gold: within each paragraph the
    gold sentences, in text order, leave nothing but the spaces between them."""
    named = gold_sentences(load_gold(), side)
    for paragraph in paragraphs(document(side)):
        inside = sorted((paragraph.find(s), s) for s in named if s in paragraph)
        at = 0
        for start, sentence in inside:
            assert not paragraph[at:start].strip(), f"{side}: no gold sentence covers {paragraph[at:start]!r}"
            at = start + len(sentence)
        assert not paragraph[at:].strip(), f"{side}: no gold sentence covers {paragraph[at:]!r}"


def test_pairs_are_well_formed() -> None:
    gold = load_gold()
    for group in gold["pairs"]:
        assert group["left"] and group["right"]
        assert len(group["left"]) + len(group["right"]) <= 3, "only 1:1, 1:2 and 2:1 groups"
        if group["kind"] == "identical":
            words = [re.findall(r"\w+", " ".join(group[side]).lower()) for side in SIDES]
            assert words[0] == words[1], f"identical group differs in words: {group['left'][0][:50]!r}"
        else:
            assert group["kind"] == "reworded"
    shapes = [(len(g["left"]), len(g["right"])) for g in gold["pairs"]]
    assert shapes.count((1, 2)) >= 2 and shapes.count((2, 1)) >= 1
    assert gold["left_only"] and gold["right_only"]


@pytest.mark.parametrize("side", SIDES)
def test_quote_texts_stand_between_quote_marks(side: str) -> None:
    text = document(side)
    for item in load_gold()["quotes"]:
        for piece in quote_pieces(item[side]):
            at = text.find(piece)
            assert at > 0, f"{side}: quote not found: {piece[:50]!r}"
            assert text[at - 1] in OPENING, f"{side}: no opening mark before {piece[:50]!r}"
            assert text[at + len(piece)] in CLOSING, f"{side}: no closing mark after {piece[:50]!r}"


def test_quote_changes_agree_with_the_quotes() -> None:
    seen: set[str] = set()
    for item in load_gold()["quotes"]:
        left, right, changes = item["left"], item["right"], set(item["changes"])
        for entry in (left, right):
            if entry is not None:
                assert entry["speaker"] and entry["verb"]
        if left is None:
            assert changes == {"only-right"}
        elif right is None:
            assert changes == {"only-left"}
        else:
            words = [re.findall(r"\w+", " ".join(quote_pieces(e)).lower()) for e in (left, right)]
            assert ("wording" in changes) == (words[0] != words[1])
            assert ("attribution" in changes) == (left["speaker"][0] != right["speaker"][0])
            assert ("verb" in changes) == (left["verb"] != right["verb"])
        seen |= changes
    assert {"wording", "attribution", "verb", "only-left", "only-right"} <= seen


def load_scorer() -> ModuleType:
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    assert spec and spec.loader
    module = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(module)
    return module


@pytest.fixture(scope="module")
def sample_scores(tmp_path_factory: pytest.TempPathFactory) -> dict[str, float]:
    if not SCORER.exists():
        pytest.skip("the shared scorer (../shared/bench/score.py) is absent")
    if importlib.util.find_spec("unquote.cli") is None:
        pytest.skip("the command line (unquote.cli) is not there yet")
    gold = load_gold()
    out = tmp_path_factory.mktemp("sample") / "sample.unquote"
    run = subprocess.run(
        [sys.executable, "-m", "unquote", "compare", str(SAMPLES / gold["left"]),
         str(SAMPLES / gold["right"]), "-o", str(out), "-q"],
        capture_output=True, text=True, cwd=ROOT,
    )
    assert run.returncode == 0, f"unquote compare failed:\n{run.stderr[-2000:]}"
    metrics, lost = load_scorer().score(gold, json.loads(out.read_text(encoding="utf-8")))
    assert not lost, f"gold text not found in the saved comparison: {lost}"
    return metrics


@pytest.mark.parametrize("metric", ["align_f1", "quote_f1"])
def test_engine_scores_on_the_sample(sample_scores: dict[str, float], metric: str) -> None:
    assert sample_scores[metric] >= 0.9, f"{metric} = {sample_scores[metric]:.3f}"
