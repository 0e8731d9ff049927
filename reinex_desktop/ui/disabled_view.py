"""Shown instead of the clinic when the organization has Reinex turned off (`reinex_enabled`, plan §7.3).

The Owner of a clinic database may turn it back on here; with the web backend, the organization's
switch is the organization's own.
"""

from __future__ import annotations

from PySide6.QtCore import Slot
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QVBoxLayout, QWidget

from reinex_desktop.domain.permissions import disabled
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.settings import may_turn_reinex_on, turn_reinex_on
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.labels import message_text


class ReinexDisabledView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reinexDisabled")
        self._context = context
        title = QLabel(self.tr("Reinex is turned off"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        explanation = QLabel(message_text(disabled().message), self)
        explanation.setObjectName("reinexDisabledMessage")
        explanation.setWordWrap(True)
        self.status = QLabel(self)
        self.status.setObjectName("reinexDisabledStatus")
        self.status.setWordWrap(True)
        self.turn_on = QPushButton(self.tr("Turn Reinex on"), self)
        self.turn_on.setObjectName("turnReinexOn")
        self.turn_on.setVisible(may_turn_reinex_on(context))
        self.turn_on.clicked.connect(self._on_turn_on_clicked)
        row = QHBoxLayout()
        row.addWidget(self.turn_on)
        row.addStretch(1)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addLayout(row)
        layout.addWidget(self.status)
        layout.addStretch(1)

    @Slot()
    def _on_turn_on_clicked(self) -> None:
        self.turn_on.setEnabled(False)
        Operation(self, lambda: turn_reinex_on(self._context), write=True).success(self._on_turned_on).failure(
            self._on_failed
        ).run()

    def _on_turned_on(self, _result: object) -> None:
        self.turn_on.hide()
        self.status.setText(self.tr("Reinex is on again. Start Reinex again to open the clinic."))

    def _on_failed(self, error: Exception) -> None:
        self.turn_on.setEnabled(True)
        message = getattr(error, "message", None)
        self.status.setText(message_text(message) if message is not None else self.tr("Reinex could not be turned on."))
