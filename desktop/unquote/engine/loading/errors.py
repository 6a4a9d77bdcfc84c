"""The one error every loader raises: a single line naming the file and the reason."""
from __future__ import annotations


class LoadError(Exception):
    """A document could not be loaded; ``str(err)`` reads "cannot open NAME: REASON"."""

    def __init__(self, name: str, reason: str) -> None:
        self.name = name
        self.reason = reason
        super().__init__(f"cannot open {name}: {reason}")
