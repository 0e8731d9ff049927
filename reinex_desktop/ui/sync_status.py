"""The status-bar item that always shows where the data comes from and whether it is in sync."""

from __future__ import annotations

from PySide6.QtWidgets import QHBoxLayout, QLabel, QWidget

from reinex_desktop.services.context import AppContext


class SyncStatusWidget(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("syncStatus")
        self._label = QLabel(self)
        self._label.setObjectName("syncStatusLabel")
        layout = QHBoxLayout(self)
        layout.setContentsMargins(0, 0, 0, 0)
        layout.addWidget(self._label)
        kinds = {
            "embedded": self.tr("Embedded demo database"),
            "database": self.tr("Tenant database"),
            "web": self.tr("Web backend"),
        }
        where = kinds.get(context.backend_kind, context.backend_kind)
        text = self.tr("{where} · online").format(where=where)
        if context.backend_label:
            text = f"{text} · {context.backend_label}"
        self._label.setText(text)
        self.setAccessibleName(text)
