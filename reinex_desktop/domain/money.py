"""Commitments, the consumption ledger, balances and instructor earnings (plan §4.2.7–4.2.8)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID


@dataclass(frozen=True, slots=True)
class Commitment:
    id: UUID
    student_id: UUID
    service_id: UUID
    total_amount: Decimal
    created_at: datetime | None = None
    expires_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def payer(self) -> str:
        return str(self.metadata.get("payer_type", "private"))


@dataclass(frozen=True, slots=True)
class ConsumptionEntry:
    id: UUID
    lesson_participant_id: UUID
    amount_charged: Decimal
    commitment_id: UUID | None = None
    created_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class CommitmentBalance:
    """A row of the `commitment_balances` view: total − sum(consumption), never a stored counter."""

    commitment_id: UUID
    total_amount: Decimal
    consumed_amount: Decimal
    remaining_balance: Decimal


@dataclass(frozen=True, slots=True)
class LessonEarning:
    id: UUID
    employee_id: UUID
    lesson_instance_id: UUID
    rate_used: Decimal
    payout_amount: Decimal
    work_session_id: UUID | None = None
    created_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


def typed_amount(text: str) -> Decimal | None:
    """An amount typed at the desk: "₪" and thousands separators allowed ("1,250.50" = 1250.50);
    None when empty; ValueError when it is not a finite number."""
    cleaned = text.replace(",", "").replace("₪", "").strip()
    if not cleaned:
        return None
    try:
        value = Decimal(cleaned)
    except InvalidOperation:
        raise ValueError(text) from None
    if not value.is_finite():
        raise ValueError(text)
    return value
