"""The stems of sentences outside their quotations, and the sentences sharing a quote's stems:
the same whether the whole sentences' stems come ready from the alignment's words or not."""
from itertools import combinations

from unquote.engine.loading import load_path
from unquote.engine.quotes import find_quotes
from unquote.engine.quotes.fates.matching import make_side
from unquote.engine.quotes.fates.unquoted import SentenceStems
from unquote.engine.text.sentences import split_sentences
from unquote.engine.text.textnorm import words, words_of_both
from unquote.resources import data_path


def test_sharing_is_the_same_with_the_whole_sentences_known_ahead():
    doc = load_path(data_path("samples") / "rewrite.txt")
    sentences = split_sentences(doc.text, doc.paragraphs)
    quotes = find_quotes(doc, sentences)
    assert quotes
    whole = SentenceStems(doc, sentences, [words(doc.text[s.start:s.end]) for s in sentences])
    prepared = SentenceStems(doc, sentences, [words(doc.text[s.start:s.end]) for s in sentences])
    prepared.prepare(lambda: False)
    sides = [make_side(doc, sentences, quotes, {}, sentence_stems=stems) for stems in (None, whole, prepared)]
    quoted = set(sides[0].members)
    assert quoted and len(quoted) < len(sentences)
    for k in range(len(sentences)):
        assert sides[0].unquoted[k] == sides[1].unquoted[k] == sides[2].unquoted[k]
    stems = sorted(set().union(*(whole[k] for k in quoted)))[:14]  # words inside the quotes too
    for pair in combinations(stems, 2):
        found = [side.unquoted.sharing(pair, 1) for side in sides]
        assert found[0] == found[1] == found[2]


def test_both_sides_stems_are_each_sides_own_and_a_shared_sentence_is_read_once():
    left, right = (load_path(data_path("samples") / name) for name in ("original.txt", "rewrite.txt"))
    ls, rs = (split_sentences(d.text, d.paragraphs) for d in (left, right))
    lt, rt = ([d.text[s.start:s.end] for s in ss] for d, ss in ((left, ls), (right, rs)))
    tokens = words_of_both(lt, rt)
    both = SentenceStems.both(left, ls, right, rs, tokens)
    alone = SentenceStems(left, ls, tokens[0]), SentenceStems(right, rs, tokens[1])
    for side in (0, 1):
        assert [both[side][k] for k in range(len((ls, rs)[side]))] == \
               [alone[side][k] for k in range(len((ls, rs)[side]))]
    shared = [(i, rt.index(t)) for i, t in enumerate(lt) if t in rt]
    assert shared and all(both[0][i] is both[1][j] for i, j in shared)
