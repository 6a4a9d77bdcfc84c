"""Print how long the quotation phase takes on synthetic article pairs of growing size.

Run: .venv/bin/python tests/benchmarks/bench_quotes.py [SENTENCES ...]   (default 2000 10000 20000)
Each pair comes from synthetic.make_pair (invented news text and its rewrite, seed 1); the
sentence alignment is the real pipeline's. The quotation phase (find_quotes on both sides,
then match_quotes) is run again on the finished comparison and timed on its own, wall clock
and CPU (the CPU figure is steadier on a shared machine); "per 1k" is the wall time per
thousand left sentences, which stays flat when the growth is linear.
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "tools"))
from synthetic import make_pair

from unquote.engine.run.compare import compare
from unquote.engine.loading import load_text
from unquote.engine.quotes import find_quotes, match_quotes

SIZES = (2000, 10000, 20000)


def quote_phase(sentences: int) -> None:
    pair = make_pair(sentences, 1)
    left, right = load_text(pair.left_text, source="left"), load_text(pair.right_text, source="right")
    t0 = time.perf_counter()
    c = compare(left, right)
    pipeline = time.perf_counter() - t0
    wall0, cpu0 = time.perf_counter(), time.process_time()
    lq = find_quotes(c.left, c.left_sentences)
    rq = find_quotes(c.right, c.right_sentences)
    wall1 = time.perf_counter()
    matches = match_quotes(c.left, c.right, c.left_sentences, c.right_sentences, c.links, lq, rq, c.settings)
    wall2, cpu2 = time.perf_counter(), time.process_time()
    assert (lq, rq, matches) == (c.left_quotes, c.right_quotes, c.quote_matches)
    total = wall2 - wall0
    print(f"{len(c.left_sentences):>9} {len(left.text):>10} {len(lq):>6}/{len(rq):<6} {wall1 - wall0:>8.3f} "
          f"{wall2 - wall1:>8.3f} {total:>8.3f} {cpu2 - cpu0:>8.3f} {1000 * total / len(c.left_sentences):>8.3f} "
          f"{pipeline:>10.2f}", flush=True)


def main() -> None:
    sizes = [int(a) for a in sys.argv[1:]] or list(SIZES)
    print(f"{'sentences':>9} {'chars':>10} {'quotes L/R':>13} {'find s':>8} {'match s':>8} {'quotes s':>8} "
          f"{'cpu s':>8} {'per 1k':>8} {'compare s':>10}")
    for n in sizes:
        quote_phase(n)


if __name__ == "__main__":
    main()
