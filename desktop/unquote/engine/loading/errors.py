"""The one error every loader raises: a single line naming the file and the reason."""
from __future__ import annotations


def _one_line(text: str) -> str:
    return " ".join(text.split())


class LoadError(Exception):
    """A document could not be loaded; ``str(err)`` reads "cannot open NAME: REASON"."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"cannot open {_one_line(name)}: {_one_line(reason)}")
