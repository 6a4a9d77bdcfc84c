"""Engine benchmark: time, memory and alignment quality, as a user meets them.

    .venv/bin/python tests/benchmarks/bench_engine.py [--sizes 2000 10000 20000] [--repeats 3] [--seed 0]
    .venv/bin/python tests/benchmarks/bench_engine.py --in-process [--sizes ...]

By default every figure is a whole process, started fresh (no warm-up: imports, the
quotation finder's child process and writing the file are all counted): ``unquote
--version``, ``unquote compare`` of the sample pair (desktop/unquote/data/samples) and of synthetic
pairs of each size, and side by side the naive peer (tools/naive_peer.py: rapidfuzz cdist +
Hungarian) on the 2,000-sentence pair, so that the ratio of the two means something on
a busy machine. The jobs run in turn, ``--repeats`` rounds, and the median is printed
with the range; then one more round, not timed, measures the peak memory of the whole
process tree (tools/process_tree.py: sampling it slows what it measures). Alignment F1
against the generated gold, the growth from one size to the next and the load average
follow. Start-up alone: ``python -X importtime -m unquote compare L R -o OUT``.

``--in-process`` runs the former measure: each size in a fresh child that loads,
compares and saves in-process after a warm-up on a small pair, untraced for the wall time
and the max RSS (``resource.getrusage``) and CPU time, then under ``tracemalloc`` for the
peak of Python allocations during the run alone; and the seed pair in-process.
Alignment F1 maps the engine's sentences to the gold sentences by overlap, as
../shared/bench/score.py does.
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
from itertools import pairwise
from pathlib import Path
from statistics import median

sys.path.insert(0, str(Path(__file__).parent / "tools"))
from process_tree import Measured, run_measured
#: The processes timed start as a user's do, from compiled modules (pip compiles them at
#: install, an editable install on its first run): a PYTHONDONTWRITEBYTECODE in this shell
#: would have every start compile the package again (about 0.1 s).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
from synthetic import Span, SyntheticPair, make_pair
from unquote.engine.files import fileformat
from unquote.engine.run.compare import compare
from unquote.engine.loading import load_path
from unquote.engine.model import Comparison, Sentence
from unquote.engine.settings import Settings

ROOT = Path(__file__).resolve().parents[2]
SEED_PAIR = ROOT.parent / "shared" / "data" / "seed"
SAMPLE_PAIR = ROOT / "desktop" / "unquote" / "data" / "samples"
PEER = Path(__file__).parent / "tools" / "naive_peer.py"
#: Sentences a side of the pair the naive peer compares (it is quadratic).
PEER_SIZE = 2000
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


def growth(small: dict[str, float], large: dict[str, float]) -> str:
    """How time and memory grow from one size to a larger one."""
    def extra(row: dict[str, float]) -> float:
        return max(row["rss_mb"] - row["rss_before_mb"], 1.0)
    n = large["sentences"] / small["sentences"]
    return (f"growth {large['sentences'] // 1000:.0f}k/{small['sentences'] // 1000:.0f}k ({n:.1f} = linear): "
            f"wall x{large['wall_s'] / small['wall_s']:.2f}, CPU x{large['cpu_s'] / small['cpu_s']:.2f}, "
            f"traced peak x{large['traced_peak_mb'] / small['traced_peak_mb']:.2f}, "
            f"RSS above baseline x{extra(large) / extra(small):.2f}")


def unquote_argv(*args: str) -> list[str]:
    return [sys.executable, "-m", "unquote", *args]


def whole_process(sizes: list[int], repeats: int, seed: int) -> int:
    """Every job as a new process, ``repeats`` rounds in turn; medians and ranges."""
    print(f"load average at start: {' '.join(f'{x:.2f}' for x in os.getloadavg())} on {os.cpu_count()} cores")
    print("whole processes, no warm-up; memory: peak over the process tree (the command and its children), "
          "PSS sum (shared pages split) and RSS sum (upper bound), sampled every 20 ms in a round of its own")
    with tempfile.TemporaryDirectory() as tmp:
        folder = Path(tmp)
        pairs: dict[str, SyntheticPair] = {}
        jobs: dict[str, list[str]] = {
            "unquote --version": unquote_argv("--version"),
            "compare sample pair": unquote_argv("compare", str(SAMPLE_PAIR / "original.txt"),
                                                str(SAMPLE_PAIR / "rewrite.txt"), "-o", str(folder / "sample.unquote"),
                                                "-q")}
        for n in sizes:
            (folder / str(n)).mkdir()
            pair = pairs[f"compare {n}"] = make_pair(n, seed)
            left, right = write_pair(pair, folder / str(n))
            jobs[f"compare {n}"] = unquote_argv("compare", str(left), str(right), "-o", str(folder / f"{n}.unquote"),
                                                "-q", "--max-sentences", str(2 * n))  # 20k is at the default limit
            if n == PEER_SIZE:
                jobs[f"naive peer {n}"] = [sys.executable, str(PEER), str(left), str(right),
                                           str(folder / f"{n}.peer.json")]
        runs: dict[str, list[Measured]] = {name: [] for name in jobs}
        for _ in range(repeats):
            for name, argv in jobs.items():
                runs[name].append(run_measured(argv, cwd=str(ROOT), memory=False))
        memory = {name: run_measured(argv, cwd=str(ROOT)) for name, argv in jobs.items()}
        f1 = {name: alignment_f1(fileformat.load(folder / f"{name.split()[1]}.unquote"), pair)[2]
              for name, pair in pairs.items()}
    print(f"{'job':<22} {'wall s (median, min-max)':>25} {'tree PSS':>9} {'tree RSS':>9} {'align F1':>8}")
    for name, measured in runs.items():
        walls = [m.wall_s for m in measured]
        print(f"{name:<22} {median(walls):>8.3f} ({min(walls):.3f}-{max(walls):.3f}) "
              f"{memory[name].tree_pss_mb:>7.0f}MB {memory[name].tree_rss_mb:>7.0f}MB "
              f"{f1[name] if name in f1 else float('nan'):>8.3f}", flush=True)

    def wall(name: str) -> float:
        return median(m.wall_s for m in runs[name])

    def pss(name: str) -> float:
        return memory[name].tree_pss_mb
    for low, high in pairwise(sizes):
        a, b = f"compare {low}", f"compare {high}"
        print(f"growth {low} -> {high} sentences (x{high / low:.1f} = linear): wall x{wall(b) / wall(a):.2f}, "
              f"tree PSS x{pss(b) / pss(a):.2f}")
    if f"naive peer {PEER_SIZE}" in runs:
        print(f"unquote / naive peer at {PEER_SIZE} sentences: wall x{wall(f'compare {PEER_SIZE}') / wall(f'naive peer {PEER_SIZE}'):.2f}")
    print(f"load average at end: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    return 0


def in_process(sizes: list[int], seed: int) -> int:
    print(f"load average at start: {os.getloadavg()[0]:.2f} on {os.cpu_count()} cores")
    print("max RSS: the whole child process (resource.getrusage), 'before' = after imports, a warm-up run and "
          "generating the pair; traced peak: tracemalloc, Python allocations of the run alone")
    print(f"{'sentences':>9} {'MB':>6} {'wall s':>7} {'CPU s':>6} {'RSS before':>10} {'max RSS':>8} "
          f"{'traced peak':>11} {'align P':>7} {'R':>6} {'F1':>6}")
    rows = {}
    for n in sizes:
        row = rows[n] = in_child(n, seed)
        print(f"{n:>9} {row['mb']:>6.2f} {row['wall_s']:>7.2f} {row['cpu_s']:>6.2f} {row['rss_before_mb']:>8.0f}MB "
              f"{row['rss_mb']:>6.0f}MB {row['traced_peak_mb']:>9.0f}MB {row['p']:>7.3f} {row['r']:>6.3f} "
              f"{row['f1']:>6.3f}", flush=True)
    for low, high in pairwise(sizes):
        print(growth(rows[low], rows[high]))
    if SEED_PAIR.exists():
        print(f"seed pair (load, compare, save; in-process, best of 5): {seed_pair_ms():.1f} ms")
    return 0


def main() -> int:
    ap = argparse.ArgumentParser(description=__doc__.splitlines()[0])
    ap.add_argument("--sizes", type=int, nargs="+", default=[2000, 10000, 20000],
                    help="sentences per side (default 2000 10000 20000)")
    ap.add_argument("--repeats", type=int, default=3, help="rounds of whole-process runs (default 3)")
    ap.add_argument("--seed", type=int, default=0)
    ap.add_argument("--in-process", action="store_true", help="the in-process measure with warm-up instead")
    ap.add_argument("--one", type=int, help=argparse.SUPPRESS)
    a = ap.parse_args()
    if a.one:
        print(json.dumps(one_size(a.one, a.seed)))
        return 0
    if a.in_process:
        return in_process(a.sizes, a.seed)
    return whole_process(a.sizes, a.repeats, a.seed)


if __name__ == "__main__":
    sys.exit(main())
