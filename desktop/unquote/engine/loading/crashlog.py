"""Details of an unexpected failure, written to a log file so the user sees one line.

The folder is the platform's place for application logs (``UNQUOTE_LOG_DIR`` overrides
it, for tests); when it cannot be written the system's temporary folder is used.
"""
from __future__ import annotations

import os
import sys
import tempfile
import time
import traceback
from pathlib import Path


def log_folder() -> Path:
    """Where the logs go on this platform."""
    override = os.environ.get("UNQUOTE_LOG_DIR")
    if override:
        return Path(override)
    home = Path.home()
    if sys.platform == "win32":
        return Path(os.environ.get("LOCALAPPDATA") or home / "AppData" / "Local") / "Unquote" / "logs"
    if sys.platform == "darwin":
        return home / "Library" / "Logs" / "Unquote"
    return Path(os.environ.get("XDG_STATE_HOME") or home / ".local" / "state") / "unquote" / "logs"


def write_log(err: BaseException, context: str) -> str:
    """Write ``err``'s traceback and ``context`` to a new log file; return its path."""
    stamp = time.strftime("%Y%m%d-%H%M%S")
    text = (f"unquote: unexpected {type(err).__name__} while {context}\n"
            f"python {sys.version.split()[0]} on {sys.platform}\n\n"
            + "".join(traceback.format_exception(err)))
    for folder in (log_folder(), Path(tempfile.gettempdir())):
        try:
            folder.mkdir(parents=True, exist_ok=True)
            handle = tempfile.NamedTemporaryFile("w", encoding="utf-8", errors="backslashreplace",
                                                 dir=folder, prefix=f"unquote-{stamp}-",
                                                 suffix=".log", delete=False)
            with handle:
                handle.write(text)
            return handle.name
        except OSError:
            continue
    return "(no log could be written)"
