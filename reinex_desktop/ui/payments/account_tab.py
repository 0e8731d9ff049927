"""The family account tab of the student profile: charges, payments, packages and the balance.

Everything comes from the ledger (`services.payments.family_account`), never a stored counter.
The tab exists only for roles with `reinex_financials_view`; the desk takes payments from it and
Owners/Admins (`reinex_financials_manage`) void them.
"""

from __future__ import annotations

from uuid import UUID

from PySide6.QtCore import QCoreApplication, Qt, Signal, Slot
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QHBoxLayout, QLabel, QPushButton, QSplitter, QVBoxLayout, QWidget

from reinex_desktop.domain.payments.debts import DebtAlert
from reinex_desktop.domain.payments.ledger import ChargeKind, ChargeState
from reinex_desktop.domain.payments.payments import Payment
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments import FamilyAccount, family_account, family_debt_alert, may_record, may_void
from reinex_desktop.ui.background import Operation
from reinex_desktop.ui.formats import money, short_date
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.payments.owing_panel import alert_text
from reinex_desktop.ui.payments.package_dialog import SellPackageDialog
from reinex_desktop.ui.payments.payment_dialog import TakePaymentDialog, VoidPaymentDialog, method_name
from reinex_desktop.ui.students.profile_tabs import RecordTable
from reinex_desktop.ui.students.record_model import Column

END = Qt.AlignmentFlag.AlignTrailing
translate = QCoreApplication.translate


def balance_text(account: FamilyAccount) -> str:
    balance = account.ledger.balance
    if balance > 0:
        return translate("FamilyAccount", "Balance: the family owes {amount}.").format(amount=money(balance))
    if balance < 0:
        return translate("FamilyAccount", "Balance: the family is in credit, {amount}.").format(amount=money(-balance))
    return translate("FamilyAccount", "Balance: settled.")


def _what(state: ChargeState) -> str:
    charge = state.charge
    if charge.kind is ChargeKind.PACKAGE:
        return translate("FamilyAccount", "Package: {name}").format(name=charge.description)
    return translate("FamilyAccount", "Lesson: {service}").format(service=charge.description)


def _payment_state(payment: Payment) -> str:
    if payment.is_void:
        return translate("FamilyAccount", "Voided: {reason}").format(reason=payment.void_reason or "")
    return translate("FamilyAccount", "Paid")


class FamilyAccountTab(QWidget):
    #: The account was loaded and shows the ledger as stored now.
    account_loaded = Signal()

    def __init__(self, context: AppContext, student_id: UUID, student_name: str, parent: QWidget | None = None) -> None:
        super().__init__(parent)
        self.setObjectName("familyAccountTab")
        self._context = context
        self._student_id = student_id
        self._student_name = student_name
        self.account: FamilyAccount | None = None
        self.balance = QLabel(self)
        self.balance.setObjectName("accountBalance")
        font = QFont(self.balance.font())
        font.setBold(True)
        self.balance.setFont(font)
        charge_columns: list[Column[ChargeState]] = [
            Column(translate("FamilyAccount", "Date"), lambda s: short_date(s.charge.on), sort=lambda s: s.charge.on),
            Column(translate("FamilyAccount", "Charge"), _what),
            Column(translate("FamilyAccount", "Amount"), lambda s: money(s.charge.amount), align=END),
            Column(translate("FamilyAccount", "Paid"), lambda s: money(s.paid), align=END),
            Column(translate("FamilyAccount", "Still owed"), lambda s: money(s.open), align=END),
        ]
        payment_columns: list[Column[Payment]] = [
            Column(translate("FamilyAccount", "Date"), lambda p: short_date(p.paid_on), sort=lambda p: p.paid_on),
            Column(translate("FamilyAccount", "Method"), lambda p: method_name(p.method)),
            Column(translate("FamilyAccount", "Amount"), lambda p: money(p.amount), align=END),
            Column(translate("FamilyAccount", "Taken by"), lambda p: p.taken_by),
            Column(translate("FamilyAccount", "State"), _payment_state),
        ]
        self.charges = RecordTable("accountCharges", charge_columns, (), self)
        self.payments = RecordTable("accountPayments", payment_columns, (), self)
        self.take = QPushButton(translate("FamilyAccount", "&Take payment…"), self)
        self.take.setObjectName("takePayment")
        self.take.setVisible(may_record(context))
        self.take.clicked.connect(self.take_payment)
        self.sell = QPushButton(translate("FamilyAccount", "&Sell package…"), self)
        self.sell.setObjectName("sellPackage")
        self.sell.setVisible(may_record(context))
        self.sell.clicked.connect(self.sell_package)
        self.void = QPushButton(translate("FamilyAccount", "&Void payment…"), self)
        self.void.setObjectName("voidPayment")
        self.void.setVisible(may_void(context))
        self.void.clicked.connect(self.void_payment)
        self.warning = QLabel(self)
        self.warning.setObjectName("accountWarning")
        self.warning.setWordWrap(True)
        self.warning.hide()
        self.error = QLabel(self)
        self.error.setWordWrap(True)
        self.error.hide()
        top = QHBoxLayout()
        top.addWidget(self.balance, 1)
        top.addWidget(self.take)
        top.addWidget(self.sell)
        top.addWidget(self.void)
        splitter = QSplitter(Qt.Orientation.Vertical, self)
        splitter.addWidget(self.charges)
        splitter.addWidget(self.payments)
        layout = QVBoxLayout(self)
        layout.addLayout(top)
        layout.addWidget(self.warning)
        layout.addWidget(self.error)
        layout.addWidget(splitter, 1)
        self.reload()

    def reload(self) -> None:
        student_id = self._student_id
        context = self._context

        def load() -> tuple[FamilyAccount, DebtAlert | None]:
            account = family_account(context, student_id)
            return account, family_debt_alert(context, account)

        Operation(self, load).success(self._show).failure(self._on_failed).run()

    @Slot(object)
    def _show(self, loaded: tuple[FamilyAccount, DebtAlert | None]) -> None:
        account, alert = loaded
        self.account = account
        self.warning.setVisible(alert is not None)
        if alert is not None:
            self.warning.setText("⚠ " + alert_text(alert))
        self.balance.setText(balance_text(account))
        self.charges.records.set_rows(account.ledger.charges)
        self.payments.records.set_rows(account.ledger.payments)
        self.charges.resizeColumnsToContents()
        self.payments.resizeColumnsToContents()
        self.void.setEnabled(any(not p.is_void for p in account.ledger.payments))
        self.error.hide()
        self.account_loaded.emit()

    def _on_failed(self, error: Exception) -> None:
        self.error.setText(message_text(error.message) if isinstance(error, DomainError) else str(error))
        self.error.show()

    def take_payment(self) -> TakePaymentDialog:
        dialog = TakePaymentDialog(self._context, self._student_id, self._student_name, self)
        dialog.payment_recorded.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def sell_package(self) -> SellPackageDialog:
        dialog = SellPackageDialog(self._context, self._student_id, self._student_name, self)
        dialog.package_sold.connect(lambda _id: self.reload())
        dialog.open()
        return dialog

    def void_payment(self) -> VoidPaymentDialog | None:
        row = self.payments.currentIndex().row()
        payment: Payment | None = self.payments.record_at(row) if row >= 0 else None
        if payment is None or payment.is_void:
            self.error.setText(translate("FamilyAccount", "Select a payment that is not voided."))
            self.error.show()
            return None
        description = f"{short_date(payment.paid_on)} · {method_name(payment.method)} · {money(payment.amount)}"
        dialog = VoidPaymentDialog(self._context, payment.id, description, self)
        dialog.payment_voided.connect(lambda _id: self.reload())
        dialog.open()
        return dialog
