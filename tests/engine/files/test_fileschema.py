"""The comparison file's validator: each fault refused in one line that names its place;
and any comparison the model can hold survives a save and a load (hypothesis)."""
from __future__ import annotations

import json

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from conftest import FIXTURES
from unquote.engine.files import fileformat
from unquote.engine.files.fileformat import FormatError
from unquote.engine.model import (Annotation, Comparison, Decision, DiffOp, Document, Link, Quote,
                                  QuoteMatch, Sentence)
from unquote.engine.settings import Settings

GOOD = json.loads((FIXTURES / "files" / "good.unquote").read_text(encoding="utf-8"))


def _set(path: str, value):
    data = json.loads(json.dumps(GOOD))
    *parents, last = [int(p) if p.isdigit() else p for p in path.split("/")]
    target = data
    for key in parents:
        target = target[key]
    target[last] = value
    return json.dumps(data)


@pytest.mark.parametrize("path, value, said", [
    ("documents/left/title", ["a", "list"], "documents/left/title: must be string"),
    ("quotes/left/0/speaker", ["Mara", "Lind"], "quotes/left/0/speaker"),
    ("quote_matches/0/similarity", 1.5, "quote_matches/0/similarity: must be smaller than or equal to 1"),
    ("view/zoom", "big", "view/zoom: must be number"),
    ("links/0/right/0", 99, "links/0/right/0: index 99 outside a list of 6"),
    ("sentences/right/0/end", 10 ** 6, "sentences/right/0: span"),
    ("links/1/left", [0], "links/1/left/0: a sentence in two links"),
    ("settings/candidates", 0, "settings/candidates"),
    ("annotations/1/left", [4], "annotations/1/left: index outside a list of 1"),
    ("documents/left/title", "T" * 5000, "documents/left/title: must be shorter"),
])
def test_each_fault_is_refused_in_one_line_naming_its_place(path, value, said):
    with pytest.raises(FormatError) as caught:
        fileformat.loads(_set(path, value))
    message = str(caught.value)
    assert said in message and "\n" not in message and message.startswith("the file is damaged (")


@pytest.mark.parametrize("text, said", [
    ('{"format": "unquote-comparison", "version": 1, "x": NaN}', "NaN is not a number"),
    ('{"format": "unquote-comparison", "version": 1, "x": -Infinity}', "-Infinity is not a number"),
    ('{"format": "unquote-comparison", "version": true}', "no valid format version"),
    ('{"format": "unquote-comparison", "version": 3}', "newer Unquote"),
    ("[" * 50_000 + "]" * 50_000, "nested too deeply"),
])
def test_numbers_json_cannot_hold_versions_and_depth_are_refused(text, said):
    with pytest.raises(FormatError, match=said):
        fileformat.loads(text)


def test_a_file_over_the_size_limit_is_refused_before_it_is_read(tmp_path):
    from unquote.engine.files.fileschema import MAX_FILE_BYTES

    path = tmp_path / "big.unquote"
    with open(path, "wb") as f:
        f.truncate(MAX_FILE_BYTES + 1)
    with pytest.raises(FormatError, match="larger than the limit of 64 MB"):
        fileformat.load(path)


# -- round trip ------------------------------------------------------------------------------
WORDS = st.text(st.characters(blacklist_categories=("Cs",)), max_size=40)


@st.composite
def spans(draw, size: int, most: int = 6) -> tuple[tuple[int, int], ...]:
    """Ordered, non-overlapping spans inside a text of ``size`` characters."""
    cuts = sorted(draw(st.lists(st.integers(0, size), max_size=2 * most)))
    return tuple(zip(cuts[0::2], cuts[1::2]))


@st.composite
def documents(draw) -> Document:
    text = draw(st.text(st.characters(blacklist_categories=("Cs",)), min_size=1, max_size=200))
    return Document(text=text, paragraphs=draw(spans(len(text))), source=draw(WORDS), title=draw(WORDS),
                    kind=draw(st.sampled_from(["text", "html", "pdf"])), encoding="utf-8",
                    metadata=draw(st.dictionaries(st.text(max_size=10), WORDS, max_size=3)))


def _diff(draw, left: int, right: int) -> tuple[DiffOp, ...]:
    return tuple(DiffOp(draw(st.sampled_from(["equal", "delete", "insert"])), a, b)
                 for a, b in zip(draw(spans(left)), draw(spans(right))))


@st.composite
def comparisons(draw) -> Comparison:
    left, right = draw(documents()), draw(documents())
    ls = tuple(Sentence(a, b, 0) for a, b in draw(spans(len(left.text))))
    rs = tuple(Sentence(a, b, 0) for a, b in draw(spans(len(right.text))))
    if not left.paragraphs:
        ls = ()
    if not right.paragraphs:
        rs = ()
    pairs = min(len(ls), len(rs))
    links = tuple(Link((n,), (n,), draw(st.sampled_from(["identical", "reworded"])),
                       draw(st.floats(0, 1)), moved=draw(st.booleans()),
                       ignored=tuple(draw(st.lists(st.sampled_from(["case", "punctuation"]), unique=True))),
                       origin=draw(st.sampled_from(["auto", "manual"])),
                       diff=_diff(draw, len(left.text), len(right.text)))
                  for n in range(draw(st.integers(0, pairs))))
    quotes = {}
    for name, doc, sents in (("left", left, ls), ("right", right, rs)):
        quotes[name] = tuple(Quote(a, b, ((a, b),), doc.text[a:b], speaker=draw(st.none() | WORDS),
                                   verb=draw(st.none() | WORDS), verb_class=draw(st.sampled_from([None, "loaded"])),
                                   form=draw(st.sampled_from(["full", "partial", "that-clause"])),
                                   closed=draw(st.booleans()),
                                   sentence=draw(st.none() | st.integers(0, len(sents) - 1)) if sents else None)
                             for a, b in draw(spans(len(doc.text), 3)))
    matched = min(len(quotes["left"]), len(quotes["right"]))
    matches = tuple(QuoteMatch(n, n, "matched", changes=("wording",), similarity=draw(st.floats(0, 1)))
                    for n in range(matched))
    decisions = tuple(Decision("unlink", (n,), ()) for n in range(len(ls)) if draw(st.booleans()))
    notes = tuple(Annotation(f"n{n}", "sentence", (n,), (), draw(WORDS),
                             draw(st.sampled_from(["needs-check", "confirmed", "acceptable"])))
                  for n in range(len(ls)) if draw(st.booleans()))
    return Comparison(left, right, ls, rs, links, Settings(ignore_case=draw(st.booleans())),
                      quotes["left"], quotes["right"], matches, decisions, notes,
                      view={"zoom": draw(st.floats(6, 40)), "sync": draw(st.booleans())})


@settings(max_examples=150, deadline=None)
@given(comparisons())
def test_any_comparison_survives_saving_and_loading(c):
    assert fileformat.loads(fileformat.dumps(c)) == c
