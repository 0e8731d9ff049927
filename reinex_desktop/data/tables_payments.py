"""Payments taken at the desk and the charges the desk chose for them (issue: payments and balances).

Two Reinex tables, additive: `payments` (one row per payment, never edited — a mistake is voided,
with who, when and why, then entered again) and `payment_allocations` (the charges the desk picked
for a payment). A family's balance is never stored: the ledger (`domain/payments/ledger.py`)
computes it from the charges, the payments and these picks.
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base, check_in
from reinex_desktop.data.types import GUID, JSONB, Money, NewUuid, UtcDateTime, utcnow
from reinex_desktop.domain.payments.payments import PaymentMethod


class PaymentRow(Base):
    __tablename__ = "payments"
    __table_args__ = (
        check_in("method", tuple(PaymentMethod), "payments_method"),
        sa.CheckConstraint("amount > 0", name="payments_amount_positive"),
        sa.Index(None, "student_id"),
        sa.Index(None, "paid_on"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    #: The student whose family account the payment goes to.
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    #: The paying guardian; NULL when the (adult) student paid.
    payer_guardian_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("guardians.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    paid_on: Mapped[date] = mapped_column(sa.Date)
    method: Mapped[str] = mapped_column(sa.Text)
    #: The method's details: check number/bank/date, card last four digits and installments, transfer
    #: reference, payment app.
    details: Mapped[dict[str, Any] | None] = mapped_column(JSONB)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    taken_by: Mapped[str] = mapped_column(sa.Text)
    taken_by_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )
    voided_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    voided_by: Mapped[str | None] = mapped_column(sa.Text)
    void_reason: Mapped[str | None] = mapped_column(sa.Text)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class PaymentAllocationRow(Base):
    __tablename__ = "payment_allocations"
    __table_args__ = (
        sa.CheckConstraint("amount > 0", name="payment_allocations_amount_positive"),
        sa.Index(None, "payment_id"),
        sa.Index(None, "lesson_participant_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    payment_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("payments.id"))
    #: A lesson charge (a participant's `price_charged`) or a package sale (a commitment), one of them.
    lesson_participant_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("lesson_participants.id"))
    commitment_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("commitments.id"))
    amount: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
