"""The "Payroll" section: a month's lesson earnings per instructor, the export to payroll, the CSV.

The export asks for confirmation in place (how many work sessions, for how much) and can be run
again safely: only earnings not yet in payroll are exported.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import QCoreApplication, QLocale, Slot
from PySide6.QtWidgets import (
    QAbstractItemView,
    QFileDialog,
    QFrame,
    QHBoxLayout,
    QHeaderView,
    QLabel,
    QPushButton,
    QTableView,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.payroll.export import Month
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payroll import ExportResult, PayrollMonth, export_payroll, payroll_month, write_payroll_csv
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.change_notices import NoticeRelay
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.money.labels import shekels
from reinex_desktop.ui.money.payroll_model import PayrollModel

REFRESH_ON = frozenset({"payroll", "lessons"})


class PayrollView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("payroll")
        self._context = context
        self._month = Month.of(context.today())
        self._summary: PayrollMonth | None = None
        self._build()
        self._notices = NoticeRelay(self, context, self._on_data_changed)  # on the GUI thread
        self.refresh()

    # --- construction ---------------------------------------------------------------------------

    def _build(self) -> None:
        self._title = QLabel(self)
        self._title.setObjectName("payrollTitle")
        font = self._title.font()
        font.setPointSizeF(font.pointSizeF() * 1.4)
        font.setBold(True)
        self._title.setFont(font)
        self._previous = QPushButton(self.tr("Previous month"), self)
        self._previous.setObjectName("payrollPrevious")
        self._previous.clicked.connect(lambda: self.show_month(self._month.previous()))
        self._next = QPushButton(self.tr("Next month"), self)
        self._next.setObjectName("payrollNext")
        self._next.clicked.connect(lambda: self.show_month(self._month.next()))
        self._export = QPushButton(self.tr("Export to payroll…"), self)
        self._export.setObjectName("payrollExport")
        self._export.clicked.connect(self._on_export_clicked)
        self._csv = QPushButton(self.tr("Save CSV…"), self)
        self._csv.setObjectName("payrollCsv")
        self._csv.clicked.connect(self._on_csv_clicked)
        bar = QHBoxLayout()
        bar.addWidget(self._previous)
        bar.addWidget(self._next)
        bar.addStretch(1)
        bar.addWidget(self._export)
        bar.addWidget(self._csv)

        self._totals = QLabel(self)
        self._totals.setObjectName("payrollTotals")
        self._totals.setWordWrap(True)
        self._model = PayrollModel(self)
        self._table = QTableView(self)
        self._table.setObjectName("payrollTable")
        self._table.setModel(self._model)
        self._table.setSelectionBehavior(QAbstractItemView.SelectionBehavior.SelectRows)
        self._table.setEditTriggers(QAbstractItemView.EditTrigger.NoEditTriggers)
        self._table.setAlternatingRowColors(True)
        self._table.verticalHeader().setVisible(False)
        header = self._table.horizontalHeader()
        # Columns as wide as their contents, so each instructor's figures read next to the name.
        header.setSectionResizeMode(QHeaderView.ResizeMode.ResizeToContents)
        header.setStretchLastSection(False)

        self._confirm = QFrame(self)
        self._confirm.setObjectName("payrollConfirm")
        self._confirm.setFrameShape(QFrame.Shape.StyledPanel)
        self._confirm_text = QLabel(self._confirm)
        self._confirm_text.setWordWrap(True)
        self._confirm_yes = QPushButton(self.tr("Export"), self._confirm)
        self._confirm_yes.setObjectName("payrollConfirmExport")
        self._confirm_yes.clicked.connect(self._on_confirmed)
        confirm_no = QPushButton(self.tr("Cancel"), self._confirm)
        confirm_no.clicked.connect(self._confirm.hide)
        confirm_layout = QHBoxLayout(self._confirm)
        confirm_layout.addWidget(self._confirm_text, 1)
        confirm_layout.addWidget(self._confirm_yes)
        confirm_layout.addWidget(confirm_no)
        self._confirm.hide()

        self._status = QLabel(self)
        self._status.setObjectName("payrollStatus")
        self._status.setWordWrap(True)
        layout = QVBoxLayout(self)
        layout.addWidget(self._title)
        layout.addLayout(bar)
        layout.addWidget(self._totals)
        layout.addWidget(self._table, 1)
        layout.addWidget(self._confirm)
        layout.addWidget(self._status)

    # --- behaviour ------------------------------------------------------------------------------

    def show_date(self, day: date) -> None:
        self.show_month(Month.of(day))

    def show_month(self, month: Month) -> None:
        self._month = month
        self._confirm.hide()
        self._status.clear()
        self.refresh()

    def refresh(self) -> None:
        month = self._month
        Operation(self, lambda: payroll_month(self._context, month)).success(self._show).failure(self._on_failed).run()

    def _on_data_changed(self, areas: frozenset[str]) -> None:
        if areas & REFRESH_ON:
            self.refresh()

    def _month_name(self, month: Month) -> str:
        name = QLocale().standaloneMonthName(month.month, QLocale.FormatType.LongFormat)
        return self.tr("{month} {year}").format(month=name, year=month.year)

    def _show(self, summary: PayrollMonth) -> None:
        self._summary = summary
        self._title.setText(self.tr("Payroll — {month}").format(month=self._month_name(summary.month)))
        self._model.set_rows(summary.instructors)
        if not summary.instructors:
            self._totals.setText(self.tr("No lesson earnings this month."))
        else:
            self._totals.setText(
                self.tr("Total {total} · not exported yet: {pending} in {count} earnings").format(
                    total=shekels(summary.total),
                    pending=shekels(summary.pending_total),
                    count=summary.pending_earnings,
                )
            )
        self._export.setEnabled(bool(summary.pending))
        self._csv.setEnabled(bool(summary.instructors))

    @Slot()
    def _on_export_clicked(self) -> None:
        summary = self._summary
        if summary is None or not summary.pending:
            return
        question = self.tr("Create {sessions} work sessions in payroll from {count} lesson earnings, {total} in total?")
        self._confirm_text.setText(
            question.format(
                sessions=len(summary.pending), count=summary.pending_earnings, total=shekels(summary.pending_total)
            )
        )
        self._confirm.show()

    @Slot()
    def _on_confirmed(self) -> None:
        self._confirm.hide()
        self._export.setEnabled(False)
        month = self._month
        Operation(self, lambda: export_payroll(self._context, month), write=True).success(self._on_exported).failure(
            self._on_failed
        ).run()

    def _on_exported(self, result: ExportResult) -> None:
        if result.work_session_ids:
            text = self.tr("{sessions} work sessions were added to payroll ({total}).").format(
                sessions=len(result.work_session_ids), total=shekels(result.total_payment)
            )
        else:
            text = self.tr("Nothing to export: every earning of the month is already in payroll.")
        self._status.setText(text)
        self.refresh()

    @Slot()
    def _on_csv_clicked(self) -> None:
        suggested = f"payroll-{self._month}.csv"
        path, _filter = QFileDialog.getSaveFileName(
            self, self.tr("Save payroll CSV"), suggested, self.tr("CSV files (*.csv)")
        )
        if path:
            self.save_csv(Path(path))

    def save_csv(self, path: Path) -> None:
        month = self._month

        def work() -> int:
            return write_payroll_csv(self._context, month, path, QCoreApplication.translate)

        def done(count: int) -> None:
            self._status.setText(self.tr("Saved {count} lines to {path}.").format(count=count, path=path.name))

        Operation(self, work).success(done).failure(self._on_failed).run()

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self._status.setText(message_text(error.message))
        elif isinstance(error, OSError):
            reason = error.strerror or str(error)
            self._status.setText(self.tr("The file could not be saved: {reason}").format(reason=reason))
        else:
            self._status.setText(self.tr("Payroll could not be loaded. Try again in a moment."))
        self._export.setEnabled(bool(self._summary and self._summary.pending))
