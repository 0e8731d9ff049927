"""The desk's cash register: take a payment, void one, and show a family's account from the ledger.

Recording belongs to the desk (Owner, Admin, Office); voiding needs `reinex_financials_manage`;
the account's amounts need `reinex_financials_view` (plan §7). Every write goes through
`apply_command`, so it is audited, applied exactly once and queued when offline.
"""

from __future__ import annotations

import uuid
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from reinex_desktop.domain.payments.cashup import CashUp, CloseCashDay, cash_up
from reinex_desktop.domain.payments.debts import DebtAlert, debt_alert, debt_rule, families
from reinex_desktop.domain.payments.ledger import Ledger, ledger
from reinex_desktop.domain.payments.packages import SellPackage
from reinex_desktop.domain.payments.payments import (
    OVERPAID,
    RECORD_PERMISSIONS,
    VOID_PERMISSION,
    AllocationPick,
    PaymentDetails,
    PaymentMethod,
    RecordPayment,
    VoidPayment,
    refusal,
)
from reinex_desktop.domain.people import StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.context import AppContext

AREAS = ("money", "payments")


@dataclass(frozen=True, slots=True)
class FamilyAccount:
    """One family's account: its students, who may pay, and the ledger (plan §4.2.7 style: computed)."""

    student_ids: tuple[UUID, ...]
    guardians: tuple[StudentGuardian, ...]
    ledger: Ledger


def may_record(context: AppContext) -> bool:
    return context.user.permissions >= RECORD_PERMISSIONS


def may_void(context: AppContext) -> bool:
    return context.user.can(VOID_PERMISSION)


def family_account(context: AppContext, student_id: UUID) -> FamilyAccount:
    """The family of `student_id` (students sharing a guardian): charges, payments and balance."""
    context.user.require(Permission.FINANCIALS_VIEW)
    gateway = context.gateway
    students = gateway.family_student_ids(student_id)
    guardians = gateway.guardians_of([student_id])
    account = ledger(gateway.family_charges(students), gateway.payments_of(students))
    return FamilyAccount(tuple(students), tuple(guardians), account)


def record_payment(
    context: AppContext,
    *,
    student_id: UUID,
    amount: Decimal,
    method: PaymentMethod,
    details: PaymentDetails | None = None,
    paid_on: date | None = None,
    payer_guardian_id: UUID | None = None,
    notes: str = "",
    picks: Iterable[AllocationPick] = (),
) -> UUID:
    """Record a payment; the charges the desk picked are paid first, the rest pays the oldest."""
    for permission in sorted(RECORD_PERMISSIONS):
        context.user.require(permission)
    chosen = tuple(picks)
    if chosen:
        account = family_account(context, student_id).ledger
        still_owed = {state.charge.key: state.open for state in account.charges}
        if any(pick.amount > still_owed.get(pick.charge_key, Decimal(0)) for pick in chosen):
            raise refusal(OVERPAID)
    command = RecordPayment(
        payment_id=uuid.uuid4(),
        student_id=student_id,
        amount=amount,
        paid_on=paid_on or context.today(),
        method=method,
        details=details or PaymentDetails(),
        payer_guardian_id=payer_guardian_id,
        notes=notes,
        picks=chosen,
    )
    result = apply_command(context, command, areas=AREAS)
    return UUID(str(result.get("payment_id", command.payment_id)))


def void_payment(context: AppContext, payment_id: UUID, reason: str) -> None:
    """Void a payment with a reason (Owner/Admin); it stays on the account, marked void."""
    context.user.require(VOID_PERMISSION)
    apply_command(context, VoidPayment(payment_id, reason), areas=AREAS)


def daily_cash_up(context: AppContext, day: date) -> CashUp:
    """The day's payments by method and by person, voids apart (סגירת קופה)."""
    context.user.require(Permission.FINANCIALS_VIEW)
    return cash_up(day, context.gateway.payments_between(day, day))


def close_cash_day(context: AppContext, day: date) -> CashUp:
    """Record and audit the closing of `day` with the cash-up the desk saw."""
    for permission in sorted(RECORD_PERMISSIONS):
        context.user.require(permission)
    result = daily_cash_up(context, day)
    apply_command(context, CloseCashDay(day, result.count, result.total), areas=AREAS)
    return result


def sell_package(
    context: AppContext,
    *,
    student_id: UUID,
    service_id: UUID,
    package_name: str,
    lessons: int,
    price: Decimal,
    starts_on: date | None = None,
    expires_on: date | None = None,
) -> UUID:
    """Sell a package at the desk: a commitment the lessons consume and a charge the family pays."""
    for permission in sorted(RECORD_PERMISSIONS):
        context.user.require(permission)
    command = SellPackage(
        commitment_id=uuid.uuid4(),
        student_id=student_id,
        service_id=service_id,
        package_name=package_name,
        lessons=lessons,
        price=price,
        starts_on=starts_on or context.today(),
        expires_on=expires_on,
    )
    apply_command(context, command, areas=AREAS)
    return command.commitment_id


@dataclass(frozen=True, slots=True)
class OwingFamily:
    """A family that owes more than the clinic's amount or for longer than its days."""

    student_ids: tuple[UUID, ...]
    names: tuple[str, ...]
    alert: DebtAlert


def family_debt_alert(context: AppContext, account: FamilyAccount) -> DebtAlert | None:
    """The profile's warning for this family's account (the clinic's `debt_alerts` limits)."""
    return debt_alert(account.ledger, context.today(), debt_rule(context.gateway.settings().raw))


def owing_families(context: AppContext) -> list[OwingFamily]:
    """Every family to chase, most owed first; an empty list for roles without financial access."""
    if not context.user.can(Permission.FINANCIALS_VIEW):
        return []
    gateway = context.gateway
    students = {s.id: s.full_name for s in gateway.students(active=None)}
    ids = list(students)
    charges = gateway.family_charges(ids)
    paid = gateway.payments_of(ids)
    links = [(link.student_id, link.guardian.id) for link in gateway.guardians_of(None)]
    involved = {c.student_id for c in charges}
    rule = debt_rule(gateway.settings().raw)
    today = context.today()
    found = []
    for family in families(sorted(involved, key=str), links):
        account = ledger([c for c in charges if c.student_id in family], [p for p in paid if p.student_id in family])
        alert = debt_alert(account, today, rule)
        if alert is not None:
            members = tuple(sorted(family, key=lambda s: students.get(s, "")))
            found.append(OwingFamily(members, tuple(students.get(s, "") for s in members), alert))
    return sorted(found, key=lambda f: (-f.alert.balance, f.names))
