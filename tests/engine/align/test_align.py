"""Alignment on small constructed pairs: reorder, split, merge, decoy, paraphrase, decisions."""
import pytest

from unquote.engine.align import align
from unquote.engine.align.order import moved_flags
from unquote.engine.model import Decision
from unquote.engine.settings import Settings

S = Settings()

LEFT = [
    "The city council approved a new budget for the harbour district on Tuesday.",
    "Mayor Elena Ruiz said the plan would fund three new ferry terminals.",
    "Opposition members criticised the cost, which they put at 40 million euros.",
    "Construction is expected to begin next spring and last two years.",
    "Local fishermen fear the works will disturb their moorings.",
]


def groups(result):
    return {(a.left, a.right) for a in result}


def test_identical_texts_link_one_to_one_in_order():
    result = align(LEFT, LEFT, S)
    assert groups(result) == {((i,), (i,)) for i in range(len(LEFT))}
    assert not any(a.moved for a in result)


def test_reordered_sentences_find_their_partners_and_are_marked_moved():
    right = [LEFT[3], LEFT[4], LEFT[0], LEFT[1], LEFT[2]]
    result = align(LEFT, right, S)
    assert groups(result) == {((0,), (2,)), ((1,), (3,)), ((2,), (4,)), ((3,), (0,)), ((4,), (1,))}
    assert sum(a.moved for a in result) == 2


def test_split_sentence_links_one_to_two():
    left = ["Mayor Elena Ruiz said the plan would fund three new ferry terminals, and she promised "
            "that the first one would open in the old fish market by the summer of next year."]
    right = ["Mayor Elena Ruiz said the plan would pay for three new ferry terminals.",
             "She promised the first terminal would open in the old fish market by next summer."]
    assert groups(align(left, right, S)) == {((0,), (0, 1))}


def test_merged_sentences_link_two_to_one():
    left = ["Opposition members criticised the cost of the harbour plan.",
            "They put the total at 40 million euros over two years."]
    right = ["Opposition members criticised the harbour plan's cost, which they put at 40 million euros over two years."]
    assert groups(align(left, right, S)) == {((0, 1), (0,))}


def test_paraphrase_with_few_shared_words_is_linked():
    left = ["The ferry service was suspended.", "No truce has yet been agreed on.", "Talks resume on Monday."]
    right = ["The ferry service has been suspended.", "There is still no agreed-upon truce.", "Talks will resume on Monday."]
    assert ((1,), (1,)) in groups(align(left, right, S))


def test_decoy_loses_to_the_partner_among_its_neighbours():
    left = ["Ruiz urged the council to back the ferry plan, blaming delays on the port authority.",
            "The port authority declined to comment.",
            "Work on the terminals could start in spring."]
    right = ["In the meantime, Ruiz called on the council to support the ferry plan, accusing the port authority of delays.",
             "The port authority did not comment.",
             "Work on the terminals could begin in spring.",
             "Fishermen protested outside the town hall on Friday.",
             "Ruiz urged councillors to back the ferry plan in a radio interview on Friday, criticising the port."]
    result = groups(align(left, right, S))
    assert ((0,), (0,)) in result
    assert all(4 not in r for _, r in result)


def test_unrelated_sentences_stay_one_side_only():
    left = LEFT[:2] + ["Tourism numbers doubled after the bridge opened in 2019."]
    right = LEFT[:2] + ["A storm damaged the lighthouse roof last winter."]
    result = groups(align(left, right, S))
    assert result == {((0,), (0,)), ((1,), (1,))}


def test_manual_link_unlink_and_not_a_match_are_respected():
    right = list(LEFT)
    decisions = [Decision("link", (0,), (4,)), Decision("unlink", (1,), (1,)), Decision("not-a-match", (2,), (2,))]
    result = align(LEFT, right, S, decisions)
    found = groups(result)
    assert ((0,), (4,)) in found
    assert all(1 not in a for a, _ in found) and all(1 not in b for _, b in found)
    assert ((2,), (2,)) not in found
    assert ((3,), (3,)) in found
    assert [a.manual for a in result if a.left == (0,)] == [True]


@pytest.mark.parametrize("groups_, expected", [
    ([((0,), (0,)), ((1,), (1,)), ((2,), (2,))], [False, False, False]),
    ([((0,), (2,)), ((1,), (0,)), ((2,), (1,))], [True, False, False]),
    ([((0,), (1,)), ((1,), (0,))], [True, False]),
    ([], []),
])
def test_moved_flags_mark_what_falls_outside_the_longest_ordered_run(groups_, expected):
    assert moved_flags(groups_) == expected


def test_headline_pairs_with_the_other_headline_not_a_body_sentence():
    left = ["Ferry fares in Kelby rise for the first time in ten years",
            "On Monday the harbour board agreed that fares in Kelby would rise from April.",
            "A return ticket will cost 14 euros."]
    right = ["Kelby Ferry Passengers Face Higher Fares",
             "Ferry fares in Kelby will rise in April for the first time in ten years, the harbour board said on Monday.",
             "A return ticket will cost 14 euros."]
    result = groups(align(left, right, S))
    assert ((0,), (0,)) in result
    assert ((1,), (1,)) in result


def test_a_stray_short_sentence_does_not_keep_half_of_a_split():
    left = ["Ruiz thanked the crews.",
            "That is so sad.",
            "\"What is so sad for me,\" Ruiz said, \"is not seeing anyone punished for the flooding of the harbour, "
            "while the whole town stays silent about it.\"",
            "The board will meet again in May."]
    right = ["Ruiz thanked the crews.",
             "\"What is so sad for me is not seeing anyone punished for the harbour flooding.",
             "The whole town stays silent about it,\" Ruiz said.",
             "The board will meet again in May."]
    result = groups(align(left, right, S))
    assert ((2,), (1, 2)) in result
    assert all(1 not in a for a, _ in result)
