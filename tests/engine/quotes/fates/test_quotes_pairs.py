"""Quote matching and change labels on invented article pairs, through the whole pipeline.

Each case folder of tests/fixtures/quotes/pairs/ (grouped by what the pair tries: layout/ of
quotes and documents, speakers/, wording/) holds a left and a right document (plain text,
Markdown or HTML, read by the real loaders) and expected.json: the quote comparisons that
must appear (by the first words of each side's quote), their status and their exact change
labels, and every quote's speaker in reading order.
"""
from __future__ import annotations

import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from unquote.engine.run.compare import compare
from unquote.engine.loading import load_path
from unquote.engine.model import Comparison, QuoteMatch

PAIRS = FIXTURES / "quotes" / "pairs"
#: case name -> its folder
FOLDERS = {p.parent.name: p.parent for p in PAIRS.glob("*/*/expected.json")}
CASES = sorted(FOLDERS)


def _side_file(folder: Path, stem: str) -> Path:
    return next(p for p in folder.iterdir() if p.stem == stem)


@pytest.fixture(scope="module")
def comparisons() -> dict[str, Comparison]:
    return {name: compare(load_path(_side_file(FOLDERS[name], "left")), load_path(_side_file(FOLDERS[name], "right")))
            for name in CASES}


def _find(c: Comparison, left: str | None, right: str | None) -> QuoteMatch:
    def fits(index: int | None, side: str, prefix: str | None) -> bool:
        if prefix is None:
            return index is None
        return index is not None and c.quotes(side)[index].text.startswith(prefix)

    hits = [m for m in c.quote_matches if fits(m.left, "left", left) and fits(m.right, "right", right)]
    assert len(hits) == 1, f"no single comparison of {left!r} with {right!r}: {c.quote_matches}"
    return hits[0]


@pytest.mark.parametrize("name", CASES)
def test_expected_matches(comparisons, name):
    c = comparisons[name]
    expected = json.loads((FOLDERS[name] / "expected.json").read_text(encoding="utf-8"))
    for item in expected["matches"]:
        m = _find(c, item["left"], item["right"])
        assert m.status == item["status"], (item, m)
        assert set(m.changes) == set(item["changes"]), (item, m.changes)


@pytest.mark.parametrize("name", CASES)
def test_speakers(comparisons, name):
    c = comparisons[name]
    expected = json.loads((FOLDERS[name] / "expected.json").read_text(encoding="utf-8"))
    for side in ("left", "right"):
        assert [q.speaker for q in c.quotes(side)] == expected["speakers"][side]


@pytest.mark.parametrize("name", CASES)
def test_every_quote_part_in_exactly_one_comparison(comparisons, name):
    c = comparisons[name]
    for side in ("left", "right"):
        seen = [(m.quote(side), f) for m in c.quote_matches if m.quote(side) is not None
                for f in m.parts(side, c.quotes(side))]
        assert sorted(seen) == [(n, f) for n, q in enumerate(c.quotes(side)) for f in range(len(q.fragments))]
    for m in c.quote_matches:
        assert (m.status == "matched") == (m.left is not None and m.right is not None)
        if m.status == "paraphrased":
            assert m.paraphrase is not None
