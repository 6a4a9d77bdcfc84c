"""Splits and merges: growing 1:1 links into 1:n, n:1 and n:m groups.

A sentence left without a partner joins a link that holds its neighbour (the sentence
just before or after it in its own document) when the joined group scores about as well as
the link alone or better and enough of the sentence's content words occur on the other
side of the group: that is what a split ("A, and B." -> "A." "B.") or a merge looks
like, and what an inserted sentence next to a kept one does not. A sentence held by a
weak one-to-one link moves to a neighbouring group that it completes clearly better
(the rest of a split that a stray short sentence had taken); its old partner is freed. Thresholds were tuned on
the DEplain dev split and the English pairs (docs/alignment.md).
"""
from __future__ import annotations

from ..settings import Settings
from .assign import Constraints
from .candidates import Vectors, group_cosine
from .scoring import Scorer

Group = tuple[tuple[int, ...], tuple[int, ...]]

MAX_PASSES = 4


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
        groups: list[Group | None] = [(tuple(sorted(a)), tuple(sorted(b))) for a, b in start]
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
                    best = self._best_home(side, s, owner, groups, scores)
                    if best is None:
                        continue
                    n, group, score = best
                    if held is not None:
                        if score < (scores[held] or 0.0) + self.settings.steal_margin:
                            continue
                        groups[held] = None
                    groups[n], scores[n] = group, score
                    owner[s] = n
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
                   scores: list[float | None]) -> tuple[int, Group, float] | None:
        best = None
        for n in {owner[t] for t in (s - 1, s + 1) if t in owner} - {owner.get(s)}:
            group = groups[n]
            if group is None:
                continue
            left, right = group
            if self.fixed_units["left"] & set(left) or self.fixed_units["right"] & set(right):
                continue
            if side == "left":
                grown = (tuple(sorted(left + (s,))), right)
                forbidden = any((s, j) in self.constraints.forbidden for j in right)
                other = frozenset().union(*(self.stems["right"][j] for j in right))
            else:
                grown = (left, tuple(sorted(right + (s,))))
                forbidden = any((i, s) in self.constraints.forbidden for i in left)
                other = frozenset().union(*(self.stems["left"][i] for i in left))
            if forbidden or (left, right) in self.constraints.fixed:
                continue
            mine = self.stems[side][s]
            cover = len(mine & other) / len(mine) if mine else 0.0
            if cover < self.settings.merge_cover:
                continue
            base = scores[n]
            if base is None:
                base = scores[n] = self.score(group)
            score = self.score(grown)
            gain = score - base
            if gain >= self.settings.merge_gain and (best is None or gain > best[2] - (scores[best[0]] or 0.0)):
                best = (n, grown, score)
        return best
