"""Take a payment at the desk: who pays, how much, how (cash, check, card, transfer, Bit), and which
open charges it pays first. Keyboard first: every field has a mnemonic, Enter takes the payment."""

from __future__ import annotations

from decimal import Decimal
from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtWidgets import (
    QComboBox,
    QDateEdit,
    QDialog,
    QDialogButtonBox,
    QFormLayout,
    QLabel,
    QLineEdit,
    QListWidget,
    QListWidgetItem,
    QSpinBox,
    QVBoxLayout,
    QWidget,
)

from reinex_desktop.domain.money import typed_amount
from reinex_desktop.domain.payments.ledger import ChargeKind, ChargeState
from reinex_desktop.domain.payments.payments import METHOD_NAMES, AllocationPick, PaymentDetails, PaymentMethod
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments import FamilyAccount, family_account, record_payment, void_payment
from reinex_desktop.ui.background import Operation, failure_text
from reinex_desktop.ui.formats import money, pydate, qdate, short_date, use_short_date
from reinex_desktop.ui.labels import message_text


def method_name(method: PaymentMethod) -> str:
    return QCoreApplication.translate("Payments", METHOD_NAMES[method])


def charge_text(state: ChargeState) -> str:
    charge = state.charge
    if charge.kind is ChargeKind.PACKAGE:
        what = QCoreApplication.translate("PaymentDialog", "Package: {name}").format(name=charge.description)
    else:
        what = QCoreApplication.translate("PaymentDialog", "{service} on {day}").format(
            service=charge.description, day=short_date(charge.on)
        )
    return QCoreApplication.translate("PaymentDialog", "{what} — {open} still owed").format(
        what=what, open=money(state.open)
    )


class TakePaymentDialog(QDialog):
    #: A payment was recorded (its id).
    payment_recorded = Signal(object)

    def __init__(
        self, context: AppContext, student_id: UUID, student_name: str = "", parent: QWidget | None = None
    ) -> None:
        super().__init__(parent)
        self.setObjectName("takePaymentDialog")
        self.setWindowTitle(self.tr("Take payment — {student}").format(student=student_name))
        self._context = context
        self._student_id = student_id
        self._student_name = student_name
        self.account: FamilyAccount | None = None
        width = self.fontMetrics().horizontalAdvance("M")
        self.resize(width * 56, width * 40)
        self._build()
        self._load()

    def _line(self, name: str, *, ltr: bool = False) -> QLineEdit:
        field = QLineEdit(self)
        field.setObjectName(name)
        if ltr:
            field.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        return field

    def _build(self) -> None:
        self.balance = QLabel(self)
        self.balance.setObjectName("paymentBalance")
        self.payer = QComboBox(self)
        self.payer.setObjectName("paymentPayer")
        self.amount = self._line("paymentAmount", ltr=True)
        self.amount.setPlaceholderText("0.00")
        self.paid_on = QDateEdit(qdate(self._context.today()), self)
        self.paid_on.setObjectName("paymentDate")
        self.paid_on.setCalendarPopup(True)
        use_short_date(self.paid_on)
        self.paid_on.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.method = QComboBox(self)
        self.method.setObjectName("paymentMethod")
        for method in PaymentMethod:
            self.method.addItem(method_name(method), method.value)
        self.method.currentIndexChanged.connect(self._on_method_changed)
        self.check_number = self._line("checkNumber", ltr=True)
        self.check_bank = self._line("checkBank")
        self.check_date = QDateEdit(qdate(self._context.today()), self)
        self.check_date.setObjectName("checkDate")
        self.check_date.setCalendarPopup(True)
        use_short_date(self.check_date)
        self.check_date.setLayoutDirection(Qt.LayoutDirection.LeftToRight)
        self.card_digits = self._line("cardLastFour", ltr=True)
        self.card_digits.setMaxLength(4)
        self.card_digits.setInputMask("9999;_")
        self.installments = QSpinBox(self)
        self.installments.setObjectName("cardInstallments")
        self.installments.setRange(1, 36)
        self.reference = self._line("transferReference", ltr=True)
        self.app = QComboBox(self)
        self.app.setObjectName("paymentApp")
        self.app.setEditable(True)
        self.app.addItems(["Bit", "PayBox", "Pepper"])
        self.notes = self._line("paymentNotes")
        self.charges = QListWidget(self)
        self.charges.setObjectName("paymentCharges")
        self.charges.setAccessibleName(self.tr("Open charges to pay first"))
        self._form = QFormLayout()
        self._form.addRow(self.tr("&Payer"), self.payer)
        self._form.addRow(self.tr("&Amount (₪)"), self.amount)
        self._form.addRow(self.tr("Paid &on"), self.paid_on)
        self._form.addRow(self.tr("&Method"), self.method)
        self._form.addRow(self.tr("Check &number"), self.check_number)
        self._form.addRow(self.tr("&Bank"), self.check_bank)
        self._form.addRow(self.tr("Check &date"), self.check_date)
        self._form.addRow(self.tr("Card's &last four digits"), self.card_digits)
        self._form.addRow(self.tr("&Installments"), self.installments)
        self._form.addRow(self.tr("&Reference"), self.reference)
        self._form.addRow(self.tr("A&pp"), self.app)
        self._form.addRow(self.tr("No&tes"), self.notes)
        self.charges_label = QLabel(self.tr("&Charges to pay first (otherwise the oldest are paid first):"), self)
        self.charges_label.setBuddy(self.charges)
        self.error = QLabel(self)
        self.error.setObjectName("paymentError")
        self.error.setWordWrap(True)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Take payment"))
        self._ok.setDefault(True)
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addWidget(self.balance)
        layout.addLayout(self._form)
        layout.addWidget(self.charges_label)
        layout.addWidget(self.charges, 1)
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self._on_method_changed()
        self.amount.setFocus()

    def _load(self) -> None:
        """Read the family account in the background; the dialog fills in when it arrives."""
        self._ok.setEnabled(False)
        student_id = self._student_id
        Operation(self, lambda: family_account(self._context, student_id)).success(self._fill).failure(
            self._on_load_failed
        ).run()

    def _on_load_failed(self, error: Exception) -> None:
        if isinstance(error, DomainError):
            self.error.setText(message_text(error.message))
        else:
            self.error.setText(self.tr("The family's account could not be loaded. Try again in a moment."))

    @Slot(object)
    def _fill(self, account: FamilyAccount) -> None:
        self.account = account
        self._ok.setEnabled(True)
        self.payer.clear()
        for link in account.guardians:
            self.payer.addItem(link.guardian.full_name, str(link.guardian.id))
        self.payer.addItem(self.tr("{student} (the student)").format(student=self._student_name), "")
        balance = account.ledger.balance
        if balance > 0:
            self.balance.setText(self.tr("The family owes {amount}.").format(amount=money(balance)))
            self.amount.setText(f"{balance:.2f}")
        elif balance < 0:
            self.balance.setText(self.tr("The family is in credit: {amount}.").format(amount=money(-balance)))
        else:
            self.balance.setText(self.tr("The family owes nothing."))
        self.charges.clear()
        for state in account.ledger.open_charges():
            item = QListWidgetItem(charge_text(state), self.charges)
            item.setFlags(item.flags() | Qt.ItemFlag.ItemIsUserCheckable)
            item.setCheckState(Qt.CheckState.Unchecked)
            item.setData(Qt.ItemDataRole.UserRole, state)
        has_charges = self.charges.count() > 0
        self.charges.setVisible(has_charges)
        self.charges_label.setVisible(has_charges)
        self.amount.selectAll()

    def _current_method(self) -> PaymentMethod:
        return PaymentMethod(self.method.currentData())

    @Slot()
    def _on_method_changed(self) -> None:
        method = self._current_method()
        rows: list[tuple[QWidget, PaymentMethod]] = [
            (self.check_number, PaymentMethod.CHECK),
            (self.check_bank, PaymentMethod.CHECK),
            (self.check_date, PaymentMethod.CHECK),
            (self.card_digits, PaymentMethod.CREDIT_CARD),
            (self.installments, PaymentMethod.CREDIT_CARD),
        ]
        for widget, shown_for in rows:
            self._form.setRowVisible(widget, method is shown_for)
        self._form.setRowVisible(self.reference, method is PaymentMethod.BANK_TRANSFER)
        self._form.setRowVisible(self.app, method is PaymentMethod.PAYMENT_APP)

    def _details(self) -> PaymentDetails:
        return PaymentDetails(
            check_number=self.check_number.text(),
            check_bank=self.check_bank.text(),
            check_date=pydate(self.check_date.date()),
            card_last_four=self.card_digits.text().strip(),
            installments=self.installments.value(),
            transfer_reference=self.reference.text(),
            app_name=self.app.currentText(),
        )

    def _picks(self, amount: Decimal) -> list[AllocationPick]:
        """The checked charges, each paid what it still owes, while the amount lasts."""
        left = amount
        picks = []
        for row in range(self.charges.count()):
            item = self.charges.item(row)
            if item.checkState() is not Qt.CheckState.Checked or left <= 0:
                continue
            state: ChargeState = item.data(Qt.ItemDataRole.UserRole)
            paid = min(state.open, left)
            left -= paid
            key = state.charge.key
            if state.charge.kind is ChargeKind.PACKAGE:
                picks.append(AllocationPick(paid, commitment_id=key))
            else:
                picks.append(AllocationPick(paid, lesson_participant_id=key))
        return picks

    @Slot()
    def submit(self) -> None:
        try:
            amount = typed_amount(self.amount.text())
        except ValueError as bad:
            self.error.setText(self.tr("“{text}” is not an amount; write it like 220.00.").format(text=bad))
            return
        if amount is None:
            self.error.setText(self.tr("Enter the amount paid."))
            return
        payer = self.payer.currentData()
        method, details, picks = self._current_method(), self._details(), self._picks(amount)
        paid_on, notes = pydate(self.paid_on.date()), self.notes.text()

        def work() -> UUID:
            return record_payment(
                self._context,
                student_id=self._student_id,
                amount=amount,
                method=method,
                details=details,
                paid_on=paid_on,
                payer_guardian_id=UUID(payer) if payer else None,
                notes=notes,
                picks=picks,
            )

        Operation(self, work, write=True).success(self._on_recorded).disabling(self._ok).failure(
            self._show_failure
        ).run()

    def _on_recorded(self, payment_id: UUID) -> None:
        self.payment_recorded.emit(payment_id)
        self.accept()

    def _show_failure(self, error: Exception) -> None:
        self.error.setText(failure_text(error))


class VoidPaymentDialog(QDialog):
    """Void a payment with a reason (Owner/Admin); the payment stays on the account, marked void."""

    #: The payment was voided (its id).
    payment_voided = Signal(object)

    def __init__(self, context: AppContext, payment_id: UUID, description: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("voidPaymentDialog")
        self.setWindowTitle(self.tr("Void payment"))
        self._context = context
        self._payment_id = payment_id
        self.reason = QLineEdit(self)
        self.reason.setObjectName("voidReason")
        self.error = QLabel(self)
        self.error.setObjectName("voidError")
        self.error.setWordWrap(True)
        form = QFormLayout()
        form.addRow(self.tr("Payment"), QLabel(description, self))
        form.addRow(self.tr("&Reason"), self.reason)
        buttons = QDialogButtonBox(QDialogButtonBox.StandardButton.Ok | QDialogButtonBox.StandardButton.Cancel, self)
        self._ok = buttons.button(QDialogButtonBox.StandardButton.Ok)
        self._ok.setText(self.tr("Void payment"))
        buttons.accepted.connect(self.submit)
        buttons.rejected.connect(self.reject)
        layout = QVBoxLayout(self)
        layout.addLayout(form)
        layout.addWidget(QLabel(self.tr("A voided payment cannot be restored; enter it again if needed."), self))
        layout.addWidget(self.error)
        layout.addWidget(buttons)
        self.reason.setFocus()

    @Slot()
    def submit(self) -> None:
        reason = self.reason.text()
        Operation(self, lambda: void_payment(self._context, self._payment_id, reason), write=True).success(
            lambda _result: self._on_voided()
        ).disabling(self._ok).failure(self._show_failure).run()

    def _on_voided(self) -> None:
        self.payment_voided.emit(self._payment_id)
        self.accept()

    def _show_failure(self, error: Exception) -> None:
        self.error.setText(failure_text(error))
