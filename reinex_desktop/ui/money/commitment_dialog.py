"""Open a commitment for a student: a package, an HMO approval (co-payment, Form 17, reimbursement)
or a private agreement — total, lesson price, number of lessons, validity and the payer's details."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import Qt, Signal, Slot
from PySide6.QtWidgets import (
    QCheckBox,
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.catalog import Service
from reinex_desktop.domain.charging.settings import PayerMode, PayerRule
from reinex_desktop.domain.money import typed_amount
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.catalog import bookable_services
from reinex_desktop.services.commitments import clinic_charging, create_commitment
from reinex_desktop.services.context import AppContext
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.formats import pydate as _pydate
from reinex_desktop.ui.formats import qdate as _qdate
from reinex_desktop.ui.formats import use_short_date
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.money.labels import payer_label


class CommitmentDialog(QDialog):
    #: A commitment was created (its id).
    commitment_created = Signal(object)

    def __init__(
        self, context: AppContext, student_id: UUID, student_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("commitmentDialog")
        self.setWindowTitle(self.tr("New commitment — {student}").format(student=student_name) if student_name else "")
        self._context = context
        self._student_id = student_id
        self._services: list[Service] = bookable_services(context)
        self._payers: list[PayerRule] = list(clinic_charging(context).payer_rules.values())
        self._total_typed = False
        self._build()
        self._on_payer_changed()
        self._on_service_changed()

    # --- construction ---------------------------------------------------------------------------

    def _money_field(self, name: str) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        field.setPlaceholderText("0.00")
        return field

    def _build(self) -> None:
        self.service = QComboBox(self)
        self.service.setObjectName("commitmentService")
        for service in self._services:
            self.service.addItem(service.name, str(service.id))
        self.service.currentIndexChanged.connect(self._on_service_changed)
        self.payer = QComboBox(self)
        self.payer.setObjectName("commitmentPayer")
        for rule in self._payers:
            self.payer.addItem(payer_label(rule.payer, rule), rule.payer)
        self.payer.currentIndexChanged.connect(self._on_payer_changed)
        self.lessons = QSpinBox(self)
        self.lessons.setObjectName("commitmentLessons")
        self.lessons.setRange(0, 500)
        self.lessons.setSpecialValueText(self.tr("Not set"))
        self.lessons.valueChanged.connect(self._update_total)
        self.unit_price = self._money_field("commitmentUnitPrice")
        self.unit_price.textEdited.connect(lambda _text: self._update_total())
        self.total = self._money_field("commitmentTotal")
        self.total.textEdited.connect(self._on_total_edited)
        self.starts = QDateEdit(_qdate(self._context.today()), self)
        self.starts.setObjectName("commitmentStarts")
        self.starts.setCalendarPopup(True)
        self.starts.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        use_short_date(self.starts)
        self.has_expiry = QCheckBox(self.tr("Valid until"), self)
        self.has_expiry.setObjectName("commitmentHasExpiry")
        self.has_expiry.setChecked(True)
        self.expires = QDateEdit(_qdate(self._context.today() + timedelta(days=365)), self)
        self.expires.setObjectName("commitmentExpires")
        self.expires.setCalendarPopup(True)
        self.expires.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        use_short_date(self.expires)
        self.has_expiry.toggled.connect(self.expires.setEnabled)
        self.approval = QLineEdit(self)
        self.approval.setObjectName("commitmentApproval")
        self.form17 = QLineEdit(self)
        self.form17.setObjectName("commitmentForm17")
        self.form17.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.copay = self._money_field("commitmentCopay")
        self.package = QLineEdit(self)
        self.package.setObjectName("commitmentPackage")
        self.notes = QLineEdit(self)
        self.notes.setObjectName("commitmentNotes")

        self._form = QFormLayout()
        self._form.addRow(self.tr("Service"), self.service)
        self._form.addRow(self.tr("Who pays"), self.payer)
        self._form.addRow(self.tr("Number of lessons"), self.lessons)
        self._form.addRow(self.tr("Price per lesson (₪)"), self.unit_price)
        self._form.addRow(self.tr("Total (₪)"), self.total)
        self._form.addRow(self.tr("Valid from"), self.starts)
        self._form.addRow(self.has_expiry, self.expires)
        self._form.addRow(self.tr("HMO approval number"), self.approval)
        self._form.addRow(self.tr("Form 17 number"), self.form17)
        self._form.addRow(self.tr("Parent co-payment (₪)"), self.copay)
        self._form.addRow(self.tr("Package name"), self.package)
        self._form.addRow(self.tr("Notes"), self.notes)
        self.error = QLabel(self)
        self.error.setObjectName("commitmentError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        buttons.button(QDialogButtonBox.StandardButton.Ok).setText(self.tr("Create commitment"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        layout = QVBoxLayout(self)
        layout.addLayout(self._form)
        layout.addWidget(self.error)
        layout.addWidget(buttons)

    # --- behaviour ------------------------------------------------------------------------------

    def _rule(self) -> PayerRule | None:
        index = self.payer.currentIndex()
        return self._payers[index] if 0 <= index < len(self._payers) else None

    @Slot()
    def _on_payer_changed(self) -> None:
        rule = self._rule()
        mode = rule.mode if rule is not None else PayerMode.PRIVATE
        self._form.setRowVisible(self.approval, mode is not PayerMode.PRIVATE)
        self._form.setRowVisible(self.form17, mode is PayerMode.HMO_PAYS)
        self._form.setRowVisible(self.copay, mode is PayerMode.COPAY)
        self._form.setRowVisible(self.package, mode is PayerMode.PRIVATE)
        if rule is not None and mode is PayerMode.COPAY:
            self.copay.setPlaceholderText(f"{rule.copay:.2f}")
        days = 182 if mode is not PayerMode.PRIVATE else 365
        self.expires.setDate(self.starts.date().addDays(days))

    @Slot()
    def _on_service_changed(self) -> None:
        index = self.service.currentIndex()
        if 0 <= index < len(self._services) and self._services[index].base_price is not None:
            self.unit_price.setText(f"{self._services[index].base_price:.2f}")
        self._update_total()

    @Slot()
    def _on_total_edited(self, _text: str) -> None:
        self._total_typed = True

    def _update_total(self) -> None:
        price = self._amount(self.unit_price)
        if not self._total_typed and price is not None and self.lessons.value():
            self.total.setText(f"{price * self.lessons.value():.2f}")

    @staticmethod
    def _amount(field: QLineEdit) -> Decimal | None:
        return typed_amount(field.text())

    @Slot()
    def submit(self) -> None:
        try:
            total = self._amount(self.total)
            unit = self._amount(self.unit_price)
            copay = self._amount(self.copay)
        except ValueError as bad:
            self.error.setText(self.tr("“{text}” is not an amount; write it like 1200.00.").format(text=bad))
            return
        if total is None:
            self.error.setText(self.tr("Enter the commitment's total."))
            return
        rule = self._rule()
        index = self.service.currentIndex()
        if rule is None or not 0 <= index < len(self._services):
            self.error.setText(self.tr("Choose the service and who pays."))
            return
        service_id = self._services[index].id
        expires = _pydate(self.expires.date()) if self.has_expiry.isChecked() else None

        def work() -> UUID:
            return create_commitment(
                self._context,
                student_id=self._student_id,
                service_id=service_id,
                total_amount=total,
                payer_type=rule.payer,
                starts_on=_pydate(self.starts.date()),
                expires_on=expires,
                unit_price=unit,
                approved_sessions=self.lessons.value() or None,
                approval_number=self.approval.text(),
                form17_number=self.form17.text() if rule.mode is PayerMode.HMO_PAYS else "",
                parent_copay=copay if rule.mode is PayerMode.COPAY else None,
                package_name=self.package.text() if rule.mode is PayerMode.PRIVATE else "",
                notes=self.notes.text(),
            )

        self._ok.setEnabled(False)
        Operation(self, work, write=True).success(self._on_created).failure(self._on_failed).run()

    def _on_created(self, commitment_id: UUID) -> None:
        self.commitment_created.emit(commitment_id)
        self.accept()

    def _on_failed(self, error: Exception) -> None:
        self._ok.setEnabled(True)
        if isinstance(error, DomainError):
            self.error.setText(message_text(error.message))
        else:
            self.error.setText(self.tr("The commitment could not be saved. Try again in a moment."))
