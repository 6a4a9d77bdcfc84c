"""Descriptions as speakers (issue 8): "the senator", "a Carrier executive", "her Twitter
account" name a person only when the text has already established who it is; otherwise the
description is the speaker as written. One invented sentence per pattern."""
from __future__ import annotations

import pytest
from test_quotes_house_styles import quotes

# (case, text, speaker of the last quote, its verb as written)
DESCRIPTIONS = [
    ("role named only later stays a description",
     "Workers filmed the meeting. As boos erupt, the executive says, “Please sit down.”\n\n"
     "Robert Lamb, a senior executive at the parent company, met the workers a week later.",
     "the executive", "says"),
    ("role named earlier resolves",
     "“We had no choice,” said Robert Lamb, a senior executive at the parent company.\n\n"
     "As boos erupt, the executive says, “Please sit down.”",
     "Robert Lamb", "says"),
    ("relative clause after a description in the tail",
     "“It is hard to come back to work,” said the designer, who works for another brand at Harbour Apparel.",
     "the designer", "said"),
    ("relative clause after a description, another place",
     "“We can't have a mayor who sleeps,” said the Eastmoor businessman, who campaigned Monday in Fresno.",
     "the Eastmoor businessman", "said"),
    ("restrictive relative clause before the verb",
     "A City Hall official who spoke anonymously to discuss strategy said Wednesday, “There are talks.”",
     "a City Hall official", "said"),
    ("possessive description after a reporting clause and a subordinate clause",
     "As the crowd cheered Tom Hale, The Eastmoor Herald's Jo Lind reported, his wife whispered to him: "
     "“They're still with you.”",
     "his wife", "whispered"),
    ("possessive channel of a person is not the platform",
     "Nora Quist spoke on Monday.\n\nThe next day, her Twitter account posted: “Shop the look.”",
     "her Twitter account", "posted"),
    ("an organisation's statement is not the person who issued one",
     "Tom Hale, in a statement released by the campaign on Thursday, said he “thanks the judge.” "
     "The campaign’s statement then declares “the matter is closed.”",
     "the campaign’s statement", "declares"),
    ("sentence adverb is not a name; finite verb ends the subject",
     "Likewise, a paper from the Harbour Institute had this to say about the plan: “The rich gain most.”",
     "a paper from the Harbour Institute", "say"),
    ("coordinated adjectives before the head",
     "Hale spoke at noon.\n\nThe angry, anti-tax headline reads: “Hale is not lowering taxes.”",
     "the angry, anti-tax headline", "reads"),
    ("editorial reads",
     "“There are snails with more spine than Mayor Hale,” reads a Monday editorial in The Eastmoor Herald.",
     "a Monday editorial in The Eastmoor Herald", "reads"),
    ("cited", "The team cited “broken doors and dirty floors.”", "the team", "cited"),
    ("introducer named in apposition",
     "“It's time we had a woman in charge,” exhorted Quist's introducer, actress Jane Lee Dorn.",
     "Jane Lee Dorn", "exhorted"),
    ("from the report, colon",
     "Not all boats are equal. From the report: “In general, bigger boats did better.”",
     "the report", None),
    ("absolute clause with a reporting participle",
     "The town was in mourning, with many marchers and spectators chanting “We are Eastmoor.”",
     "many marchers and spectators", "chanting"),
    ("coordinated adjectives before a head with a name in it",
     "Hale spoke at noon.\n\nThe smug, anti-Hale/Quist tax-loving headline reads: “Hale is not lowering taxes.”",
     "the smug, anti-Hale/Quist tax-loving headline", "reads"),
    ("second reporting clause between two stretches",
     "“Tell her I called,” Quist said, and her husband cut in. “Don’t forget the boat.”",
     "her husband", "cut in"),
    ("quotation set off by dashes has its own tail attribution",
     "Hale and his allies are responding, painting Ms. Quist as a friend of the rich - “If Quist wins, "
     "the harbour closes,” one Hale ad declared - or calling her names.",
     "one Hale ad", "declared"),
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
