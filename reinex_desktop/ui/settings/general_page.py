"""The clinic's name and the scheduling numbers: the undo window and the generation horizon."""

from __future__ import annotations

from typing import Any

from PySide6.QtWidgets import QFormLayout, QLineEdit, QSpinBox, QWidget

from reinex_desktop.domain.configuration.validation import MAX_HORIZON_DAYS, MAX_UNDO_MINUTES
from reinex_desktop.domain.settings import KEY_CLINIC_NAME, KEY_HORIZON, KEY_UNDO_WINDOW
from reinex_desktop.services.settings import SettingsSnapshot


class GeneralPage(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("settingsGeneral")
        self._name = QLineEdit(self)
        self._name.setObjectName("clinicName")
        self._name.setMaxLength(100)
        self._undo = QSpinBox(self)
        self._undo.setObjectName("undoWindow")
        self._undo.setRange(0, MAX_UNDO_MINUTES)
        self._undo.setSuffix(self.tr(" minutes"))
        self._horizon = QSpinBox(self)
        self._horizon.setObjectName("generationHorizon")
        self._horizon.setRange(1, MAX_HORIZON_DAYS)
        self._horizon.setSuffix(self.tr(" days"))
        self._name.setMinimumWidth(self.fontMetrics().horizontalAdvance("M") * 24)
        form = QFormLayout(self)
        form.setFieldGrowthPolicy(QFormLayout.FieldGrowthPolicy.FieldsStayAtSizeHint)
        form.addRow(self.tr("Clinic name"), self._name)
        form.addRow(self.tr("Undo a generation run within"), self._undo)
        form.addRow(self.tr("Generate lessons ahead for"), self._horizon)

    def load(self, snapshot: SettingsSnapshot) -> None:
        self._name.setText(snapshot.clinic.clinic_name)
        self._undo.setValue(snapshot.clinic.undo_window_minutes)
        self._horizon.setValue(snapshot.clinic.generation_horizon_days)

    def values(self) -> dict[str, Any]:
        return {
            KEY_CLINIC_NAME: self._name.text(),
            KEY_UNDO_WINDOW: self._undo.value(),
            KEY_HORIZON: self._horizon.value(),
        }
