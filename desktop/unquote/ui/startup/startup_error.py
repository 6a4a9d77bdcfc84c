"""A dialog for what stops ``unquote-gui`` before its window opens.

Started from the desktop entry, the program has no terminal: a message on standard error
would never be seen, so it is shown here (and written to standard error as well).
"""
from __future__ import annotations

import sys

from PySide6.QtWidgets import QMessageBox

from .app import make_app


def show_startup_error(message: str) -> None:
    """Show ``message`` in a modal error dialog and return once it is closed."""
    print(f"unquote: {message}", file=sys.stderr)
    make_app()
    box = QMessageBox(QMessageBox.Icon.Critical, "Unquote", message, QMessageBox.StandardButton.Close)
    box.setObjectName("startupError")
    box.exec()
