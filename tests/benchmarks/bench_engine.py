"""Engine benchmark: time, memory and alignment quality on synthetic pairs, and the seed pair.

    .venv/bin/python tests/benchmarks/bench_engine.py [--sizes 2000 10000 20000] [--seed 0] [--cli]

Each size runs in a fresh child process (so its max RSS is its own): the pair is written
to temporary files, then loaded, compared and saved in-process (``load_path`` twice,
``compare``, ``fileformat.save``) after a warm-up on a small pair (the engine imports
some libraries on first use). The child runs this twice: once untraced for the wall
time and the max RSS (``resource.getrusage``, the whole process: interpreter, imports and
the generated pair included, so the RSS after imports is printed too) and the CPU time
(less disturbed than wall time when other work shares the cores), then once under
``tracemalloc`` for the peak of Python allocations during the run alone. Alignment F1 maps
the engine's sentences to the gold sentences by overlap, as ../shared/bench/score.py does.
"""
from __future__ import annotations

import argparse
import gc
import json
import os
import resource
import subprocess
import sys
import tempfile
import time
import tracemalloc
from pathlib import Path

from synthetic import Span, SyntheticPair, make_pair
from unquote.engine import fileformat
from unquote.engine.compare import compare
from unquote.engine.loading import load_path
from unquote.engine.model import Comparison, Sentence
from unquote.engine.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEED_PAIR = ROOT.parent / "shared" / "data" / "seed"
MEGABYTE = 1024 * 1024
#: Sentences of the small pair each child runs first, so lazy imports are not timed.
WARM_UP = 60


def run_engine(left: Path, right: Path, out: Path) -> Comparison:
    """What the window and the command line do: load both, compare, save."""
    comparison = compare(load_path(left), load_path(right), Settings())
    fileformat.save(comparison, out)
    return comparison


def locate(text: str, source: str, spans: list[Span]) -> list[Span]:
    """Where the gold sentences (spans of ``source``) lie in the loaded ``text``.

    The loader may trim or normalise the text, so each sentence is looked up in order."""
    out, at = [], 0
    for start, end in spans:
        found = text.find(source[start:end], at)
        if found < 0:
            raise ValueError(f"gold sentence not in the loaded text: {source[start:end][:60]!r}")
        out.append((found, found + end - start))
        at = found + end - start
    return out


def gold_ids(sentences: tuple[Sentence, ...], gold: list[Span]) -> list[set[int]]:
    """For each engine sentence, the gold sentences sharing half of the shorter of the two."""
    out: list[set[int]] = []
    g = 0
    for s in sentences:
        while g < len(gold) and gold[g][1] <= s.start:
            g += 1
        hits, k = set(), g
        while k < len(gold) and gold[k][0] < s.end:
            overlap = min(s.end, gold[k][1]) - max(s.start, gold[k][0])
            if overlap > 0 and overlap >= 0.5 * min(s.end - s.start, gold[k][1] - gold[k][0]):
                hits.add(k)
            k += 1
        out.append(hits)
    return out


def alignment_f1(c: Comparison, pair: SyntheticPair) -> tuple[float, float, float]:
    """Precision, recall and F1 of sentence pairs against the generated gold."""
    ids, pairs = {}, {}
    for side, text, source in (("left", c.left.text, pair.left_text), ("right", c.right.text, pair.right_text)):
        index = 0 if side == "left" else 1
        spans = sorted({span for group in pair.groups for span in group[index]}
                       | set(pair.left_only if side == "left" else pair.right_only))
        located = locate(text, source, spans)
        ids[side] = dict(zip(spans, range(len(spans))))
        pairs[side] = gold_ids(c.sentences(side), located)
    gold = {(ids["left"][a], ids["right"][b]) for ls, rs in pair.groups for a in ls for b in rs}
    found = {(gl, gr) for link in c.links
             for gl in set().union(*(pairs["left"][i] for i in link.left))
             for gr in set().union(*(pairs["right"][i] for i in link.right))}
    tp = len(gold & found)
    p = tp / len(found) if found else 0.0
    r = tp / len(gold) if gold else 0.0
    return p, r, (2 * p * r / (p + r) if p + r else 0.0)


def write_pair(pair: SyntheticPair, folder: Path) -> tuple[Path, Path]:
    left, right = folder / "left.txt", folder / "right.txt"
    left.write_text(pair.left_text, encoding="utf-8")
    right.write_text(pair.right_text, encoding="utf-8")
    return left, right


def max_rss_mb() -> float:
    return resource.getrusage(resource.RUSAGE_SELF).ru_maxrss / 1024  # KiB on Linux


def one_size(sentences: int, seed: int) -> dict[str, float]:
    """Measure one size in this process; called in a child by ``main``."""
    pair = make_pair(sentences, seed)
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "out.unquote"
        run_engine(*write_pair(make_pair(WARM_UP, seed + 1), Path(tmp)), out)
        left, right = write_pair(pair, Path(tmp))
        gc.collect()
        rss_before = max_rss_mb()
        started, cpu_started = time.perf_counter(), time.process_time()
        comparison = run_engine(left, right, out)
        wall, cpu = time.perf_counter() - started, time.process_time() - cpu_started
        rss = max_rss_mb()
        precision, recall, f1 = alignment_f1(comparison, pair)
        size = left.stat().st_size + right.stat().st_size
        del comparison
        gc.collect()
        tracemalloc.start()
        run_engine(left, right, out)
        peak = tracemalloc.get_traced_memory()[1]
        tracemalloc.stop()
    return {"sentences": sentences, "mb": size / MEGABYTE, "wall_s": wall, "cpu_s": cpu, "rss_before_mb": rss_before,
            "rss_mb": rss, "traced_peak_mb": peak / MEGABYTE, "p": precision, "r": recall, "f1": f1}


def in_child(sentences: int, seed: int) -> dict[str, float]:
    run = subprocess.run([sys.executable, __file__, "--one", str(sentences), "--seed", str(seed)],
                         capture_output=True, text=True, check=True)
    return json.loads(run.stdout.strip().splitlines()[-1])


def seed_pair_ms(repeats: int = 5) -> float:
    """Best wall time of load, compare and save on the seed pair, after a first warm run."""
    left, right = SEED_PAIR / "original.txt", SEED_PAIR / "rewrite.txt"
    with tempfile.TemporaryDirectory() as tmp:
        out = Path(tmp) / "seed.unquote"
        run_engine(left, right, out)
        best = float("inf")
        for _ in range(repeats):
            started = time.perf_counter()
            run_engine(left, right, out)
            best = min(best, time.perf_counter() - started)
    return best * 1000


def cli_seconds(sentences: int, seed: int) -> tuple[float, float]:
    """Wall time and child max RSS of ``python -m unquote compare L R -o OUT``."""
    pair = make_pair(sentences, seed)
    with tempfile.TemporaryDirectory() as tmp:
        left, right = write_pair(pair, Path(tmp))
        started = time.perf_counter()
        child = subprocess.Popen([sys.executable, "-m", "unquote", "compare", str(left), str(right),
                                  "-o", str(Path(tmp) / "out.unquote"), "-q"])
        _, status, usage = os.wait4(child.pid, 0)
        wall = time.perf_counter() - started
    if os.waitstatus_to_exitcode(status):
        raise RuntimeError(f"unquote compare exited with {os.waitstatus_to_exitcode(status)}")
    return wall, usage.ru_maxrss / 1024


def growth(small: dict[str, float], large: dict[str, float]) -> str:
    """How time and memory grow from one size to a larger one."""
    def extra(row: dict[str, float]) -> float:
        return max(row["rss_mb"] - row["rss_before_mb"], 1.0)
    n = large["sentences"] / small["sentences"]
    return (f"growth {large['sentences'] // 1000:.0f}k/{small['sentences'] // 1000:.0f}k ({n:.1f} = linear): "
            f"wall x{large['wall_s'] / small['wall_s']:.2f}, CPU x{large['cpu_s'] / small['cpu_s']:.2f}, "
            f"traced peak x{large['traced_peak_mb'] / small['traced_peak_mb']:.2f}, "
            f"RSS above baseline x{extra(large) / extra(small):.2f}")


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 20000],
                    help="sentences per side (default 2000 10000 20000)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--cli", action="store_true", help="also time the command line as a subprocess on 10k")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one_size(a.one, a.seed)))
        return 0
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print("max RSS: the whole child process (resource.getrusage), 'before' = after imports, a warm-up run and "
          "generating the pair; traced peak: tracemalloc, Python allocations of the run alone")
    print(f"{'sentences':>9} {'MB':>6} {'wall s':>7} {'CPU s':>6} {'RSS before':>10} {'max RSS':>8} "
          f"{'traced peak':>11} {'align P':>7} {'R':>6} {'F1':>6}")
    rows = {}
    for n in a.sizes:
        row = rows[n] = in_child(n, a.seed)
        print(f"{n:>9} {row['mb']:>6.2f} {row['wall_s']:>7.2f} {row['cpu_s']:>6.2f} {row['rss_before_mb']:>8.0f}MB "
              f"{row['rss_mb']:>6.0f}MB {row['traced_peak_mb']:>9.0f}MB {row['p']:>7.3f} {row['r']:>6.3f} "
              f"{row['f1']:>6.3f}", flush=True)
    for low, high in ((2000, 10000), (10000, 20000)):
        if low in rows and high in rows:
            print(growth(rows[low], rows[high]))
    if SEED_PAIR.exists():
        print(f"seed pair (load, compare, save; in-process, best of 5): {seed_pair_ms():.1f} ms")
    if a.cli:
        wall, rss = cli_seconds(10000, a.seed)
        print(f"command line, 10k sentences: {wall:.2f} s wall (start-up included), child max RSS {rss:.0f} MB")
    return 0


if __name__ == "__main__":
    sys.exit(main())
