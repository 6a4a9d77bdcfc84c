"""One settings object for the engine: thresholds and options, with documented defaults.

The window's Options dialog and the command line edit a copy (``dataclasses.replace``);
the comparison file stores the settings it was made with.
"""
from __future__ import annotations

from dataclasses import asdict, dataclass, fields
from typing import Any


@dataclass(frozen=True)
class Settings:
    """Engine settings. Every threshold is a similarity in [0, 1] unless said otherwise."""

    #: Word diffs and the identical/reworded decision ignore letter case.
    ignore_case: bool = False
    #: ... ignore punctuation marks.
    ignore_punctuation: bool = False
    #: ... treat curly and straight quotes, dash kinds and non-breaking spaces as equal.
    ignore_typography: bool = True

    #: A 1:1 link needs at least this score (lexical + context evidence).
    link_threshold: float = 0.35
    #: The first pass, whose in-order links are the skeleton that the order prior and the
    #: gap filling lean on, keeps only links from this score on (confident anchors).
    anchor_threshold: float = 0.40
    #: A candidate below this raw lexical score is never linked, whatever the context.
    min_lexical: float = 0.15
    #: A split/merge partner is added when the joined sentences score at least this much
    #: more than the link alone ...
    merge_gain: float = 0.0
    #: ... and at least this share of the added sentence's words (weighted by rarity)
    #: occur on the other side of the group.
    merge_cover: float = 0.35
    #: A sentence is also added, whatever the score, when it explains at least this share
    #: (by rarity) of the other side's words that the group did not explain yet: the
    #: other half of a condensed merge, or the one clause a rewrite kept of it ...
    merge_adds: float = 0.10
    #: ... but never with less than this share of its own words on the other side.
    merge_cover_min: float = 0.20
    #: How far (in sentences of its own document) a partner may sit from the group it
    #: joins: 1 = adjacent only; 2 lets a merge skip one sentence that went elsewhere.
    merge_window: int = 2
    #: A one-to-one link scoring below this may lose its sentence to a neighbouring group
    #: that it completes (the rest of a split) ...
    weak_link: float = 0.50
    #: ... when that group then scores at least this much more than the weak link did ...
    steal_margin: float = 0.15
    #: ... and the sentence itself raises that group's score by at least this much.
    steal_gain: float = 0.10
    #: A pair next to a link copied word for word needs at least this cosine of its
    #: content words: where the rewrite kept the passage, a sentence sharing almost
    #: nothing with the one it sits beside was replaced, not reworded.
    copied_min_content: float = 0.20
    #: Between two links that keep the order (a gap of the in-order skeleton), a pair of
    #: sentences both still without a partner is linked from this lexical score on ...
    gap_threshold: float = 0.22
    #: ... when they share content words (at least this cosine) and the links of the gap
    #: keep the order among themselves.
    gap_min_content: float = 0.03
    #: ... and from this share of the median score of the confident (first-pass) links,
    #: when that is higher: in a loose retelling every pair is weak, so a weak pair in a
    #: gap is as good as pairs get; in a close rewrite (links near 1.0) a weak pair in a
    #: gap is a sentence replaced by another.
    gap_relative: float = 0.35
    #: A gap pair loses this much per unit of distance between the relative places
    #: of its two sentences in the gap (0 = same place, 1 = opposite ends).
    gap_off_diagonal: float = 0.1
    #: How many candidates per sentence the index hands to scoring.
    candidates: int = 8
    #: Weight of the neighbours' agreement in a link's score ...
    context_weight: float = 0.15
    #: ... and, in the second pass, for a pair inside the corridor of in-order links
    #: (a pair that keeps the order of the links around it is vouched for more).
    context_weight_in_order: float = 0.40
    #: Bonus for a pair that keeps the order of the links around it (0: the gap filling
    #: gives in-order pairs their second chance, with the order enforced) ...
    order_bonus: float = 0.0
    #: ... and penalty for one that does not (a moved sentence needs firmer evidence).
    order_penalty: float = 0.05
    #: Bonus for pairing two headlines (a first line without final punctuation), and
    #: penalty for pairing a headline with a body sentence.
    headline_weight: float = 0.15

    #: Ask a sentence-embedding model (the optional extra ``unquote[meaning]``) for a
    #: second opinion on pairs the lexical score rejects. Off by default; the default
    #: path never imports it.
    meaning: bool = False
    #: With ``meaning``: a pair scoring below ``link_threshold`` whose embedding cosine is
    #: at least this is rescued (two sentences of one story on the same topic score 0.3-0.5) ...
    meaning_rescue: float = 0.55
    #: ... and then counts, in the assignment, as if its lexical score were that cosine
    #: less this (context and order still decide whether it links).
    meaning_discount: float = 0.35
    #: With ``meaning``: rescue only a pair whose sentences are each other's nearest in
    #: meaning over both whole documents (in a retold story every sentence is on topic,
    #: so a cosine alone does not single out the partner).
    meaning_mutual: bool = True

    #: Refuse documents whose text is larger than this many megabytes.
    max_text_mb: float = 20.0

    def to_dict(self) -> dict[str, object]:
        return asdict(self)

    @classmethod
    def from_dict(cls, data: dict[str, object]) -> Settings:
        """Build settings from a dict, ignoring unknown keys and checking types."""
        known = {f.name: f for f in fields(cls)}
        kept: dict[str, Any] = {}
        for key, value in data.items():
            f = known.get(key)
            if f is None:
                continue
            default = getattr(cls(), key)
            if isinstance(default, bool):
                if not isinstance(value, bool):
                    raise ValueError(f"setting {key} must be true or false")
            elif isinstance(default, (int, float)):
                if isinstance(value, bool) or not isinstance(value, (int, float)):
                    raise ValueError(f"setting {key} must be a number")
                value = type(default)(value)
            kept[key] = value
        return cls(**kept)
