"""The page after apply, undo or reset forward: what was done, the undo button, and what was kept."""

from __future__ import annotations

from collections.abc import Mapping, Sequence

from PySide6.QtCore import QLocale, Qt, Signal
from PySide6.QtGui import QFont
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFormLayout,
    QGroupBox,
    QHBoxLayout,
    QLabel,
    QProgressBar,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.generation.reasons import SkipReason, skip_text
from reinex_desktop.domain.generation.runs import ApplyReport, RemovalReport
from reinex_desktop.domain.generation.summary import (
    apply_details,
    apply_summary,
    preview_difference,
    removal_summary,
)
from reinex_desktop.services.generation.rows import PlanRow
from reinex_desktop.ui.generation.report_model import KeptRowsModel
from reinex_desktop.ui.labels import message_text


class ReportPage(QWidget):
    #: The manager asked to undo the run the page reports.
    undo_requested = Signal()
    #: The manager wants a new preview.
    back_requested = Signal()

    def __init__(self, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("generationReport")
        self.title = QLabel(self)
        self.title.setObjectName("reportTitle")
        font = QFont(self.title.font())
        font.setBold(True)
        font.setPointSizeF(font.pointSizeF() * 1.5)
        self.title.setFont(font)
        self.lines = QLabel(self)
        self.lines.setObjectName("reportLines")
        self.lines.setWordWrap(True)
        self.lines.setTextInteractionFlags(Qt.TextInteractionFlag.TextSelectableByMouse)
        self.undo_button = QPushButton(self)
        self.undo_button.setObjectName("undoButton")
        self.undo_button.clicked.connect(self.undo_requested)
        self.progress = QProgressBar(self)
        self.progress.setRange(0, 0)
        self.progress.setTextVisible(False)
        self.progress.hide()
        self.back = QPushButton(self.tr("&New preview"), self)
        self.back.setObjectName("backToPreview")
        self.back.clicked.connect(self.back_requested)
        self._skips_box = QGroupBox(self.tr("Dates skipped, by reason"), self)
        self._skips_box.setObjectName("reportSkips")
        self._skips = QFormLayout(self._skips_box)
        self._kept_caption = QLabel(self.tr("Lessons kept, and why"), self)
        self._kept_model = KeptRowsModel(self)
        self._kept_table = QTableView(self)
        self._kept_table.setObjectName("keptTable")
        self._kept_table.setModel(self._kept_model)
        self._kept_table.verticalHeader().hide()
        self._kept_table.horizontalHeader().setStretchLastSection(True)
        self._kept_table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._kept_table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        buttons = QHBoxLayout()
        buttons.addWidget(self.undo_button)
        buttons.addWidget(self.progress)
        buttons.addStretch(1)
        buttons.addWidget(self.back)
        kept = QWidget(self)
        kept_layout = QVBoxLayout(kept)
        kept_layout.setContentsMargins(0, 0, 0, 0)
        kept_layout.addWidget(self._kept_caption)
        kept_layout.addWidget(self._kept_table, 1)
        layout = QVBoxLayout(self)
        layout.addWidget(self.title)
        layout.addWidget(self.lines)
        layout.addLayout(buttons)
        layout.addWidget(self._skips_box)
        layout.addWidget(kept, 1)

    def show_applied(self, report: ApplyReport, kept: Sequence[PlanRow]) -> None:
        lines = [message_text(apply_summary(report)), message_text(apply_details(report))]
        difference = preview_difference(report)
        if difference is not None:
            lines.append(message_text(difference))
        if report.removal is not None:
            lines.insert(0, message_text(removal_summary(report.removal)))
            lines.append(self.tr("A reset forward cannot be undone; its report stays with the run."))
            self.title.setText(self.tr("Reset forward applied"))
        else:
            self.title.setText(self.tr("Generation applied"))
        self.lines.setText("\n".join(lines))
        self._show_skips(report.skipped)
        self._show_kept(kept)

    def show_undone(self, report: RemovalReport, kept: Sequence[PlanRow]) -> None:
        self.title.setText(self.tr("Generation undone"))
        lines = [message_text(removal_summary(report))]
        if report.kept:
            lines.append(self.tr("Lessons that were changed, charged or documented since were kept; see the list."))
        self.lines.setText("\n".join(lines))
        self._show_skips({})
        self._show_kept(kept)
        self.undo_button.hide()

    def add_line(self, text: str) -> None:
        self.lines.setText(f"{self.lines.text()}\n{text}")

    def set_busy(self, busy: bool) -> None:
        self.progress.setVisible(busy)
        if busy:
            self.undo_button.setEnabled(False)

    def _show_skips(self, skipped: Mapping[str, int]) -> None:
        while self._skips.rowCount():
            self._skips.removeRow(0)
        locale = QLocale()
        for reason, count in skipped.items():
            value = QLabel(locale.toString(count), self._skips_box)
            self._skips.addRow(message_text(skip_text(SkipReason(reason))), value)
        self._skips_box.setVisible(bool(skipped))

    def _show_kept(self, rows: Sequence[PlanRow]) -> None:
        self._kept_model.set_rows(rows)
        self._kept_caption.setVisible(bool(rows))
        self._kept_table.setVisible(bool(rows))
        self._kept_table.resizeColumnsToContents()
