"""Which commitment a charge consumes, and when a balance runs low (plan §4.2.7, REQUIREMENTS screen 3).

Balances always come from the ledger (`commitment_balances` = total − sum(consumption)); these
rules only read them.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.charging.engine import ChargeEvent, money
from reinex_desktop.domain.charging.settings import ChargingSettings, PayerRule, parse_decimal
from reinex_desktop.domain.money import Commitment, CommitmentBalance


def commitment_is_open(commitment: Commitment, at: datetime) -> bool:
    """Open at `at`: not expired and not closed by hand (`metadata.status` is not closed or cancelled)."""
    if commitment.expires_at is not None and commitment.expires_at <= at:
        return False
    # A commitment registered after the lesson still pays for it (a package bought the same week).
    status = str(commitment.metadata.get("status", "active")).lower()
    return status not in ("closed", "cancelled")


def _covers(commitment: Commitment, event: ChargeEvent, settings: ChargingSettings) -> bool:
    """A missed-lesson charge only goes to commitments of payers that pay for missed lessons."""
    if not event.missed:
        return True
    rule: PayerRule | None = settings.payer_rule(commitment.payer)
    return rule is None or not rule.is_hmo or rule.covers_missed


def choose_commitment(
    commitments: Iterable[Commitment],
    remaining: Mapping[UUID, Decimal],
    *,
    student_id: UUID,
    service_id: UUID,
    at: datetime,
    event: ChargeEvent,
    settings: ChargingSettings,
) -> Commitment | None:
    """The earliest-expiring open commitment of the student for the service (plan §4.2.7).

    Commitments with money left come first; when every open one is used up, the earliest-expiring
    open one still takes the charge (its balance goes below zero and is flagged as exhausted).
    Commitments without an expiry come after dated ones; ties go to the oldest. A missed-lesson
    charge skips HMO commitments whose payer does not cover missed lessons.
    """
    candidates = [
        c
        for c in commitments
        if c.student_id == student_id
        and c.service_id == service_id
        and commitment_is_open(c, at)
        and _covers(c, event, settings)
    ]
    if not candidates:
        return None

    def order(c: Commitment) -> tuple[bool, bool, datetime, datetime, str]:
        far = datetime.max.replace(tzinfo=at.tzinfo)
        has_money = remaining.get(c.id, c.total_amount) > 0
        return (not has_money, c.expires_at is None, c.expires_at or far, c.created_at or far, str(c.id))

    return min(candidates, key=order)


class BalanceLevel(StrEnum):
    LOW = "low"
    EXHAUSTED = "exhausted"


@dataclass(frozen=True, slots=True)
class BalanceWarning:
    """A student's money for a service is low or used up (🟡 in the calendar, a warning in the profile).

    `commitment_id` is the commitment the next charge will take (None when nothing is open).
    """

    student_id: UUID
    service_id: UUID
    level: BalanceLevel
    remaining: Decimal
    unit_price: Decimal | None
    commitment_id: UUID | None


def unit_price_of(commitment: Commitment, service_price: Decimal | None) -> Decimal | None:
    """What one lesson takes from the commitment: its `metadata.unit_price`, else the service price."""
    stored = commitment.metadata.get("unit_price")
    if stored is not None:
        try:
            value = parse_decimal(stored)
        except ValueError:
            value = None
        if value is not None and value > 0:
            return money(value)
    return service_price if service_price is not None and service_price > 0 else None


def balance_level(remaining: Decimal, total: Decimal, unit: Decimal | None, low_lessons: int) -> BalanceLevel | None:
    """Exhausted at zero or below; low when fewer than `low_lessons` lessons remain (a tenth of the
    total when the lesson price is unknown)."""
    if remaining <= 0:
        return BalanceLevel.EXHAUSTED
    if unit is not None:
        return BalanceLevel.LOW if remaining < unit * low_lessons else None
    return BalanceLevel.LOW if remaining < total / 10 else None


def balance_warnings(
    commitments: Iterable[Commitment],
    balances: Iterable[CommitmentBalance],
    service_prices: Mapping[UUID, Decimal | None],
    settings: ChargingSettings,
    at: datetime,
) -> list[BalanceWarning]:
    """One warning per student and service whose open commitments together run low (plan §4.2.7).

    The open commitments of a student for a service are summed, so a used-up package next to a new
    one raises nothing; expired and closed commitments are ignored. Exhausted warnings come first.
    """
    remaining = {b.commitment_id: b.remaining_balance for b in balances}
    groups: dict[tuple[UUID, UUID], list[Commitment]] = {}
    for commitment in commitments:
        if commitment_is_open(commitment, at):
            groups.setdefault((commitment.student_id, commitment.service_id), []).append(commitment)
    far = datetime.max.replace(tzinfo=at.tzinfo)
    found: list[BalanceWarning] = []
    for (student_id, service_id), group in groups.items():
        lefts = [remaining.get(c.id, c.total_amount) for c in group]
        left = sum(lefts, Decimal(0))
        total = sum((c.total_amount for c in group), Decimal(0))
        # The commitment the next lesson takes: as `choose_commitment` orders them for attendance.
        _key, next_one = min(
            ((m <= 0, c.expires_at is None, c.expires_at or far, c.created_at or far, str(c.id)), c)
            for c, m in zip(group, lefts, strict=True)
        )
        unit = unit_price_of(next_one, service_prices.get(service_id))
        level = balance_level(left, total, unit, settings.balance_low_lessons)
        if level is not None:
            found.append(BalanceWarning(student_id, service_id, level, left, unit, next_one.id))
    return sorted(found, key=lambda w: (w.level is not BalanceLevel.EXHAUSTED, w.remaining, str(w.student_id)))
