"""Comparison file benchmark: what reading a saved comparison costs, step by step.

    .venv/bin/python tests/benchmarks/bench_fileformat.py [--sizes 2000 10000] [--seed 0]

For each size a synthetic pair is compared once, saved, and its file read back: the
figures are the file's size, then the CPU seconds of parsing the JSON, of checking it
against the schema and its cross-references (engine/files/fileschema.py), of building the
Comparison, and of saving it again, each the best of three runs.
"""
from __future__ import annotations

import argparse
import json
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "tools"))
from synthetic import make_pair
from unquote.engine.files import fileformat, fileschema
from unquote.engine.run.compare import compare
from unquote.engine.loading import load_text


def best(work, runs: int = 3) -> float:
    times = []
    for _ in range(runs):
        start = time.process_time()
        work()
        times.append(time.process_time() - start)
    return min(times)


def figures(size: int, seed: int) -> dict[str, float]:
    """The costs for one synthetic pair of ``size`` sentences."""
    pair = make_pair(size, seed)
    c = compare(load_text(pair.left_text), load_text(pair.right_text))
    with tempfile.TemporaryDirectory() as folder:
        path = Path(folder) / "pair.unquote"
        fileformat.save(c, path)
        text = path.read_text(encoding="utf-8")
        data = json.loads(text)
        return {
            "file MB": len(text.encode("utf-8")) / 2 ** 20,
            "parse s": best(lambda: json.loads(text)),
            "check s": best(lambda: fileschema.validate(data, data["version"])),
            "build s": best(lambda: fileformat._comparison(data)),
            "load s": best(lambda: fileformat.load(path)),
            "save s": best(lambda: fileformat.save(c, path)),
        }


def main() -> None:
    parser = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    parser.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000])
    parser.add_argument("--seed", type=int, default=0)
    args = parser.parse_args()
    for size in args.sizes:
        line = ", ".join(f"{k} {v:.3f}" for k, v in figures(size, args.seed).items())
        print(f"{size} sentences: {line}")


if __name__ == "__main__":
    main()
