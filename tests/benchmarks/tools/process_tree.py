"""Run a command as a new process and measure it whole: wall time and the peak memory of
its process tree (the command and every child it starts, such as the quotation finder).

Memory is sampled every ``interval`` seconds by psutil from a thread while the main
thread waits for the command, so the wall time is not rounded to the sampling step; but
the sampling takes CPU and the process's memory map from the command it measures (reading
the page tables of two 150 MB processes every 20 ms added about 0.2 s to a 1.8 s
comparison on two cores), so a run either is timed or has its memory measured
(``memory``), never both. Two
sums over the tree are kept: PSS (proportional set size: a page shared by a forked child
and its parent counts half in each, so the sum is the memory the tree really takes) and
RSS (each process counted whole: an upper bound). A peak shorter than the interval can
be missed. (getrusage's max RSS of the child would be exact, but Linux carries it over
from the forked benchmark process across exec, so it says more about the benchmark.)
"""
from __future__ import annotations

import math
import os
import subprocess
import threading
import time
from dataclasses import dataclass

import psutil

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Measured:
    wall_s: float
    #: Peak memory, NaN when the run was only timed.
    tree_pss_mb: float
    tree_rss_mb: float


def _tree_memory(root: psutil.Process) -> tuple[int, int]:
    pss = rss = 0
    try:
        members = [root, *root.children(recursive=True)]
    except psutil.Error:
        return 0, 0
    for p in members:
        try:
            info = p.memory_full_info()
        except psutil.Error:  # it ended between listing and reading
            continue
        pss, rss = pss + info.pss, rss + info.rss
    return pss, rss


def run_measured(argv: list[str], interval: float = 0.02, cwd: str | None = None, memory: bool = True) -> Measured:
    """Run ``argv`` to its end, sampling its memory if ``memory`` (its wall time is then
    longer than it would be); raise CalledProcessError when it fails."""
    peak = [0, 0]
    done = threading.Event()
    started = time.perf_counter()
    child = subprocess.Popen(argv, cwd=cwd, stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
    root = psutil.Process(child.pid)

    def sample() -> None:
        while not done.is_set():
            pss, rss = _tree_memory(root)
            peak[0], peak[1] = max(peak[0], pss), max(peak[1], rss)
            done.wait(interval)

    sampler = threading.Thread(target=sample, daemon=True) if memory else None
    if sampler is not None:
        sampler.start()
    _, status, _ = os.wait4(child.pid, 0)
    wall = time.perf_counter() - started
    done.set()
    if sampler is not None:
        sampler.join()
    child.returncode = os.waitstatus_to_exitcode(status)
    stderr = child.stderr.read().decode(errors="replace") if child.stderr else ""
    if child.stderr:
        child.stderr.close()
    if child.returncode:
        raise subprocess.CalledProcessError(child.returncode, argv, stderr=stderr)
    if sampler is None:
        return Measured(wall, math.nan, math.nan)
    return Measured(wall, peak[0] / MEGABYTE, peak[1] / MEGABYTE)
