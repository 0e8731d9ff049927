"""Shown instead of the clinic when the organization has Reinex turned off (`reinex_enabled`, plan §7.3)."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QVBoxLayout, QWidget

from reinex_desktop.domain.permissions import disabled
from reinex_desktop.ui.labels import message_text


class ReinexDisabledView(QWidget):
    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("reinexDisabled")
        title = QLabel(self.tr("Reinex is turned off"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        explanation = QLabel(message_text(disabled().message), self)
        explanation.setObjectName("reinexDisabledMessage")
        explanation.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addStretch(1)
