"""Word lists the sentence splitter consults around a period: abbreviations and cues.

Kept apart from the splitter so the lists can grow without burying its logic. All
entries are lower case, without their final period (``u.s`` for "U.S.").
"""
from __future__ import annotations

#: A period after these never ends a sentence (titles, Latin and German shorthands).
NEVER_FINAL: frozenset[str] = frozenset(
    """
    mr mrs ms messrs mme mlle dr prof st gen sen rep gov lt col capt cpt sgt maj adm cmdr
    brig supt insp det rev hon pres fr hr sra srta mt ft
    e.g eg i.e ie vs v cf viz al approx ca fig figs vol vols pp ch art abs bd bde jh jhd
    z.b d.h u.a u.u o.ä i.d.r s.o s.u z.t m.e bzw evtl ggf inkl vgl sog zzgl dt
    nr str tel abt ff hg hrsg med phil rer nat jur dipl habil
    """.split()
)

#: A period after these never ends a sentence when a number follows (No. 5, Jan. 2025).
BEFORE_NUMBER: frozenset[str] = frozenset(
    """
    no nos p pp mo di mi do fr sa so jan feb mar apr jun jul aug sep sept oct okt nov dec dez
    """.split()
)

#: Abbreviations that end sentences as often as not: the next word decides.
AMBIGUOUS: frozenset[str] = frozenset(
    """
    etc usw a.m p.m inc ltd co corp jr sr llc plc bros u.s u.k u.n e.u d.c u.s.a n.y l.a
    """.split()
)

#: Abbreviations for clock times and lists: a following capital usually starts a
#: sentence, unless it is a weekday, month or time zone.
TIME_OR_LIST: frozenset[str] = frozenset("a.m p.m etc usw".split())

#: Words after a clock time that continue the sentence ("at 5 p.m. Monday").
TIME_CONTINUERS: frozenset[str] = frozenset(
    """
    monday tuesday wednesday thursday friday saturday sunday
    january february march april may june july august september october november december
    montag dienstag mittwoch donnerstag freitag samstag sonntag
    """.split()
)

#: Full month names: "am 3. Oktober" keeps the ordinal inside the sentence.
MONTHS: frozenset[str] = frozenset(
    """
    january february march april may june july august september october november december
    januar februar märz mai juni juli oktober dezember
    jan feb mar apr jun jul aug sep sept oct okt nov dec dez
    """.split()
)

#: German words before a number that make it an ordinal ("im 20. Jahrhundert").
ORDINAL_CUES: frozenset[str] = frozenset(
    """
    der die das des dem den im am zum zur vom beim ins jeder jede jedes jeden
    ihr ihre ihrem ihren sein seine seinem seinen unser unsere
    """.split()
)

#: German nouns after an ordinal number ("zum 25. Mal", "die 2. Bundesliga").
ORDINAL_NOUNS: frozenset[str] = frozenset(
    """
    jahrhundert jahrhunderts jahrtausend jahrtausends mal platz rang stock etage klasse
    liga bundesliga geburtstag jahrestag todestag lebensjahr kapitel runde spieltag
    auflage ausgabe quartal halbjahr semester woche tag
    """.split()
)

#: Words that commonly open a sentence; after an ambiguous abbreviation they mark an end.
SENTENCE_STARTERS: frozenset[str] = frozenset(
    """
    the a an he she it they we i you this that these those there here but and or so yet
    if when while after before as in on at for with by from its his her their our my
    your some many most no not one two three what who how why where which meanwhile
    however also still then now earlier later according during since until despite
    although though because both each every all such other another more few
    nobody everybody everyone someone somebody none nothing
    der die das ein eine er sie es wir ich im am auch aber und doch dies diese dieser
    dann nun man wie was wer wo als wenn nach vor bei mit für auf zu zum zur seit
    """.split()
)

#: Reporting verbs: a capitalised name followed by one of these continues a sentence
#: after a quote closing on ! or ? ("“Stop!” Trump said.").
REPORTING_VERBS: frozenset[str] = frozenset(
    """
    said says say told tells asked asks added adds wrote writes claimed claims stated
    states replied replies responded responds shouted shouts yelled yells cried cries
    exclaimed exclaims insisted insists explained explains argued argues noted notes
    declared declares posted posts tweeted tweets warned warns continued continues
    recalled recalls admitted admits answered answers demanded demands whispered
    whispers announced announces remarked remarks joked jokes screamed screams
    wondered wonders mused muses snapped snaps laughed laughs sighed sighs conceded
    concedes agreed agrees countered counters retorted retorts pleaded pleads urged urges
    vowed vows boasted boasts complained complains protested protests suggested suggests
    observed observes commented comments acknowledged acknowledges confirmed confirms
    chanted chants sang sings messaged texted emailed pressed presses
    sagte sagt fragte fragt schrieb schreibt erklärte erklärt betonte betont
    """.split()
)
