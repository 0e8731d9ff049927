"""Shown instead of the sections when the tenant database is not ready for this app or this login.

Three cases, each in its own words (see `domain/schema_report.py`): an upgrade is needed (what it
adds and the command), an object is in the way (named, with the reason), or the signed-in login
cannot see or write the clinic's data (and what the administrator should do).
"""

from __future__ import annotations

from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QLabel, QListWidget, QVBoxLayout, QWidget

from reinex_desktop.domain.schema_report import FIX_COMMAND, SchemaReport, SchemaState


class SchemaProblemView(QWidget):
    def __init__(self, report: SchemaReport, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("schemaProblem")
        title = QLabel(report.title().render(QCoreApplication.translate), self)
        title.setObjectName("schemaTitle")
        font = title.font()
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.4)
        title.setFont(font)
        layout = QVBoxLayout(self)
        layout.addWidget(title)
        if report.state is SchemaState.UPGRADE_NEEDED:
            explanation = QLabel(
                self.tr(
                    "The clinic database lacks tables or columns this version of Reinex needs. "
                    "Nothing was changed. Ask the administrator to run:"
                ),
                self,
            )
            explanation.setWordWrap(True)
            command = QLabel(f"\u2066{FIX_COMMAND}\u2069", self)
            command.setObjectName("schemaCommand")
            layout.addWidget(explanation)
            layout.addWidget(command)
        else:
            sentences = QLabel("\n\n".join(m.render(QCoreApplication.translate) for m in report.messages()), self)
            sentences.setObjectName("schemaMessages")
            sentences.setWordWrap(True)
            layout.addWidget(sentences)
        missing = QListWidget(self)
        missing.setObjectName("schemaMissing")
        missing.addItems([*report.missing, *(finding.object for finding in report.findings)])
        heading = self.tr("Missing:") if report.state is SchemaState.UPGRADE_NEEDED else self.tr("Objects concerned:")
        layout.addWidget(QLabel(heading, self))
        layout.addWidget(missing, 1)
