"""Document and user text made safe for the HTML report.

``html.escape`` turns markup into text, but a right-to-left override (U+202E) or another
bidirectional control would still reorder the report's own words after it (a title could
make "dropped" read backwards, or a quote appear to say something else). Those invisible
controls are shown instead as their code in brackets, which also tells the reader that
the document holds them.
"""
from __future__ import annotations

import html
import re

#: Embeddings, overrides, isolates and their terminators (the marks U+200E/F only steer
#: neutral characters next to them and are left alone).
_BIDI_CONTROLS = re.compile("[\u202a-\u202e\u2066-\u2069]")


def escape(text: str) -> str:
    """``text`` as HTML text: markup escaped, bidirectional controls made visible."""
    return _BIDI_CONTROLS.sub(lambda m: f"[U+{ord(m.group()):04X}]", html.escape(text))
