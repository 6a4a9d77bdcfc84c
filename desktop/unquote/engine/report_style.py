"""The report's look: one inline style sheet and the legend, shared by the HTML and the PDF.

Colours are the Okabe-Ito colour-blind-safe palette; every colour is doubled by a second cue
(strike-through, underline, a word in the middle column, a left border) so nothing relies on
colour alone. Only CSS that Qt's QTextDocument also understands is used (class selectors,
colours, borders on tables and cells, padding, text decoration), so the PDF made from the
same HTML looks like the page in a browser.
"""
from __future__ import annotations

VERMILLION = "#D55E00"
BLUE = "#0072B2"
ORANGE = "#E69F00"

STYLE = f"""
body {{ font-family: 'DejaVu Sans', 'Segoe UI', Helvetica, Arial, sans-serif; font-size: 10pt;
       color: #1a1a1a; background-color: #ffffff; margin: 16px; }}
h1 {{ font-size: 16pt; margin-bottom: 4px; }}
h2 {{ font-size: 13pt; margin-top: 18px; margin-bottom: 6px; }}
table {{ border-collapse: collapse; margin-bottom: 10px; }}
table.rows {{ margin-bottom: 0; }}
th {{ text-align: left; background-color: #eeeeee; padding: 4px; border: 1px solid #bbbbbb; }}
td {{ vertical-align: top; padding: 4px; border: 1px solid #cccccc; }}
.meta {{ color: #555555; font-size: 9pt; }}
.num {{ color: #777777; font-size: 8pt; }}
.identical {{ color: #4d4d4d; }}
.reworded {{ background-color: #fff4d6; }}
.only {{ background-color: #f0f0f0; }}
.left-only {{ background-color: #fbe1d2; }}
.right-only {{ background-color: #d9eaf7; }}
.kind {{ font-size: 9pt; }}
.moved {{ color: #8a3d6b; font-weight: bold; }}
del {{ color: #a34400; background-color: #fbe1d2; text-decoration: line-through; }}
ins {{ color: #00558a; background-color: #d9eaf7; text-decoration: underline; }}
.sev0, .sev1 {{ border-left: 4px solid {VERMILLION}; font-weight: bold; }}
.sev2, .sev3 {{ border-left: 4px solid {ORANGE}; }}
.sev4, .sev5 {{ border-left: 4px solid {BLUE}; }}
.sev6 {{ color: #4d4d4d; }}
.who {{ color: #555555; font-size: 9pt; }}
.status {{ font-weight: bold; }}
"""

#: (sample HTML, explanation) pairs for the legend; the samples use the classes above.
LEGEND: tuple[tuple[str, str], ...] = (
    ('<span class="identical">identical</span>',
     "same words (differences the settings ignore are named in the middle column)"),
    ('<span class="reworded">reworded</span>',
     "the pair says the same with other words; the percentage is the similarity"),
    ("<del>deleted</del>", "words of the left version that the right one lacks (struck through)"),
    ("<ins>inserted</ins>", "words the right version adds (underlined)"),
    ('<span class="left-only">only in left</span>', "a sentence the rewrite left out"),
    ('<span class="right-only">only in right</span>', "a sentence the rewrite added"),
    ('<span class="moved">&#8597; moved</span>', "the pair is out of order relative to its neighbours"),
    ('<span class="sev0">&#9632; serious</span>',
     "quote with a changed speaker or changed words inside the quote marks"),
)
