"""The naive peer of ``unquote compare``: every sentence pair scored by rapidfuzz, then one
optimal one-to-one assignment (scipy's Hungarian solver), as a whole process.

    .venv/bin/python tests/benchmarks/tools/naive_peer.py LEFT RIGHT OUT

Sentences are cut at ., ! or ? followed by white space; the score is rapidfuzz's plain
``ratio`` (normalised Indel similarity: token_set_ratio, the scorer of the baseline in
../shared/bench/aesop.py, takes twenty times longer, over a minute at this size), and
pairs scoring at least 50 are written to OUT as JSON. It is timed next to Unquote in the same run so that the ratio of
the two stays meaningful on a busy machine. It is quadratic: use it at 2,000 sentences.
"""
from __future__ import annotations

import json
import re
import sys
from pathlib import Path

from rapidfuzz import fuzz, process, utils
from scipy.optimize import linear_sum_assignment

THRESHOLD = 50.0
_SENTENCE_END = re.compile(r"(?<=[.!?])\s+")


def sentences(path: str) -> list[str]:
    return [s for s in _SENTENCE_END.split(Path(path).read_text(encoding="utf-8")) if s.strip()]


def main() -> int:
    left, right, out = sys.argv[1:4]
    ls, rs = sentences(left), sentences(right)
    scores = process.cdist(ls, rs, scorer=fuzz.ratio, processor=utils.default_process)
    rows, cols = linear_sum_assignment(-scores)
    pairs = sorted((int(i), int(j)) for i, j in zip(rows, cols) if scores[i, j] >= THRESHOLD)
    Path(out).write_text(json.dumps({"left": len(ls), "right": len(rs), "pairs": pairs}), encoding="utf-8")
    return 0


if __name__ == "__main__":
    sys.exit(main())
