"""An invented pair with a gold annotation in the shared format, scored by the shared scorer.

tests/fixtures/quotes/gold_pair/ mixes straight and British single quotes, an interrupted
quote that the rewrite breaks up, a quote turned into indirect speech, an unclosed
multi-paragraph quote and a rewrite that runs on past the original. The scorer is read in
place from ../shared/bench/score.py; only its quote metrics apply (sentence pairs are not
annotated).
"""
from __future__ import annotations

import importlib.util
import json
from pathlib import Path

import pytest

from conftest import FIXTURES
from unquote.engine.run.compare import compare
from unquote.engine.files.fileformat import to_dict
from unquote.engine.loading import load_path

PAIR = FIXTURES / "quotes" / "gold_pair"
SCORER = Path(__file__).resolve().parents[5] / "shared" / "bench" / "score.py"


@pytest.fixture(scope="module")
def metrics() -> dict[str, float]:
    if not SCORER.exists():
        pytest.skip("the shared scorer is not next to the repository")
    spec = importlib.util.spec_from_file_location("shared_score", SCORER)
    score = importlib.util.module_from_spec(spec)
    spec.loader.exec_module(score)  # type: ignore[union-attr]
    gold = json.loads((PAIR / "gold.json").read_text(encoding="utf-8"))
    comparison = compare(load_path(PAIR / gold["left"]), load_path(PAIR / gold["right"]))
    result, lost = score.score(gold, json.loads(json.dumps(to_dict(comparison))))
    assert not lost
    return result


@pytest.mark.parametrize("name, floor", [
    ("quote_f1", 1.0), ("speaker_acc", 1.0), ("qmatch_f1", 1.0), ("qonly_acc", 1.0),
    ("change_acc", 1.0), ("attribution_recall", 1.0), ("verb_recall", 1.0),
])
def test_metric(metrics, name, floor):
    assert metrics[name] >= floor


def test_no_false_attribution(metrics):
    assert metrics["attribution_false"] == 0
