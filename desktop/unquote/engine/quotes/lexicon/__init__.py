"""Word lists of the quotation engine, kept as data files of this package.

Each file holds one entry per line; ``#`` starts a comment; blank lines are skipped.
The language is part of the file name (``abbreviations_en.txt``), so another language
adds files rather than code (docs/quotes.md, "Other languages"). Files are read once,
through importlib.resources, so they work from a wheel or a frozen build alike.
"""
from __future__ import annotations

from functools import cache
from importlib.resources import files


@cache
def lines(name: str) -> tuple[str, ...]:
    """The entries of one lexicon file, comments and blank lines dropped."""
    text = files(__package__).joinpath(name).read_text(encoding="utf-8")
    out = []
    for line in text.splitlines():
        entry = line.split("#", 1)[0].strip()
        if entry:
            out.append(entry)
    return tuple(out)


def words(name: str) -> frozenset[str]:
    """The entries of a one-word-per-line file, lower-cased."""
    return frozenset(w.lower() for line in lines(name) for w in line.split())


def table(name: str) -> dict[str, str]:
    """A two-column file (entry, value separated by whitespace) as a dictionary."""
    out: dict[str, str] = {}
    for line in lines(name):
        key, value = line.rsplit(None, 1)
        out[key.lower()] = value
    return out
