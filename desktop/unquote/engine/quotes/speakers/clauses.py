"""The clause patterns that credit one quotation: each reads the tokens of the quotation's
sentences (quotations blanked) and finds the speaker, the reporting verb as written, its
span and its class, or nothing.

``tail``: “…,” X said / “…,” said X / “…” ― Jane Doe; ``head``: X said: “…” / X told
reporters that “…” / ..., telling reporters: “…” / described as “…” by X (passive) / X's
statement that “…” (the nearest reporting verb or noun before the quote); ``colon``: "Berg
was blunt: “…”"; ``introduced``: a paragraph or sentence before that ends with a colon or a
reporting verb; ``according``: according to X. engine/quotes/speakers/attribution.py tries
them in turn.
"""
from __future__ import annotations

from ...model import Span
from .name_words import PREPOSITIONS
from .pronouns import PRONOUNS
from .reading import State, Tok, Who, tokenize
from .phrase_ends import DASHES, adverb
from .noun_phrases import resolve_np
from .subjects import main_subject, np_after, np_before
from .verb_tokens import verb_at
from .verbs import PHRASES, VerbClass, noun_info, verb_info

_PASSIVE_BE = frozenset("was were been be being is are".split())
_TELL = frozenset({"tell", "inform"})
_RECIPIENT_STOP = frozenset("that in on at about how what why when where if".split())
_FIRST_PERSON = frozenset({"i", "we"})
#: Words that end a recipient's noun phrase ("told the paper she would stay", "told a meeting on Monday").
_NOUN_PHRASE_ENDS = _RECIPIENT_STOP | PREPOSITIONS | frozenset("""i you he she it we they would will was were
is are had has have could should and but or after before as this who which whom""".split())
_HEAD_GAP = 12
_TAIL_GAP = 16
#: Verbs that report someone's words as their object's: "quoted the president as saying".
_QUOTING = frozenset("quoted quotes quoting cited cites citing".split())
#: The words of a name with its title before an appositive ("Harbour delegate Tom Hill,"),
#: and how far past its comma the verb after the appositive may come, in tokens.
_NAME_WORDS = 6
_APPOSITIVE_REACH = 40

#: Verbs that put a statement out, and the words that may open it: "released a statement".
_ISSUING = frozenset("released issued published posted sent distributed".split())
_OWNERS = frozenset("a the his her their its".split())
#: Nouns for something said that a possessive name may own: "Hale’s “…” promise", "Hale’s slogan is “…”".
_SAYINGS = frozenset("""slogan motto mantra promise pledge vow line refrain catchphrase dictum message
comment comments remark remarks statement words claim quip joke warning answer reply response""".split())

#: What a pattern finds: the speaker, the verb as written, its span and its class.
Found = tuple[Who, str | None, Span | None, VerbClass | None]


def _verb_phrase(state: State, tokens: list[Tok], i: int, lemma: str) -> tuple[str, Span]:
    """The verb as written: "told reporters", "had said", "described as ... by", "according to"."""
    start, end = tokens[i].start, tokens[i].end
    if " " in lemma and i + 1 < len(tokens):
        end = tokens[i + 1].end  # a two-word phrase: "went on", "put it"
    if i > 0 and tokens[i - 1].low in ("had", "has", "have") and tokens[i].low.endswith(("ed", "said", "told")):
        start = tokens[i - 1].start
    if lemma in _TELL:
        # the recipient: "told reporters", "told the Daily Mail", "told the council", "informed police"
        j, content, determined = i + 1, False, False
        while j < len(tokens) and j - i <= 4:
            t = tokens[j]
            if t.low in ("the", "a", "an"):
                j, determined = j + 1, not content
                continue
            if t.text[:1].isupper() and not t.text.startswith("\x00"):
                end, content = t.end, True
                j += 1
                continue
            if not content and t.text.isalpha() and t.low not in _RECIPIENT_STOP:
                end = t.end
                following = tokens[j + 1] if j + 1 < len(tokens) else None
                if determined and following is not None and following.text.isalpha() \
                        and following.low not in _NOUN_PHRASE_ENDS \
                        and not following.low.endswith("ing") and verb_at(tokens, j + 1) is None:
                    j += 1  # a noun phrase: "told a news conference", "told the local radio station"
                    continue
            break
    return state.doc.text[start:end], (start, end)


def tail(state: State, tokens: list[Tok], qi: int) -> Found | None:
    """“…,” X said / “…,” said X / “…” X told reporters — the clause right after a fragment."""
    j = qi + 1
    if j < len(tokens) and tokens[j].text[:1] in DASHES and (len(tokens[j].text) == 1 or tokens[j].text[1:2].isupper()):
        first = j + 1 if len(tokens[j].text) == 1 else j  # a dash attribution under a quote: “…” ― Jane Doe,
        end = first  # or "-Jane Doe, Philadelphia." written against its dash; the name ends at its comma
        while end < len(tokens) and tokens[end].text not in ".;!?," and not tokens[end].text.startswith("\x00"):
            end += 1
        who = resolve_np(state, tokens, first, end) if 0 < end - first <= 4 else None
        if who is not None and end + 1 < len(tokens) and tokens[end].text == ",":
            if verb_at(tokens, end + 1) is not None:
                who = None  # "-President Obama, tweeting after …": read with its verb below
            elif who.cluster is None:  # "― the leader, Ann Lowe", but not "- a white shirt, white shorts"
                named = state.ents.mention_at(tokens[end + 1].start, tokens[end + 1].end)
                who = None if named is None else Who(named.cluster, None, named.span)
        if who is not None:
            return who, None, None, None
    while j < len(tokens) and tokens[j].text in ",:—–―":
        j += 1
    if j >= len(tokens) or tokens[j].text in ".!?;" or tokens[j].text.startswith("\x00"):
        return None
    if tokens[j].low in ("and", "but") and j + 1 < len(tokens) and verb_at(tokens, j + 1):
        who = main_subject(state, tokens, qi)
        if who is None:
            return None
        return who, None, None, None  # the verb opens another clause, not this quote
    for v in range(j, min(len(tokens), j + _TAIL_GAP)):
        t = tokens[v]
        if t.text in ".;!?" or t.text.startswith("\x00"):
            break
        hit = verb_at(tokens, v)
        if hit is None and v == j and v + 1 < len(tokens) and tokens[v + 1].text[:1].isupper():
            info = verb_info(t.text)  # a capitalised verb opening the next sentence: “…” Said Jane Doe.
            hit = (info.lemma, info.klass) if info else None
        if hit is None:
            continue
        if v - 2 >= j and tokens[v - 1].low in ("who", "which") and tokens[v - 2].text == ",":
            v, hit = _after_relative(tokens, v) or (v, hit)  # “…,” one nurse, who asked not to be named, said
        lemma, klass = hit
        if v == j and t.low.endswith("ing"):
            who = main_subject(state, tokens, qi)  # “…,” saying the city …: the clause's subject speaks
        elif v == j:
            who = np_after(state, tokens, v + 1)
        else:
            who = np_before(state, tokens, v, j)
        return _reported(state, tokens, v, lemma, klass, who)
    return _after_appositive(state, tokens, j)


def _after_relative(tokens: list[Tok], v: int) -> tuple[int, tuple[str, VerbClass]] | None:
    """The reporting verb right after the comma that closes a relative clause whose verb is at
    ``v`` (", who asked not to be named, said"), with its lemma and class; None if there is none."""
    k = v + 1
    while k < len(tokens) and tokens[k].text not in ",.;!?" and not tokens[k].text.startswith("\x00"):
        k += 1
    if k + 1 < len(tokens) and tokens[k].text == ",":
        hit = verb_at(tokens, k + 1)
        if hit is not None:
            return k + 1, hit
    return None


def _after_appositive(state: State, tokens: list[Tok], j: int) -> Found | None:
    """“…,” Tom Hill, who has chaired the harbour board since the flood, said: a short noun
    phrase opening with a capital, an appositive set off by commas, and the reporting verb
    right after the comma that closes it, however far, within the sentence."""
    k = j
    while k < len(tokens) and k - j <= _NAME_WORDS and tokens[k].text[:1].isalnum():
        k += 1
    if k == j or not tokens[j].text[:1].isupper() or k >= len(tokens) or tokens[k].text != ",":
        return None
    for v in range(k + 2, min(len(tokens), k + _APPOSITIVE_REACH)):
        if tokens[v].text in ".;!?":
            return None
        hit = verb_at(tokens, v) if tokens[v - 1].text == "," else None
        if hit is not None:
            return _reported(state, tokens, v, hit[0], hit[1], np_before(state, tokens, v, j))
    return None


def _reported(state: State, tokens: list[Tok], v: int, lemma: str, klass: VerbClass | None,
              who: Who | None) -> Found | None:
    """The finding for reporting verb ``v`` and its subject; a bare pronoun with no
    antecedent ("he said") keeps the verb and leaves the speaker unresolved."""
    if who is None:
        if v == 0 or (tokens[v - 1].low not in PRONOUNS and tokens[v - 1].low not in _FIRST_PERSON):
            return None
        who = Who()  # "he said" with no antecedent; the author's "I wrote", "we asked"
    verb, span = _verb_phrase(state, tokens, v, lemma)
    return who, verb, span, klass


def head(state: State, tokens: list[Tok], first_q: int, last_q: int) -> Found | None:
    """The nearest reporting verb before the quote in its sentence, and its subject."""
    saying = _owned_saying(state, tokens, first_q, last_q)
    if saying is not None:
        return saying
    quote_start = tokens[first_q].start
    introduced_by_colon = first_q > 0 and tokens[first_q - 1].text == ":"
    for v in range(first_q - 1, max(-1, first_q - 1 - _HEAD_GAP), -1):
        t = tokens[v]
        if t.text in ".!?;" or (introduced_by_colon and t.text[:1] in DASHES):
            return None  # (a headline's verb before "- Carl Bialik: “…”" is not this quote's)
        noun = noun_info(t.text)
        if noun and v + 1 < len(tokens) and (tokens[v + 1].low == "that" or v + 1 == first_q) and v > 0 \
                and _possessive(tokens[v - 1]) and not _object_of_verb(tokens, v - 1):
            who = np_before(state, tokens, v, 0, possessive=True)
            if who is not None:
                span = (tokens[v - 1].end - 2, t.end)
                return who, state.doc.text[span[0]:span[1]], span, noun.klass
        if noun and (issuing := _issued(tokens, v)) is not None:
            who = np_before(state, tokens, issuing, 0)  # "Hale released a statement on Monday calling it “…”"
            if who is not None:
                return who, t.text, (t.start, t.end), noun.klass
        if noun and v > 0 and (v + 1 == first_q or (v + 2 == first_q and tokens[v + 1].text in ",:")) \
                and tokens[v - 1].low in _OWNERS and not (v > 2 and tokens[v - 2].low in ("in", "via")
                                                          and verb_at(tokens, v - 3) is not None):
            # (but "Hale said in a statement: “…”" is said, found further back)
            who = main_subject(state, tokens, v - 1)  # "Hale gave a statement, “…”"
            if who is not None:
                return who, t.text, (t.start, t.end), noun.klass
        hit = verb_at(tokens, v)
        if hit is None and v == 0:
            return _inverted_opening(state, tokens)  # "Said Comey, “…”"
        if hit is None or tokens[v].start > quote_start:
            continue
        lemma, klass = hit
        be = v - 1
        while be > 0 and adverb(tokens[be]):
            be -= 1
        passive = be >= 0 and tokens[be].low in _PASSIVE_BE and tokens[v].low.endswith(("ed", "told"))
        if passive:
            agent = _by_agent(state, tokens, last_q)
            if agent is not None:
                has_as = v + 1 < len(tokens) and tokens[v + 1].low == "as"
                verb = f"{t.text} as ... by" if has_as else t.text
                return agent, verb, (t.start, t.end), klass
            return None
        with_at = _with_clause(tokens, v) if t.low.endswith("ing") else None
        quoted = _quoted_as(tokens, v) if t.low.endswith("ing") else None
        if quoted is not None:  # "a tweet quoted the president as saying “…”": the president
            who = resolve_np(state, tokens, quoted + 1, v - 1)
        elif with_at is not None:
            span = (tokens[with_at + 1].start, tokens[v - 1].end)  # "with the fishermen chanting “…”"
            who = resolve_np(state, tokens, with_at + 1, v) or Who(None, state.doc.text[span[0]:span[1]], span)
        elif t.low.endswith("ing") and (v == 0 or tokens[v - 1].text in ",:(—–" or tokens[v - 1].low in
                                        ("while", "after", "before", "by", "when", "and", "as")
                                        or tokens[v - 1].text.startswith("\x00")):
            who = main_subject(state, tokens, v)  # also after a quotation: "called it “a breach,” adding: “…”"
        elif v > 0 and tokens[v - 1].low in ("and", "but", "then") and not (v >= 2 and tokens[v - 2].low in PRONOUNS):
            who = main_subject(state, tokens, v - 1)
        else:
            who = np_before(state, tokens, v, 0)
            if who is None and v + 1 < first_q and tokens[v + 1].text[:1].isupper():
                who = _inverted_name(state, tokens, v + 1)  # "Because of …, explained Rosenberg, “…”"
        found = _reported(state, tokens, v, lemma, klass, who)
        if found is None and t.low.endswith("ing"):
            continue  # "her letter to staff explaining the closure, put it": a participle of a noun; the verb is before
        return found
    if first_q > _HEAD_GAP and not any(t.text in ".!?;" for t in tokens[1:first_q]):
        return _inverted_opening(state, tokens)  # "Said Dorothy Lamb, who grew up with him in …, “…”"
    return None


def _quoted_as(tokens: list[Tok], v: int) -> int | None:
    """Where "quoted" (or "cited") stands when token v is the "saying" of "quoted X as saying"."""
    if v < 3 or tokens[v - 1].low != "as":
        return None
    for k in range(v - 3, max(-1, v - 10), -1):
        if tokens[k].low in _QUOTING:
            return k
        if not tokens[k].text[:1].isalnum():
            return None
    return None


def _object_of_verb(tokens: list[Tok], owner: int) -> bool:
    """Whether the possessive name ending at token ``owner`` is the object of a reporting verb
    right before it: "Lowe called Lee’s comments “reckless”" is Lowe calling them so."""
    start = owner
    while start > 0 and tokens[start - 1].text[:1].isupper():
        start -= 1
    return start > 0 and verb_at(tokens, start - 1) is not None


def _inverted_opening(state: State, tokens: list[Tok]) -> Found | None:
    """An inflected reporting verb opening the sentence before a capitalised name: "Said Comey,
    “…”", "Added Hale:" (a bare form there opens a name: "Echo Point is now running …:")."""
    if len(tokens) < 2 or not tokens[1].text[:1].isupper() or (info := verb_info(tokens[0].text)) is None \
            or info.lemma == tokens[0].low:
        return None
    who = np_after(state, tokens, 1)
    return None if who is None else (who, tokens[0].text, (tokens[0].start, tokens[0].end), info.klass)


def _issued(tokens: list[Tok], v: int) -> int | None:
    """The verb that puts out the reporting noun at v ("released a statement", "issued the
    following statement"): its index, with a determiner and at most one adjective between."""
    d = v - 1
    if d >= 1 and tokens[d].low not in _OWNERS and tokens[d].text.isalpha() and tokens[d].text.islower():
        d -= 1  # "the following statement", "a joint statement"
    if d >= 1 and tokens[d].low in _OWNERS and tokens[d - 1].low in _ISSUING:
        return d - 1
    return None


def _inverted_name(state: State, tokens: list[Tok], i: int) -> Who | None:
    """A name right after the verb and closed by a comma: "…, explained Simon Okafor, “…”"."""
    who = np_after(state, tokens, i)
    if who is None or who.cluster is None or who.span is None:
        return None
    return who if state.masked[who.span[1]:who.span[1] + 3].lstrip().startswith(",") else None


def _with_clause(tokens: list[Tok], v: int) -> int | None:
    """The "with" of an absolute clause whose subject does the reporting: "with the
    fishermen on the pier chanting “…”" (at most five words between)."""
    for w in range(v - 1, max(-1, v - 7), -1):
        if tokens[w].low == "with":
            return w if w < v - 1 else None
        if not tokens[w].text[:1].isalnum():
            return None
    return None


def colon(state: State, tokens: list[Tok], first_q: int) -> Found | None:
    """A colon introduction without a reporting verb: "Berg was blunt: “…”", "From the report: “…”"."""
    if first_q < 2 or tokens[first_q - 1].text != ":":
        return None
    # the introduction opens the sentence, or follows a dash: "POLLS TOO EARLY - Carl Bialik: “…”"
    dash = next((n for n in range(first_q - 2, 0, -1) if tokens[n].text[:1] in DASHES), None)
    start = 0 if dash is None else dash + (tokens[dash].text in DASHES)  # "-More from …" is one token
    if dash is not None and (first_q - 1 - start > _NAME_WORDS or not tokens[start].text.lstrip("-")[:1].isupper()):
        dash, start = None, 0  # no name after the dash: "described -- as a “skeptic”; as …:"
    opening = start + 1 if tokens[start].low.lstrip("-") == "more" else start  # "From the report:", "More from …:"
    if tokens[opening].low == "from" and all(t.text not in ".!?" for t in tokens[opening:first_q]):
        who = np_after(state, tokens, opening + 1)
        if who is not None:
            return who, None, None, None
    who = main_subject(state, tokens, first_q - 1) if dash is None else resolve_np(state, tokens, start, first_q - 1)
    return (who, None, None, None) if who is not None else None


def introduced(state: State, k: int) -> Found | None:
    """A paragraph that ends with a colon or a reporting verb introduces the quotation that
    opens the next one: "The agency responded:" / “…”, "Cruz quipped" / “…”; so does a
    sentence of the same paragraph that ends with a reporting verb ("…,” Quist said, and
    her brother chimed in. “…”). Its reporting verb and subject, else its main subject."""
    if k == 0 or state.sentences[k - 1].paragraph not in (state.sentences[k].paragraph - 1,
                                                          state.sentences[k].paragraph):
        return None
    prev = state.sentences[k - 1]
    tokens = tokenize(state, prev.start, prev.end)
    same_paragraph = prev.paragraph == state.sentences[k].paragraph
    n = len(tokens) - 1 if same_paragraph and tokens and tokens[-1].text == "." else len(tokens)
    ends_with_verb = n > 0 and (verb_at(tokens, n - 1) is not None or (  # "and her husband cut in."
        n > 1 and tokens[n - 2].text in PHRASES and verb_at(tokens, n - 2) is not None))
    if not ends_with_verb and (same_paragraph or not state.masked[prev.start:prev.end].rstrip().endswith(":")):
        return None
    for v in range(len(tokens) - 1, 0, -1):
        hit = verb_at(tokens, v)
        if hit is not None:
            found = _reported(state, tokens, v, hit[0], hit[1], np_before(state, tokens, v, 0))
            if found is not None:
                return found
    who = main_subject(state, tokens, len(tokens) - 1)
    return (who, None, None, None) if who is not None else None


def _owned_saying(state: State, tokens: list[Tok], first_q: int, last_q: int) -> Found | None:
    """A named person whose possessive owns the quote as a saying: right before the quote and a
    saying noun after it ("Hale’s “…” promise"), or before a saying noun and a form of "be"
    that introduces it ("Hale’s campaign slogan is “…”")."""
    if first_q > 0 and _possessive(tokens[first_q - 1]) and last_q + 1 < len(tokens) \
            and tokens[last_q + 1].low in _SAYINGS:
        owned, noun = first_q, tokens[last_q + 1]
    else:
        be = first_q - 2 if first_q > 1 and tokens[first_q - 1].text in ",:" else first_q - 1
        if be < 2 or tokens[be].low not in ("is", "was") or tokens[be - 1].low not in _SAYINGS:
            return None
        noun, owner = tokens[be - 1], be - 2
        while owner > 0 and be - 1 - owner <= 2 and tokens[owner].text.islower():
            owner -= 1  # a modifier or two: "Hale’s campaign slogan is"
        if not _possessive(tokens[owner]):
            return None
        owned = owner + 1
    who = np_before(state, tokens, owned, 0, possessive=True)
    if who is None or who.cluster is None:
        return None
    info = noun_info(noun.text)
    return who, noun.text, (noun.start, noun.end), info.klass if info else "neutral"


def _possessive(token: Tok) -> bool:
    """Whether a token ends in a possessive "’s" ("Hale’s")."""
    return token.low.endswith(("’s", "'s"))


def _by_agent(state: State, tokens: list[Tok], last_q: int) -> Who | None:
    """described as “…” by X: the agent right after the quote."""
    for j in range(last_q + 1, min(len(tokens), last_q + 4)):
        if tokens[j].low == "by":
            return np_after(state, tokens, j + 1)
        if tokens[j].text in ".;!?":
            break
    return None


def according(state: State, tokens: list[Tok]) -> Found | None:
    for i in range(len(tokens) - 1):
        if tokens[i].low == "according" and tokens[i + 1].low == "to":
            who = np_after(state, tokens, i + 2)
            if who is not None:
                span = (tokens[i].start, tokens[i + 1].end)
                return who, state.doc.text[span[0]:span[1]], span, "neutral"
    return None
