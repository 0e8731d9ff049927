"""The daily cash-up (סגירת קופה): the day's payments by method and by the person who took them.

Voided payments are listed apart and count in no total; the totals by method and by person both
add up to the day's total of the payments that stand.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ClassVar

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.payments.payments import Payment, PaymentMethod


@dataclass(frozen=True, slots=True)
class CashUpLine:
    """A group of the day's payments: how many, and how much."""

    key: str
    count: int
    total: Decimal


@dataclass(frozen=True, slots=True)
class CashUp:
    day: date
    by_method: tuple[CashUpLine, ...]
    by_person: tuple[CashUpLine, ...]
    payments: tuple[Payment, ...]
    voids: tuple[Payment, ...]

    @property
    def total(self) -> Decimal:
        return sum((p.amount for p in self.payments), Decimal(0))

    @property
    def count(self) -> int:
        return len(self.payments)


def _group(payments: list[Payment], key: str) -> tuple[CashUpLine, ...]:
    totals: dict[str, tuple[int, Decimal]] = {}
    for payment in payments:
        name = payment.method.value if key == "method" else payment.taken_by
        count, total = totals.get(name, (0, Decimal(0)))
        totals[name] = (count + 1, total + payment.amount)
    order = [m.value for m in PaymentMethod] if key == "method" else sorted(totals)
    return tuple(CashUpLine(name, *totals[name]) for name in order if name in totals)


def cash_up(day: date, payments: Iterable[Payment]) -> CashUp:
    """The cash-up of `day` from the payments dated that day (others are ignored)."""
    of_day = [p for p in payments if p.paid_on == day]
    standing = [p for p in of_day if not p.is_void]
    voids = [p for p in of_day if p.is_void]
    return CashUp(day, _group(standing, "method"), _group(standing, "person"), tuple(standing), tuple(voids))


@dataclass(frozen=True, slots=True)
class CloseCashDay(Command):
    """Close the desk's day: the cash-up as the desk counted it is recorded in the audit trail."""

    KIND: ClassVar[str] = "payments.close_day"
    day: date
    count: int
    total: Decimal
