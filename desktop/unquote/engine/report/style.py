"""The report's look: one inline style sheet and the legend, shared by the HTML and the PDF.

Colours come from the one palette (engine/appearance/palette.py, the window's too); every
colour is doubled by a second cue (strike-through, underline, a word in the middle column, a
left border) so nothing relies on colour alone. Only CSS that Qt's QTextDocument also
understands is used (class selectors, colours, borders on tables and cells, padding, text
decoration), so the PDF made from the same HTML looks like the page in a browser.
"""
from __future__ import annotations

from ..appearance.palette import colours

C = colours(dark=False)

STYLE = f"""
body {{ font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 10pt;
       color: {C.text}; background-color: {C.base}; margin: 16px; }}
h1 {{ font-size: 16pt; margin-bottom: 4px; }}
h2 {{ font-size: 13pt; margin-top: 18px; margin-bottom: 6px; }}
table {{ border-collapse: collapse; margin-bottom: 10px; }}
table.rows {{ margin-bottom: 0; }}
th {{ text-align: left; background-color: #eeeeee; padding: 4px; border: 1px solid #bbbbbb; }}
td {{ vertical-align: top; padding: 4px; border: 1px solid #cccccc; }}
.meta {{ color: {C.muted}; font-size: 9pt; }}
.num {{ color: #777777; font-size: 8pt; }}
.identical {{ color: #4d4d4d; }}
.identical-except {{ background-color: {C.identical_except}; }}
.reworded {{ background-color: {C.reworded}; }}
.only, .left-only, .right-only {{ background-color: {C.one_side}; }}
.kind {{ font-size: 9pt; }}
.moved {{ color: {C.moved}; font-weight: bold; }}
del {{ background-color: {C.deleted}; text-decoration: line-through; }}
ins {{ background-color: {C.inserted}; text-decoration: underline; }}
.quote {{ color: {C.quote}; }}
.finding {{ color: {C.quote_changed}; font-weight: bold; }}
.sev0, .sev1, .sev2, .sev3, .sev4, .sev5 {{ border-left: 4px solid {C.quote}; }}
.sev0, .sev1 {{ font-weight: bold; }}
.sev6 {{ color: #4d4d4d; }}
.who {{ color: {C.muted}; font-size: 9pt; }}
.status {{ font-weight: bold; border-left: 4px solid {C.note}; }}
"""

#: (sample HTML, explanation) pairs for the legend; the samples use the classes above.
LEGEND: tuple[tuple[str, str], ...] = (
    ('<span class="identical">identical</span>',
     "same words (differences the settings ignore are named in the middle column)"),
    ('<span class="identical-except">identical except</span>',
     "identical except case, punctuation or typography"),
    ('<span class="reworded">reworded</span>',
     "the pair says the same with other words; the percentage is the similarity"),
    ("<del>deleted</del>", "words of the left version that the right one lacks (struck through)"),
    ("<ins>inserted</ins>", "words the right version adds (underlined)"),
    ('<span class="left-only">only in left</span>', "a sentence the rewrite left out"),
    ('<span class="right-only">only in right</span>', "a sentence the rewrite added"),
    ('<span class="moved">&#8597; moved</span>', "the pair is out of order relative to its neighbours"),
    ('<span class="sev0">&#9632; finding</span>',
     "quotation finding; bold when the speaker or the words inside the quote marks changed"),
    ('<span class="status">needs check</span>', "a reader's note and its status"),
)
