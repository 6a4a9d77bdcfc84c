"""Attribution as real newsrooms write it (issue 8), one invented sentence per pattern:
abbreviations and initials inside the attribution, party tags, bracketed acronyms, role
compounds, appositives, the wider cue lexicon, descriptions, pronouns by salience, and the
titles, nicknames and terms that are not quotations at all."""
from __future__ import annotations

import pytest
from support.quote_texts import quotes


# (case, text, speaker of the last quote, its verb as written)
ATTRIBUTIONS = [
    ("courtesy title", "“We will win the vote,” Mr. Hale said.", "Hale", "said"),
    ("title before a full name", "“We will win the vote,” said Dr. Nora Quist.", "Nora Quist", "said"),
    ("party tag after the name", "“We will win the vote,” said Rep. Gwen Lark (D-Wis.).", "Gwen Lark", "said"),
    ("party tag, head position", "Sen. Paul Okafor (R-N.Y.) said: “We will win the vote.”", "Paul Okafor", "said"),
    ("middle initial", "“We will win the vote,” said Robert C. Lamb, a farmer.", "Robert C. Lamb", "said"),
    ("U.S. before the title", "“We will win the vote,” U.S. Ambassador Dana Ortiz said.", "Dana Ortiz", "said"),
    ("state abbreviation in a dateline phrase",
     "“The water is back,” said Lena Voss of Fresno, Calif., on Tuesday.", "Lena Voss", "said"),
    ("bracketed acronym before the role",
     "“The harbour is safe again,” said Harbour Safety Board (HSB) Chair Lena Voss.", "Lena Voss", "said"),
    ("broadcaster role compound", "“The show goes on,” said Valley TV host Chris Marden.", "Chris Marden", "said"),
    ("chamber role compound", "“We will block it,” Assembly minority leader Joan Pike said.", "Joan Pike", "said"),
    ("party role compound", "“Unity wins,” said Republican party boss Dan Weld.", "Dan Weld", "said"),
    ("appositive with a capitalised adjective",
     "Robert Lamb, a veteran Democratic strategist, said the bridge was “a disgrace to the town”.",
     "Robert Lamb", "said"),
    ("relative clause naming a place",
     "Anna Reyes, who works at a garage in Sacramento, said, “Working here is hard.”", "Anna Reyes", "said"),
    ("participle clause naming a group",
     "Carla Fiorina, speaking to Iowans, said, “Last time I looked, it was fine.”", "Carla Fiorina", "said"),
    ("long role appositive",
     "Tom Hale, president and CEO of the Harbour Traders Association, stated: “It is not a political problem.”",
     "Tom Hale", "stated"),
    ("long appositive after the verb",
     ("“The bridge is a disgrace,” said Tom Hale, director of the Centre for Harbour Studies at Eastmoor "
     "University."), "Tom Hale", "said"),
    ("party tag between commas", "“We are fine,” Sen. Ron Dale, R-Wis., said.", "Ron Dale", "said"),
    ("party affiliation appositive",
     "Representative Peter T. Dale, Republican of New York, said, “We are fine.”", "Peter T. Dale", "said"),
    ("title with its complement", "“We are fine,” said former secretary of state Anna Berg, who spoke first.",
     "Anna Berg", "said"),
    ("paragraph ending with a reporting verb introduces the next",
     "Tom Hale met the press.\n\nTom Hale quipped\n\n“If you ask one more question, I will leave.”",
     "Tom Hale", "quipped"),
    ("reporting noun before the quote", "Tom Hale issued a statement, “Last night, our town was hit hard.”",
     "Tom Hale", "statement"),
    ("inverted verb opening the sentence", "Said Tom Hale, “The thought of it is absurd.”", "Tom Hale", "Said"),
    ("description headed before its prepositional phrase",
     "“Voters decide late,” a 2013 article in the academic journal Harbour Studies said.",
     "a 2013 article in the academic journal Harbour Studies", "said"),
    ("chanted", "“Build the bridge,” the crowd chanted.", "the crowd", "chanted"),
    ("as X puts it", "“The bridge is a disgrace,” as Tom Hale puts it.", "Tom Hale", "puts it"),
    ("went on", "“The bridge is a disgrace,” Tom Hale went on.", "Tom Hale", "went on"),
    ("pointed out", "“The bridge is a disgrace,” Tom Hale pointed out.", "Tom Hale", "pointed out"),
    ("concludes", "“The bridge must go,” Tom Hale concludes.", "Tom Hale", "concludes"),
    ("replied", "“Not this year,” Tom Hale replied.", "Tom Hale", "replied"),
    ("gushed", "“It was magnificent,” Tom Hale gushed.", "Tom Hale", "gushed"),
    ("implored", "“Please reconsider,” Tom Hale implored the board.", "Tom Hale", "implored"),
    ("shouted", "“Open the gates,” Tom Hale shouted.", "Tom Hale", "shouted"),
    ("reiterated", "“The bridge stays shut,” Tom Hale reiterated.", "Tom Hale", "reiterated"),
    ("exclaimed", "“What a day,” Tom Hale exclaimed.", "Tom Hale", "exclaimed"),
    ("fumed", "“We will not give up,” Tom Hale fumed.", "Tom Hale", "fumed"),
    ("wrote", "“The bridge is a disgrace,” Tom Hale wrote on his blog.", "Tom Hale", "wrote"),
    ("declared in an interview", "Tom Hale declared in an interview: “The bridge must go.”", "Tom Hale", "declared"),
    ("recalled after a pronoun", "Tom Hale spoke at noon. “It was a wonderful day,” he recalled.", "Tom Hale",
     "recalled"),
    ("dash attribution", "“The bridge stays open.” ― Tom Hale", "Tom Hale", None),
    ("colon paragraph introduces the next one",
     ("Tom Hale met the press on Monday. The Harbour Agency responded at once:\n\n"
     "“We have no comment on the bridge at this time.”"), "Harbour Agency", "responded"),
    ("inverted verb in the next sentence",
     "“We were all so proud of him.” Said Dorothy Lamb, who grew up with him.", "Dorothy Lamb", "Said"),
    ("one-word name that looks like a demonym",
     "At the fair, where a poster showed a river god, Vellani claimed: “The flood is a warning.”", "Vellani",
     "claimed"),
    ("spokesperson is described, not replaced by the organisation",
     "“We regret the delay,” a Harbour Board spokesman said.", "a Harbour Board spokesman", "said"),
    ("description with a name in a prepositional phrase",
     "“The vote is rigged,” a Wednesday editorial in The Harbour Times said.",
     "a Wednesday editorial in The Harbour Times", "said"),
    ("indefinite description stays a description",
     ("Ron Dale, a Harbour Mills executive, toured the plant.\n\nThe site was quiet.\n\nMany jobs will go.\n\n"
     "“We have no choice,” a Harbour Mills executive said."), "a Harbour Mills executive", "said"),
    ("possessive description stays a description",
     "Robert Hale, whose wife runs the mill, spoke first.\n\n“He works too hard,” his wife said.",
     "his wife", "said"),
    ("names modify the head noun of a description",
     "“We will appeal,” the former Texas governor said.", "the former Texas governor", "said"),
    ("campaign of a candidate", "“We will appeal,” the Hale campaign said.", "the Hale campaign", "said"),
    ("description kept as written", "“The vote is rigged,” the newspaper wrote.", "the newspaper", "wrote"),
    ("a verb form after a determiner is a noun", "“Turnout fell sharply,” the report said.", "the report", "said"),
    ("description with a number", "“The vote is rigged,” the 46-year-old said.", "the 46-year-old", "said"),
]


@pytest.mark.parametrize("text, speaker, verb", [p[1:] for p in ATTRIBUTIONS], ids=[p[0] for p in ATTRIBUTIONS])
def test_attribution(text, speaker, verb):
    q = quotes(text)[-1]
    assert (q.speaker, q.verb) == (speaker, verb)


# (case, text, speakers of the quotes in order)
PRONOUNS = [
    ("he is who the previous paragraph is about, not the older reporter",
     ("“We checked every pump,” Tomas Ruiz said.\n\n"
     "Henrik Sand took the night shift. Sand has run the control room for years.\n\n"
     "“All four pumps held,” he said."), ["Tomas Ruiz", "Henrik Sand"]),
    ("she skips a man by his given name",
     "Anna Berg spoke first.\n\nTom Lee answered questions.\n\n“We are close,” she said.", ["Anna Berg"]),
    ("the author's I is nobody", "Tom Lee spoke first.\n\n“Not yet,” I wrote back.", [None]),
    ("he is never a party adjective",
     "The Republican plan failed. Dan Weld left early.\n\n“It was a bad day,” he said.", ["Dan Weld"]),
]


@pytest.mark.parametrize("text, speakers", [p[1:] for p in PRONOUNS], ids=[p[0] for p in PRONOUNS])
def test_pronouns(text, speakers):
    assert [q.speaker for q in quotes(text)] == speakers


# (case, text): quotation marks around something nobody said
NOT_QUOTATIONS = [
    ("show after a preposition", "Senator Tom Hale appeared on “Fox News Sunday,” where he spoke about the bridge."),
    ("show after a possessive", "Tom Hale spoke on WXYZ’s “Morning Harbour” about the bridge."),
    ("show after a lower-case possessive", "On Sunday the channel’s “Harbour Morning Hour,” Tom Hale said, "
     "would go on."),
    ("name of a movement after an article", "As the “Never Harbour” movement grew, Tom Hale said nothing."),
    ("nickname inside a name", "Robert C. “Bobby” Lamb said the bridge was closed."),
    ("nickname given by a naming verb", "Tom Hale called his rival “Lyin’ Ted” at the rally."),
    ("scare quotes after so-called", "Tom Hale backed the so-called ''Harbour rule'' on Monday."),
    ("book title", "Tom Hale wrote in “The Art of the Harbour Deal” that bridges matter."),
    ("show after with, full stop inside", "Hale spoke in an interview with “Harbour News Sunday.”"),
    ("self-described term", "A self-described ''harbour kid,'' Hale said he liked boats."),
    ("digest label, headline and byline",
     ('HARBOUR BEAT—"Harbour Show to close at the end of May," by Times\' Ann Lake: '
     '"The Harbour Show, a small musical, will close in May after ten years."')),
    ("headline and byline with an article",
     '"Harbour Show to close," by the Post\'s Ann Lake: "The show will close in May after ten years."'),
    ("sub-heading in capitals", "Tom Hale spoke first.\n\n“VOTERS MAKE GOOD DECISIONS IN THE END”\n\nThe polls closed."),
    ("short term far from any cue",
     ("At the fair the “harbour look” was everywhere on stalls, boats, hats and shirts of the visitors from "
     "the coast, organisers said.")),
]


# (case, text, the short quote that counts)
SHORT_QUOTATIONS = [
    ("cue beyond another quotation", ("However, he then stated that if a “complete truce” is reached, "
     "“border questions” could be handled."), "border questions"),
    ("cue right after", "The plan was “a disaster”, Tom Hale said.", "a disaster"),
]


@pytest.mark.parametrize("text, words", [p[1:] for p in SHORT_QUOTATIONS], ids=[p[0] for p in SHORT_QUOTATIONS])
def test_short_quotation_with_a_cue_nearby(text, words):
    assert words in [q.text for q in quotes(text)]


@pytest.mark.parametrize("text", [p[1] for p in NOT_QUOTATIONS], ids=[p[0] for p in NOT_QUOTATIONS])
def test_not_a_quotation(text):
    assert quotes(text) == ()
