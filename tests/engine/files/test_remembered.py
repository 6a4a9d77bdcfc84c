"""Results remembered per comparison: worked out once for the same parts, again for others,
and only for the latest comparison."""
from dataclasses import replace

from unquote.engine.results.remembered import REMEMBERED, Remembered
from unquote.engine.files import fileformat
from unquote.engine.results.summary import count_words_ahead, summarize


def test_the_same_parts_are_worked_out_once_and_other_parts_again(known_pair):
    calls = []
    remembered = Remembered(lambda c: calls.append(c) or len(calls), lambda c: (c.left, c.links))
    assert remembered(known_pair) == remembered(known_pair) == 1
    assert remembered(replace(known_pair, view={"zoom": 2.0})) == 1  # notes and view options are not parts
    assert remembered(replace(known_pair, links=known_pair.links[:1])) == 2


def test_only_the_last_comparisons_are_remembered(known_pair):
    calls = []
    remembered = Remembered(lambda c: calls.append(c) or len(calls), lambda c: (c.links,))
    others = [replace(known_pair, links=known_pair.links[:n]) for n in range(REMEMBERED + 1)]
    for c in others:
        remembered(c)
    assert remembered(others[-1]) == REMEMBERED + 1
    assert remembered(others[0]) == REMEMBERED + 2  # the oldest was forgotten


def test_the_summary_of_a_copy_with_notes_is_the_one_worked_out(known_pair):
    assert summarize(replace(known_pair, view={"zoom": 2.0})) is summarize(known_pair)
    assert summarize(replace(known_pair, links=())).links["identical"] == 0


def test_words_counted_ahead_of_the_quotations_are_the_summary_s(known_pair):
    so_far = replace(known_pair, left_quotes=(), right_quotes=(), quote_matches=())
    count_words_ahead(so_far, lambda: False)
    elsewhere = fileformat.loads(fileformat.dumps(known_pair))  # equal parts, none of them the same objects
    assert summarize(known_pair) == summarize(elsewhere)
    assert summarize(known_pair).left.words > 0 and summarize(known_pair).quotes
