"""Lift metadata off the start of a text: ``date 2025-04-25`` prefixes, ``title: ...``
lines and Markdown YAML front matter.

A prefix is only taken when it cannot be the start of a sentence: a date key must be
followed by a date, a url key by a URL, and any other key needs its colon, so "Date palms
grow..." or "Title IX funding..." stay text. The front matter parser is hand-written because
only flat ``key: value`` lines matter here and PyYAML is not a dependency.
"""
from __future__ import annotations

import re

from .sniff import FRONT_MATTER

_MONTHS = (r"(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|"
           r"aug(?:ust)?|sep(?:t(?:ember)?)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\.?")
_DATE = re.compile(
    r"(?:\d{4}-\d{2}-\d{2}(?:[T ]\d{1,2}:\d{2}(?::\d{2})?(?:Z|[+-]\d{2}:?\d{2})?)?"
    r"|\d{1,2}[./]\d{1,2}[./]\d{2,4}"
    rf"|\d{{1,2}}\s+{_MONTHS}\s+\d{{4}}"
    rf"|{_MONTHS}\s+\d{{1,2}},?\s+\d{{4}})(?![\w/-])",
    re.IGNORECASE)
_URL = re.compile(r"https?://\S+")
_KEY = re.compile(r"[ \t]*([A-Za-z][A-Za-z_-]{0,15})[ \t]*(:?)[ \t]*")

#: Key as written -> key stored, for keys whose value is a date.
_DATE_KEYS = {"date": "date", "dated": "date", "published": "date", "updated": "updated",
              "modified": "updated"}
_URL_KEYS = {"url": "url", "link": "url", "source": "source"}
#: Keys taken with a colon only; the value is the rest of the line.
_LINE_KEYS = {"title": "title", "headline": "title", "author": "author", "byline": "author",
              "by": "author", "source": "source", "publisher": "publisher", "url": "url",
              "link": "url", "language": "language", "lang": "language", "tags": "tags",
              "category": "category", "date": "date", "published": "date",
              "updated": "updated"}
_MAX_LINE_VALUE = 300
_MAX_PREFIXES = 12


def split_prefix(text: str) -> tuple[dict[str, str], int]:
    """Metadata found at the very start of ``text`` and where the remaining text begins.

    The returned index points past the prefixes and the whitespace after them; it is 0
    (whitespace included) when there is no prefix.
    """
    found: dict[str, str] = {}
    pos = 0
    for _ in range(_MAX_PREFIXES):
        taken = _one_prefix(text, pos)
        if taken is None:
            break
        key, value, end = taken
        found.setdefault(key, value)
        pos = end
        while pos < len(text) and text[pos].isspace():
            pos += 1
    return found, (pos if found else 0)


def _one_prefix(text: str, pos: int) -> tuple[str, str, int] | None:
    while pos < len(text) and text[pos].isspace():
        pos += 1
    m = _KEY.match(text, pos)
    if m is None:
        return None
    word, colon = m.group(1).lower(), m.group(2)
    after = m.end()
    if word in _DATE_KEYS:
        d = _DATE.match(text, after)
        if d is not None:
            return _DATE_KEYS[word], d.group(0), d.end()
    if word in _URL_KEYS:
        u = _URL.match(text, after)
        if u is not None:
            return _URL_KEYS[word], u.group(0), u.end()
    if colon and word in _LINE_KEYS:
        line_end = text.find("\n", after)
        line_end = len(text) if line_end < 0 else line_end
        value = text[after:line_end].strip()
        if value and len(value) <= _MAX_LINE_VALUE:
            return _LINE_KEYS[word], value, line_end
    return None


def split_front_matter(text: str) -> tuple[dict[str, str], str]:
    """Flat ``key: value`` pairs of a leading YAML front matter block, and the text after it."""
    m = FRONT_MATTER.match(text)
    if m is None:
        return {}, text
    found: dict[str, str] = {}
    for line in (m.group(1) or "").splitlines():
        key, sep, value = line.partition(":")
        value = value.strip().strip("\"'").strip()
        if sep and key and not key[0].isspace() and value:
            found[key.strip().lower()] = value
    return found, text[m.end():]
