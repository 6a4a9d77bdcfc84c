"""``unquote --install-desktop``: the menu entry, AppStream metadata, MIME type and icon.

Copies the packaged desktop files into ``$XDG_DATA_HOME`` (``~/.local/share`` unless set;
``XDG_DATA_HOME=/usr/local/share`` installs for every user) with the entry's Exec line
pointing at this install's ``unquote-gui``, then refreshes the desktop's caches where their
tools exist. Works the same from a venv, a ``--user`` or system install and the bundle.
"""
from __future__ import annotations

import os
import shutil
import subprocess
import sys
import sysconfig
from pathlib import Path

from .resources import APP_ID, desktop_files, icon_path

#: Characters the desktop-entry spec says must be quoted in an Exec argument.
_EXEC_RESERVED = set(" \t\n\"'\\><~|&;$*?#()`")


def data_home() -> Path:
    return Path(os.environ.get("XDG_DATA_HOME") or Path.home() / ".local" / "share")


def gui_launcher() -> Path | None:
    """This install's ``unquote-gui``: next to the bundle's executable, or in the scripts
    folder of the environment or user scheme it was installed with."""
    if getattr(sys, "frozen", False):
        candidates = [Path(sys.executable).with_name("unquote-gui"), Path(sys.executable)]
    else:
        folders = [sysconfig.get_path("scripts"), sysconfig.get_path("scripts", f"{os.name}_user"),
                   str(Path(sys.executable).parent)]
        candidates = [Path(folder) / "unquote-gui" for folder in folders]
        found = shutil.which("unquote-gui")
        if found:
            candidates.append(Path(found))
    return next((c.resolve() for c in candidates if c.is_file() and os.access(c, os.X_OK)), None)


def exec_argument(path: Path) -> str:
    """``path`` as one Exec argument: quoted when needed, escaped for a .desktop string value."""
    text = str(path)
    if _EXEC_RESERVED & set(text):
        text = '"' + "".join("\\" + c if c in '"`$\\' else c for c in text) + '"'
    return text.replace("\\", "\\\\")


def entry_text(template: str, launcher: Path) -> str:
    """The .desktop entry with Exec and TryExec naming ``launcher``."""
    lines = []
    for line in template.splitlines():
        if line.startswith("Exec="):
            line = f"Exec={exec_argument(launcher)} %F"
        elif line.startswith("TryExec="):
            line = f"TryExec={exec_argument(launcher)}"
        lines.append(line)
    return "\n".join(lines) + "\n"


def install_desktop() -> int:
    """Install for this user (or under ``$XDG_DATA_HOME``); 0 done, 4 something could not be written."""
    launcher = gui_launcher()
    if launcher is None:
        print("unquote: cannot find this install's unquote-gui program to put in the menu entry",
              file=sys.stderr)
        return 4
    home = data_home()
    sources = desktop_files()
    targets = {
        home / "applications" / f"{APP_ID}.desktop": entry_text(sources["desktop"].read_text("utf-8"), launcher),
        home / "metainfo" / f"{APP_ID}.metainfo.xml": sources["metainfo"].read_text("utf-8"),
        home / "mime" / "packages" / f"{APP_ID}.xml": sources["mime"].read_text("utf-8"),
        home / "icons" / "hicolor" / "scalable" / "apps" / "unquote.svg": icon_path().read_text("utf-8"),
    }
    try:
        for path, text in targets.items():
            path.parent.mkdir(parents=True, exist_ok=True)
            path.write_text(text, encoding="utf-8")
    except OSError as exc:
        print(f"unquote: cannot install into {home}: {exc.strerror or exc}", file=sys.stderr)
        return 4
    for command in (["update-mime-database", home / "mime"], ["update-desktop-database", home / "applications"],
                    ["gtk-update-icon-cache", "-f", "-t", home / "icons" / "hicolor"]):
        if shutil.which(str(command[0])):
            subprocess.run([str(c) for c in command], capture_output=True, check=False)
    for path in targets:
        print(f"installed {path}")
    print(f"menu entry runs {launcher}")
    return 0
