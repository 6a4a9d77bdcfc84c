"""Run `unquote compare` on every Aesop pair in one process, so an optional model loads once.

Usage: compare_pairs_in_process.py OUT [FLAG ...]   (e.g. OUT --meaning)
Writes OUT/<pair>.json for each folder of ../shared/data/aesop/pairs; score them with
  ../shared/bench/aesop.py -- sh -c 'cp OUT/$(basename $(dirname {left})).json {out}'
The outputs are those of the command line itself (the same ``unquote.cli.main``).
"""
from __future__ import annotations

import sys
import time
from pathlib import Path

import unquote.cli

PAIRS = Path(__file__).resolve().parents[3] / "shared" / "data" / "aesop" / "pairs"


def main(argv: list[str]) -> int:
    out, flags = Path(argv[0]), argv[1:]
    out.mkdir(parents=True, exist_ok=True)
    started = time.perf_counter()
    for pair in sorted(PAIRS.iterdir()):
        unquote.cli.main(["compare", str(pair / "left.txt"), str(pair / "right.txt"),
                          "-o", str(out / f"{pair.name}.json"), "-q", *flags])
    print(f"{len(list(PAIRS.iterdir()))} pairs in {time.perf_counter() - started:.1f} s", file=sys.stderr)
    return 0


if __name__ == "__main__":
    sys.exit(main(sys.argv[1:]))
