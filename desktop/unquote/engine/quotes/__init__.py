"""Direct quotations: extraction, speakers and reporting verbs, matching and changes.

``find_quotes`` lists one document's quotations; ``match_quotes`` pairs their parts (the
stretches between quote marks) across the two documents after the sentence alignment and
says what changed in each. See docs/quotes.md.
"""
from __future__ import annotations

from typing import TYPE_CHECKING, Any

from .find import find_quotes

if TYPE_CHECKING:
    from .match import match_quotes

__all__ = ["find_quotes", "match_quotes"]


def __getattr__(name: str) -> Any:
    """``match_quotes``, loaded on first use: matching needs numpy, finding does not (so a
    child process that finds the quotes starts without loading it)."""
    if name == "match_quotes":
        from .match import match_quotes

        return match_quotes
    raise AttributeError(f"module {__name__!r} has no attribute {name!r}")
