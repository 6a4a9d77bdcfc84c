"""A 20 MB plain text against a 1 MB one through ``unquote compare``: wall time, peak
memory and the outcome (issue 13 asks for a comparison or a refusal naming the limit
within 30 s and 1.5 GB). Texts are invented (benchmarks/tools/synthetic.py), written to a
temporary folder, and each side's run is a fresh process.

Run: .venv/bin/python tests/benchmarks/bench_large_pair.py [EXTRA OPTIONS FOR compare]
"""
from __future__ import annotations

import resource
import subprocess
import sys
import tempfile
import time
from pathlib import Path

sys.path.insert(0, str(Path(__file__).parent / "tools"))

from synthetic import make_pair  # noqa: E402

MB = 1 << 20


def main() -> None:
    pair = make_pair(8000, seed=13)
    small = pair.right_text
    unit = pair.left_text + "\n\n"
    big = unit * (int(19.9 * MB) // len(unit.encode()))
    with tempfile.TemporaryDirectory() as tmp:
        left, right = Path(tmp) / "big.txt", Path(tmp) / "small.txt"
        left.write_text(big, encoding="utf-8")
        right.write_text(small, encoding="utf-8")
        start = time.perf_counter()
        run = subprocess.run([sys.executable, "-m", "unquote", "compare", "-q", str(left), str(right),
                              "-o", str(Path(tmp) / "out.json"), *sys.argv[1:]],
                             capture_output=True, text=True)
        seconds = time.perf_counter() - start
    peak = resource.getrusage(resource.RUSAGE_CHILDREN).ru_maxrss / 1024
    outcome = run.stderr.strip().splitlines()[-1] if run.stderr.strip() else "compared"
    print(f"left {len(big.encode()) / MB:.1f} MB, "
          f"right {len(small.encode()) / MB:.2f} MB: exit {run.returncode} in {seconds:.1f} s, "
          f"peak {peak:.0f} MB; {outcome}")


if __name__ == "__main__":
    main()
