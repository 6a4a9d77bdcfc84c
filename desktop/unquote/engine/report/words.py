"""The report's plain-language wording, shared by the HTML and the text report."""
from __future__ import annotations

from ..results.findings import findings
from ..model import Annotation, Comparison, Link, Side

#: Names of the differences a link's ``ignored`` may list.
IGNORED_LABELS: dict[str, str] = {
    "case": "letter case",
    "punctuation": "punctuation",
    "typography": "quote-mark and dash styles",
    "whitespace": "spacing",
}

#: Names of annotation statuses.
STATUS_NAMES: dict[str, str] = {
    "needs-check": "needs check",
    "confirmed": "confirmed change",
    "acceptable": "acceptable",
}

#: The summary's word rows: label and SideSummary field.
SUMMARY_ROWS: tuple[tuple[str, str], ...] = (
    ("in identical sentences", "identical"),
    ("in reworded sentences", "reworded"),
    ("only on this side", "one_side"),
)


def link_notes(link: Link, moved: str) -> list[str]:
    """What the middle column says of a link: kind and similarity, what was ignored, whether
    the user drew it, and ``moved`` when it is out of order."""
    notes = [link.kind if link.kind == "identical" else f"reworded {link.score:.0%}"]
    if link.ignored:
        notes.append("ignoring " + ", ".join(IGNORED_LABELS.get(x, x) for x in link.ignored))
    if link.origin == "manual":
        notes.append("linked by hand")
    if link.moved:
        notes.append(moved)
    return notes


def sentence_label(side: Side, indices: tuple[int, ...]) -> str:
    """``L3``, ``R4-5`` or ``L2, L7``: sentence numbers counted from 1."""
    letter = "L" if side == "left" else "R"
    numbers = sorted(i + 1 for i in indices)
    if len(numbers) > 1 and numbers == list(range(numbers[0], numbers[-1] + 1)):
        return f"{letter}{numbers[0]}-{numbers[-1]}"
    return ", ".join(f"{letter}{n}" for n in numbers)


def ignored_note(c: Comparison) -> str:
    """What the comparison set aside, from the settings and from the links themselves."""
    s = c.settings
    chosen = [
        label
        for on, label in (
            (s.ignore_case, "letter case"),
            (s.ignore_punctuation, "punctuation"),
            (s.ignore_typography, "quote-mark and dash styles, non-breaking spaces"),
        )
        if on
    ]
    note = ("Ignored when comparing: " + "; ".join(chosen) + ".") if chosen else (
        "Nothing was ignored: every difference counts."
    )
    filtered = [link for link in c.links if link.kind == "identical" and link.ignored]
    if filtered:
        kinds = sorted({IGNORED_LABELS.get(x, x) for link in filtered for x in link.ignored})
        note += (
            f" {len(filtered)} pair{'s' if len(filtered) != 1 else ''} shown as identical "
            f"differ only in: {', '.join(kinds)}."
        )
    return note


def _finding_number(c: Comparison, a: Annotation) -> int | None:
    """The number of the quotation finding a note on a quotation is about."""
    for f in findings(c):
        if set(a.left[:1]) & set(f.left) or set(a.right[:1]) & set(f.right):
            return f.number
    return None


def annotation_target(c: Comparison, a: Annotation) -> str:
    """What a note is about, in words: ``L3 <-> R4: <both sentences>``, or ``Finding 2:
    <the quotation>`` for a note on a quotation."""
    pairs: tuple[tuple[Side, tuple[int, ...]], ...] = (("left", a.left), ("right", a.right))
    number = _finding_number(c, a) if a.target == "quote" else None
    if number is not None:
        side, ids = next((side, ids) for side, ids in pairs if ids)
        return f"Finding {number}: \u201c{c.quotes(side)[ids[0]].text}\u201d"
    if a.target == "quote":
        labels = [f"{'L' if side == 'left' else 'R'}-quote {i + 1}" for side, ids in pairs for i in ids]
        texts = [f"\u201c{c.quotes(side)[i].text}\u201d" for side, ids in pairs for i in ids]
    else:
        labels = [sentence_label(side, ids) for side, ids in pairs if ids]
        texts = [c.sentence_text(side, i) for side, ids in pairs for i in ids]
    return " \u2194 ".join(labels) + ": " + " / ".join(texts)
