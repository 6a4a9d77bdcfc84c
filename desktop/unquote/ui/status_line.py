"""The status bar's line: one message (plain, or an error in bold orange), a progress bar
and a Cancel button that show only while something runs."""
from __future__ import annotations

from typing import Callable

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QLabel, QProgressBar, QPushButton, QStatusBar

ERROR_STYLE = "color: #D55E00; font-weight: bold;"


class StatusLine:
    """What the window says, and whether (and how far) it is busy."""

    def __init__(self, bar: QStatusBar, cancel: Callable[[], None]) -> None:
        self.message = QLabel()
        self.message.setTextFormat(Qt.TextFormat.PlainText)
        self.message.setObjectName("statusMessage")
        self.progress = QProgressBar()
        self.progress.setRange(0, 100)
        self.progress.setMaximumWidth(220)
        self.cancel_button = QPushButton("Cancel")
        self.cancel_button.clicked.connect(cancel)
        bar.addWidget(self.message, 1)
        bar.addPermanentWidget(self.progress)
        bar.addPermanentWidget(self.cancel_button)
        self.set_busy(False)

    def say(self, message: str, error: bool = False) -> None:
        self.message.setText(message)
        self.message.setStyleSheet(ERROR_STYLE if error else "")

    def set_busy(self, busy: bool) -> None:
        """Progress bar and Cancel shown while busy; the bar starts from zero next time."""
        self.progress.setVisible(busy)
        self.cancel_button.setVisible(busy)
        if not busy:
            self.progress.setValue(0)

    def comparing(self, fraction: float, phase: str) -> None:
        self.progress.setValue(round(fraction * 100))
        self.say(f"Comparing: {phase}…")

    def downloading(self, side: str, got: int, total: int) -> None:
        self.set_busy(True)
        self.progress.setValue(round(100 * got / total) if total > 0 else 0)
        self.say(f"Downloading the {side} document: {got // 1024} KB")
