"""A right document loaded once the comparison has started (as the command line does, so the
quotation finder's child works on the left one meanwhile) compares as one given at once."""
import multiprocessing
from dataclasses import replace

import pytest
from unquote.engine.loading import LoadError, load_path
from unquote.engine.loading.paragraphs import text_paragraphs
from unquote.engine.run.compare import compare
from unquote.resources import data_path


def long_version(name: str):
    """The sample eighty times over, each copy numbered: long enough for a child process."""
    doc = load_path(data_path("samples") / name)
    text = "\n\n".join(f"Part {n}.\n\n{doc.text}" for n in range(80))
    return replace(doc, text=text, paragraphs=text_paragraphs(text))


@pytest.fixture(scope="module")
def pair():
    return long_version("original.txt"), long_version("rewrite.txt")


def test_a_right_document_loaded_later_compares_the_same(pair):
    left, right = pair
    later = compare(left, lambda: right)
    assert later == compare(left, right)
    assert later.quote_matches and len(later.left_sentences) > 2000


def test_a_right_document_that_fails_to_load_ends_the_child(pair):
    def fail():
        raise LoadError("gone.txt", "no such file")

    with pytest.raises(LoadError, match="gone.txt"):
        compare(pair[0], fail)
    assert multiprocessing.active_children() == []
