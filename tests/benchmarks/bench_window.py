"""The window's speed: launch to a shown seed comparison, and GUI-thread stalls on a big pair.

1. Launch: a child process runs ``unquote SEED_LEFT SEED_RIGHT`` up to the moment the
   comparison is drawn with all highlights; the figure is wall time from spawning it.
2. Stalls: a window loads a generated pair of SENTENCES sentences a side (default 10000,
   about 1.3 MB each); a QTimer ticks every 10 ms on the GUI thread and the longest gap
   between ticks is reported for four stretches: comparing (the documents are shown and
   the worker runs), showing the result (highlights applied in slices), scrolling, saving
   it (File > Save As, on the GUI thread).
3. The same window then reopens the comparison saved to a file (read on a pool thread,
   drawn; figure: seconds from File > Open to all highlights), saves it again (File > Save,
   half a second later) and exports the HTML and the PDF report (figures: seconds to
   "Exported"), with the longest stalls of each.

Run: .venv/bin/python tests/benchmarks/bench_window.py [SENTENCES] [--no-pdf]
"""
from __future__ import annotations

import os
import subprocess
import sys
import time
from pathlib import Path

os.environ.setdefault("QT_QPA_PLATFORM", "offscreen")
#: The processes timed start as a user's do, from compiled modules (pip compiles them at
#: install, an editable install on its first run): a PYTHONDONTWRITEBYTECODE in this shell
#: would have every start compile the package again (about 0.1 s).
os.environ.pop("PYTHONDONTWRITEBYTECODE", None)
sys.path.insert(0, str(Path(__file__).parent / "tools"))
ROOT = Path(__file__).resolve().parents[2]
SEED = ROOT.parent / "shared" / "data" / "seed"

LAUNCH_CHILD = """
import sys, time
t_start = time.time()
from unquote.ui.startup.app import make_app, open_inputs, wait_until_drawn
from unquote.ui.main_window import MainWindow
from PySide6.QtCore import QSettings
import argparse, tempfile, os
t_imported = time.time()
app = make_app()
w = MainWindow(QSettings(os.path.join(tempfile.mkdtemp(), 's.ini'), QSettings.Format.IniFormat))
w.resize(1400, 900)
open_inputs(w, argparse.Namespace(files=sys.argv[1:3], demo=False, screenshot=None))
w.show()
app.processEvents()
t_shown = time.time()
ok = wait_until_drawn(w)
print(time.time(), ok, t_start, t_imported, t_shown)
w.runner.stop()
"""


def launch_seconds() -> dict[str, float]:
    """Seconds from spawning the process to: Python running, imports done, window shown, drawn."""
    t0 = time.time()
    out = subprocess.run([sys.executable, "-c", LAUNCH_CHILD, str(SEED / "original.txt"), str(SEED / "rewrite.txt")],
                         capture_output=True, text=True, check=True, cwd=ROOT).stdout.split()
    if out[1] != "True":
        raise RuntimeError("the seed comparison was not drawn")
    drawn, started, imported, shown = (float(x) - t0 for x in (out[0], *out[2:5]))
    return {"interpreter_up_s": started, "imports_done_s": imported, "window_shown_s": shown,
            "comparison_drawn_s": drawn}


class StallMeter:
    """Longest gap between 10 ms ticks of a GUI-thread timer, by the phase the tick ends in.

    Wall-clock gaps include time the process waited for a CPU (the machine may be shared);
    GUI-thread CPU gaps (time.thread_time) count only work done on the GUI thread itself.
    """

    def __init__(self, phase) -> None:
        from PySide6.QtCore import QTimer

        self.phase = phase
        self.last, self.last_cpu = time.perf_counter(), time.thread_time()
        self.wall: dict[str, float] = {}
        self.cpu: dict[str, float] = {}
        self.timer = QTimer()
        self.timer.timeout.connect(self.tick)
        self.timer.start(10)

    def tick(self) -> None:
        now, cpu = time.perf_counter(), time.thread_time()
        phase = self.phase()
        self.wall[phase] = max(self.wall.get(phase, 0.0), now - self.last)
        self.cpu[phase] = max(self.cpu.get(phase, 0.0), cpu - self.last_cpu)
        self.last, self.last_cpu = now, cpu


def pause(ms: int) -> None:
    """Run the event loop for ``ms`` milliseconds. (QTest.qWait holds the GIL in PySide6
    6.11 while it waits, so the comparison's thread crawled: 60-260 s for what takes 6 s.)"""
    from PySide6.QtCore import QEventLoop, QTimer

    loop = QEventLoop()
    QTimer.singleShot(ms, loop.quit)
    loop.exec()


def stalls(sentences: int, pdf: bool = True) -> dict[str, float]:
    import tempfile

    import unquote.ui  # noqa: F401  (None guard before any Qt call)
    from PySide6.QtCore import QSettings

    from synthetic import make_pair
    from unquote.engine.loading import load_text
    from unquote.ui.startup.app import make_app
    from unquote.ui.main_window import MainWindow

    make_app()
    pair = make_pair(sentences, seed=7)
    left = load_text(pair.left_text, source="synthetic-left")
    right = load_text(pair.right_text, source="synthetic-right")
    w = MainWindow(QSettings(os.path.join(tempfile.mkdtemp(), "s.ini"), QSettings.Format.IniFormat))
    w.resize(1400, 900)
    w.show()
    pause(50)
    scrolling = {"on": False}
    later = {"phase": ""}

    def phase() -> str:
        if later["phase"]:
            return later["phase"]
        if scrolling["on"]:
            return "scroll"
        if w.runner.running:
            return "compare"
        return "show_result" if w.session.comparison is not None else "idle"

    meter = StallMeter(phase)
    figures: dict[str, float] = {"chars_left": len(left.text), "chars_right": len(right.text)}
    t = time.perf_counter()
    w.session.set_document("left", left)
    w.session.set_document("right", right)
    while w.runner.running:
        pause(20)
    figures["compare_s"] = time.perf_counter() - t
    t = time.perf_counter()
    while not w.presented():
        pause(20)
    figures["show_result_s"] = time.perf_counter() - t
    scrolling["on"] = True
    bar = w.views["left"].verticalScrollBar()
    for _ in range(20):
        bar.setValue(bar.value() + 400)
        pause(15)
    pause(30)
    folder = tempfile.mkdtemp()
    saved = os.path.join(folder, "big.unquote")
    later["phase"] = "save"
    t = time.perf_counter()
    w.files.save_as(saved)
    figures["save_s"] = time.perf_counter() - t
    pause(30)  # the tick the save held back falls in its phase
    later["phase"] = "idle"
    w.close_comparison()
    pause(100)
    later["phase"] = "reopen"
    t = time.perf_counter()
    w.files.open_comparison(saved)
    while w.session.comparison is None or not w.presented():
        pause(20)
    figures["reopen_s"] = time.perf_counter() - t
    later["phase"] = "idle"
    pause(500)
    later["phase"] = "resave"
    t = time.perf_counter()
    w.files.save()
    figures["resave_s"] = time.perf_counter() - t
    pause(30)
    phases = ["compare", "show_result", "scroll", "save", "reopen", "resave", "html_export"]
    later["phase"] = "html_export"
    messages: list[str] = []
    w.files.done.connect(messages.append)
    t = time.perf_counter()
    w.files.export_html(os.path.join(folder, "big.html"))
    while not any(m.startswith("Exported") for m in messages):
        pause(20)
    figures["html_export_s"] = time.perf_counter() - t
    if pdf:
        later["phase"] = "pdf_export"
        messages.clear()
        t = time.perf_counter()
        w.files.export_pdf(os.path.join(folder, "big.pdf"))
        while not any(m.startswith("Exported") for m in messages):
            pause(20)
        figures["pdf_export_s"] = time.perf_counter() - t
        phases.append("pdf_export")
    pause(30)
    for key in phases:
        figures[f"{key}_max_stall_ms"] = meter.wall.get(key, 0.0) * 1000
        figures[f"{key}_max_gui_cpu_ms"] = meter.cpu.get(key, 0.0) * 1000
    w.runner.stop()
    return figures


def main() -> int:
    numbers = [a for a in sys.argv[1:] if a.isdigit()]
    sentences = int(numbers[0]) if numbers else 10000
    print(f"load average: {' '.join(f'{x:.2f}' for x in os.getloadavg())}")
    for key, value in launch_seconds().items():
        print(f"launch {key}: {value:.2f}")
    for key, value in stalls(sentences, pdf="--no-pdf" not in sys.argv).items():
        print(f"{key}: {value:.0f}" if not key.endswith("_s") else f"{key}: {value:.2f}")
    return 0


if __name__ == "__main__":
    sys.exit(main())
