"""Run the fuzz corpus through ``unquote compare`` with a time and memory bound per case.

    .venv/bin/python tests/engine/loading/hostile/fuzz_run.py [--only SUBSTRING ...] [--jobs 2] [--json OUT]

The modules are imported once; each case then runs in a forked child (so a case costs
milliseconds, not an interpreter start) as ``unquote compare CASE rewrite.txt -o OUT``
against the sample rewrite, killed after ``--kill-after`` seconds of wall time. The
child's processor time and peak resident memory come from wait4: the time bound is on
processor time, so that other work on a shared machine cannot fail a case (wall time is
printed too). A case passes when it exits 0 (a comparison written) or 3 with one error
line, no traceback, within the bounds: 10 s for inputs under 1 MB, 1 GB of memory for all. Prints one line per failing case and a summary with the figures.
"""
from __future__ import annotations

import argparse
import json
import os
import resource
import signal
import sys
import tempfile
import time
from dataclasses import asdict, dataclass
from pathlib import Path

os.environ.setdefault("OPENBLAS_NUM_THREADS", "1")
os.environ.setdefault("OMP_NUM_THREADS", "1")
HERE = Path(__file__).resolve().parent
ROOT = HERE.parents[3]
sys.path[:0] = [str(HERE), str(ROOT / "desktop")]

from fuzz_corpus import Case, corpus  # noqa: E402

PARTNER = ROOT / "desktop" / "unquote" / "data" / "samples" / "rewrite.txt"
MB = 1 << 20
#: The bounds issue 13 sets: seconds for an input under 1 MB, and memory for any input.
TIME_BOUND_S = 10.0
MEMORY_BOUND_MB = 1024
#: Address-space cap of a child: far above the bound, only there to protect the machine.
ADDRESS_CAP = 6 * 1024 * MB


@dataclass
class Outcome:
    name: str
    size: int
    exit: int | None
    signal: int | None
    seconds: float
    cpu_seconds: float
    rss_mb: float
    stderr: str

    def problems(self, time_bound: float) -> list[str]:
        found = []
        if self.signal is not None:
            found.append(f"killed by signal {self.signal}")
        elif self.exit not in (0, 3):
            found.append(f"exit {self.exit}")
        lines = self.stderr.strip().splitlines()
        if "Traceback" in self.stderr:
            found.append("traceback")
        if self.exit == 3 and len(lines) != 1:
            found.append(f"{len(lines)} error lines")
        if "memory" in self.stderr.lower():
            found.append("ran out of memory")
        if self.size < MB and self.cpu_seconds > time_bound:
            found.append(f"{self.cpu_seconds:.1f} s of processor time")
        if self.rss_mb > MEMORY_BOUND_MB:
            found.append(f"{self.rss_mb:.0f} MB")
        return found


def preload() -> None:
    """Import everything a comparison may need, so that children start warm."""
    import trafilatura  # noqa: F401

    import unquote.cli  # noqa: F401
    import unquote.engine.run.compare  # noqa: F401
    import unquote.engine.loading.formats.docx  # noqa: F401
    import unquote.engine.loading.formats.pdf  # noqa: F401
    import unquote.engine.report  # noqa: F401


def child(path: Path, out: Path, errors: Path, kill_after: float) -> None:
    """In the forked child: run the command line on ``path`` and exit with its code."""
    try:
        resource.setrlimit(resource.RLIMIT_AS, (ADDRESS_CAP, ADDRESS_CAP))
        signal.signal(signal.SIGALRM, signal.SIG_DFL)
        signal.setitimer(signal.ITIMER_REAL, kill_after)
        err = os.open(errors, os.O_WRONLY | os.O_CREAT | os.O_TRUNC)
        null = os.open(os.devnull, os.O_RDWR)
        os.dup2(null, 0)
        os.dup2(null, 1)
        os.dup2(err, 2)
        from unquote.cli import main

        code = main(["compare", "-q", str(path), str(PARTNER), "-o", str(out)])
        sys.stdout.flush()
        sys.stderr.flush()
    except BaseException:  # noqa: BLE001 - anything escaping main is a finding
        import traceback

        traceback.print_exc()
        sys.stderr.flush()
        code = 70
    os._exit(code)


def report(o: Outcome, time_bound: float) -> None:
    """Print a failing case's line at once (a long run shows its findings as they come)."""
    problems = o.problems(time_bound)
    if problems:
        last = (o.stderr.strip().splitlines() or [""])[-1][:200]
        print(f"FAIL {o.name}: {', '.join(problems)} | {o.seconds:.1f} s wall, "
              f"{o.cpu_seconds:.1f} s processor, {o.rss_mb:.0f} MB | {last}",
              flush=True)


def run(cases: list[Case], jobs: int, kill_after: float, folder: Path,
        time_bound: float = TIME_BOUND_S) -> list[Outcome]:
    """Run ``cases``, ``jobs`` at a time; each gets a fresh child."""
    running: dict[int, tuple[Case, int, float, Path]] = {}
    outcomes: list[Outcome] = []
    pending = list(cases)
    while pending or running:
        while pending and len(running) < jobs:
            case = pending.pop(0)
            data = case.build()
            path = folder / f"{case.name}{case.suffix}"
            path.write_bytes(data)
            errors = folder / f"{case.name}.err"
            pid = os.fork()
            if pid == 0:
                child(path, folder / f"{case.name}.out.json", errors, kill_after)
            running[pid] = (case, len(data), time.monotonic(), errors)
        pid, status, usage = os.wait4(-1, 0)
        if pid not in running:
            continue
        case, size, started, errors = running.pop(pid)
        seconds = time.monotonic() - started
        text = errors.read_text(encoding="utf-8", errors="replace") if errors.exists() else ""
        outcomes.append(Outcome(
            name=case.name, size=size,
            exit=os.WEXITSTATUS(status) if os.WIFEXITED(status) else None,
            signal=os.WTERMSIG(status) if os.WIFSIGNALED(status) else None,
            seconds=round(seconds, 3), cpu_seconds=round(usage.ru_utime + usage.ru_stime, 3),
            rss_mb=round(usage.ru_maxrss / 1024, 1), stderr=text[:2000]))
        report(outcomes[-1], time_bound)
        for leftover in folder.glob(f"{case.name}*"):
            leftover.unlink()
    return outcomes


def summary(outcomes: list[Outcome], time_bound: float) -> dict[str, object]:
    small = [o for o in outcomes if o.size < MB]
    return {
        "cases": len(outcomes),
        "compared": sum(o.exit == 0 for o in outcomes),
        "refused": sum(o.exit == 3 for o in outcomes),
        "failing": sum(bool(o.problems(time_bound)) for o in outcomes),
        "tracebacks": sum("Traceback" in o.stderr for o in outcomes),
        "max_cpu_seconds_under_1MB": max((o.cpu_seconds for o in small), default=0.0),
        "max_wall_seconds_under_1MB": max((o.seconds for o in small), default=0.0),
        "max_cpu_seconds": max((o.cpu_seconds for o in outcomes), default=0.0),
        "total_wall_seconds": round(sum(o.seconds for o in outcomes), 1),
        "max_rss_mb": max((o.rss_mb for o in outcomes), default=0.0),
        "largest_input_mb": round(max((o.size for o in outcomes), default=0) / MB, 1),
    }


def main(argv: list[str] | None = None) -> int:
    parser = argparse.ArgumentParser(description=__doc__.split("\n\n")[0])
    parser.add_argument("--only", nargs="*", default=[], help="run the cases whose name has one of these")
    parser.add_argument("--jobs", type=int, default=2)
    parser.add_argument("--kill-after", type=float, default=60.0, help="seconds before a case is killed")
    parser.add_argument("--time-bound", type=float, default=TIME_BOUND_S)
    parser.add_argument("--json", type=Path, help="write every outcome and the summary here")
    args = parser.parse_args(argv)
    cases = [c for c in corpus() if not args.only or any(s in c.name for s in args.only)]
    preload()
    with tempfile.TemporaryDirectory(prefix="unquote-fuzz-") as tmp:
        os.environ["UNQUOTE_LOG_DIR"] = str(Path(tmp) / "logs")
        outcomes = run(cases, args.jobs, args.kill_after, Path(tmp), args.time_bound)
    figures = summary(outcomes, args.time_bound)
    print(json.dumps(figures))
    if args.json:
        args.json.write_text(json.dumps({"summary": figures, "outcomes": [asdict(o) for o in outcomes]},
                                        indent=1), encoding="utf-8")
    return 1 if figures["failing"] else 0


if __name__ == "__main__":
    sys.exit(main())
