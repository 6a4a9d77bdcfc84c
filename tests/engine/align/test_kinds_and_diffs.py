"""Link kinds (identical, identical once something is ignored, reworded) and word diffs."""
from dataclasses import replace

import pytest

from unquote.engine.text.kinds import classify
from unquote.engine.settings import Settings
from unquote.engine.text.worddiff import segment_diff, word_diff


@pytest.mark.parametrize("left, right, kind, ignored", [
    ("The talks were useful.", "The talks were useful.", "identical", ()),
    ("The talks were useful.", "The talks  were\nuseful.", "identical", ("whitespace",)),
    ("He called them “useful”.", 'He called them "useful".', "identical", ("typography",)),
    ("Prices rose 5% – again.", "Prices rose 5% - again.", "identical", ("typography",)),
    ("The Talks Were Useful.", "The talks were useful.", "identical", ("case",)),
    ("The talks were useful.", "The talks were useful!", "identical", ("punctuation",)),
    ("Hello, world.", "hello world", "identical", ("case", "punctuation")),
    ("“A” b.", "“a” b.", "identical", ("case",)),
    ("The talks were very useful.", "The talks were highly useful.", "reworded", ()),
    ("The talks were useful.", "The useful talks were.", "reworded", ()),
])
def test_classify(left, right, kind, ignored):
    assert classify(left, right) == (kind, ignored)


def runs(ops, left, right):
    return [(op.op, left[op.left[0]:op.left[1]], right[op.right[0]:op.right[1]]) for op in ops]


def test_word_diff_marks_the_changed_word_with_document_offsets():
    left = "xx The talks were very useful, he said."
    right = "yyyy The talks were highly useful, he said."
    ops = word_diff(left[3:], 3, right[5:], 5, Settings())
    assert runs(ops, left, right) == [("equal", "The talks were", "The talks were"),
                                      ("delete", "very", ""), ("insert", "", "highly"),
                                      ("equal", "useful, he said.", "useful, he said.")]


@pytest.mark.parametrize("option, left, right", [
    ("ignore_case", "The Talks were useful.", "the talks were useful."),
    ("ignore_punctuation", "The talks, were useful.", "The talks were useful!"),
    ("ignore_typography", "He said “yes” – twice.", 'He said "yes" - twice.'),
])
def test_ignore_options_remove_those_differences(option, left, right):
    plain = Settings(ignore_typography=False)
    assert any(op.op != "equal" for op in word_diff(left, 0, right, 0, plain))
    assert all(op.op == "equal" for op in word_diff(left, 0, right, 0, replace(plain, **{option: True})))


def test_segment_diff_spans_non_adjacent_sentences():
    text = "Alpha beta gamma. Unrelated words here. Delta epsilon."
    other = "Alpha beta gamma delta epsilon."
    ops = segment_diff([(0, "Alpha beta gamma."), (40, "Delta epsilon.")], [(0, other)],
                       Settings(ignore_case=True, ignore_punctuation=True))
    assert all(op.op == "equal" for op in ops)
    assert (ops[0].left[0], ops[-1].left[1]) == (0, text.index("epsilon") + len("epsilon"))


@pytest.mark.parametrize("settings", [Settings(), Settings(ignore_case=True, ignore_punctuation=True)])
def test_the_same_pieces_at_other_offsets_are_one_equal_run_in_each_document(settings):
    pieces = ["“ We will look again , ” she said.", "  ", "— It is fine."]
    left, right = [(3, pieces[0]), (60, pieces[1]), (70, pieces[2])], [(100, pieces[0]), (150, pieces[1]), (200, pieces[2])]
    first = 0 if not settings.ignore_punctuation else pieces[0].index("We")
    last = len(pieces[2]) - (0 if not settings.ignore_punctuation else 1)
    ops = segment_diff(left, right, settings)
    assert [(op.op, op.left, op.right) for op in ops] == [("equal", (3 + first, 70 + last), (100 + first, 200 + last))]
