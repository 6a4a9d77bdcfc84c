"""Score every gold-annotated pair in ../shared/data (seed, wikinews-*, cases/*) in one run.

Run: .venv/bin/python tests/benchmarks/score_shared.py [NAME-SUBSTRING ...]
Each pair is compared by a new `python -m unquote compare LEFT RIGHT -o OUT` process (what a
user runs), then scored by ../shared/bench/score.py --json. Prints one line per pair with
every metric, so before/after figures can be put side by side.
"""
from __future__ import annotations

import json
import subprocess
import sys
import tempfile
from pathlib import Path

ROOT = Path(__file__).resolve().parents[2]
SHARED = ROOT.parent / "shared"
SCORE = SHARED / "bench" / "score.py"
COLUMNS = ("align_f1", "unmatched_f1", "kind_acc", "quote_f1", "speaker_acc", "qmatch_f1", "qonly_acc",
           "change_acc", "attribution_recall", "attribution_false", "verb_recall", "verb_false",
           "gold_text_not_found")


def pairs() -> list[tuple[str, Path, Path, Path]]:
    """(name, gold, left, right) for every annotated pair in shared/data."""
    found = []
    for gold in sorted((SHARED / "data").glob("**/gold.json")):
        spec = json.loads(gold.read_text(encoding="utf-8"))
        folder = gold.parent
        left, right = (folder / (spec[side] if isinstance(spec[side], str) else spec[side]["file"])
                       for side in ("left", "right"))
        found.append((str(folder.relative_to(SHARED / "data")), gold, left, right))
    return found


def score(gold: Path, left: Path, right: Path) -> dict:
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.unquote"
        subprocess.run([sys.executable, "-m", "unquote", "compare", str(left), str(right), "-o", str(out)],
                       check=True, capture_output=True)
        done = subprocess.run([sys.executable, str(SCORE), str(gold), str(out), "--json"],
                              check=True, capture_output=True, text=True)
    return json.loads(done.stdout.splitlines()[0])


def main(argv: list[str]) -> None:
    for name, gold, left, right in pairs():
        if argv and not any(word in name for word in argv):
            continue
        metrics = score(gold, left, right)
        cells = [f"{k}={metrics[k]:.3f}" if isinstance(metrics[k], float) else f"{k}={metrics[k]}"
                 for k in COLUMNS if k in metrics]
        print(f"{name:36s} " + " ".join(cells), flush=True)


if __name__ == "__main__":
    main(sys.argv[1:])
