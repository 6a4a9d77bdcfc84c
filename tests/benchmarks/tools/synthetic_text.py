"""News-like English sentences from templates over an invented vocabulary, for benchmarks.

Hand-written rather than taken from a text library: the benchmark needs sentences whose
parts (time adjunct, trailing attribution, second clause, quotation) a rewriter can move,
split and join, names that recur across a long text, and output that depends only on
the seed. Nothing here is meant to be true; every name and place is made up.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass
from typing import Callable

FIRST_NAMES = """Ada Amos Anika Bram Carys Cyril Dalia Dario Edda Emrys Farah Felix Greta Gideon
Hana Hollis Ines Ivo Jana Jasper Kaia Kofi Lena Linus Maren Milo Nadia Niall Odile Otto
Petra Piers Rhea Rufus Saskia Soren Talia Teodor Una Ulric Vera Viggo Wanda Wendell Xenia
Yara Yusuf Zelda Zoran Agnes Basil Clio Desmond Elodie Fenwick Ilse Jonah Marit Orla""".split()
SURNAMES = """Abbott Achterberg Baird Barrow Castellan Cobb Dervish Drummond Eke Ellery Faulk
Fenn Garrity Gosse Halloran Hirsch Ilves Ingram Jaskolski Jory Kettle Kowal Lachance Lusk
Madigan Marlow Nardone Nyberg Okafor Osterman Pelham Prentice Quist Radley Rourke Salter
Sandoval Tarrant Thorne Ulloa Underhill Varga Vesey Waddell Whitlock Yeats Yilmaz Zamora
Zeller Ashdown Brisco Calder Danner Egan Fairlie Gorski Hale Innes Jarrow Kinsella Lomax
Mayhew Nolan Orme Pagett Rennick Stroud Tolland Vickery Wray""".split()
PLACE_HEADS = """Ash Brack Cold Dun Elm Fair Glen Hal Ips Kel Lan Mar Nor Oak Pen Red Stan Thorn
Wex Yar Ald Bur Cray Dray Fen Gos Hart Lyn Mill Rook""".split()
PLACE_TAILS = "ford ley wick ton bury field mouth stead by holm well gate ham worth combe".split()
DEPARTMENTS = "Transport Health Education Housing Energy Finance Agriculture Culture Environment Justice".split()
ORG_SHAPES = ("{place} City Council", "the {place} Port Authority", "{surname} Holdings",
              "the Ministry of {dept}", "{place} General Hospital", "the {place} Water Board",
              "{place} Rail", "the National {dept} Agency", "the {place} Chamber of Commerce",
              "{surname} and {surname2} Engineering")
ROLES = ("chief executive", "director", "chair", "spokesperson", "finance director", "head",
         "deputy leader", "chief engineer", "treasurer", "senior adviser", "press officer")
NEWSPAPERS = ("the {place} Gazette", "the {place} Herald", "the {place} Evening Post")

WORDS: dict[str, tuple[str, ...]] = {
    "thing": ("bridge", "bypass", "ferry link", "hospital wing", "flood barrier", "tram line",
              "housing scheme", "school merger", "water treatment plant", "budget", "wind farm",
              "harbour wall", "library", "rail depot", "market hall", "recycling centre",
              "sports ground", "bus network", "pension fund", "museum extension", "reservoir",
              "ring road", "data centre", "airport terminal", "solar park", "cycle lane scheme",
              "swimming pool", "fire station", "river crossing", "care home", "science park"),
    "action": ("build", "expand", "close", "review", "rebuild", "sell", "upgrade", "relocate",
               "suspend", "fund", "replace", "inspect"),
    "future": ("open next year", "cost far more than planned", "be delayed again",
               "create hundreds of jobs", "be put to a public vote", "reopen within weeks",
               "be reviewed in the autumn", "need another round of funding"),
    "passive": ("closed", "suspended", "put on hold", "approved", "scrapped", "reopened",
                "damaged", "sold", "inspected"),
    "event": ("storm", "flood", "strike", "fire", "power cut", "landslide", "protest",
              "rail strike", "heatwave", "data breach", "outbreak", "audit", "collapse"),
    "group": ("residents", "workers", "families", "pupils", "patients", "passengers",
              "drivers", "farmers", "nurses", "shopkeepers", "pensioners", "students", "tenants"),
    "affected": ("affected", "hit", "displaced", "left without power", "caught up"),
    "change": ("rise", "fall", "increase", "drop"),
    "metric": ("sales", "profits", "complaints", "visitor numbers", "housing starts", "exports",
               "waiting times", "energy use", "ticket sales", "tax receipts"),
    "extreme": ("highest", "lowest", "largest", "smallest", "sharpest"),
    "audience": ("reporters", "the council", "a parliamentary committee", "local radio",
                 "a public meeting", "shareholders"),
    "outcome": ("run out of money", "been delayed by a year", "passed its final inspection",
                "failed a safety check", "been sold to a private buyer", "gone over budget"),
    "adj": ("long-awaited", "controversial", "independent", "costly", "ambitious", "modest",
            "major", "rushed", "troubled"),
    "complaint": ("waited more than a year", "been overcharged", "lost their jobs",
                  "moved away", "received no reply", "paid twice"),
    "problem": ("legal challenges", "rising costs", "a funding row", "planning objections",
                "a change of government"),
    "fragment": ("a disgrace", "long overdue", "a step in the right direction",
                 "deeply worrying", "the only sensible option", "a betrayal", "reckless"),
    "quote_verb": ("said", "told reporters", "added", "warned", "insisted", "explained"),
    "weekday": ("Monday", "Tuesday", "Wednesday", "Thursday", "Friday", "Saturday", "Sunday"),
    "month": ("January", "February", "March", "April", "May", "June", "July", "August",
              "September", "October", "November", "December"),
}

CORES = (
    "{org} announced plans to {action} the {thing} in {place}",
    "{person}, the {role} of {org}, said the {thing} would {future}",
    "the {thing} in {place} was {passive} after the {event}",
    "{number} {group} were {affected} by the {event} in {place}",
    "{org} reported a {percent} percent {change} in {metric}, the {extreme} since {year}",
    "{person} told {audience} that the {thing} had {outcome}",
    "the cost of the {thing} has risen to {money}, more than twice the original estimate",
    "{org} has been asked to {action} the {thing} before {month}",
    "a {adj} review of the {thing} found that {number} {group} had {complaint}",
    "{person} has led {org} since {year} and is expected to stay until the {thing} is finished",
    "{group} in {place} have campaigned against the {thing} for {small} months",
    "the planning committee will meet in {place} to discuss the {adj} {thing}",
    "{person} was appointed {role} of {org} in {year}",
    "the {thing} in {place} is expected to {future}",
    "{org} and {org} signed an agreement worth {money} to {action} the {thing}",
    "the {event} forced {number} {group} in {place} to leave their homes",
    "police in {place} said {number} people had been arrested after the {event}",
    "{org} declined to say how many {group} would be affected by the {thing}",
    "the {thing} was first proposed by {person} in {year} but stalled amid {problem}",
    "turnout in {place} fell to {percent} percent, the {extreme} in {small} elections",
    "{person} described the {adj} {thing} as “{fragment}”",
    "{org} has spent {money} on the {thing} so far, according to its {role}",
)
BOILERPLATE = (
    "{org} did not respond to a request for comment",
    "a spokesperson for {org} declined to comment further",
    "the full report is expected to be published later this month",
    "further details will be released in the coming weeks",
    "{org} said in a statement that it was cooperating with the authorities",
    "it was not immediately clear how the {thing} would be funded",
)
QUOTES = (
    "We have been working on the {thing} for {small} years, and we are not going to stop now",
    "The {thing} is vital for {place} and for everyone who lives there",
    "Nobody expected the {event} to last this long",
    "Our {group} deserve better than another {adj} promise",
    "We will keep pressing {org} until the {thing} is {passive}",
    "I have lived in {place} all my life and I have never seen anything like this",
    "The numbers speak for themselves, and {org} knows it",
    "There is still a great deal of work to do on the {thing}",
    "We were told the {thing} would be finished by {month}, and it is still not ready",
    "Every one of the {group} in {place} will feel the effect of this decision",
)
SOURCES = ("officials said", "{surname} said", "according to {org}", "a spokesperson for {org} said",
           "{newspaper} reported", "according to a statement released on {weekday}")
TIMES = ("on {weekday}", "last {weekday}", "earlier this month", "in {month}", "last year",
         "on {weekday} evening", "in {year}", "last week")
JOINERS = (", and", ", but", ", while")
SLOT = re.compile(r"\{(\w+)\}")
_ARTICLE = re.compile(r"\b([Aa]) ([aeiou])")
#: A core that already says when (or quotes someone) takes no time adjunct.
_TIMED = re.compile(r"\b(?:since|before|by|in \d{4}|according to|this month|coming weeks)\b|“")


@dataclass(frozen=True)
class Person:
    name: str
    surname: str
    role: str
    org: str


@dataclass(frozen=True)
class Draft:
    """A sentence before it is written out: the parts a rewriter can move or swap.

    ``core`` is an independent clause without final punctuation; a quotation sentence
    (``quoted``) is complete in ``core`` and has no other parts.
    """

    core: str
    time: str = ""
    source: str = ""
    second: str = ""
    joiner: str = ""
    quoted: bool = False


def capitalise(text: str) -> str:
    return text[:1].upper() + text[1:]


class NewsWriter:
    """Drafts news-like sentences; names, places and organisations recur with a skew."""

    def __init__(self, rng: random.Random) -> None:
        self.rng = rng
        heads, tails = PLACE_HEADS[:], PLACE_TAILS[:]
        self.places = sorted({h + t for h in heads for t in tails})
        rng.shuffle(self.places)
        self.places = self.places[:160]
        self.orgs = sorted({self._fill_org(shape) for shape in ORG_SHAPES for _ in range(14)})
        self.people = [
            Person(f"{first} {last}", last, rng.choice(ROLES), rng.choice(self.orgs))
            for first, last in zip(rng.sample(FIRST_NAMES, len(FIRST_NAMES)) * 6,
                                   rng.sample(SURNAMES * 5, len(FIRST_NAMES) * 5))
        ]
        self.proper = {w for n in self.places + self.orgs + [p.name for p in self.people]
                       for w in n.split() if w[:1].isupper()} | {"I", "We", "Our"}
        self.person: Person = self.people[0]
        self.fillers: dict[str, Callable[[], str]] = {
            "person": self._new_person, "surname": lambda: self.person.surname,
            "role": lambda: self.person.role, "org": lambda: self._skewed(self.orgs),
            "place": lambda: self._skewed(self.places), "number": self._number,
            "small": lambda: str(rng.randint(2, 12)), "percent": lambda: str(rng.randint(3, 68)),
            "year": lambda: str(rng.randint(1979, 2024)), "money": self._money,
            "newspaper": lambda: rng.choice(NEWSPAPERS).format(place=self._skewed(self.places)),
        }

    def _skewed(self, pool: list) -> object:
        """Pick with a skew: the first items of the pool come up far more often."""
        return pool[int(len(pool) * self.rng.random() ** 2)]

    def _new_person(self) -> str:
        self.person = self._skewed(self.people)
        return self.person.name

    def _fill_org(self, shape: str) -> str:
        rng = self.rng
        return shape.format(place=rng.choice(self.places), surname=rng.choice(SURNAMES),
                            surname2=rng.choice(SURNAMES), dept=rng.choice(DEPARTMENTS))

    def _number(self) -> str:
        n = int(self.rng.lognormvariate(4.5, 1.6)) + 2
        return f"{n:,}"

    def _money(self) -> str:
        unit = self.rng.choice(("million pounds", "million euros", "billion dollars", "thousand pounds"))
        return f"{self.rng.randint(2, 950)} {unit}"

    def fill(self, template: str) -> str:
        def one(m: re.Match[str]) -> str:
            key = m.group(1)
            if key in self.fillers:
                return self.fillers[key]()
            return self.rng.choice(WORDS[key])
        return _ARTICLE.sub(r"\1n \2", SLOT.sub(one, template))

    def plain(self) -> Draft:
        """A one-clause sentence, often with a time adjunct and a trailing attribution."""
        rng = self.rng
        template = rng.choice(BOILERPLATE) if rng.random() < 0.12 else rng.choice(CORES)
        core = self.fill(template)
        time = self.fill(rng.choice(TIMES)) if rng.random() < 0.7 and not _TIMED.search(core) else ""
        source = self.fill(rng.choice(SOURCES)) if rng.random() < 0.6 and "“" not in core else ""
        return Draft(core, time=time, source=source)

    def compound(self) -> Draft:
        """Two clauses joined by a conjunction: the kind of sentence a rewrite splits."""
        first, second = self.plain(), self.plain()
        return Draft(first.core, time=first.time, source=second.source,
                     second=second.core, joiner=self.rng.choice(JOINERS))

    def quotation(self) -> Draft:
        """A direct quote with its speaker after it, before it with a colon, or a pronoun."""
        rng = self.rng
        words = self.fill(rng.choice(QUOTES))
        verb = rng.choice(WORDS["quote_verb"])
        shape = rng.random()
        if shape < 0.45:
            return Draft(f"“{words},” {self._new_person()} {verb}.", quoted=True)
        if shape < 0.7:
            return Draft(f"{self._new_person()} {verb}: “{words}.”", quoted=True)
        if shape < 0.85:
            return Draft(f"“{words},” {rng.choice(('he', 'she'))} {verb}.", quoted=True)
        name = self._new_person()
        return Draft(f"“{words},” said {name}, the {self.person.role} of {self.person.org}.", quoted=True)

    def any(self) -> Draft:
        roll = self.rng.random()
        if roll < 0.15:
            return self.quotation()
        if roll < 0.35:
            return self.compound()
        return self.plain()

    def lower_start(self, text: str) -> str:
        """Lower-case the first letter unless the sentence starts with a name."""
        first = text.split(" ", 1)[0]
        return text if first in self.proper else text[:1].lower() + text[1:]


def render(draft: Draft) -> str:
    """The sentence as the original article writes it."""
    if draft.quoted:
        return draft.core
    text = draft.core + (f" {draft.time}" if draft.time else "")
    if draft.second:
        text += f"{draft.joiner} {draft.second}"
    if draft.source:
        text += f", {draft.source}"
    return capitalise(text) + "."
