"""Synthetic article/rewrite pairs of any size, with their gold alignment, for benchmarks.

``make_pair(n, seed)`` writes an invented news text of ``n`` sentences (paragraphs of 3-6)
and a rewrite of it. Of every hundred things the rewrite does, about 45 keep a sentence
as it is, 10 retouch one (case, punctuation, typography only), 25 reword one (synonyms,
clause moves), 5 split one in two, 5 merge two into one (counted by sentences), 5 delete
one and 5 insert a new one; paragraphs are shuffled locally and a few move far. The
gold says which sentence spans of the two texts correspond. Same seed, same pair.
"""
from __future__ import annotations

import random
import re
from dataclasses import dataclass

from synthetic_text import Draft, NewsWriter, capitalise, render

Span = tuple[int, int]
Group = tuple[tuple[Span, ...], tuple[Span, ...]]
#: Where a sentence sits before the texts are laid out: (paragraph, sentence) indices.
Slot = tuple[int, int]

#: What happens to one unit of the original: its share of units (a merge takes two sentences).
OPERATIONS = {"identical": 0.45, "retouched": 0.10, "reworded": 0.25, "split": 0.05,
              "merged": 0.025, "deleted": 0.05}
INSERTED = 0.05
#: Chance that a paragraph trades places with the next one, and paragraphs moved far per 50.
LOCAL_SWAP = 0.12
FAR_MOVES_PER_50 = 1

SYNONYMS = {
    "said": ("stated", "added"), "announced": ("revealed", "unveiled"), "plans": ("proposals",),
    "build": ("construct",), "expand": ("enlarge",), "close": ("shut",), "review": ("examine",),
    "rebuild": ("reconstruct",), "upgrade": ("modernise",), "suspend": ("halt",),
    "fund": ("finance",), "expected": ("due", "set"), "delayed": ("postponed",),
    "residents": ("locals", "inhabitants"), "workers": ("employees", "staff"),
    "rise": ("increase", "jump"), "fall": ("decline",), "drop": ("decline",),
    "highest": ("greatest",), "lowest": ("weakest",), "largest": ("biggest",),
    "smallest": ("slightest",), "reported": ("recorded", "posted"), "found": ("concluded",),
    "appointed": ("named",), "storm": ("gale",), "flood": ("deluge",), "fire": ("blaze",),
    "damaged": ("harmed",), "approved": ("backed",), "scrapped": ("abandoned",),
    "agreement": ("deal",), "meet": ("gather",), "discuss": ("consider",),
    "declined": ("refused",), "after": ("following",), "people": ("individuals",),
    "families": ("households",), "major": ("significant",), "controversial": ("contentious",),
    "ambitious": ("bold",), "costly": ("expensive",), "modest": ("small",),
    "forced": ("compelled",), "arrested": ("detained",), "released": ("issued",),
    "statement": ("announcement",), "told": ("informed",), "warned": ("cautioned",),
    "campaigned": ("protested",), "clear": ("obvious",), "funded": ("paid for",),
    "affected": ("impacted",), "hit": ("struck",), "homes": ("houses",), "leave": ("abandon",),
    "first": ("initially",), "stalled": ("faltered",), "amid": ("among",),
    "risen": ("climbed",), "original": ("initial",), "estimate": ("forecast",),
    "spent": ("paid out",), "vital": ("essential",), "pressing": ("pushing",),
    "finished": ("completed",), "ready": ("done",), "decision": ("ruling",),
    "deserve": ("merit",), "great": ("huge",), "work": ("effort",),
    "sold": ("sold off",), "inspected": ("checked",), "inspect": ("check",),
    "replace": ("swap out",), "relocate": ("move",),
}
CONNECTIVES = ("Meanwhile, ", "Separately, ", "At the same time, ", "In addition, ")
MERGE_JOINS = (", and", ";", ", while")
_WORD = re.compile(r"[A-Za-z]+")


@dataclass(frozen=True)
class SyntheticPair:
    """Two texts and how their sentences correspond.

    ``groups`` pairs the spans of left sentences with the spans of the right sentences
    they became (1:1, 1:2 for a split, 2:1 for a merge); ``left_only`` are deleted
    sentences, ``right_only`` inserted ones. Spans index the texts, end exclusive.
    """

    left_text: str
    right_text: str
    groups: tuple[Group, ...]
    left_only: tuple[Span, ...]
    right_only: tuple[Span, ...]


class Rewriter:
    """Turns drafts of the original into the content farm's sentences."""

    def __init__(self, writer: NewsWriter, rng: random.Random) -> None:
        self.writer, self.rng = writer, rng

    def swap_words(self, text: str, share: float) -> str:
        def one(m: re.Match[str]) -> str:
            word = m.group(0)
            choices = SYNONYMS.get(word.lower())
            if not choices or self.rng.random() >= share:
                return word
            new = self.rng.choice(choices)
            return capitalise(new) if word[0].isupper() else new
        return _WORD.sub(one, text)

    def reword(self, draft: Draft) -> str:
        """Synonyms and, for narration, a clause moved to the front."""
        low = self.writer.lower_start
        roll = self.rng.random()
        if draft.quoted:
            text = draft.core
        elif draft.time and roll < 0.35:
            rest = draft.core + (f"{draft.joiner} {draft.second}" if draft.second else "")
            text = f"{capitalise(draft.time)}, {low(rest)}" + (f", {draft.source}" if draft.source else "") + "."
        elif draft.source and roll < 0.7:
            rest = draft.core + (f" {draft.time}" if draft.time else "")
            rest += f"{draft.joiner} {draft.second}" if draft.second else ""
            lead = capitalise(draft.source)
            text = f"{lead}, {low(rest)}." if lead.startswith("According") else f"{lead} that {low(rest)}."
        elif draft.second and roll < 0.85:
            text = (f"{capitalise(draft.second)}{draft.joiner} {low(draft.core)}"
                    + (f" {draft.time}" if draft.time else "") + (f", {draft.source}" if draft.source else "") + ".")
        else:
            text = render(draft)
        reworded = self.swap_words(text, 0.55)
        if reworded == render(draft):
            reworded = self.rng.choice(CONNECTIVES) + low(reworded)
        return reworded

    def retouch(self, text: str) -> str:
        """One change of case, punctuation or typography only."""
        rng = self.rng
        options = ["case"]
        if "“" in text:
            options.append("quotes")
        comma = re.search(r"(?<!\d), ", text)
        if comma:
            options.append("comma")
        option = rng.choice(options)
        if option == "quotes":
            return text.replace("“", "\"").replace("”", "\"")
        if option == "comma" and comma:
            return text[:comma.start()] + text[comma.start() + 1:]
        words = list(_WORD.finditer(text))[1:] or list(_WORD.finditer(text))
        m = rng.choice(words)
        word = m.group(0)
        changed = word.lower() if word[0].isupper() else capitalise(word)
        return text[:m.start()] + changed + text[m.end():]

    def split(self, draft: Draft) -> list[str]:
        first = capitalise(draft.core + (f" {draft.time}" if draft.time else "")) + "."
        second = capitalise(draft.second) + (f", {draft.source}" if draft.source else "") + "."
        return [self.swap_words(first, 0.25), self.swap_words(second, 0.25)]

    def merge(self, first: Draft, second: Draft) -> str:
        joined = render(first)[:-1] + self.rng.choice(MERGE_JOINS) + " " + self.writer.lower_start(render(second))
        return self.swap_words(joined, 0.2)


def layout(paragraphs: list[list[str]], order: list[int]) -> tuple[str, dict[Slot, Span]]:
    """Join sentences with spaces and paragraphs with blank lines; spans of every slot."""
    parts: list[str] = []
    spans: dict[Slot, Span] = {}
    at = 0
    for p in order:
        if not paragraphs[p]:
            continue
        if parts:
            parts.append("\n\n")
            at += 2
        for s, sentence in enumerate(paragraphs[p]):
            if s:
                parts.append(" ")
                at += 1
            spans[(p, s)] = (at, at + len(sentence))
            parts.append(sentence)
            at += len(sentence)
    parts.append("\n")
    return "".join(parts), spans


def shuffled_order(count: int, rng: random.Random) -> list[int]:
    """Paragraph order of the rewrite: neighbours swapped here and there, a few moved far."""
    order = list(range(count))
    for i in range(count - 1):
        if rng.random() < LOCAL_SWAP:
            order[i], order[i + 1] = order[i + 1], order[i]
    for _ in range(max(1, count * FAR_MOVES_PER_50 // 50)):
        order.insert(rng.randrange(count), order.pop(rng.randrange(count)))
    return order


def make_pair(sentences: int, seed: int = 0) -> SyntheticPair:
    """An invented article of ``sentences`` sentences, its rewrite and the gold alignment."""
    rng = random.Random(seed)
    writer = NewsWriter(rng)
    rewriter = Rewriter(writer, rng)
    names, weights = list(OPERATIONS), list(OPERATIONS.values())
    left: list[list[str]] = []
    right: list[list[str]] = []
    units: list[tuple[list[Slot], list[Slot]]] = []
    remaining = sentences
    while remaining:
        size = min(rng.randint(3, 6), remaining)
        remaining -= size
        p = len(left)
        left.append([])
        right.append([])
        while len(left[p]) < size:
            op = rng.choices(names, weights)[0]
            if op == "merged" and size - len(left[p]) < 2:
                op = "reworded"
            if op == "merged":
                drafts = [writer.plain(), writer.plain()]
                out = [rewriter.merge(*drafts)]
            elif op == "split":
                drafts = [writer.compound()]
                out = rewriter.split(drafts[0])
            else:
                drafts = [writer.any()]
                text = render(drafts[0])
                out = {"identical": [text], "retouched": [rewriter.retouch(text)],
                       "reworded": [rewriter.reword(drafts[0])], "deleted": []}[op]
            l_slots = [(p, len(left[p]) + i) for i in range(len(drafts))]
            r_slots = [(p, len(right[p]) + i) for i in range(len(out))]
            left[p].extend(render(d) for d in drafts)
            right[p].extend(out)
            units.append((l_slots, r_slots))
            if rng.random() < INSERTED:
                units.append(([], [(p, len(right[p]))]))
                right[p].append(render(writer.any()))
    left_text, left_spans = layout(left, list(range(len(left))))
    right_text, right_spans = layout(right, shuffled_order(len(right), rng))
    groups: list[Group] = []
    left_only: list[Span] = []
    right_only: list[Span] = []
    for l_slots, r_slots in units:
        ls = tuple(left_spans[s] for s in l_slots)
        rs = tuple(right_spans[s] for s in r_slots)
        if ls and rs:
            groups.append((ls, rs))
        else:
            left_only.extend(ls)
            right_only.extend(rs)
    return SyntheticPair(left_text, right_text, tuple(groups), tuple(left_only), tuple(right_only))
