"""Alignment rules a reader relies on: no link through copied neighbours alone, moves of a
block, merges judged by what a sentence adds, and weak links kept from greedy groups.

Every pair is invented; each case fails when its rule is taken out.
"""
from __future__ import annotations

from unquote.engine.align import align
from unquote.engine.settings import Settings

S = Settings()


def groups(left: list[str], right: list[str]) -> set[tuple[tuple[int, ...], tuple[int, ...]]]:
    return {(a.left, a.right) for a in align(left, right, S)}


def test_unrelated_sentences_between_copied_neighbours_stay_one_sided() -> None:
    left = ["The Dunmore bridge will close to traffic at midnight on Friday for repairs.",
            "Cyclists may use the footpath of the river ferry during the closure.",
            "Engineers expect the work to take eleven days."]
    right = ["The Dunmore bridge will close to traffic at midnight on Friday for repairs.",
            "Traders in the river market say they have lost customers for months.",
            "Engineers expect the work to take eleven days."]
    assert groups(left, right) == {((0,), (0,)), ((2,), (2,))}


def test_paraphrase_moved_with_its_neighbour_keeps_its_link() -> None:
    left = ["Anglers will need a permit to fish in the Corran reservoir from April.",
            "The water board approved the rule at its meeting on Tuesday.",
            "Permits will be sold at the visitor centre and online.",
            "Wardens will check permits at the three car parks.",
            "The chairman once dismissed the plan as a costly nuisance for weekend visitors.",
            "Board figures show that 4,500 anglers visited the reservoir last summer.",
            "Children under twelve will fish for free."]
    right = ["Anglers will need a permit to fish in the Corran reservoir from April.",
             "So far the chairman has called the scheme a bother.",
             "According to board figures, 4,500 anglers came to the reservoir last summer.",
             "The water board approved the rule at its meeting on Tuesday.",
             "Permits will be sold at the visitor centre and online.",
             "Wardens will check permits at the three car parks.",
             "Children under twelve will fish for free."]
    found = groups(left, right)
    assert ((4,), (1,)) in found and ((5,), (2,)) in found


def test_merge_of_two_sentences_with_one_between_them() -> None:
    left = ["On Sunday, crowds of families visited the spring market in the square at Elmbury.",
            "The market was run by the town guild and its warden, Agnes Hale, who rang the opening bell.",
            "Stallholders counted about 900 visitors on the square by Sunday evening."]
    right = ["About 900 visitors came to the spring market in the square at Elmbury on Sunday.",
             "Town guild warden Agnes Hale, whose guild ran the market, rang the opening bell."]
    assert groups(left, right) == {((0, 2), (0,)), ((1,), (1,))}


def test_merge_that_keeps_one_clause_of_a_long_sentence() -> None:
    left = ["The Kessel library opened a new reading room for local history on Thursday.",
            ("A ribbon was cut by the governor in a brief ceremony, which two retired librarians "
            "and a school choir attended."),
            "Archivist Tomas Berg said the maps had taken twelve years to restore.",
            "The reading room is open every weekday until six."]
    right = ["A new reading room for local history opened at the Kessel library on Thursday.",
             ("As the governor cut a ribbon, archivist Tomas Berg told visitors that restoring "
             "the maps had taken twelve years."),
             "The reading room is open every weekday until six."]
    assert ((1, 2), (1,)) in groups(left, right)


def test_condensed_merge_that_carries_the_second_sentence() -> None:
    left = ["The district approved two new ferry crossings linking the islands to the port of Arlow.",
            "The crossings are paid for by a national grant for island transport that ends in 2029.",
            "When traffic grows, the district aims to take over the crossings from the grant in an orderly way."]
    right = ["Two new ferry crossings will connect the islands with the port of Arlow after a district vote.",
             ("A national island transport grant pays for the crossings until 2029, and the district plans "
             "an orderly takeover afterwards.")]
    assert ((1, 2), (1,)) in groups(left, right)


def test_weak_link_is_not_pulled_into_a_group_that_only_repeats_a_name() -> None:
    left = ["The Harlow rowing club won the river cup on Sunday.",
            ("\u201cRowing at home in front of our families matters more than any medal,\u201d "
            "said club captain Ines Moreau."),
            ("\u201cI thank every rower who trained through the winter, and I hope more students "
            "will join the club this year.\u201d")]
    right = ["The Harlow rowing club won the river cup on Sunday.",
             ("\u201cRowing at home in front of our families matters more than any medal,\u201d "
             "said Piet Vos, the club's coach."),
             "Club captain Ines Moreau said she wanted to \u2018thank every rower\u2019."]
    assert groups(left, right) == {((0,), (0,)), ((1,), (1,)), ((2,), (2,))}


def test_headlines_of_one_story_pair_on_a_single_shared_word() -> None:
    left = ["Council Keeps Pool Open Longer",
            "The Ashby swimming pool will stay open until 9 p.m. on weekdays from July.",
            "Lifeguards from the county service will cover the extra hours."]
    right = ["Ashby Residents Get Later Evening Swims at Pool",
             "From July the Ashby swimming pool will close at 9 p.m. on weekdays.",
             "Lifeguards from the county service will cover the extra hours."]
    assert ((0,), (0,)) in groups(left, right)


def test_headline_sharing_no_word_stays_one_sided() -> None:
    left = ["Town Pool Extends Summer Hours",
            "The Ashby swimming pool will stay open until 9 p.m. on weekdays from July."]
    right = ["Council Elects New Chair",
             "The Ashby swimming pool will stay open until 9 p.m. on weekdays from July."]
    assert groups(left, right) == {((1,), (1,))}
