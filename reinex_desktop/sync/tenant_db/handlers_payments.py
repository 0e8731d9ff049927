"""Handlers of payment writes: record a payment at the desk, void one (never edit one)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID
from reinex_desktop.domain.charging.commitments import SERVICE_NOT_FOUND, expiry_instant, validate_commitment
from reinex_desktop.domain.charging.settings import charging_settings
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.payments.cashup import CloseCashDay, cash_up
from reinex_desktop.domain.payments.packages import SALE_PRICE, SOLD_AT_DESK, SellPackage, as_commitment
from reinex_desktop.domain.payments.payments import (
    CENT,
    CHARGE_NOT_FOUND,
    PAYER_NOT_FAMILY,
    PAYMENT_EXISTS,
    PAYMENT_NOT_FOUND,
    RECORD_PERMISSIONS,
    STUDENT_NOT_FOUND,
    VOID_PERMISSION,
    Payment,
    PaymentMethod,
    RecordPayment,
    VoidPayment,
    check_void,
    refusal,
    validate_payment,
)
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles


def _family(ctx: HandlerContext, student_id: Any) -> tuple[set[Any], set[Any]]:
    """The family's students and guardians (the student's guardians and their other children)."""
    links = t.StudentGuardianRow
    guardians = set(ctx.session.scalars(sa.select(links.guardian_id).where(links.student_id == student_id)))
    students = {student_id}
    if guardians:
        students |= set(ctx.session.scalars(sa.select(links.student_id).where(links.guardian_id.in_(guardians))))
    return students, guardians


def _check_picks(ctx: HandlerContext, command: RecordPayment, students: set[Any]) -> None:
    for pick in command.picks:
        if pick.lesson_participant_id is not None:
            row: Any = ctx.session.get(t.ParticipantRow, pick.lesson_participant_id)
            belongs = row is not None and row.student_id in students and row.commitment_id is None
        else:
            row = ctx.session.get(t.CommitmentRow, pick.commitment_id)
            belongs = row is not None and row.student_id in students and bool((row.metadata_ or {}).get(SOLD_AT_DESK))
        if not belongs:
            raise refusal(CHARGE_NOT_FOUND, "not_found")


@handles(RecordPayment)
def record_payment(ctx: HandlerContext, command: RecordPayment) -> dict[str, Any]:
    for permission in sorted(RECORD_PERMISSIONS):
        ctx.require(permission)
    details = validate_payment(command)
    if ctx.session.get(t.StudentRow, command.student_id) is None:
        raise refusal(STUDENT_NOT_FOUND, "not_found")
    if ctx.session.get(t.PaymentRow, command.payment_id) is not None:
        raise refusal(PAYMENT_EXISTS, "duplicate")
    students, guardians = _family(ctx, command.student_id)
    if command.payer_guardian_id is not None and command.payer_guardian_id not in guardians:
        raise refusal(PAYER_NOT_FAMILY)
    _check_picks(ctx, command, students)
    actor = ctx.actor
    row = t.PaymentRow(
        id=command.payment_id,
        student_id=command.student_id,
        payer_guardian_id=command.payer_guardian_id,
        amount=command.amount.quantize(CENT),
        paid_on=command.paid_on,
        method=PaymentMethod(command.method).value,
        details=details,
        notes=command.notes.strip() or None,
        taken_by=actor.name,
        taken_by_id=actor.user_id,
        created_at=ctx.now,
        updated_at=ctx.now,
    )
    ctx.session.add(row)
    ctx.session.flush()
    for pick in command.picks:
        ctx.session.add(
            t.PaymentAllocationRow(
                payment_id=row.id,
                lesson_participant_id=pick.lesson_participant_id,
                commitment_id=pick.commitment_id,
                amount=pick.amount.quantize(CENT),
                created_at=ctx.now,
            )
        )
    ctx.audit(
        "payments.record",
        "payments",
        row.id,
        after={
            "student_id": command.student_id,
            "payer_guardian_id": command.payer_guardian_id,
            "amount": command.amount,
            "paid_on": command.paid_on,
            "method": row.method,
            "details": details,
            "picks": to_json(command.picks),
        },
    )
    return {"payment_id": row.id}


@handles(VoidPayment)
def void_payment(ctx: HandlerContext, command: VoidPayment) -> dict[str, Any]:
    ctx.require(VOID_PERMISSION)
    row = ctx.session.get(t.PaymentRow, command.payment_id, with_for_update=True)
    if row is None:
        raise refusal(PAYMENT_NOT_FOUND, "not_found")
    current = Payment(
        row.id,
        row.student_id,
        row.amount,
        row.paid_on,
        PaymentMethod(row.method),
        row.taken_by,
        voided_at=row.voided_at,
    )
    reason = check_void(current, command.reason)
    row.voided_at = ctx.now
    row.voided_by = ctx.actor.name
    row.void_reason = reason
    row.updated_at = ctx.now
    ctx.audit(
        "payments.void",
        "payments",
        row.id,
        before={"voided_at": None},
        after={"voided_at": ctx.now, "voided_by": row.voided_by, "void_reason": reason, "amount": row.amount},
    )
    return {"payment_id": row.id}


@handles(CloseCashDay)
def close_cash_day(ctx: HandlerContext, command: CloseCashDay) -> dict[str, Any]:
    """The day's cash-up, recomputed here from the stored payments, goes into the audit trail."""
    for permission in sorted(RECORD_PERMISSIONS):
        ctx.require(permission)
    rows = ctx.session.scalars(sa.select(t.PaymentRow).where(t.PaymentRow.paid_on == command.day))
    payments = [
        Payment(r.id, r.student_id, r.amount, r.paid_on, PaymentMethod(r.method), r.taken_by, voided_at=r.voided_at)
        for r in rows
    ]
    result = cash_up(command.day, payments)
    ctx.audit(
        "payments.close_day",
        "cash_days",
        command.day.isoformat(),
        after={
            "count": result.count,
            "total": result.total,
            "by_method": {line.key: line.total for line in result.by_method},
            "by_person": {line.key: line.total for line in result.by_person},
            "voids": [str(p.id) for p in result.voids],
        },
        counted={"count": command.count, "total": command.total},
    )
    return {"day": command.day, "count": result.count, "total": result.total}


@handles(SellPackage)
def sell_package(ctx: HandlerContext, command: SellPackage) -> dict[str, Any]:
    """A package sold at the desk opens a private commitment that the family owes (plan §4.2.7)."""
    for permission in sorted(RECORD_PERMISSIONS):
        ctx.require(permission)
    commitment = as_commitment(command)
    if ctx.session.get(t.StudentRow, command.student_id) is None:
        raise refusal(STUDENT_NOT_FOUND, "not_found")
    service = ctx.session.get(t.ServiceRow, command.service_id)
    if command.service_id == GENERAL_RATE_SERVICE_ID or service is None:
        raise refusal(SERVICE_NOT_FOUND, "not_found")
    if ctx.session.get(t.CommitmentRow, command.commitment_id) is not None:
        raise refusal(PAYMENT_EXISTS, "duplicate")
    clinic = ctx.settings()
    charging, _problems = charging_settings(clinic.raw)
    metadata = validate_commitment(commitment, charging)
    price = command.price.quantize(CENT)
    metadata.update({SOLD_AT_DESK: True, SALE_PRICE: str(price), "created_by": ctx.actor.name})
    row = t.CommitmentRow(
        id=command.commitment_id,
        student_id=command.student_id,
        service_id=command.service_id,
        total_amount=price,
        created_at=ctx.now,
        expires_at=expiry_instant(command.expires_on, clinic_zone(clinic.timezone)),
        metadata_=metadata,
    )
    ctx.session.add(row)
    ctx.session.flush()
    ctx.audit(
        "payments.sell_package", "commitments", row.id, after={"student_id": command.student_id, "metadata": metadata}
    )
    return {"commitment_id": row.id}
