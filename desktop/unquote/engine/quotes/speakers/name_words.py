"""The words that tell names apart in English news: titles and roles, organisation and
place words, genders, stop words before a name, name connectors, nationality and party
adjectives. Word lists are data; another language would bring a module of its own (the
larger lists, given names and sentence adverbs, are files in lexicon/)."""
from __future__ import annotations

from .. import lexicon

TITLES = frozenset("""president prime minister secretary foreign chancellor senator sen governor gov
mayor crown prince princess king queen pope chief constable commissioner general gen colonel col
dr mr mrs ms miss sir lord lady judge justice rep representative envoy ambassador speaker director
professor prof archbishop bishop rev reverend deputy vice premier sheikh emir sultan president-elect
lieutenant captain sergeant detective inspector superintendent officer minister-president
leader whip majority minority congressman congresswoman assemblyman assemblywoman rabbi imam pastor fr
admiral capt cmdr cpl cllr councillor councilor councilman councilwoman alderman""".split())
ROLES = frozenset("""aide adviser advisor envoy spokesman spokeswoman spokesperson president minister
secretary official officer chief constable commissioner director attendee lawmaker legislator
senator governor mayor ambassador analyst expert professor leader chairman chairwoman chair head
editor journalist reporter columnist resident neighbour neighbor witness supporter broadcaster
correspondent rapporteur prosecutor lawyer attorney judge general commander mother father wife
husband son daughter sister brother fiancée fiancee fiancé fiance widow widower founder ceo
executive manager member mp candidate prince princess king queen organiser organizer activist
campaigner researcher scientist doctor nurse teacher student owner worker employee diplomat
politician representative negotiator source sources website statement account office deputy
councillor councilor councilman councilwoman curator owner grower investor farmer keeper coach
captain driver pilot author economist historian banker partner colleague friend relative victim
survivor passenger customer shopper voter fan parent pupil nurse surgeon engineer architect
official officials spokesperson chairperson president-elect agent counsel billionaire""".split())
#: Role nouns that make the speaker the organisation or person before them ("WHO website").
CHANNELS = frozenset("website statement account office spokesperson spokesman spokeswoman press".split())
ORG_WORDS = frozenset("""department organization organisation ministry police embassy agency news
university party council commission office government court union assembly committee institute
association bank company corporation inc ltd group foundation service times post journal press
network broadcaster federation league army navy military parliament senate congress cabinet
kremlin church hospital school college center centre mahasabha force forces board authority
council club coalition alliance fund""".split())
#: Channels that are things, never a person a description could name.
THINGS = frozenset("website statement account office press".split())
#: Role nouns that mark a person (as opposed to an organisation or a thing).
PERSON_ROLES = ROLES - ORG_WORDS - CHANNELS - {"source", "sources"}
FEMALE = frozenset("""mother wife daughter sister fiancée fiancee widow woman spokeswoman chairwoman
queen princess mrs ms miss lady grandmother aunt niece girlfriend actress""".split())
MALE = frozenset("""father husband son brother fiancé fiance widower man spokesman chairman king prince
mr sir lord grandfather uncle nephew boyfriend actor""".split())
#: Given names of one gender (lexicon/first_names_en.txt): "m" or "f".
FIRST_NAMES = lexicon.table("first_names_en.txt")
DETERMINERS = frozenset("the a an one this that these those his her its their our my your".split())
#: Endings of a possessive: "Lee’s", "Reuters’".
POSSESSIVE_ENDS = ("’s", "'s", "s’", "s'")
STOP = frozenset("""the a an one in on at for of to from by with as after before during since until
however meanwhile but and or so yet also earlier later then now today yesterday tomorrow when
while where what who why how if although though because despite according speaking asked asking
this that these those there here it its he she they we i you his her their our my your him them
us me no not never all both some many most several each every another other such nearly about
around over under instead last next first second third new january february march april may june
july august september october november december feb aug sept oct nov dec monday tuesday wednesday
thursday friday saturday sunday""".split()) | lexicon.words("sentence_adverbs_en.txt")
CONNECTORS = frozenset("bin ibn bint al el de da del della di dos das du van von der den la le ter".split())


def role_plural(low: str) -> bool:
    """Whether a lower-case word is the plural of a role: "aides", "residents", "deputies"."""
    return low.endswith("s") and (low[:-1] in ROLES or (low.endswith("ies") and low[:-3] + "y" in ROLES))


def joined_particle(token: str) -> bool:
    """Whether a token is a name part opening with a particle and a hyphen: "al-Assad", "el-Sisi"."""
    particle, hyphen, rest = token.partition("-")
    return bool(hyphen) and rest[:1].isupper() and particle.lower() in CONNECTORS
#: Words that open a subordinate clause or a sentence adverbial, never an appositive name.
OPENERS = frozenset("as when while although though because since after before if once until".split())
PREPOSITIONS = frozenset("""of to with by from for about against near at in on into onto over
under between among amid amidst toward towards than like via including behind outside inside beyond
alongside despite during within without throughout across around along upon""".split())
#: Words stripped from the front of a run ("The", "In the", "Like Allen") unless written as an acronym.
SKIPPED = STOP | DETERMINERS | PREPOSITIONS | frozenset(["unlike"])
#: Days a run of capitalised words may end with that are no part of the name ("Hale Monday").
WEEKDAYS = frozenset("monday tuesday wednesday thursday friday saturday sunday".split())
NATIONS = frozenset("""German French Dutch Greek Swiss Welsh Irish Scots Thai Afghan Czech Slovak
Iraqi Saudi Israeli Kuwaiti Qatari Omani Yemeni Pakistani Bangladeshi Nepali Somali""".split())
#: Party and nationality adjectives that are never a speaker on their own ("Democratic").
PARTIES = frozenset("""democratic democrat republican conservative liberal libertarian progressive
american chinese russian mexican iranian syrian british european japanese korean canadian
palestinian african asian hispanic latino cuban ukrainian italian spanish""".split())
#: Their plurals, and those of nationality nouns: a group ("Latino Republicans"), never he or she.
GROUPS = frozenset(w + "s" for w in PARTIES | {n.lower() for n in NATIONS})
#: US states as newspapers write them after a city: abbreviated, lower case without the final
#: stop ("mass", "n.c"), and the eight that AP style spells out ("Dayton, Ohio").
US_STATES = lexicon.words("us_states_en.txt") | frozenset("alaska hawaii idaho iowa maine ohio texas utah".split())
#: Whole names that are places (lexicon/places_en.txt), lower case: "colorado", "north carolina".
PLACES = frozenset(line.lower() for line in lexicon.lines("places_en.txt"))
#: Last words of multi-word place names, which are never people.
PLACE_WORDS = frozenset("""states kingdom korea arabia africa america union island islands sea river
city county street peninsula republic emirates coast bay valley mountains province region
district square park airport station house state""".split())
#: Role nouns that name the same kind of job.
ROLE_FAMILY = {"adviser": "aide", "advisor": "aide", "assistant": "aide",
                "spokesman": "spokesperson", "spokeswoman": "spokesperson",
                "neighbor": "neighbour", "fiance": "fiancée", "fiancee": "fiancée", "fiancé": "fiancée"}
