"""How the reports name and order quote findings: most serious first, in plain words.

The findings themselves (grouping by utterance, per-part lines) come from engine.results.findings;
this module adds what both reports share: the counts line and the quoted stretches of one
entry with its word diff.
"""
from __future__ import annotations

from collections.abc import Mapping

from ..results.findings import (
    KIND_NAMES,
    QUOTE_KINDS,
    Finding,
    FindingPart,
    by_severity,
    findings,
)
from ..model import Comparison, Side
from .rows import changed_spans, marked_runs

#: Names of the summary's quote kinds (engine.results.findings.QUOTE_KINDS), as counts read them.
KIND_LABELS: dict[str, str] = {k: KIND_NAMES[k].lower() for k in QUOTE_KINDS}


def quote_counts(counts: Mapping[str, int]) -> str:
    """``speaker changed 1, wording changed 2, unchanged 4`` in the summary's order."""
    found = [f"{KIND_LABELS[k]} {counts[k]}" for k in QUOTE_KINDS if counts.get(k)]
    return ", ".join(found) or "no quotations"


#: The reports' severity classes (sev0 ... sev6) of the quote kinds.
_SEVERITY = {"attribution": 0, "wording": 1, "verb": 2, "dropped": 3, "added": 3, "paraphrased": 4,
             "outside-shared": 5, "unchanged": 6}


def severity(f: Finding) -> int:
    """Rank of a finding by its most serious tag: 0 (speaker changed) ... 6 (unchanged)."""
    return _SEVERITY[f.kind]


def ordered_findings(c: Comparison) -> list[Finding]:
    """The comparison's quote findings, most serious first, then in reading order."""
    return by_severity(findings(c))


def marked_stretches(c: Comparison, side: Side, part: FindingPart) -> list[list[tuple[str, bool]]]:
    """The quoted stretches a finding's entry covers on one side, each as (text, changed) runs."""
    text = c.document(side).text
    out = []
    for n in part.matches:
        m = c.quote_matches[n]
        marks = changed_spans(m.diff, side)
        out += [marked_runs(text, span, marks) for span in m.spans(side, c.quotes(side))]
    return out
