"""Every colour Unquote draws with, by meaning, for a light and a dark theme: one palette
for the panes, the connector band, the overview strip and the HTML and PDF reports.

Plain hex strings (the engine never imports Qt; ``ui/palette.py`` turns them into QColors).
The hues are the Okabe-Ito palette, told apart with the common colour-vision deficiencies,
and each meaning has one hue everywhere:

- sky blue: reworded pair;  vermillion: words only in the left text;
- bluish green: words only in the right text;  yellow: sentence on one side only;
- grey: identical except case, punctuation or typography;
- blue: quotation (bold when its finding reports a change);
- reddish purple: pair moved out of order (wavy line);  orange: note;
- black (white on dark): the selection, drawn as an outline; find hits are the text
  colour inverted, so they stand out inside any tint.

Nothing relies on colour alone: deleted words are only ever on the left and inserted ones
on the right, changed quotations are bold and numbered, moved pairs carry a wavy line.
"""
from __future__ import annotations

from dataclasses import dataclass, fields

#: Okabe-Ito hues.
SKY_BLUE = "#56b4e9"
BLUISH_GREEN = "#009e73"
YELLOW = "#f0e442"
BLUE = "#0072b2"
VERMILLION = "#d55e00"
REDDISH_PURPLE = "#cc79a7"
ORANGE = "#e69f00"
GREY = "#999999"


def blend(base: str, tint: str, amount: float) -> str:
    """``tint`` laid over ``base`` with opacity ``amount``, as an opaque ``#rrggbb``."""
    b = [int(base[i:i + 2], 16) for i in (1, 3, 5)]
    t = [int(tint[i:i + 2], 16) for i in (1, 3, 5)]
    return "#" + "".join(f"{round(x + (y - x) * amount):02x}" for x, y in zip(b, t))


@dataclass(frozen=True)
class Colours:
    """The colours of one theme, by role (``#rrggbb``)."""

    dark: bool
    base: str
    text: str
    muted: str
    identical_except: str
    reworded: str
    deleted: str
    inserted: str
    shared: str
    one_side: str
    moved: str
    quote: str
    quote_changed: str
    note: str
    note_done: str
    selection: str
    find: str
    find_text: str
    #: strong hues of the band and the overview strip, by role
    mark_identical_except: str = GREY
    mark_reworded: str = SKY_BLUE
    mark_one_side: str = YELLOW
    mark_quote_changed: str = BLUE

    def role(self, name: str) -> str:
        """The colour of a role named as in ``ui/panes/highlights.py`` (dashes allowed)."""
        return str(getattr(self, name.replace("-", "_")))

    def as_dict(self) -> dict[str, str]:
        return {f.name: getattr(self, f.name) for f in fields(self) if f.name != "dark"}


def colours(dark: bool = False) -> Colours:
    """The palette for a light (reports, default) or a dark theme."""
    base = "#1e1e1e" if dark else "#ffffff"
    text = "#e8e8e8" if dark else "#1a1a1a"
    strong = 0.40 if dark else 0.38
    return Colours(
        dark=dark,
        base=base,
        text=text,
        muted="#a0a0a0" if dark else "#555555",
        identical_except=blend(base, GREY, 0.22 if dark else 0.28),
        reworded=blend(base, SKY_BLUE, 0.30 if dark else 0.18),
        deleted=blend(base, VERMILLION, strong),
        inserted=blend(base, BLUISH_GREEN, strong),
        shared=blend(base, SKY_BLUE, 0.42 if dark else 0.45),
        one_side=blend(base, YELLOW, 0.28 if dark else 0.55),
        moved=REDDISH_PURPLE,
        quote="#7cc4f0" if dark else BLUE,
        quote_changed="#a9dcff" if dark else "#004a75",
        note=ORANGE,
        note_done=GREY,
        selection=text,
        find=text,
        find_text=base,
    )


#: (role, sample text, what it means) for every mark the window and the reports draw, in
#: reading order. ``role`` names a Colours field; how it is drawn is in the sample's style.
LEGEND: tuple[tuple[str, str, str], ...] = (
    ("reworded", "reworded", "Sentence reworded: the pair says the same with other words"),
    ("deleted", "deleted", "Words only in the left text (struck through in reports)"),
    ("inserted", "inserted", "Words only in the right text (underlined in reports)"),
    ("shared", "shared", "Heavy rewrite: the words the two sentences still share"),
    ("one_side", "one side", "Sentence on one side only"),
    ("identical_except", "identical", "Identical except case, punctuation or typography"),
    ("moved", "moved", "Pair moved out of order (wavy line, purple edge in the band)"),
    ("quote", "quote", "Quotation, unchanged"),
    ("quote_changed", "quote 3", "Quotation with a finding (bold; its number in the margin)"),
    ("note", "note", "Note on a sentence (bar in the margin; grey once acceptable)"),
    ("selection", "selected", "The selected pair (outline; curves joined in the band)"),
    ("find", "found", "Find hit (Ctrl+F)"),
)
