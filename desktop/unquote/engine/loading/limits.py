"""The limits a document must keep to, checked before the expensive work on it starts.

Each limit has a command-line option that raises it; a refusal names the limit, the
figure found and that option, so the message says both what happened and what to do.
The defaults keep any accepted pair of documents within about a minute and 1.5 GB on a
small machine; a news article is a thousand times below every one of them.
"""
from __future__ import annotations

from dataclasses import dataclass

from .errors import LoadError

MEGABYTE = 1024 * 1024


@dataclass(frozen=True)
class Limits:
    """Upper bounds for one document (each side of a comparison separately)."""

    #: Megabytes of text after extraction (the file itself may be larger: markup, images).
    text_mb: float = 20.0
    #: Megabytes a .docx may unpack to (all its parts together); a zip bomb stops here.
    unpacked_mb: float = 100.0
    #: Pages of a PDF.
    pages: int = 5_000
    #: Paragraphs (and, in a .docx, paragraphs plus table rows) after extraction.
    paragraphs: int = 20_000
    #: Characters in one line of text (a paragraph of an extracted document).
    line_chars: int = 200_000
    #: Sentences of the document.
    sentences: int = 20_000


#: Limit field -> (what it counts, the command-line option that raises it).
LIMIT_OPTIONS: dict[str, tuple[str, str]] = {
    "text_mb": ("MB of text", "--max-mb"),
    "unpacked_mb": ("MB unpacked", "--max-unpacked-mb"),
    "pages": ("pages", "--max-pages"),
    "paragraphs": ("paragraphs", "--max-paragraphs"),
    "line_chars": ("characters in one line", "--max-line"),
    "sentences": ("sentences", "--max-sentences"),
}


class LimitError(LoadError):
    """A document over one of the limits; ``limit`` is the Limits field it broke."""

    def __init__(self, name: str, limit: str, found: str, allowed: float) -> None:
        unit, option = LIMIT_OPTIONS[limit]
        self.limit = limit
        shown = f"{allowed:g}" if isinstance(allowed, float) else f"{allowed:,}"
        super().__init__(name, f"it has {found} {unit}, over the limit of {shown} "
                               f"(raise it with {option})")


def over(name: str, limits: Limits, limit: str, found: float, *, at_least: bool = False) -> None:
    """Raise LimitError when ``found`` exceeds the limit named ``limit``; ``at_least``: the
    count stopped at ``found`` (the rest was not even looked at)."""
    allowed = getattr(limits, limit)
    if found > allowed:
        shown = f"{found:.3g}" if isinstance(found, float) else f"{found:,}"
        raise LimitError(name, limit, f"more than {shown}" if at_least else shown, allowed)
