"""Splits and merges: growing 1:1 links into 1:n, n:1 and n:m groups.

A sentence left without a partner joins a link that holds a sentence near it (within
``merge_window`` sentences of its own document, so a merge may skip a sentence that went
elsewhere, never one left without a partner) when it belongs there. It belongs when it
completes the other side: it explains
words of the other side that the group did not explain yet (``merge_adds``, weighted by
rarity), which is what a condensed merge or a rewrite that kept one clause of a long
sentence looks like; or when the joined group scores about as well as the link alone and
enough of the sentence's own words occur on the other side (``merge_gain``,
``merge_cover``). An inserted sentence next to a kept one does neither.

A sentence held by a weak one-to-one link moves to a neighbouring group only when it
brings that group a clear gain of its own (``steal_gain``) and the grown group beats the
weak link by ``steal_margin``: a sentence that merely repeats words the group already
has stays with its own partner. Thresholds are in settings.py (docs/alignment.md).
"""
from __future__ import annotations

from dataclasses import dataclass

from ..settings import Settings
from .assign import Constraints
from .candidates import Vectors, group_cosine
from .scoring import Scorer

Group = tuple[tuple[int, ...], tuple[int, ...]]

MAX_PASSES = 4


@dataclass(frozen=True)
class Offer:
    """A group grown by one sentence, with what the sentence brings to it."""

    n: int
    group: Group
    score: float
    gain: float
    adds: float


class GroupGrower:
    """Grows the groups of one alignment; keeps each sentence's stems for coverage."""

    def __init__(self, scorer: Scorer, vec: Vectors, constraints: Constraints, settings: Settings,
                 headlines: tuple[bool, bool] = (False, False)) -> None:
        self.scorer, self.vec, self.constraints, self.settings = scorer, vec, constraints, settings
        #: Headline sentences (index 0 of a side) are units of their own: never grown.
        self.fixed_units = {"left": {0} if headlines[0] else set(), "right": {0} if headlines[1] else set()}
        self.stems = {"left": vec.stems[:len(scorer.left)], "right": vec.stems[len(scorer.left):]}

    def score(self, group: Group) -> float:
        return self.scorer.group(group[0], group[1], group_cosine(self.vec, *group))

    def grow(self, start: list[Group], known: list[float | None]) -> list[Group]:
        """The groups with every unpaired sentence that belongs to one added to it.

        ``known`` holds the groups' scores where the caller has them (None elsewhere).
        """
        groups: list[Group | None] = [(tuple(sorted(lft)), tuple(sorted(rgt))) for lft, rgt in start]
        scores: list[float | None] = list(known)
        for _ in range(MAX_PASSES):
            changed = False
            for side in ("left", "right"):
                owner = {s: n for n, g in enumerate(groups) if g for s in g[0 if side == "left" else 1]}
                busy = self.constraints.busy_left if side == "left" else self.constraints.busy_right
                for s in range(len(self.stems[side])):
                    if s in busy or s in self.fixed_units[side]:
                        continue
                    held = owner.get(s)
                    if held is not None and not self._weak_single(held, groups, scores):
                        continue
                    offer = self._best_home(side, s, owner, groups, scores)
                    if offer is None:
                        continue
                    if held is not None:
                        held_score = scores[held] or 0.0
                        if offer.gain < self.settings.steal_gain \
                                or offer.score < held_score + self.settings.steal_margin:
                            continue
                        groups[held] = None
                    groups[offer.n], scores[offer.n] = offer.group, offer.score
                    owner[s] = offer.n
                    changed = True
            if not changed:
                break
        return [g for g in groups if g]

    def _weak_single(self, n: int, groups: list[Group | None], scores: list[float | None]) -> bool:
        """Whether group ``n`` is a one-to-one link weak enough to give up its sentence."""
        group = groups[n]
        if group is None or len(group[0]) + len(group[1]) > 2 or group in self.constraints.fixed:
            return False
        score = scores[n]
        if score is None:
            score = scores[n] = self.score(group)
        return score < self.settings.weak_link

    def _best_home(self, side: str, s: int, owner: dict[int, int], groups: list[Group | None],
                   scores: list[float | None]) -> Offer | None:
        """The group near ``s`` that it belongs to and improves most, if any."""
        window = self.settings.merge_window
        near = {owner[t] for t in range(s - window, s + window + 1)
                if t != s and t in owner and all(u in owner for u in range(min(s, t) + 1, max(s, t)))}
        best = None
        for n in near - {owner.get(s)}:
            offer = self._offer(side, s, n, groups, scores)
            if offer is not None and (best is None or offer.gain + offer.adds > best.gain + best.adds):
                best = offer
        return best

    def _offer(self, side: str, s: int, n: int, groups: list[Group | None],
               scores: list[float | None]) -> Offer | None:
        """Group ``n`` grown by sentence ``s`` of ``side``, when ``s`` belongs to it."""
        group = groups[n]
        if group is None or group in self.constraints.fixed:
            return None
        left, right = group
        if self.fixed_units["left"] & set(left) or self.fixed_units["right"] & set(right):
            return None
        if side == "left":
            grown = (tuple(sorted(left + (s,))), right)
            if any((s, j) in self.constraints.forbidden for j in right):
                return None
            own, other = left, self._union("right", right)
        else:
            grown = (left, tuple(sorted(right + (s,))))
            if any((i, s) in self.constraints.forbidden for i in left):
                return None
            own, other = right, self._union("left", left)
        mine = self.stems[side][s]
        cover = self._weight(mine & other) / self._weight(mine) if mine else 0.0
        if cover < self.settings.merge_cover_min:
            return None
        explained = self._union(side, own)
        adds = self._weight((mine & other) - explained) / self._weight(other) if other else 0.0
        base = scores[n]
        if base is None:
            base = scores[n] = self.score(group)
        score = self.score(grown)
        gain = score - base
        completes = adds >= self.settings.merge_adds
        fits = gain >= self.settings.merge_gain and cover >= self.settings.merge_cover
        return Offer(n, grown, score, gain, adds) if completes or fits else None

    def _union(self, side: str, sentences: tuple[int, ...]) -> frozenset[int]:
        return frozenset().union(*(self.stems[side][k] for k in sentences))

    def _weight(self, stems: frozenset[int]) -> float:
        """Rarity weight of a set of stems (sum of their idf), so names count most."""
        idf = self.vec.idf
        return float(sum(idf[f] for f in stems))
