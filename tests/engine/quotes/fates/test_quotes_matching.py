"""match_quotes on its own, with the sentence links written out: partner choice, statuses,
and the guarantee that every quote appears in exactly one comparison."""
from __future__ import annotations

import pytest

from unquote.engine.model import Link
from unquote.engine.quotes import find_quotes, match_quotes
from unquote.engine.text.sentences import split_sentences
from unquote.engine.settings import Settings
from support.quote_texts import document


def run(left_text: str, right_text: str, pairs: list[tuple[int, int]]):
    left, right = document(left_text), document(right_text)
    ls, rs = split_sentences(left.text, left.paragraphs), split_sentences(right.text, right.paragraphs)
    links = tuple(Link((a,), (b,), "reworded", 0.5) for a, b in pairs)
    lq, rq = find_quotes(left, ls), find_quotes(right, rs)
    return lq, rq, match_quotes(left, right, ls, rs, links, lq, rq, Settings())


LEFT = ("Talks were “robust” on Monday, according to minister Anna Berg.\n\n"
        "The meeting ran late.\n\n"
        "The talks were described as “robust and very fair” by Berg's deputy, Jonas Lind.")
RIGHT = ("Jonas Lind, Berg's deputy, called the talks “robust and quite fair”.\n\n"
         "The meeting went on late.\n\n"
         "According to minister Anna Berg, talks on Monday were “solid”.")


def test_one_word_quote_follows_the_alignment():
    lq, rq, matches = run(LEFT, RIGHT, [(0, 2), (1, 1), (2, 0)])
    pairs = {(lq[m.left].text, rq[m.right].text) for m in matches if m.status == "matched"}
    assert pairs == {("robust", "solid"), ("robust and very fair", "robust and quite fair")}


def test_without_links_the_longer_quote_still_pairs_by_words():
    lq, rq, matches = run(LEFT, RIGHT, [])
    pairs = {(lq[m.left].text, rq[m.right].text) for m in matches if m.status == "matched"}
    assert pairs == {("robust and very fair", "robust and quite fair")}


@pytest.mark.parametrize("left_text, right_text, pairs, status", [
    ("“We bake every loaf by hand before sunrise,” Clara Vance said.",
     "Clara Vance said the bakery bakes every loaf by hand before sunrise.", [(0, 0)], "paraphrased"),
    ("“We bake every loaf by hand before sunrise,” Clara Vance said.",
     "Clara Vance sells bread in Millbrook.", [(0, 0)], "dropped"),
])
def test_status_of_a_left_only_quote(left_text, right_text, pairs, status):
    _, _, matches = run(left_text, right_text, pairs)
    assert [m.status for m in matches] == [status]
    assert matches[0].left == 0 and matches[0].right is None


def test_quotes_past_the_shared_stretch_are_outside_shared():
    shared = "The storm hit the coast on Sunday.\n\nPower was cut to many homes."
    tail = ("\n\nSchools stayed shut.\n\n“We cannot heat the rooms,” teacher Ben Howard said.\n\n"
            "Roads were blocked.\n\n“It was the worst night,” fisherman Joe Pike said.")
    _, rq, matches = run(shared, shared + tail, [(0, 0), (1, 1)])
    assert len(rq) == 2
    assert [m.status for m in matches] == ["outside-shared", "outside-shared"]


def test_a_short_extra_ending_is_added_not_outside():
    shared = "The storm hit the coast on Sunday.\n\nPower was cut to many homes."
    _, _, matches = run(shared, shared + "\n\n“It was the worst night,” fisherman Joe Pike said.", [(0, 0), (1, 1)])
    assert [m.status for m in matches] == ["added"]


def test_empty_documents():
    assert run("", "", []) == ((), (), ())


def test_every_quote_once_and_word_diff_offsets():
    lq, rq, matches = run(LEFT, RIGHT, [(0, 2), (1, 1), (2, 0)])
    assert sorted(m.left for m in matches if m.left is not None) == list(range(len(lq)))
    assert sorted(m.right for m in matches if m.right is not None) == list(range(len(rq)))
    changed = next(m for m in matches if m.status == "matched" and lq[m.left].text.startswith("robust and"))
    left, right = document(LEFT), document(RIGHT)
    deleted = [left.text[a:b] for op in changed.diff if op.op == "delete" for a, b in [op.left]]
    inserted = [right.text[a:b] for op in changed.diff if op.op == "insert" for a, b in [op.right]]
    assert deleted == ["very"] and inserted == ["quite"]
