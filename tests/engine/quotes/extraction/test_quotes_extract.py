"""Quotation extraction: marks, apostrophes, fragments, unclosed and multi-paragraph quotes,
and the fragments that are not quotations (titles, scare quotes). Paragraphs are separated
by blank lines; sentences come from the real splitter."""
from __future__ import annotations

import pytest

from unquote.engine.quotes import find_quotes
from unquote.engine.text.sentences import split_sentences
from support.quote_texts import document


def fragments(text: str) -> list[list[str]]:
    doc = document(text)
    quotes = find_quotes(doc, split_sentences(doc.text, doc.paragraphs))
    return [[doc.text[a:b] for a, b in q.fragments] for q in quotes]


CASES = [
    ("curly double", "The minister said: “We will act now.”", [["We will act now."]]),
    ("straight double", 'She said, "Prices will fall next year."', [["Prices will fall next year."]]),
    ("curly single", "‘It’s done and dusted,’ he said.", [["It’s done and dusted,"]]),
    ("british straight single with apostrophes",
     "'It's Putin's plan for '26, not ours,' the aide said.", [["It's Putin's plan for '26, not ours,"]]),
    ("guillemets", "The banner read «Never again», the mayor said.", [["Never again"]]),
    ("german low-high marks", "Der Minister sagte: „Wir handeln jetzt.“", [["Wir handeln jetzt."]]),
    ("NYT doubled single marks", "''We are done here,'' she said.", [["We are done here,"]]),
    ("nested mixed styles", '"It comes across as “too loud” to me," she said.',
     [["It comes across as “too loud” to me,"]]),
    ("interrupted by attribution", "“We are ready,” he said. “The plan starts today.”",
     [["We are ready,", "The plan starts today."]]),
    ("interrupted by a long attribution",
     "“We are ready,” said Agnès Roy, a rapporteur for the office of the high commissioner. “We start today.”",
     [["We are ready,", "We start today."]]),
    ("interrupted, lower-case continuation", '"What matters most", Cole said, "is the money."',
     [["What matters most", "is the money."]]),
    ("two quotes, second introduced anew", '"We won the vote." Cole told the Daily Mail, "It was hard."',
     [["We won the vote."], ["It was hard."]]),
    ("multi-paragraph quote", "“The first part of a long quote.\n\n“And its second part,” she said.",
     [["The first part of a long quote.", "And its second part,"]]),
    ("unclosed to paragraph end", "“This quote never closes at all.\n\nThe story goes on here.",
     [["This quote never closes at all."]]),
    ("unclosed, narration resumes",
     "“We need more pressure on them. Zelensky claimed that the parts came from abroad.",
     [["We need more pressure on them."]]),
    ("unclosed, first person is still speech",
     "“We need more pressure on them. Ministers said they would help us. Nobody came.",
     [["We need more pressure on them. Ministers said they would help us. Nobody came."]]),
    ("short fragment with reporting cue", "He called the talks “constructive” on Friday.", [["constructive"]]),
    ("short fragment, according to", "Talks were “useful”, according to the aide.", [["useful"]]),
    ("magazine title", "She writes for the magazine “Modern Homes” every month.", []),
    ("show called", "He hosted a show called “Late Talk” for years.", []),
    ("a name after dubbed", "The plan, dubbed “Operation Clean Sweep”, starts today.", []),
    ("words after called", "She called the vote “a betrayal” on Monday.", [["a betrayal"]]),
    ("scare quotes", "The so-called “experts” disagreed with each other.", []),
    ("apostrophes only", "It’s Putin’s plan, not the ’08 one, that the Joneses’ lawyer read.", []),
    ("UK punctuation outside", "It was “a fair and honest outcome”, he said.", [["a fair and honest outcome"]]),
    ("US punctuation inside", "It was “a fair and honest outcome,” he said.", [["a fair and honest outcome,"]]),
    ("bracketed insertion stays in the span", "“They [Ukraine] began the talks,” he said.",
     [["They [Ukraine] began the talks,"]]),
    ("closing mark used as opener", "”We will act now,” he said.", [["We will act now,"]]),
    ("opening mark used as closer", "“We will act now“, he said.", [["We will act now"]]),
    ("short whole sentence after a colon", "Berg was blunt: “It is not ready.”", [["It is not ready."]]),
]


@pytest.mark.parametrize("text, expected", [c[1:] for c in CASES], ids=[c[0] for c in CASES])
def test_extraction(text, expected):
    assert fragments(text) == expected


def test_quote_span_and_sentence():
    doc = document("Intro line here.\n\n“We are ready,” he said. “The plan starts today.”")
    sentences = split_sentences(doc.text, doc.paragraphs)
    (quote,) = find_quotes(doc, sentences)
    assert doc.text[quote.start:quote.end].startswith("We are ready")
    assert doc.text[quote.start:quote.end].endswith("starts today.")
    assert quote.text == "We are ready, The plan starts today."
    assert sentences[quote.sentence].start <= quote.start < sentences[quote.sentence].end
    assert quote.closed


def test_unclosed_is_marked():
    doc = document("“This quote never closes at all.\n\nThe story goes on here.")
    (quote,) = find_quotes(doc, split_sentences(doc.text, doc.paragraphs))
    assert not quote.closed
