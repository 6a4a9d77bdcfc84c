"""The report's side-by-side rows and the marked runs inside them, shared by HTML and text.

Rows follow the left document's order; a right-only sentence goes right after the row of
its nearest preceding right neighbour (before everything when it has none), so the rewrite's
additions appear where a reader of the rewrite would meet them.
"""
from __future__ import annotations

from dataclasses import dataclass
from typing import Sequence

from ..model import Comparison, DiffOp, Link, Side, Span


@dataclass(frozen=True)
class Row:
    """One row of the report: a link, or one side's unmatched sentence(s).

    ``link`` is None for a one-side row; then exactly one of ``left``/``right`` is set.
    """

    left: tuple[int, ...]
    right: tuple[int, ...]
    link: Link | None = None

    @property
    def kind(self) -> str:
        """identical, reworded, left-only or right-only."""
        if self.link is not None:
            return self.link.kind
        return "left-only" if self.left else "right-only"


def aligned_rows(c: Comparison) -> list[Row]:
    """All sentences of both sides as rows, in the left document's order."""
    left_link = c.link_of("left")
    right_link = c.link_of("right")
    main: list[Row] = []
    row_of_link: dict[int, int] = {}
    for i in range(len(c.left_sentences)):
        n = left_link.get(i)
        if n is None:
            main.append(Row(left=(i,), right=()))
        elif n not in row_of_link:
            link = c.links[n]
            row_of_link[n] = len(main)
            main.append(Row(left=tuple(sorted(link.left)), right=tuple(sorted(link.right)), link=link))
    after: dict[int, list[Row]] = {}
    anchor = -1
    for j in range(len(c.right_sentences)):
        n = right_link.get(j)
        if n is not None and n in row_of_link:
            anchor = row_of_link[n]
        else:
            after.setdefault(anchor, []).append(Row(left=(), right=(j,)))
    rows: list[Row] = list(after.get(-1, []))
    for k, row in enumerate(main):
        rows.append(row)
        rows.extend(after.get(k, []))
    return rows


def marked_runs(text: str, span: Span, marks: Sequence[Span]) -> list[tuple[str, bool]]:
    """Cut ``text[span]`` into runs, each flagged True where it lies inside one of ``marks``."""
    start, end = span
    cuts = {start, end}
    for a, b in marks:
        if a < end and b > start and a < b:
            cuts.add(max(a, start))
            cuts.add(min(b, end))
    points = sorted(cuts)
    runs: list[tuple[str, bool]] = []
    for a, b in zip(points, points[1:]):
        inside = any(m0 <= a and b <= m1 for m0, m1 in marks)
        if runs and runs[-1][1] == inside:
            runs[-1] = (runs[-1][0] + text[a:b], inside)
        else:
            runs.append((text[a:b], inside))
    return runs


def changed_spans(diff: Sequence[DiffOp], side: Side) -> list[Span]:
    """The spans of one side that a word diff marks as deleted (left) or inserted (right)."""
    op = "delete" if side == "left" else "insert"
    return [(d.left if side == "left" else d.right) for d in diff if d.op == op]
