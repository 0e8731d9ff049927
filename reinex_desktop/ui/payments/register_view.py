"""The cash register section: a day's cash-up (סגירת קופה), closing the day, the PDF, receipts export.

Amounts need `reinex_financials_view` (the section is offered only then); closing the day is the
desk's (Owner, Admin, Office); the GreenInvoice export needs `reinex_greeninvoice_enabled`.
"""

from __future__ import annotations

from datetime import date
from pathlib import Path

from PySide6.QtCore import Qt, Slot
from PySide6.QtWidgets import (
    QDateEdit,
    QFileDialog,
    QHBoxLayout,
    QLabel,
    QPushButton,
    QTextBrowser,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.payments.cashup import CashUp
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.catalog import clinic_name
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments import close_cash_day, daily_cash_up, may_record
from reinex_desktop.services.receipts import export_receipts
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.formats import pydate, qdate, use_short_date
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.payments.cashup_sheet import cashup_html, save_cashup_pdf


class CashRegisterView(QWidget):
    def __init__(self, context: AppContext, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("cashRegisterView")
        self._context = context
        self.cashup: CashUp | None = None
        self.day = QDateEdit(qdate(context.today()), self)
        self.day.setObjectName("registerDay")
        self.day.setCalendarPopup(True)
        use_short_date(self.day)
        self.day.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.day.dateChanged.connect(lambda _date: self.reload())
        self.close_day = QPushButton(self.tr("&Close the day"), self)
        self.close_day.setObjectName("closeDay")
        self.close_day.setVisible(may_record(context))
        self.close_day.clicked.connect(self.close_the_day)
        self.save_pdf = QPushButton(self.tr("Save as &PDF…"), self)
        self.save_pdf.setObjectName("saveCashupPdf")
        self.save_pdf.clicked.connect(self._on_save_pdf)
        self.export = QPushButton(self.tr("&Export receipts for GreenInvoice…"), self)
        self.export.setObjectName("exportReceipts")
        self.export.setVisible(context.user.can(Permission.GREENINVOICE))
        self.export.clicked.connect(self._on_export)
        self.sheet = QTextBrowser(self)
        self.sheet.setObjectName("cashupSheet")
        self.status = QLabel(self)
        self.status.setObjectName("registerStatus")
        self.status.setWordWrap(True)
        top = QHBoxLayout()
        top.addWidget(QLabel(self.tr("Day:"), self))
        top.addWidget(self.day)
        top.addStretch(1)
        for button in (self.close_day, self.save_pdf, self.export):
            top.addWidget(button)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.status)
        layout.addWidget(self.sheet, 1)
        self.reload()

    def show_date(self, day: date) -> None:
        self.day.setDate(qdate(day))

    def _printed_at(self) -> str:
        return self._context.clock().astimezone(self._context.zone()).strftime("%d/%m/%Y %H:%M")

    def _clinic(self) -> str:
        return clinic_name(self._context)

    def reload(self) -> None:
        day = pydate(self.day.date())
        Operation(self, lambda: daily_cash_up(self._context, day)).success(self._show).failure(self._on_failed).run()

    @Slot(object)
    def _show(self, cashup: CashUp) -> None:
        self.cashup = cashup
        self.sheet.setHtml(cashup_html(cashup, clinic=self._clinic(), printed_at=self._printed_at()))

    def _on_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.status.setText(message_text(error.message))
        else:
            self.status.setText(self.tr("The cash register could not be loaded. Try again in a moment."))

    def close_the_day(self) -> None:
        day = pydate(self.day.date())

        def done(cashup: CashUp) -> None:
            self._show(cashup)
            self.status.setText(self.tr("The day is closed and recorded."))

        Operation(self, lambda: close_cash_day(self._context, day), write=True).success(done).failure(
            self._on_failed
        ).run()

    def save_pdf_to(self, path: Path) -> None:
        if self.cashup is not None:
            save_cashup_pdf(self.cashup, path, clinic=self._clinic(), printed_at=self._printed_at())
            self.status.setText(self.tr("Saved {file}.").format(file=path.name))

    def export_to(self, folder: Path) -> None:
        day = pydate(self.day.date())

        def done(result: object) -> None:
            count = len(getattr(result, "documents", ()))
            self.status.setText(self.tr("{count} receipts exported to {folder}.").format(count=count, folder=folder))

        Operation(self, lambda: export_receipts(self._context, day, day, folder)).success(done).failure(
            self._on_failed
        ).run()

    @Slot()
    def _on_save_pdf(self) -> None:
        name, _filter = QFileDialog.getSaveFileName(self, self.tr("Save the cash-up"), "", "PDF (*.pdf)")
        if name:
            self.save_pdf_to(Path(name))

    @Slot()
    def _on_export(self) -> None:
        folder = QFileDialog.getExistingDirectory(self, self.tr("Folder for the receipts"))
        if folder:
            self.export_to(Path(folder))
