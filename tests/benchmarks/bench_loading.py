"""How long loading takes: a 1.3 MB UTF-8 text (the target is well under 0.1 s), the same
text in Windows-1252 (charset-normalizer runs), and the fixture HTML, docx and PDF.

Run: .venv/bin/python tests/benchmarks/bench_loading.py
"""
from __future__ import annotations

import tempfile
import time
from pathlib import Path

from unquote.engine.loading import load_path

FIXTURES = Path(__file__).parent.parent / "fixtures" / "loading"
PARAGRAPH = ("The harbour council postponed its vote on ferry fares on Tuesday after residents "
             "of the outer islands filled the public gallery. \u201cWe were given the figures on "
             "Friday,\u201d said Mara Oduya. Caf\u00e9 owners weren\u2019t told.\n\n")
REPEATS = 5


def best_of(path: Path) -> float:
    times = []
    for _ in range(REPEATS):
        start = time.perf_counter()
        load_path(path)
        times.append(time.perf_counter() - start)
    return min(times)


def main() -> None:
    text = PARAGRAPH * (1_300_000 // len(PARAGRAPH.encode("utf-8")))
    with tempfile.TemporaryDirectory() as folder:
        utf8 = Path(folder) / "big.txt"
        utf8.write_bytes(text.encode("utf-8"))
        cp1252 = Path(folder) / "big-cp1252.txt"
        cp1252.write_bytes(text.encode("cp1252"))
        cases = [utf8, cp1252] + [FIXTURES / n for n in ("html/farm_page.html", "docx/library.docx",
                                                         "pdf/report.pdf", "markdown/story.md")]
        for path in cases:
            size = path.stat().st_size / 1e6
            print(f"{path.name:18} {size:7.3f} MB  {best_of(path) * 1000:8.1f} ms (best of {REPEATS})")


if __name__ == "__main__":
    main()
