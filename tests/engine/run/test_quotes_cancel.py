"""Cancelling during the quotation phase: find_quotes, match_quotes and compare() stop with
Cancelled soon after the callback says so, and a callback that never says so changes nothing.

The documents are an invented article pair (tests/fixtures/quotes/long/) repeated until
the quotation loops run long enough to be polled many times.
"""
from __future__ import annotations

import pytest

from conftest import FIXTURES
from unquote.engine.run.compare import Cancelled, compare
from unquote.engine.loading import load_text
from unquote.engine.model import Comparison
from unquote.engine.quotes import find_quotes, match_quotes

LONG = FIXTURES / "quotes" / "long"
COPIES = 60


class CancelAfter:
    """A cancel callback that answers True from its ``limit``-th call on, counting every call."""

    def __init__(self, limit: int | None) -> None:
        self.limit = limit
        self.calls = 0

    def __call__(self) -> bool:
        self.calls += 1
        return self.limit is not None and self.calls >= self.limit


@pytest.fixture(scope="module")
def comparison() -> Comparison:
    left, right = ("\n\n".join([(LONG / f"{side}.txt").read_text(encoding="utf-8")] * COPIES)
                   for side in ("left", "right"))
    return compare(load_text(left), load_text(right))


@pytest.mark.parametrize("limit", [1, 2, 3])
def test_find_quotes_stops(comparison, limit):
    stop = CancelAfter(limit)
    with pytest.raises(Cancelled):
        find_quotes(comparison.left, comparison.left_sentences, cancelled=stop)
    assert stop.calls == limit


@pytest.mark.parametrize("limit", [1, 2, 5])
def test_match_quotes_stops(comparison, limit):
    c = comparison
    stop = CancelAfter(limit)
    with pytest.raises(Cancelled):
        match_quotes(c.left, c.right, c.left_sentences, c.right_sentences, c.links, c.left_quotes,
                     c.right_quotes, c.settings, cancelled=stop)
    assert stop.calls == limit


def test_compare_stops_inside_the_quotation_phase(comparison):
    phases: list[str] = []
    inside = CancelAfter(3)

    def cancelled() -> bool:
        return bool(phases) and phases[-1] == "quotations" and inside()

    with pytest.raises(Cancelled) as stopped:
        compare(comparison.left, comparison.right, progress=lambda f, phase: phases.append(phase),
                cancelled=cancelled)
    assert str(stopped.value) == "quotations" and inside.calls == 3


def test_polling_without_a_cancel_changes_nothing(comparison):
    c = comparison
    never = CancelAfter(None)
    lq = find_quotes(c.left, c.left_sentences, cancelled=never)
    rq = find_quotes(c.right, c.right_sentences, cancelled=never)
    found = never.calls
    matches = match_quotes(c.left, c.right, c.left_sentences, c.right_sentences, c.links, lq, rq, c.settings,
                           cancelled=never)
    assert (lq, rq, matches) == (c.left_quotes, c.right_quotes, c.quote_matches)
    assert found >= 4 and never.calls > found  # polled in both phases, about every 200 items
