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
from unquote.engine.quotes import find_quotes, match_quotes
from unquote.engine.quotes.fates.unquoted import SentenceStems
from unquote.engine.quotes.match import prepare_side
from unquote.engine.run.cancel import Cancelled
from unquote.engine.loading import load_path
from unquote.engine.loading.paragraphs import text_paragraphs
from unquote.engine.run.parallel import QuoteFinder
from unquote.engine.text.sentences import split_sentences
from unquote.engine.settings import Settings
from unquote.engine.text.textnorm import words_of_both
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
    deadline = time.monotonic() + 120
    while not child.quotes_in():  # both sides' quotes are found and sent
        assert time.monotonic() < deadline
        time.sleep(0.005)
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


def repeated(documents, times=10):
    """The documents ten times over (the child takes a while), each with its sentences."""
    out = []
    for doc in documents:
        text = "\n\n".join([doc.text] * times)
        doc = replace(doc, text=text, paragraphs=text_paragraphs(text))
        out += [doc, split_sentences(doc.text, doc.paragraphs)]
    return out


def test_while_the_child_works_the_parent_works_ahead_until_it_answers():
    docs = repeated([load_path(SAMPLES / name) for name in ("original.txt", "rewrite.txt")])
    assert len(docs[1]) > 100
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


def test_the_child_sends_the_left_quotes_before_it_finds_the_right_ones(pair):
    child = QuoteFinder(*pair, parallel_from=0)
    messages = [child.conn.recv(), child.conn.recv()]
    child.close()
    left, ls, right, rs = pair
    assert messages == [("left", find_quotes(left, ls)), ("right", find_quotes(right, rs))]


def test_while_the_right_quotes_are_found_the_parent_prepares_the_left_matching(pair):
    docs = repeated(pair[::2])
    in_process, child = aligned_finders(docs)
    assert child.conn.poll(120)  # the left quotes are sent
    os.kill(child.process.pid, signal.SIGSTOP)  # and the right ones take a while
    threading.Timer(1.0, os.kill, (child.process.pid, signal.SIGCONT)).start()
    assert child.result(never) == in_process.result(never)
    assert child.left_prepared is not None and in_process.left_prepared is None


@pytest.mark.parametrize("stop", [never, lambda: True])
def test_a_left_side_prepared_ahead_matches_as_one_worked_out_at_once(pair, stop):
    """Also when the preparing was stopped before its index of unquoted words was complete."""
    left, ls, right, rs = pair
    lt, rt = [left.text[s.start:s.end] for s in ls], [right.text[s.start:s.end] for s in rs]
    tokens = words_of_both(lt, rt)
    aligned = align(lt, rt, Settings(), tokens=tokens)
    stems = SentenceStems.both(left, ls, right, rs, tokens)
    lq, rq = find_quotes(left, ls), find_quotes(right, rs)
    at_once = match_quotes(left, right, ls, rs, aligned, lq, rq, Settings(), sentence_stems=stems)
    prepared = prepare_side(left, ls, aligned, lq, "left", stems[0], stop)
    assert match_quotes(left, right, ls, rs, aligned, lq, rq, Settings(), sentence_stems=stems,
                        left_prepared=prepared) == at_once
    assert len({m.status for m in at_once}) > 2


@pytest.mark.parametrize("parallel_from", [0, 10 ** 9])
def test_a_right_document_given_once_loaded_gives_the_same_answer(pair, parallel_from):
    left, ls, right, rs = pair
    aligned = align([left.text[s.start:s.end] for s in ls], [right.text[s.start:s.end] for s in rs], Settings())
    expected = QuoteFinder(*pair, parallel_from=10 ** 9)
    later = QuoteFinder(left, ls, parallel_from=parallel_from)
    assert (later.process is not None) == (parallel_from == 0)
    later.give_right(right, rs)
    for finder in (expected, later):
        finder.match(aligned, Settings())
    assert later.result(never) == expected.result(never)


def test_the_left_side_alone_tells_whether_a_child_finds_the_quotes(pair):
    left, ls, right, rs = pair
    assert QuoteFinder(left, ls, parallel_from=2 * len(ls)).process is not None
    finder = QuoteFinder(left, ls, parallel_from=2 * len(ls) + 1)
    assert finder.process is None


def test_handing_over_the_right_document_never_waits_for_a_busy_child(pair):
    """The child reads the right document only between pieces of its own work: here it is
    stopped, and the megabyte-sized document still leaves this process free at once."""
    left, ls, right, rs = repeated(pair[::2], 200)
    assert len(right.text) > 1 << 19  # more than the connection holds unread
    expected = QuoteFinder(left, ls, right, rs, parallel_from=10 ** 9).result(never)
    child = QuoteFinder(left, ls, parallel_from=0)
    os.kill(child.process.pid, signal.SIGSTOP)
    handing = threading.Thread(target=child.give_right, args=(right, rs))
    handing.start()
    handing.join(30)
    assert not handing.is_alive()  # it returned while the child could read nothing
    os.kill(child.process.pid, signal.SIGCONT)
    assert child.result(never) == expected
