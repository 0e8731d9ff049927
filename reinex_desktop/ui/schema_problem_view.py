"""Shown instead of the sections when the tenant database needs a schema upgrade."""

from __future__ import annotations

from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from reinex_desktop.domain.schema_report import SchemaReport


class SchemaProblemView(QWidget):
    def __init__(self, report: SchemaReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemaProblem")
        title = QLabel(self.tr("Schema upgrade required"), self)
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        explanation = QLabel(
            self.tr(
                "The clinic database lacks tables or columns this version of Reinex needs. "
                "Nothing was changed. Ask the administrator to run:"
            ),
            self,
        )
        explanation.setWordWrap(True)
        command = QLabel("\u2066reinex-desktop schema apply --database-url URL\u2069", self)
        command.setObjectName("schemaCommand")
        missing = QListWidget(self)
        missing.setObjectName("schemaMissing")
        missing.addItems(list(report.missing))
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        layout.addWidget(explanation)
        layout.addWidget(command)
        layout.addWidget(QLabel(self.tr("Missing:"), self))
        layout.addWidget(missing, 1)
