"""Properties of the sentence splitter and the quote-mark pairing on any Unicode text.

For every text: sentences lie inside their paragraph, in order, without overlap, trimmed,
and together cover every non-space character of every paragraph; quoted stretches lie
inside their paragraph. Texts are drawn from all of Unicode, weighted toward what the
splitter looks at (terminal punctuation, quote marks, brackets, spaces, capitals).
"""
from __future__ import annotations

from hypothesis import given, settings
from hypothesis import strategies as st
from unquote.engine.loading.paragraphs import text_paragraphs
from unquote.engine.quotes.marks import stretches
from unquote.engine.text.sentences import split_sentences

INTERESTING = list(" \n\n\t\r.!?…:;,\"“”„‚«»'‘’()[]—–-/aAbBzZ1 9ßéÄ\u00a0\u202f\u200b\u2028\x0c")
WORDS = ["Mr.", "U.S.", "a.m.", "Dr.", "etc.", "3.", "said", "He", "The", "der", "z. B.",
         "[...]", "(…)", "1.", "IV.", "“Stop!”", "Smith", "Jan.", "No."]

texts = st.lists(st.one_of(st.sampled_from(INTERESTING), st.sampled_from(WORDS),
                           st.characters(), st.just(" ")), max_size=200).map("".join)


def assert_cover(text: str, paragraphs: tuple[tuple[int, int], ...]) -> None:
    sentences = split_sentences(text, paragraphs)
    previous_end = 0
    covered = set()
    for s in sentences:
        p_start, p_end = paragraphs[s.paragraph]
        assert p_start <= s.start < s.end <= p_end, (s, paragraphs[s.paragraph])
        assert s.start >= previous_end, "sentences overlap or are out of order"
        assert not text[s.start].isspace() and not text[s.end - 1].isspace()
        covered.update(range(s.start, s.end))
        previous_end = s.end
    assert [s.paragraph for s in sentences] == sorted(s.paragraph for s in sentences)
    for p_start, p_end in paragraphs:
        for i in range(p_start, p_end):
            assert text[i].isspace() or i in covered, (i, text[i])


@settings(max_examples=200, deadline=None, database=None)
@given(texts)
def test_sentences_cover_every_visible_character_of_plain_text(text):
    text = text.replace("\r", "\n")
    assert_cover(text, text_paragraphs(text))


@settings(max_examples=150, deadline=None, database=None)
@given(texts, st.lists(st.integers(min_value=0, max_value=400), max_size=8))
def test_sentences_stay_inside_any_paragraph_spans(text, cuts):
    """Paragraph spans as another loader might give them (any ordered, disjoint cuts)."""
    points = sorted({min(c, len(text)) for c in cuts} | {0, len(text)})
    paragraphs = tuple((a, b) for a, b in zip(points, points[1:]) if b > a)
    assert_cover(text, paragraphs)


@settings(max_examples=150, deadline=None, database=None)
@given(texts, st.integers(min_value=0, max_value=50))
def test_quoted_stretches_lie_inside_their_paragraph(text, margin):
    start, end = min(margin, len(text)), len(text)
    found = stretches(text, start, end)
    assert [s.open_at for s in found] == sorted(s.open_at for s in found)
    for s in found:
        assert start <= s.open_at < s.start <= s.end <= end
        assert s.close_at is None or s.close_at == s.end
        assert s.depth >= 0
