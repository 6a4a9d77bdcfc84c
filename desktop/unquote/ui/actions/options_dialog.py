"""Comparison options: what to ignore and the linking thresholds (applying them re-runs)."""
from __future__ import annotations

from dataclasses import replace
from typing import Any

from PySide6.QtWidgets import (QCheckBox, QDialog, QDialogButtonBox, QDoubleSpinBox,
                               QFormLayout, QWidget)

from ...engine.settings import Settings

#: (setting, label) of the options shown as check boxes.
FLAGS = (("ignore_case", "Ignore letter case"),
         ("ignore_punctuation", "Ignore punctuation"),
         ("ignore_typography", "Ignore typography (curly quotes, dashes, spaces)"))
#: (setting, label) of the thresholds shown as spin boxes.
THRESHOLDS = (("link_threshold", "Link a pair from similarity"),
              ("min_lexical", "Never link below word overlap"))


class OptionsDialog(QDialog):
    """Edits a copy of the settings; :meth:`settings` returns it."""

    def __init__(self, settings: Settings, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setWindowTitle("Comparison options")
        self._base = settings
        self.boxes: dict[str, QCheckBox] = {}
        self.spins: dict[str, QDoubleSpinBox] = {}
        form = QFormLayout(self)
        for key, label in FLAGS:
            box = QCheckBox(label)
            box.setObjectName(key)
            box.setChecked(bool(getattr(settings, key)))
            self.boxes[key] = box
            form.addRow(box)
        for key, label in THRESHOLDS:
            spin = QDoubleSpinBox()
            spin.setObjectName(key)
            spin.setRange(0.0, 1.0)
            spin.setSingleStep(0.05)
            spin.setDecimals(2)
            spin.setValue(float(getattr(settings, key)))
            self.spins[key] = spin
            form.addRow(label, spin)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel
                                   | QDialogButtonBox.StandardButton.RestoreDefaults)
        buttons.accepted.connect(self.accept)
        buttons.rejected.connect(self.reject)
        buttons.button(QDialogButtonBox.StandardButton.RestoreDefaults).clicked.connect(self._defaults)
        form.addRow(buttons)

    def _defaults(self) -> None:
        d = Settings()
        for key, box in self.boxes.items():
            box.setChecked(bool(getattr(d, key)))
        for key, spin in self.spins.items():
            spin.setValue(float(getattr(d, key)))

    def settings(self) -> Settings:
        values: dict[str, Any] = {k: b.isChecked() for k, b in self.boxes.items()}
        values.update({k: s.value() for k, s in self.spins.items()})
        return replace(self._base, **values)
