"""The quotation phase holds the cyclic garbage collector off while it runs and gives it back
as it found it: on after a run, after a cancelled run, after nested and overlapping pauses,
and still off when it was off before."""
from __future__ import annotations

import gc
import threading

import pytest

from unquote.engine.run.cancel import Cancelled
from unquote.engine.loading import load_text
from unquote.engine.quotes import find_quotes
from unquote.engine.run.paused_gc import paused_gc
from unquote.engine.text.sentences import split_sentences

TEXT = ("“We will rebuild the harbour wall before winter,” said Mara Quist, the port director. "
        "She added that the council had agreed.\n\n“It is not ready,” Quist told reporters.")


@pytest.fixture(autouse=True)
def collector_on():
    gc.enable()
    yield
    gc.enable()


def test_off_while_finding_quotes_and_on_again_after():
    doc = load_text("\n\n".join([TEXT] * 200), source="left")
    seen: list[bool] = []
    quotes = find_quotes(doc, split_sentences(doc.text, doc.paragraphs),
                         cancelled=lambda: seen.append(gc.isenabled()) or False)
    assert {q.speaker for q in quotes} == {"Mara Quist"} and len(quotes) == 400
    assert seen and not any(seen)
    assert gc.isenabled()


def test_on_again_after_a_cancelled_run():
    doc = load_text(TEXT * 400, source="left")
    with pytest.raises(Cancelled):
        find_quotes(doc, split_sentences(doc.text, doc.paragraphs), cancelled=lambda: True)
    assert gc.isenabled()


def test_nested_pauses_resume_at_the_last():
    with paused_gc():
        with paused_gc():
            assert not gc.isenabled()
        assert not gc.isenabled()
    assert gc.isenabled()


def test_overlapping_pauses_in_two_threads_resume_at_the_last():
    inside, release = threading.Event(), threading.Event()

    def hold() -> None:
        with paused_gc():
            inside.set()
            release.wait(5)

    other = threading.Thread(target=hold)
    other.start()
    inside.wait(5)
    with paused_gc():
        pass
    assert not gc.isenabled()  # the other thread's pause still holds
    release.set()
    other.join(5)
    assert gc.isenabled()


def test_stays_off_when_it_was_off():
    gc.disable()
    with paused_gc():
        pass
    assert not gc.isenabled()
