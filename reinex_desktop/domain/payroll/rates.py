"""The rate an instructor earns for a lesson, and the payout it gives (plan §4.2.4, §4.2.8).

`rate_used` comes from, in order: the instructor's capability for the service
(`instructor_service_capabilities.base_rate`), the `"RateHistory"` rate in force on the lesson's
day (a rate for the service beats a general one), the employee's `current_rate` (not for
salaried "global" employees, whose rate is monthly). Without any of them the rate is zero and the
earning says so, so payroll can see it.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date, datetime
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID, Capability, RateHistoryEntry

CENT = Decimal("0.01")
ZERO = Decimal("0.00")
SALARIED_TYPES = frozenset({"global"})


class RateSource(StrEnum):
    CAPABILITY = "capability"
    RATE_HISTORY = "rate_history"
    CURRENT_RATE = "current_rate"
    NONE = "none"


class PaymentModel(StrEnum):
    """How a service pays its instructor (`"Services".payment_model`)."""

    PER_SESSION = "per_session"
    PER_STUDENT = "per_student"
    PER_HOUR = "per_hour"

    @classmethod
    def of(cls, value: str | None) -> PaymentModel:
        """Unknown or missing models pay per session; "hourly" means per hour."""
        text = (value or "").strip().lower()
        if text in ("hourly", "per_hour", "hour"):
            return cls.PER_HOUR
        if text in ("per_student", "per_participant"):
            return cls.PER_STUDENT
        return cls.PER_SESSION


@dataclass(frozen=True, slots=True)
class RateDecision:
    rate: Decimal
    source: RateSource
    effective_date: date | None = None


def _day(value: object) -> date | None:
    if isinstance(value, datetime):
        return value.date()
    if isinstance(value, date):
        return value
    if isinstance(value, str):
        try:
            return date.fromisoformat(value[:10])
        except ValueError:
            return None
    return None


def _latest(entries: Iterable[RateHistoryEntry], day: date) -> RateHistoryEntry | None:
    in_force = [(d, e) for e in entries if (d := _day(e.effective_date)) is not None and d <= day]
    return max(in_force, key=lambda pair: pair[0])[1] if in_force else None


def rate_in_force(
    *,
    employee_id: UUID,
    service_id: UUID,
    day: date,
    capabilities: Iterable[Capability],
    rate_history: Iterable[RateHistoryEntry],
    current_rate: Decimal | None,
    employee_type: str | None = None,
) -> RateDecision:
    """The instructor's rate for `service_id` on `day` (plan §4.2.4 capability rate, then RateHistory)."""
    for capability in capabilities:
        own_service = capability.employee_id == employee_id and capability.service_id == service_id
        if own_service and capability.base_rate is not None and capability.base_rate >= 0:
            return RateDecision(capability.base_rate, RateSource.CAPABILITY)
    own = [e for e in rate_history if e.employee_id == employee_id]
    specific = _latest((e for e in own if e.service_id == service_id), day)
    general = _latest((e for e in own if e.service_id in (None, GENERAL_RATE_SERVICE_ID)), day)
    chosen = specific or general
    if chosen is not None and chosen.rate >= 0:
        return RateDecision(chosen.rate, RateSource.RATE_HISTORY, _day(chosen.effective_date))
    salaried = (employee_type or "").strip().lower() in SALARIED_TYPES
    if current_rate is not None and current_rate >= 0 and not salaried:
        return RateDecision(current_rate, RateSource.CURRENT_RATE)
    return RateDecision(ZERO, RateSource.NONE)


def payout_amount(rate: Decimal, model: PaymentModel, *, students: int, duration_minutes: int) -> Decimal:
    """Per session: the rate; per student: rate × students who attended; per hour: rate × hours."""
    if model is PaymentModel.PER_STUDENT:
        amount = rate * max(0, students)
    elif model is PaymentModel.PER_HOUR:
        amount = rate * Decimal(max(0, duration_minutes)) / Decimal(60)
    else:
        amount = rate
    return amount.quantize(CENT, rounding=ROUND_HALF_UP)
