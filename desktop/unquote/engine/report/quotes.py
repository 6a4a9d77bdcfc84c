"""How the report orders and names quote comparisons: most serious first, in plain words."""
from __future__ import annotations

from typing import Mapping

from ..model import Comparison, QuoteMatch
from ..summary import QUOTE_KINDS, quote_kind

#: Plain-language names of QuoteMatch.changes.
CHANGE_LABELS: dict[str, str] = {
    "attribution": "speaker changed",
    "wording": "wording changed",
    "verb": "reporting verb changed",
    "loaded-verb": "loaded reporting verb",
    "truncated": "shortened",
    "extended": "lengthened",
    "form": "changed between a full quote and a fragment",
}

#: Plain-language names of QuoteMatch.status when a side is missing.
STATUS_LABELS: dict[str, str] = {
    "dropped": "dropped from the right",
    "added": "added in the right",
    "paraphrased": "turned into paraphrase",
    "outside-shared": "outside the part both texts cover",
}

#: Names of the summary's quote kinds (engine.summary.QUOTE_KINDS).
KIND_LABELS: dict[str, str] = {
    **{k: CHANGE_LABELS[k] for k in ("attribution", "wording", "verb")},
    "dropped": "dropped",
    "added": "added",
    "paraphrased": STATUS_LABELS["paraphrased"],
    "outside-shared": STATUS_LABELS["outside-shared"],
    "unchanged": "unchanged",
}


def quote_counts(counts: Mapping[str, int]) -> str:
    """``speaker changed 1, wording changed 2, unchanged 4`` in the summary's order."""
    found = [f"{KIND_LABELS[k]} {counts[k]}" for k in QUOTE_KINDS if counts.get(k)]
    return ", ".join(found) or "no quotations"


def severity(m: QuoteMatch) -> int:
    """Rank of a quote comparison: 0 most serious (attribution) ... 6 unchanged."""
    if "attribution" in m.changes:
        return 0
    if "wording" in m.changes:
        return 1
    if "verb" in m.changes or "loaded-verb" in m.changes:
        return 2
    if m.status in ("dropped", "added"):
        return 3
    if m.status == "paraphrased":
        return 4
    if m.changes or m.status == "outside-shared":
        return 5
    return 6


def verdict_parts(m: QuoteMatch) -> list[str]:
    """What happened to a quote, in phrases: ``["wording changed", "loaded reporting verb"]``."""
    if m.status != "matched":
        words = [STATUS_LABELS[m.status]]
    elif not m.changes:
        words = ["unchanged"]
    else:
        words = []
    return words + [CHANGE_LABELS.get(change, change) for change in m.changes]


def verdict(m: QuoteMatch) -> str:
    """The one-line headline of a quote comparison, e.g. ``speaker changed``."""
    return "; ".join(verdict_parts(m))


def finding_order(c: Comparison) -> list[int]:
    """Quote-match indices, most serious finding first (QUOTE_KINDS order), then in
    document order; a finding's number is its place here plus one, in the window and in
    the reports alike."""
    rank = {kind: n for n, kind in enumerate(QUOTE_KINDS)}

    def key(n: int) -> tuple[int, int, int]:
        m = c.quote_matches[n]
        left = c.left_quotes[m.left].start if m.left is not None else -1
        right = c.right_quotes[m.right].start if m.right is not None else -1
        return (rank[quote_kind(m.status, m.changes)], left if left >= 0 else 10**12, right)

    return sorted(range(len(c.quote_matches)), key=key)


def ordered_matches(c: Comparison) -> list[QuoteMatch]:
    """The comparison's quote matches in finding order (see :func:`finding_order`)."""
    return [c.quote_matches[n] for n in finding_order(c)]
