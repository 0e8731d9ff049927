"""A payment taken at the desk: amount, date, method and its details, payer, who took it.

A payment is never edited. A mistake is voided — by an Owner or Admin (`reinex_financials_manage`),
with a reason, audited — and entered again. Recording belongs to the desk: whoever schedules and
sees money (Owner, Admin, Office; plan §7.1 "Office: limited financial access").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from enum import StrEnum
from typing import Any, ClassVar
from uuid import UUID

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Payments"
CENT = Decimal("0.01")
MAX_AMOUNT = Decimal("1000000")
MAX_INSTALLMENTS = 36

#: Recording a payment needs both: the desk's scheduling role and access to money.
RECORD_PERMISSIONS = frozenset({Permission.SCHEDULE_MANAGE, Permission.FINANCIALS_VIEW})
VOID_PERMISSION = Permission.FINANCIALS_MANAGE


class PaymentMethod(StrEnum):
    CASH = "cash"
    CHECK = "check"
    CREDIT_CARD = "credit_card"
    BANK_TRANSFER = "bank_transfer"
    PAYMENT_APP = "payment_app"


METHOD_NAMES: dict[PaymentMethod, str] = {
    PaymentMethod.CASH: QT_TRANSLATE_NOOP("Payments", "Cash"),
    PaymentMethod.CHECK: QT_TRANSLATE_NOOP("Payments", "Check"),
    PaymentMethod.CREDIT_CARD: QT_TRANSLATE_NOOP("Payments", "Credit card"),
    PaymentMethod.BANK_TRANSFER: QT_TRANSLATE_NOOP("Payments", "Bank transfer"),
    PaymentMethod.PAYMENT_APP: QT_TRANSLATE_NOOP("Payments", "Bit / payment app"),
}

_AMOUNT = QT_TRANSLATE_NOOP("Payments", "The amount must be more than zero.")
_TOO_LARGE = QT_TRANSLATE_NOOP("Payments", "The amount is too large.")
_CENTS = QT_TRANSLATE_NOOP("Payments", "The amount can have at most two digits after the decimal point.")
_CHECK = QT_TRANSLATE_NOOP("Payments", "A check needs its number, bank and date.")
_CARD = QT_TRANSLATE_NOOP("Payments", "A card payment needs the card's last four digits.")
_INSTALLMENTS = QT_TRANSLATE_NOOP("Payments", "The number of installments must be between 1 and 36.")
_TRANSFER = QT_TRANSLATE_NOOP("Payments", "A bank transfer needs its reference.")
_ALLOCATION = QT_TRANSLATE_NOOP("Payments", "The charges chosen add up to more than the payment.")
_ALLOCATION_AMOUNT = QT_TRANSLATE_NOOP("Payments", "Each charge chosen must be paid an amount more than zero.")
OVERPAID = QT_TRANSLATE_NOOP("Payments", "A charge chosen is paid more than it still owes.")
_VOID_REASON = QT_TRANSLATE_NOOP("Payments", "Voiding a payment needs a reason.")
_ALREADY_VOID = QT_TRANSLATE_NOOP("Payments", "This payment is already voided.")
PAYMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Payments", "The payment was not found.")
PAYMENT_EXISTS = QT_TRANSLATE_NOOP("Payments", "This payment was already recorded.")
STUDENT_NOT_FOUND = QT_TRANSLATE_NOOP("Payments", "The student was not found.")
PAYER_NOT_FAMILY = QT_TRANSLATE_NOOP("Payments", "The payer is not one of the student's guardians.")
CHARGE_NOT_FOUND = QT_TRANSLATE_NOOP("Payments", "A charge chosen is not one of the family's charges.")


def refusal(text: str, code: str = "invalid_payment") -> DomainError:
    return DomainError(Message(CONTEXT, text), code=code)


@dataclass(frozen=True, slots=True)
class PaymentDetails:
    """What identifies the money beyond its amount; which fields matter depends on the method."""

    check_number: str = ""
    check_bank: str = ""
    check_date: date | None = None
    card_last_four: str = ""
    installments: int = 1
    transfer_reference: str = ""
    app_name: str = ""


@dataclass(frozen=True, slots=True)
class AllocationPick:
    """The desk chose to pay this charge (a lesson participant or a package sale) this much."""

    amount: Decimal
    lesson_participant_id: UUID | None = None
    commitment_id: UUID | None = None

    @property
    def charge_key(self) -> UUID:
        key = self.lesson_participant_id or self.commitment_id
        assert key is not None
        return key


@dataclass(frozen=True, slots=True)
class Payment:
    id: UUID
    student_id: UUID
    amount: Decimal
    paid_on: date
    method: PaymentMethod
    taken_by: str
    details: PaymentDetails = field(default_factory=PaymentDetails)
    payer_guardian_id: UUID | None = None
    notes: str = ""
    created_at: datetime | None = None
    voided_at: datetime | None = None
    voided_by: str | None = None
    void_reason: str | None = None
    picks: tuple[AllocationPick, ...] = ()
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def is_void(self) -> bool:
        return self.voided_at is not None


@dataclass(frozen=True, slots=True)
class RecordPayment(Command):
    """Record money a family paid at the desk (the id is chosen by the desk, so a retry is the same payment)."""

    KIND: ClassVar[str] = "payments.record"
    payment_id: UUID
    student_id: UUID
    amount: Decimal
    paid_on: date
    method: PaymentMethod
    details: PaymentDetails = field(default_factory=PaymentDetails)
    payer_guardian_id: UUID | None = None
    notes: str = ""
    picks: tuple[AllocationPick, ...] = ()


@dataclass(frozen=True, slots=True)
class VoidPayment(Command):
    """Void a payment (Owner/Admin), with a reason; the payment row stays, marked void."""

    KIND: ClassVar[str] = "payments.void"
    payment_id: UUID
    reason: str


def validate_payment(command: RecordPayment) -> dict[str, Any]:
    """Refuse a malformed payment; return the method's details as stored (`payments.details`)."""
    amount = command.amount
    if amount <= 0:
        raise refusal(_AMOUNT)
    if amount > MAX_AMOUNT:
        raise refusal(_TOO_LARGE)
    if amount != amount.quantize(CENT):
        raise refusal(_CENTS)
    details = _method_details(command.method, command.details)
    picked = Decimal(0)
    for pick in command.picks:
        if pick.amount <= 0 or (pick.lesson_participant_id is None) == (pick.commitment_id is None):
            raise refusal(_ALLOCATION_AMOUNT)
        picked += pick.amount
    if picked > amount:
        raise refusal(_ALLOCATION)
    return details


def _method_details(method: PaymentMethod, given: PaymentDetails) -> dict[str, Any]:
    if method is PaymentMethod.CHECK:
        number, bank = given.check_number.strip(), given.check_bank.strip()
        if not number or not bank or given.check_date is None:
            raise refusal(_CHECK)
        return {"check_number": number, "check_bank": bank, "check_date": given.check_date.isoformat()}
    if method is PaymentMethod.CREDIT_CARD:
        digits = given.card_last_four.strip()
        if len(digits) != 4 or not digits.isdigit():
            raise refusal(_CARD)
        if not 1 <= given.installments <= MAX_INSTALLMENTS:
            raise refusal(_INSTALLMENTS)
        return {"card_last_four": digits, "installments": given.installments}
    if method is PaymentMethod.BANK_TRANSFER:
        reference = given.transfer_reference.strip()
        if not reference:
            raise refusal(_TRANSFER)
        return {"transfer_reference": reference}
    if method is PaymentMethod.PAYMENT_APP:
        return {"app_name": given.app_name.strip() or "Bit"}
    return {}


def details_from_json(value: Mapping[str, Any] | None) -> PaymentDetails:
    """The stored `details` back as a `PaymentDetails` (unknown keys ignored)."""
    data = dict(value or {})
    check_date = data.get("check_date")
    return PaymentDetails(
        check_number=str(data.get("check_number", "")),
        check_bank=str(data.get("check_bank", "")),
        check_date=date.fromisoformat(str(check_date)) if check_date else None,
        card_last_four=str(data.get("card_last_four", "")),
        installments=int(data.get("installments", 1) or 1),
        transfer_reference=str(data.get("transfer_reference", "")),
        app_name=str(data.get("app_name", "")),
    )


def check_void(payment: Payment, reason: str) -> str:
    """The reason to store for a void; refused without one or when the payment is already void."""
    if not reason.strip():
        raise refusal(_VOID_REASON)
    if payment.is_void:
        raise refusal(_ALREADY_VOID)
    return reason.strip()


def may_record(permissions: frozenset[Permission]) -> bool:
    return permissions >= RECORD_PERMISSIONS


def may_void(permissions: frozenset[Permission]) -> bool:
    return VOID_PERMISSION in permissions
