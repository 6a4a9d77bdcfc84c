"""Quote fates part by part, on invented pairs, through the whole pipeline.

Each folder of tests/fixtures/quotes/fates/ holds a left and a right article in which the
rewrite treats the parts of a quotation (the stretches between quote marks) in one way:
kept, credited to someone else (or to one of the two people who said it, or to no one by name), given a loaded verb, turned into indirect speech,
dropped, joined, split (within a quotation or over two), put in another order, or
extended with an added part. The table
gives every quote match (by the first words of the first stretch it covers on each side),
its status and change labels, and the lines of every finding.
"""
from __future__ import annotations

import pytest
from conftest import FIXTURES
from unquote.engine.files import fileformat
from unquote.engine.run.compare import compare
from unquote.engine.results.findings import findings
from unquote.engine.loading import load_path
from unquote.engine.model import Comparison, QuoteMatch, Side

FATES = FIXTURES / "quotes" / "fates"

#: name -> (matches as (left words, right words, status, changes), findings as their lines)
TABLE: dict[str, tuple[list[tuple[str | None, str | None, str, tuple[str, ...]]], list[list[str]]]] = {
    "kept": (
        [("The wall has", "The wall has", "matched", ()), ("Boats will use", "Boats will use", "matched", ())],
        [["Unchanged"]],
    ),
    "recredited": (
        [("Working parents", "Working parents", "matched", ()),
         ("We will review", "We will review", "matched", ("attribution",)),
         ("Nobody should", "Nobody should", "matched", ("attribution",))],
        [["First part unchanged", "Second part credited to Lena Brandt instead of Kofi Mensah"],
         ["Speaker: Kofi Mensah → Lena Brandt"]],
    ),
    "shared-credit": (
        [("Two sailings", "Two sailings", "matched", ("attribution",))],
        [["Speaker: Ann Lowe and Tom Lee → Tom Lee"]],
    ),
    "unnamed": (
        [("Fares must", "Fares must", "matched", ("unnamed",))],
        [["Speaker no longer named: Anna Berg → a government source"]],
    ),
    "reverbed": (
        [("Every pound", "Every pound", "matched", ()),
         ("The sale will", "The sale will", "matched", ("verb", "loaded-verb"))],
        [["First part unchanged", "Second part: verb said → claimed (a loaded verb)"]],
    ),
    "indirect": (
        [("Islanders depend", "Islanders depend", "matched", ()), ("We also plan", None, "paraphrased", ())],
        [["First part unchanged", ("Second part turned into paraphrase: She added that the company plans "
                                   "to add a late sailing on Fridays.")]],
    ),
    "dropped": (
        [("Shoppers will", "Shoppers will", "matched", ()), ("Deliveries will", None, "dropped", ()),
         ("This plan will", None, "dropped", ())],
        [["First part unchanged", "Second part dropped"], ["Dropped"]],
    ),
    "joined": (
        [("The new bearings", "The new bearings", "matched", ())],
        [["Unchanged", "Its 2 parts joined into one quotation"]],
    ),
    "split": (
        [("Our cooks", "Our cooks", "matched", ())],
        [["Unchanged", "Split into 2 parts"]],
    ),
    "split-quotations": (
        [("Engineers rebuilt", "Engineers rebuilt", "matched", ()),
         ("Engineers rebuilt", "Passengers should", "matched", ("attribution",))],
        [["First quotation unchanged", "Second quotation credited to Conrad Baye instead of Selma Ruud",
          "Split into 2 quotations"]],
    ),
    "joined-quotations": (
        [("Forty families", "Forty families", "matched", ()), ("Another twenty", "Forty families", "matched", ())],
        [["First quotation unchanged", "Second quotation unchanged", "2 quotations joined into one"]],
    ),
    "reordered": (
        [("Visitors told us", "Visitors told us", "matched", ()),
         ("The extra day", "The extra day", "matched", ())],
        [["First part unchanged", "Second part unchanged", "The parts appear in a different order"]],
    ),
    "added": (
        [("We pulled out", "We pulled out", "matched", ()), (None, "The council has", "added", ())],
        [["First part unchanged", "Second part added"]],
    ),
}


@pytest.fixture(scope="module")
def comparisons() -> dict[str, Comparison]:
    return {name: compare(load_path(FATES / name / "left.txt"), load_path(FATES / name / "right.txt"))
            for name in TABLE}


def _first_words(c: Comparison, m: QuoteMatch, side: Side) -> str | None:
    spans = m.spans(side, c.quotes(side))
    return c.document(side).text[spans[0][0]:spans[0][1]] if spans else None


def test_every_fate_has_its_folder():
    assert sorted(p.name for p in FATES.iterdir() if p.is_dir()) == sorted(TABLE)


@pytest.mark.parametrize("name", sorted(TABLE))
def test_each_part_gets_its_own_match_and_changes(comparisons, name):
    c = comparisons[name]
    found = [(_first_words(c, m, "left"), _first_words(c, m, "right"), m.status, m.changes)
             for m in c.quote_matches]
    expected = TABLE[name][0]
    assert len(found) == len(expected), found
    for (left, right, status, changes), (fl, fr, fs, fc) in zip(expected, found):
        assert (fl or "").startswith(left or "") and (fl is None) == (left is None), (left, fl)
        assert (fr or "").startswith(right or "") and (fr is None) == (right is None), (right, fr)
        assert (fs, fc) == (status, changes), (left, right)


@pytest.mark.parametrize("name", sorted(TABLE))
def test_findings_say_what_happened_to_each_part(comparisons, name):
    c = comparisons[name]
    lines = [[line for part in f.parts for line in part.lines] + list(f.notes) for f in findings(c)]
    assert lines == TABLE[name][1]
    assert [f.number for f in findings(c)] == list(range(1, len(lines) + 1))


@pytest.mark.parametrize("name", sorted(TABLE))
def test_every_part_is_in_one_match_or_shared_by_a_split(comparisons, name):
    c = comparisons[name]
    shared = name in ("split-quotations", "joined-quotations")
    for side in ("left", "right"):
        covered = sorted((m.quote(side), f) for m in c.quote_matches if m.quote(side) is not None
                         for f in m.parts(side, c.quotes(side)))
        every = [(n, f) for n, q in enumerate(c.quotes(side)) for f in range(len(q.fragments))]
        assert sorted(set(covered)) == every
        assert (len(covered) > len(every)) == (shared and side == ("left" if name == "split-quotations"
                                                                   else "right"))


def test_a_paraphrased_part_names_the_sentence_that_carries_it(comparisons):
    c = comparisons["indirect"]
    part = next(p for f in findings(c) for p in f.parts if p.carrier is not None)
    side, sentence = part.carrier  # type: ignore[misc]
    assert side == "right" and c.sentence_text(side, sentence).startswith("She added that")


@pytest.mark.parametrize("name", sorted(TABLE))
def test_comparison_file_keeps_every_fate(comparisons, name):
    c = comparisons[name]
    assert fileformat.loads(fileformat.dumps(c)) == c
