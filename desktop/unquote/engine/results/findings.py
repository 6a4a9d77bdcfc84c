"""Quote findings: the quote matches grouped by utterance, numbered, in a newsroom's words.

A person reads quotations, not parts: the matches that share a quotation on either side
(an interrupted quotation whose second part was credited to someone else is two matches)
form one finding. Each finding has tags (every kind of change any of its parts has), and
one entry per match that says what happened to that part: "Speaker: Daniel Pryce →
Miriam Osei", "Verb: said → claimed (a loaded verb)", "Wording changed", "Turned into
paraphrase: …", "Dropped", "Added", "Second part credited to Omar Feld instead of Ilse
Varga". The command-line summary, the reports and the quote panel all read these.

The findings of the last comparisons are remembered (engine/results/remembered.py).
"""
from __future__ import annotations

from dataclasses import dataclass, replace

from ..model import SIDES, Comparison, QuoteMatch, Side, other
from .remembered import Remembered
from ..structures.unionfind import joined_by_keys

#: Quote finding kinds from most to least serious: the order of the panel and the reports.
QUOTE_KINDS = ("attribution", "wording", "verb", "dropped", "added", "paraphrased",
               "outside-shared", "unchanged")

#: The change labels that make each kind of finding of a matched pair: a name on one side
#: and a description on the other is a change of speaker too (the reader no longer knows,
#: or now knows, who spoke).
_KIND_LABELS = {"attribution": frozenset({"attribution", "unnamed", "named"}), "wording": frozenset({"wording"}),
                "verb": frozenset({"verb"})}

#: Names of the quote forms in findings.
FORM_NAMES = {"full": "full sentence", "partial": "partial quotation", "that-clause": "that-clause"}

_ORDINALS = ("first", "second", "third", "fourth", "fifth", "sixth", "seventh", "eighth", "ninth", "tenth")


@dataclass(frozen=True)
class FindingPart:
    """What happened to the parts some quote matches cover: one match, or every part of a
    quotation whose parts all kept their counterparts and changed alike.

    ``label`` names the parts ("Second part") when the finding has several entries, else
    None. ``kinds`` are this entry's tags (QUOTE_KINDS names); ``lines`` say them in words.
    ``carrier`` is the side and index of the sentence that carries a part turned into
    paraphrase.
    """

    matches: tuple[int, ...]
    label: str | None
    kinds: tuple[str, ...]
    lines: tuple[str, ...]
    carrier: tuple[Side, int] | None = None


@dataclass(frozen=True)
class Finding:
    """One quotation as a reader sees it (possibly several quotations the rewrite split or
    joined), numbered from 1 in reading order."""

    number: int
    left: tuple[int, ...]  # left quote indices
    right: tuple[int, ...]  # right quote indices
    parts: tuple[FindingPart, ...]
    tags: tuple[str, ...]  # QUOTE_KINDS names, most serious first
    notes: tuple[str, ...] = ()  # what concerns the parts together ("in a different order")

    @property
    def kind(self) -> str:
        """The most serious tag."""
        return self.tags[0]

    @property
    def matches(self) -> tuple[int, ...]:
        return tuple(n for p in self.parts for n in p.matches)

    @property
    def changed(self) -> bool:
        return self.kind != "unchanged"


def match_kinds(m: QuoteMatch) -> tuple[str, ...]:
    """The QUOTE_KINDS of one match, most serious first."""
    if m.status != "matched":
        return (m.status,)
    found = tuple(kind for kind, labels in _KIND_LABELS.items() if not labels.isdisjoint(m.changes))
    return found or ("unchanged",)


def findings(c: Comparison) -> list[Finding]:
    """Every quote finding of the comparison, in reading order, numbered from 1."""
    return list(_remembered(c))


def _quotation_parts(c: Comparison) -> tuple[object, ...]:
    """What the findings are worked out from (not the notes, view options or links)."""
    return c.left, c.right, c.left_sentences, c.right_sentences, c.left_quotes, c.right_quotes, c.quote_matches


def _work_out(c: Comparison) -> tuple[Finding, ...]:
    groups = _groups(c)
    out = []
    for number, members in enumerate(groups, 1):
        left = tuple(sorted({i for n in members if (i := c.quote_matches[n].left) is not None}))
        right = tuple(sorted({j for n in members if (j := c.quote_matches[n].right) is not None}))
        reordered = _reordered(c, members)
        if len(members) > 1 and not reordered and _alike(c, members):
            parts: tuple[FindingPart, ...] = (replace(_part(c, members[0], None), matches=tuple(members)),)
        else:
            quotes = None if len(members) == 1 else {"left": left, "right": right}
            parts = tuple(_part(c, n, quotes) for n in members)
        kinds = {k for p in parts for k in p.kinds}
        if len(kinds) > 1:
            kinds.discard("unchanged")
        tags = tuple(k for k in QUOTE_KINDS if k in kinds)
        notes = _shared_note(c, members, left, right)
        notes += ("The parts appear in a different order",) if reordered else ()
        out.append(Finding(number, left, right, parts, tags, notes))
    return tuple(out)



_remembered = Remembered(_work_out, _quotation_parts)

def by_severity(found: list[Finding]) -> list[Finding]:
    """Findings most serious first, reading order within a kind."""
    rank = {k: n for n, k in enumerate(QUOTE_KINDS)}
    return sorted(found, key=lambda f: (rank[f.kind], f.number))


def finding_of_match(found: list[Finding]) -> dict[int, Finding]:
    """Quote match index -> the finding it belongs to."""
    return {n: f for f in found for n in f.matches}


def headline(f: Finding) -> str:
    """``3. Speaker changed, verb changed`` — the number and every tag in words."""
    return f"{f.number}. {tags_in_words(f)}"


def tags_in_words(f: Finding) -> str:
    """``Speaker changed, verb changed`` — every tag of the finding in words."""
    names = [KIND_NAMES[t] for t in f.tags]
    return ", ".join([names[0]] + [n.lower() for n in names[1:]])


#: The tags in words, as headings and filters show them.
KIND_NAMES = {
    "attribution": "Speaker changed", "wording": "Wording changed", "verb": "Verb changed",
    "dropped": "Dropped", "added": "Added", "paraphrased": "Turned into paraphrase",
    "outside-shared": "Beyond the text both versions share", "unchanged": "Unchanged",
}


def _groups(c: Comparison) -> list[list[int]]:
    """Matches joined through a shared quotation on either side, in order of their first match."""
    found = joined_by_keys((((side, index) for side, index in (("left", m.left), ("right", m.right))
                             if index is not None) for m in c.quote_matches), len(c.quote_matches))
    groups: dict[int, list[int]] = {}
    for n in range(len(c.quote_matches)):
        groups.setdefault(found.find(n), []).append(n)
    return sorted(groups.values(), key=lambda g: g[0])


def _alike(c: Comparison, members: list[int]) -> bool:
    """Whether the matches pair the parts of one quotation one by one with those of one other
    and all say the same: then one entry tells it."""
    ms = [c.quote_matches[n] for n in members]
    one_each = all(m.status == "matched" and len(m.parts("left", c.left_quotes)) == 1
                   and len(m.parts("right", c.right_quotes)) == 1 for m in ms)
    return (one_each and len({(m.left, m.right) for m in ms}) == 1
            and len({m.changes for m in ms}) == 1)


def _reordered(c: Comparison, members: list[int]) -> bool:
    """Whether the matched parts follow each other in another order on the right than on the left."""
    pairs = []
    for n in members:
        m = c.quote_matches[n]
        if m.left is not None and m.right is not None:
            pairs.append(((m.left, m.parts("left", c.left_quotes)[0]), (m.right, m.parts("right", c.right_quotes)[0])))
    rights = [r for _, r in sorted(pairs)]
    return rights != sorted(rights)


def _shared_note(c: Comparison, members: list[int], left: tuple[int, ...], right: tuple[int, ...]
                 ) -> tuple[str, ...]:
    """``Split into 2 quotations`` when one stretch is shared by matches with several quotations."""
    seen: set[tuple[str, int, int]] = set()
    for n in members:
        m = c.quote_matches[n]
        for side in SIDES:
            index = m.quote(side)
            for f in m.parts(side, c.quotes(side)):
                key = (side, index or 0, f)
                if key in seen:
                    return (f"Split into {len(right)} quotations",) if side == "left" else (
                        f"{len(left)} quotations joined into one",)
                seen.add(key)
    return ()


def _part(c: Comparison, n: int, quotes: dict[str, tuple[int, ...]] | None) -> FindingPart:
    """The entry of match n; ``quotes`` (the finding's quotations per side) when it has several."""
    m = c.quote_matches[n]
    label = _label(c, m, quotes) if quotes is not None else None
    kinds = match_kinds(m)
    if m.status != "matched":
        side: Side = "left" if m.left is not None else "right"
        carrier = (other(side), m.paraphrase) if m.status == "paraphrased" and m.paraphrase is not None else None
        line = _alone_line(m.status, label)
        if carrier is not None:
            line += " " + c.sentence_text(*carrier).strip()
        return FindingPart((n,), label, kinds, (line,), carrier)
    lines = _change_lines(c, m, label)
    return FindingPart((n,), label, kinds, tuple(lines))


def _label(c: Comparison, m: QuoteMatch, quotes: dict[str, tuple[int, ...]]) -> str:
    """``First part``, ``Second and third parts`` (the match's parts of a quotation that has
    several) or ``Second quotation`` (of a finding that has several on one side)."""
    for side in SIDES:
        index = m.quote(side)
        if index is not None and len(c.quotes(side)[index].fragments) > 1:
            names = [_ordinal(p) for p in m.parts(side, c.quotes(side))]
            if len(names) == 1:
                return f"{names[0].capitalize()} part"
            return f"{', '.join(names[:-1]).capitalize()} and {names[-1]} parts"
    for side in SIDES:
        index = m.quote(side)
        if index is not None and len(quotes[side]) > 1:
            return f"{_ordinal(quotes[side].index(index)).capitalize()} quotation"
    return "The quotation"


def _ordinal(n: int) -> str:
    return _ORDINALS[n] if n < len(_ORDINALS) else f"number {n + 1}"


def _alone_line(status: str, label: str | None) -> str:
    if label is None:
        return {"dropped": "Dropped", "added": "Added", "paraphrased": "Turned into paraphrase:",
                "outside-shared": "Beyond the text both versions share"}[status]
    return label + {"dropped": " dropped", "added": " added", "paraphrased": " turned into paraphrase:",
                    "outside-shared": " lies beyond the text both versions share"}[status]


def _change_lines(c: Comparison, m: QuoteMatch, label: str | None) -> list[str]:
    lq, rq = c.left_quotes[m.left], c.right_quotes[m.right]  # type: ignore[index]
    lines = []
    if "attribution" in m.changes:
        lines.append(_say(label, f"Speaker: {lq.speaker} → {rq.speaker}",
                          f"credited to {rq.speaker} instead of {lq.speaker}"))
    if "unnamed" in m.changes:
        lines.append(_say(label, f"Speaker no longer named: {lq.speaker} → {rq.speaker}",
                          f"credited to {rq.speaker}, no longer by name to {lq.speaker}"))
    if "named" in m.changes:
        lines.append(_say(label, f"Speaker now named: {lq.speaker} → {rq.speaker}",
                          f"now credited by name to {rq.speaker} instead of {lq.speaker}"))
    if "verb" in m.changes:
        loaded = " (a loaded verb)" if "loaded-verb" in m.changes else ""
        lines.append(_say(label, f"Verb: {lq.verb} → {rq.verb}{loaded}", f": verb {lq.verb} → {rq.verb}{loaded}"))
    if "wording" in m.changes:
        how = " (shortened)" if "truncated" in m.changes else " (lengthened)" if "extended" in m.changes else ""
        lines.append(_say(label, f"Wording changed{how}", f": wording changed{how}"))
    if "form" in m.changes:
        forms = f"{FORM_NAMES[lq.form]} → {FORM_NAMES[rq.form]}"
        lines.append(_say(label, f"Form: {forms}", f": form {forms}"))
    if not lines:
        lines.append(_say(label, "Unchanged", "unchanged"))
    left_n, right_n = len(m.parts("left", c.left_quotes)), len(m.parts("right", c.right_quotes))
    if left_n > 1 and right_n == 1:
        lines.append(_say(label, f"Its {left_n} parts joined into one quotation", "joined into one quotation"))
    elif right_n > 1 and left_n == 1:
        lines.append(_say(label, f"Split into {right_n} parts", f"split into {right_n} parts"))
    return lines


def _say(label: str | None, bare: str, labelled: str) -> str:
    """``bare`` for a finding of one entry, else the label followed by ``labelled``."""
    if label is None:
        return bare
    return label + ("" if labelled.startswith(":") else " ") + labelled
