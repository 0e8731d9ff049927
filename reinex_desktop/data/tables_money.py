"""Commitments, the consumption ledger, balances and lesson earnings (plan §4.2.7–4.2.8)."""

from __future__ import annotations

import uuid
from datetime import datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base
from reinex_desktop.data.types import GUID, JSONB, Money, NewUuid, UtcDateTime, utcnow


class CommitmentRow(Base):
    __tablename__ = "commitments"
    __table_args__ = (sa.Index(None, "student_id"),)

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    total_amount: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    expires_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class ConsumptionRow(Base):
    __tablename__ = "consumption_entries"
    __table_args__ = (sa.Index(None, "lesson_participant_id"), sa.Index(None, "commitment_id"))

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    lesson_participant_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("lesson_participants.id"))
    commitment_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("commitments.id"))
    amount_charged: Mapped[Decimal] = mapped_column(Money)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class EarningRow(Base):
    __tablename__ = "lesson_earnings"
    __table_args__ = (sa.Index(None, "lesson_instance_id"), sa.Index(None, "employee_id"))

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"))
    lesson_instance_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("lesson_instances.id"))
    rate_used: Mapped[Decimal] = mapped_column(Money)
    payout_amount: Mapped[Decimal] = mapped_column(Money)
    work_session_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("WorkSessions.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


#: `public.commitment_balances`: the remaining balance is always total − sum(consumption).
#: Created in the deployed tenants' six-column shape when absent; an existing view is used as it is.
COMMITMENT_BALANCES_VIEW = "commitment_balances"

COMMITMENT_BALANCES_SELECT = """
SELECT c.id AS commitment_id,
       c.student_id AS student_id,
       c.service_id AS service_id,
       c.total_amount AS total_amount,
       COALESCE(SUM(e.amount_charged), 0) AS consumed_amount,
       c.total_amount - COALESCE(SUM(e.amount_charged), 0) AS remaining_balance
FROM {schema}commitments c
LEFT JOIN {schema}consumption_entries e ON e.commitment_id = c.id
GROUP BY c.id, c.student_id, c.service_id, c.total_amount
"""

#: The view's columns the app reads; an existing view must have these, whatever else it has.
COMMITMENT_BALANCES_READ = ("commitment_id", "total_amount", "consumed_amount", "remaining_balance")

commitment_balances = sa.table(
    COMMITMENT_BALANCES_VIEW,
    sa.column("commitment_id", GUID),
    sa.column("student_id", GUID),
    sa.column("service_id", GUID),
    sa.column("total_amount", Money()),
    sa.column("consumed_amount", Money()),
    sa.column("remaining_balance", Money()),
)
