"""Quotations found and matched in a child process equal those found and matched in-process;
a cancel ends the child, and so does the parent's death; the child is spawned wherever
forking is unsafe."""
import os
import signal
import subprocess
import sys
import textwrap
import threading
import time
from dataclasses import replace
from pathlib import Path

import pytest
from unquote.engine.align import align
from unquote.engine.run.cancel import Cancelled
from unquote.engine.loading import load_path
from unquote.engine.run.parallel import QuoteFinder
from unquote.engine.text.sentences import split_sentences
from unquote.engine.settings import Settings
from unquote.resources import data_path

SAMPLES = data_path("samples")


@pytest.fixture(scope="module")
def pair():
    left, right = load_path(SAMPLES / "original.txt"), load_path(SAMPLES / "rewrite.txt")
    return (left, split_sentences(left.text, left.paragraphs), right, split_sentences(right.text, right.paragraphs))


def never() -> bool:
    return False


def test_child_process_finds_the_same_quotes(pair):
    in_process = QuoteFinder(*pair, parallel_from=10 ** 9)
    assert in_process.process is None
    child = QuoteFinder(*pair, parallel_from=0)
    assert child.process is not None
    expected = in_process.result(never)
    assert child.result(never) == expected
    assert expected[0] and expected[1]
    assert child.process is None


def test_child_process_matches_along_the_alignment_as_in_process(pair):
    left, ls, right, rs = pair
    aligned = align([left.text[s.start:s.end] for s in ls], [right.text[s.start:s.end] for s in rs], Settings())
    finders = [QuoteFinder(*pair, parallel_from=n) for n in (10 ** 9, 0)]
    for finder in finders:
        finder.match(aligned, Settings())
    expected, found = (finder.result(never) for finder in finders)
    assert found == expected
    assert expected.matches and len({m.status for m in expected.matches}) > 2


def aligned_finders(pair) -> tuple[QuoteFinder, QuoteFinder]:
    """An in-process finder and one with a child, both handed the pair's alignment."""
    left, ls, right, rs = pair
    aligned = align([left.text[s.start:s.end] for s in ls], [right.text[s.start:s.end] for s in rs], Settings())
    finders = QuoteFinder(*pair, parallel_from=10 ** 9), QuoteFinder(*pair, parallel_from=0)
    for finder in finders:
        finder.match(aligned, Settings())
    return finders


def test_the_child_matches_when_the_parent_is_still_busy(pair):
    in_process, child = aligned_finders(pair)
    child.process.join(120)  # the parent did nothing meanwhile: the child found, matched, sent and ended
    assert child.process.exitcode == 0
    assert child.result(never) == in_process.result(never)
    assert not child.matched_here


@pytest.mark.parametrize("stop", [signal.SIGSTOP, signal.SIGKILL])
def test_a_parent_done_first_matches_the_found_quotes_itself(pair, stop):
    """The child found and sent the quotes, then stopped (or was lost) before matching them."""
    left, ls, right, rs = pair
    aligned = align([left.text[s.start:s.end] for s in ls], [right.text[s.start:s.end] for s in rs], Settings())
    in_process = QuoteFinder(*pair, parallel_from=10 ** 9)
    in_process.match(aligned, Settings())
    child = QuoteFinder(*pair, parallel_from=0)
    assert child.conn.poll(120)  # the quotes are found and sent
    os.kill(child.process.pid, stop)  # the child will not get to match them
    child.match(aligned, Settings())
    assert child.result(never) == in_process.result(never)
    assert child.matched_here
    assert child.process is None  # the child was ended


def test_a_child_lost_before_its_quotes_is_an_error(pair):
    child = QuoteFinder(*pair, parallel_from=0)
    os.kill(child.process.pid, signal.SIGKILL)
    with pytest.raises(RuntimeError, match="stopped without an answer"):
        child.result(never)


def test_from_a_thread_a_spawned_child_is_used_and_agrees(pair):
    out = {}

    def work():
        finder = QuoteFinder(*pair, parallel_from=0)
        out["kind"] = type(finder.process).__name__
        out["found"] = finder.result(never)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert out["kind"] == "SpawnProcess"
    assert out["found"] == QuoteFinder(*pair, parallel_from=10 ** 9).result(never)


@pytest.mark.parametrize("setup, expected", [("", "fork"), ("import PySide6.QtCore", "spawn")])
def test_fork_only_where_no_other_thread_can_run(setup, expected):
    code = f"{setup}\nfrom unquote.engine.run.parallel import start_method\nprint(start_method())"
    done = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, timeout=60, check=False)
    assert done.stdout.strip() == expected, done.stderr


PARENT = """
import multiprocessing, sys, time
from unquote.engine.run.parallel import end_with_parent

def child():
    end_with_parent()
    time.sleep(600)

if __name__ == "__main__":
    process = multiprocessing.get_context(sys.argv[1]).Process(target=child)
    process.start()
    print(process.pid, flush=True)
    time.sleep(600)
"""


def alive(pid: int) -> bool:
    """Whether ``pid`` runs (a zombie nobody reaped has ended)."""
    try:
        state = Path(f"/proc/{pid}/stat").read_text().rsplit(")", 1)[1].split()[0]
    except (FileNotFoundError, IndexError):
        return False
    return state not in ("Z", "X")


@pytest.mark.skipif(not sys.platform.startswith("linux"), reason="reads /proc")
@pytest.mark.parametrize("method", ["fork", "spawn"])
def test_the_child_ends_when_its_parent_is_killed(tmp_path, method):
    script = tmp_path / "parent.py"
    script.write_text(textwrap.dedent(PARENT), encoding="utf-8")
    parent = subprocess.Popen([sys.executable, str(script), method], stdout=subprocess.PIPE, text=True)
    child = int(parent.stdout.readline())
    assert alive(child)
    os.kill(parent.pid, signal.SIGKILL)
    parent.wait(30)
    deadline = time.monotonic() + 30
    while alive(child) and time.monotonic() < deadline:
        time.sleep(0.1)
    if alive(child):
        os.kill(child, signal.SIGKILL)
        pytest.fail("the child outlived its parent")


def test_cancel_ends_the_child(pair):
    finder = QuoteFinder(*pair, parallel_from=0)
    process = finder.process
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        finder.result(lambda: True)
    assert time.perf_counter() - started < 5
    assert not process.is_alive()


def test_while_the_child_works_the_parent_works_ahead_until_it_answers():
    docs = []
    for name in ("original.txt", "rewrite.txt"):  # the sample ten times over: the child takes a while
        doc = load_path(SAMPLES / name)
        doc = replace(doc, text="\n\n".join([doc.text] * 10), paragraphs=())
        docs += [doc, split_sentences(doc.text, doc.paragraphs)]
    finder = QuoteFinder(*docs, parallel_from=0)
    looks: list[bool] = []

    def ahead(stop) -> None:
        while not stop():  # never cancelled: it stops when the child has answered
            looks.append(False)
            time.sleep(0.001)

    found = finder.result(never, ahead)
    assert len(looks) > 1  # it worked while the child found the quotes
    assert found == QuoteFinder(*docs, parallel_from=10 ** 9).result(never)


def test_the_child_matches_while_the_parent_works_ahead(pair):
    in_process, child = aligned_finders(pair)
    looks: list[bool] = []

    def ahead(stop) -> None:
        while not stop():  # never cancelled: it stops when the child has matched
            looks.append(False)
            time.sleep(0.001)

    assert child.result(never, ahead) == in_process.result(never)
    assert looks and not child.matched_here  # it worked ahead until the child had matched
