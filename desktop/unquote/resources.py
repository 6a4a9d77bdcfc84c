"""The package's own data files (desktop/unquote/data/), read through importlib.resources.

Samples, icons and the desktop-integration files travel inside the package, so every install
layout finds them: a source checkout, a virtual environment, ``pip install --user``, a system
install and the PyInstaller bundle. Callers that need a real file (Qt, the loaders) get a path;
were the package ever imported from a zip, the file is extracted once for the session.
"""
from __future__ import annotations

import atexit
from contextlib import ExitStack
from importlib.resources import as_file, files
from importlib.resources.abc import Traversable
from pathlib import Path

#: Reverse-DNS application id: the .desktop file's name, the AppStream id and Qt's desktop file name.
APP_ID = "io.github.unquote.Unquote"

_extracted = ExitStack()
atexit.register(_extracted.close)


def data(*parts: str) -> Traversable:
    """A file or folder under the package's data/ (it may not exist)."""
    return files("unquote").joinpath("data", *parts)


def data_path(*parts: str) -> Path:
    """A data file as a path on disk."""
    return _extracted.enter_context(as_file(data(*parts)))


def sample_pair() -> tuple[Path, Path] | None:
    """The bundled sample articles, or None when they are missing from this install."""
    if not (data("samples", "original.txt").is_file() and data("samples", "rewrite.txt").is_file()):
        return None
    return data_path("samples", "original.txt"), data_path("samples", "rewrite.txt")


def icon_path() -> Path:
    """The application icon (scalable)."""
    return data_path("icons", "unquote.svg")


def desktop_files() -> dict[str, Traversable]:
    """The desktop-integration files by their role: ``desktop``, ``metainfo`` and ``mime``."""
    folder = data("desktop")
    return {"desktop": folder / f"{APP_ID}.desktop", "metainfo": folder / f"{APP_ID}.metainfo.xml",
            "mime": folder / f"{APP_ID}-mime.xml"}
