"""Where the bundled files are: the source tree's resources/ or the installed share/unquote/."""
from __future__ import annotations

import sys
from pathlib import Path


def resource_roots() -> list[Path]:
    here = Path(__file__).resolve()
    return [here.parents[2] / "resources", Path(sys.prefix) / "share" / "unquote"]


def sample_pair() -> tuple[Path, Path] | None:
    """The bundled sample articles, or None when they are not installed."""
    for root in resource_roots():
        pair = (root / "samples" / "original.txt", root / "samples" / "rewrite.txt")
        if pair[0].is_file() and pair[1].is_file():
            return pair
    return None
