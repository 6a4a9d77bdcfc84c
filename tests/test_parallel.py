"""Quotations found in a child process equal those found in-process; a cancel ends the child."""
import threading
import time
from pathlib import Path

import pytest

from unquote.engine.cancel import Cancelled
from unquote.engine.loading import load_path
from unquote.engine.parallel import QuoteFinder
from unquote.engine.sentences import split_sentences
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


def test_from_a_thread_the_fork_server_is_used_and_agrees(pair):
    out = {}

    def work():
        out["found"] = QuoteFinder(*pair, parallel_from=0).result(never)

    thread = threading.Thread(target=work)
    thread.start()
    thread.join(120)
    assert out["found"] == QuoteFinder(*pair, parallel_from=10 ** 9).result(never)


def test_cancel_ends_the_child(pair):
    finder = QuoteFinder(*pair, parallel_from=0)
    process = finder.process
    started = time.perf_counter()
    with pytest.raises(Cancelled):
        finder.result(lambda: True)
    assert time.perf_counter() - started < 5
    assert not process.is_alive()
