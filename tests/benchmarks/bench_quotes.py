"""Print how long quotation extraction and matching take on growing invented documents.

Run: .venv/bin/python tests/benchmarks/bench_quotes.py
The documents are the invented fixture pairs of tests/fixtures/quotes/pairs/ joined and
repeated; the alignment comes from the real pipeline, which is timed separately.
"""
from __future__ import annotations

import time
from pathlib import Path

from unquote.engine.compare import compare
from unquote.engine.loading import load_text
from unquote.engine.quotes import find_quotes, match_quotes

PAIRS = Path(__file__).resolve().parent.parent / "fixtures" / "quotes" / "pairs"


def _texts(side: str) -> str:
    parts = [p.read_text(encoding="utf-8") for folder in sorted(PAIRS.iterdir())
             for p in folder.glob(f"{side}.txt")]
    return "\n\n".join(parts)


def main() -> None:
    left_base, right_base = _texts("left"), _texts("right")
    print(f"{'copies':>6} {'chars':>9} {'quotes L/R':>11} {'find s':>8} {'match s':>8} {'pipeline s':>10}")
    for copies in (1, 5, 20):
        left = load_text("\n\n".join([left_base] * copies))
        right = load_text("\n\n".join([right_base] * copies))
        t0 = time.perf_counter()
        c = compare(left, right)
        t1 = time.perf_counter()
        lq = find_quotes(c.left, c.left_sentences)
        rq = find_quotes(c.right, c.right_sentences)
        t2 = time.perf_counter()
        match_quotes(c.left, c.right, c.left_sentences, c.right_sentences, c.links, lq, rq, c.settings)
        t3 = time.perf_counter()
        print(f"{copies:>6} {len(left.text):>9} {len(lq):>5}/{len(rq):<5} {t2 - t1:>8.3f} {t3 - t2:>8.3f} {t1 - t0:>10.3f}")


if __name__ == "__main__":
    main()
