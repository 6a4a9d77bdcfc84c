"""Descriptions as speakers (issue 8): "the senator", "a Carrier executive", "her Instagram
account" name a person only when the text has already established who it is; otherwise the
description is the speaker as written. One invented sentence per pattern."""
from __future__ import annotations

import pytest
from support.quote_texts import quotes
from unquote.engine.model import Document
from unquote.engine.quotes.speakers.masking import mask
from unquote.engine.quotes.extract import utterances
from unquote.engine.quotes.speakers.mentions import Entities
from unquote.engine.text.sentences import split_sentences

def entities(text: str) -> Entities:
    """The people and organisations of a one-paragraph text."""
    doc = Document(text=text, paragraphs=((0, len(text)),))
    sentences = split_sentences(text, doc.paragraphs)
    return Entities(text, [(s.start, s.end) for s in sentences], mask(text, utterances(doc, sentences)))


# (case, text, speaker of the last quote, its verb as written)
DESCRIPTIONS = [
    ("role named only later stays a description",
     "The workers recorded the meeting on a phone. Over the jeers, the executive says, “Let me finish.”\n\n"
     "Robert Lamb, a senior executive at the parent company, met the workers a week later.",
     "the executive", "says"),
    ("role named earlier resolves",
     "“We had no choice,” said Robert Lamb, a senior executive at the parent company.\n\n"
     "Over the jeers, the executive says, “Let me finish.”",
     "Robert Lamb", "says"),
    ("relative clause after a description in the tail",
     "“The night shifts are the worst,” said the baker, who works for a rival bakery in Fresno.",
     "the baker", "said"),
    ("relative clause after a description, another place",
     "“Nobody reads the minutes,” said the Eastmoor plumber, who canvassed Monday in Fresno.",
     "the Eastmoor plumber", "said"),
    ("restrictive relative clause before the verb",
     "A harbour board member who asked not to be named said Friday, “The vote was never close.”",
     "a harbour board member", "said"),
    ("possessive description after a reporting clause and a subordinate clause",
     "While the band played for Tom Hale, the Eastmoor Herald's Jo Lind reported, his daughter shouted: "
     "“Dad, look up!”",
     "his daughter", "shouted"),
    ("possessive channel of a person is not the platform",
     "Nora Quist opened the bakery on Monday.\n\nAn hour later, her Instagram account posted: “Free buns today.”",
     "her Instagram account", "posted"),
    ("an organisation's statement is not the person who issued one",
     "Tom Hale said in a statement that he was “grateful to the jury.” "
     "The union’s statement adds “the strike is over.”",
     "the union’s statement", "adds"),
    ("sentence adverb is not a name; finite verb ends the subject",
     "Moreover, a study by the Harbour Institute has this to say about the ferry: “It loses money every week.”",
     "a study by the Harbour Institute", "say"),
    ("coordinated adjectives before the head",
     "Hale spoke at noon.\n\nThe gloomy, rain-soaked banner reads: “Save our pier.”",
     "the gloomy, rain-soaked banner", "reads"),
    ("editorial reads",
     "“The pier deserves better than this council,” reads a Sunday editorial in The Eastmoor Herald.",
     "a Sunday editorial in The Eastmoor Herald", "reads"),
    ("cited", "The crew cited “rotten planks and rusty bolts.”", "the crew", "cited"),
    ("relation named in apposition",
     "“Give him a big hand,” urged the mayor's host, comedian Jane Lee Dorn.",
     "Jane Lee Dorn", "urged"),
    ("from the report, colon",
     "Not all ferries are equal. From the report: “Older ferries broke down twice as often.”",
     "the report", None),
    ("quotation set off by dashes has its own tail attribution",
     "Both camps are busy, calling Ms. Quist soft on crime - “Quist lets burglars walk,” one Hale flyer "
     "claimed - or mocking her hats.",
     "one Hale flyer", "claimed"),
    ("absolute clause with a reporting participle",
     "The pier reopened at noon, with dozens of fishermen chanting “Here we go again.”",
     "dozens of fishermen", "chanting"),
    ("coordinated adjectives before a head with a name in it",
     "Hale spoke at noon.\n\nThe soggy, pro-Hale/Quist pier-saving banner reads: “Save our pier.”",
     "the soggy, pro-Hale/Quist pier-saving banner", "reads"),
    ("a name's thing is a description",
     "Hale offered Quist a truce. She later called it a “poisoned gift,” according to Hale’s memoir.",
     "Hale’s memoir", "according to"),
    ("a name after the verb is not inverted when a clause follows",
     "Tom Hale spoke first. He went on to say Quist’s plan is “a very bad idea for the pier.”",
     "Tom Hale", "say"),
    ("inverted verb after a subordinate clause",
     "Because of how the council drew the map, explained Simon Okafor, “the vote was lost before it began.”",
     "Simon Okafor", "explained"),
    ("dash quotation with a pronoun tail",
     "Nora Quist suggested that the plan was late - “We need the details,” she said - and left.",
     "Nora Quist", "said"),
    ("she is never a place that spoke",
     "Nora Quist spoke first.\n\nThe United States has not publicly accused Eastmoor of anything. "
     "The United States would not allow it, she said.\n\n“We will be watching,” she said.",
     "Nora Quist", "said"),
    ("a noun that looks like a verb does not end an appositive walk",
     "Ohio state delegate Mary Dole, wearing a hat that spelled the name Hale, said the vote was a “farce.”",
     "Mary Dole", "said"),
    ("second reporting clause between two stretches",
     "“Bring the red bucket,” Quist said, and her brother chimed in. “And the net.”",
     "her brother", "chimed in"),
    ("a group opening the sentence, before a participle",
     "Hundreds of farmers marched through Salem on Monday, chanting “No more tolls.”", "hundreds", "chanting"),
    ("a group opening the sentence, a name after its preposition",
     "Attorneys for Hale appeared to oppose the request, saying in a filing that “the files are private.”",
     "attorneys", "saying"),
    ("a place and its day before the comma closing an opening phrase",
     "At the town hall meeting in Hudson, New Hampshire Monday, the Lee supporter retorted: “There is a place for them.”",
     "the Lee supporter", "retorted"),
    ("an approximate number heads a group, after an opening phrase",
     "Outside the arena in downtown Boston, about 200 protesters gathered, chanting “Dump Lee.”",
     "about 200 protesters", "chanting"),
    ("an adverb opening the subject is no part of it",
     "Alongside union calls for action, even a top party strategist said Hale will have to choose, saying, "
     "“At some point, she has to come out.”", "a top party strategist", "saying"),
    ("a role's plural opening its sentence is a group, not a name",
     "The hospital gave no update. Aides said: “He is resting.”", "aides", "said"),
    ("quoted someone as saying", "An early tweet quoted the mayor as saying “We need to act.”", "the mayor",
     "saying"),
]


@pytest.mark.parametrize("text, speaker, verb", [p[1:] for p in DESCRIPTIONS], ids=[p[0] for p in DESCRIPTIONS])
def test_description(text: str, speaker: str, verb: str | None) -> None:
    q = quotes(text)[-1]
    assert (q.speaker, q.verb) == (speaker, verb)


# (case, text, (speaker, verb) of every quotation in reading order)
HEADLINES_AND_PARAGRAPHS = [
    ("headline quotation attributed in the body",
     "Harbour plan ‘a disgrace to the whole town’\n\n"
     "Tom Hale spoke on Monday. “The plan is a disgrace to the whole town,” Hale said.",
     [("Tom Hale", "said"), ("Tom Hale", "said")]),
    ("headline quotation the body does not quote stays without speaker",
     "Harbour plan ‘a disgrace to the whole town’\n\nTom Hale spoke on Monday. “It is late,” Hale said.",
     [(None, None), ("Tom Hale", "said")]),
    ("headline quotation with its own cue keeps it",
     "Mayor calls harbour plan ‘a disgrace to the town’\n\n“The plan is a disgrace to the town,” Quist said.",
     [("Mayor", "calls"), ("Quist", "said")]),
    ("multi-paragraph quotation attributed in its first paragraph",
     "Hale spoke.\n\n“We will rebuild,” Hale said, “and it will take years.\n\n“The boats will come back.”"
     "\n\nQuist disagreed.",
     [("Hale", "said")]),
    ("multi-paragraph quotation attributed in its second paragraph",
     "Hale spoke.\n\n“We will rebuild the harbour.\n\n“It will take years,” said Hale, the mayor. "
     "“But we are ready.\n\n“The boats will come back.”",
     [("Hale", "said")]),
    ("multi-paragraph quotation in NYT marks",
     "Hale spoke.\n\n''We will rebuild the harbour.\n\n''The boats will come back,'' Hale said.",
     [("Hale", "said")]),
    ("multi-paragraph quotation introduced by a colon paragraph",
     "Quist said the plan was late. Hale answered:\n\n“We will rebuild the harbour.\n\n“The boats will come back.”",
     [("Hale", "answered")]),
    ("closed paragraph, then a new quotation by another speaker",
     "Hale speaks.\n\n“We will rebuild the harbour,” Hale said. “It will take years.\n\n“The boats will come back.”"
     "\n\n“And the town too,” Quist replied.",
     [("Hale", "said"), ("Quist", "replied")]),
]


@pytest.mark.parametrize("text, expected", [p[1:] for p in HEADLINES_AND_PARAGRAPHS],
                         ids=[p[0] for p in HEADLINES_AND_PARAGRAPHS])
def test_headlines_and_paragraphs(text: str, expected: list[tuple[str | None, str | None]]) -> None:
    assert [(q.speaker, q.verb) for q in quotes(text)] == expected


@pytest.mark.parametrize("text, paragraphs", [
    ("Hale spoke.\n\n“We will rebuild,” Hale said, “and it will take years.\n\n“The boats will come back.”", 2),
    ("Hale spoke.\n\n“We will rebuild the harbour.\n\n“It will take years,” said Hale. “But we are ready.\n\n"
     "“The boats will come back.”", 3),
])
def test_multi_paragraph_quotation_is_one_utterance(text: str, paragraphs: int) -> None:
    """One quotation whose parts run from paragraph to paragraph, the last one closing it."""
    (q,) = quotes(text)
    assert q.closed and text.count("\n\n", q.start, q.end) == paragraphs - 1
    assert q.text.endswith("The boats will come back.")


def test_a_name_does_not_run_on_over_a_quotation() -> None:
    """"calling Hale “an old crook,” Susan said" names Hale and Susan, not "Hale Susan"."""
    text = "Her friends mocked Tom Hale, calling Hale “an old crook,” Susan said."
    ents = entities(text)
    assert sorted(c.name for c in ents.clusters) == ["Susan", "Tom Hale"]


@pytest.mark.parametrize("text, word", [
    ("EASTMOOR — Nora Quist opened the pier.", "EASTMOOR"),
    ("EASTMOOR, Calif. - Nora Quist opened the pier.", "EASTMOOR"),
    ("EASTMOOR (Harbour Wire) - Nora Quist opened the pier.", "EASTMOOR"),
    ("The Pier Reopens.\n\nHALDENBURGH ― Nora Quist opened the pier.", "HALDENBURGH"),
    ("Regarding the pier, Nora Quist said it was late.", "Regarding"),
    ("Harsh words followed. Nora Quist said it was late.", "Harsh"),
    ("Should the pier close, Nora Quist said, the town would suffer.", "Should"),
])
def test_datelines_and_sentence_openers_are_not_names(text: str, word: str) -> None:
    ents = entities(text)
    names = {c.name for c in ents.clusters}
    assert "Nora Quist" in names and not any(word in name for name in names)


@pytest.mark.parametrize("text, word, kept", [
    ("Hale opened the pier. Hale said it was late.", "Hale", True),  # a reporting verb follows it
    ("Quist opened the pier with Hale. Hale wanted more money.", "Hale", True),  # capitalised elsewhere too
    ("Quist opened the pier. Nationally, the losses were small.", "Nationally", False),
])
def test_a_word_opening_a_sentence_names_someone_only_with_evidence(text: str, word: str, kept: bool) -> None:
    ents = entities(text)
    assert (word in {c.name for c in ents.clusters}) is kept


def test_a_relative_clause_after_a_name_gives_it_no_role() -> None:
    text = "Mia Lund, who lost her brother in a flood, said it was late."
    ents = entities(text)
    (lund,) = [c for c in ents.clusters if c.name == "Mia Lund"]
    assert "brother" not in lund.descriptors and lund.gender == "f"


@pytest.mark.parametrize("text, name", [
    ("Tom Hale spoke in New Hampshire Monday.", "New Hampshire"),  # a place keeps its "New", not the day
    ("The New York Times reported the sale.", "New York Times"),
    ("Like Hale, Quist opposed the plan.", "Hale"),  # a preposition opening the run is no part of it
])
def test_the_words_a_name_is_read_from(text: str, name: str) -> None:
    ents = entities(text)
    assert name in {c.name for c in ents.clusters}
