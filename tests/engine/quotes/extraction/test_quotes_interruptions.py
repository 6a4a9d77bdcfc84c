"""When two quoted stretches are one interrupted utterance, and when they are two quotes."""
import pytest

from unquote.engine.loading import load_text
from unquote.engine.quotes import find_quotes
from unquote.engine.text.sentences import split_sentences


def quotes(text: str) -> list[tuple[list[str], str | None]]:
    doc = load_text(text)
    found = find_quotes(doc, split_sentences(doc.text, doc.paragraphs))
    return [([doc.text[a:b] for a, b in q.fragments], q.verb) for q in found]


@pytest.mark.parametrize("text, expected", [
    # one utterance interrupted by its attribution: US and UK punctuation
    ("“We will not give up,” Osei said. “It is part of who we are.” She said more later.",
     [(["We will not give up,", "It is part of who we are."], "said")]),
    ("'We will not give up', Osei said. 'It is part of who we are.'",
     [(["We will not give up", "It is part of who we are."], "said")]),
    # the second stretch has its own reporting verb: two quotes
    ("“Trade has fallen by half,” Calloway said. “The winter will be hard for us,” she added.",
     [(["Trade has fallen by half,"], "said"), (["The winter will be hard for us,"], "added")]),
    # a fragment inside narration, then a full quote: two quotes, each with its verb
    ("Lyle called the plan “a sticking plaster” and accused the council of delay. "
     "“I raised this twice and nobody listened,” Lyle said.",
     [(["a sticking plaster"], "called"), (["I raised this twice and nobody listened,"], "said")]),
])
def test_interrupted_or_separate(text, expected):
    assert quotes(text) == expected
