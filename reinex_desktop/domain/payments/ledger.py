"""A family's account: what it was charged, what it paid, and which charges are still open.

Computed, never stored (issue "payments and balances"; plan §4.2.7 keeps balances the same way):
- Charges are the family's lesson charges a commitment does not cover (a participant's
  `price_charged` with no `commitment_id`) and the packages sold to it at the desk.
- The balance is total charges − total payments, voided payments excluded: positive is owed,
  negative is credit.
- Allocation: the charges the desk picked for a payment come first (never more than a charge
  still owes); what is left of every payment then pays the oldest open charges first.
- A voided payment takes no part, so voiding one gives back exactly what it paid.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass, field
from datetime import UTC, date, datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.payments.payments import Payment

ZERO = Decimal(0)
_EPOCH = datetime.min.replace(tzinfo=UTC)


class ChargeKind(StrEnum):
    LESSON = "lesson"
    PACKAGE = "package"


@dataclass(frozen=True, slots=True)
class Charge:
    """Money the family owes for one lesson or one package (the key is the participant or the commitment)."""

    key: UUID
    kind: ChargeKind
    student_id: UUID
    on: date
    amount: Decimal
    service_id: UUID | None = None
    description: str = ""


@dataclass(frozen=True, slots=True)
class ChargeState:
    charge: Charge
    paid: Decimal

    @property
    def open(self) -> Decimal:
        return self.charge.amount - self.paid


@dataclass(frozen=True, slots=True)
class Ledger:
    charges: tuple[ChargeState, ...]
    payments: tuple[Payment, ...]
    #: payment id → charge key → amount that payment paid of that charge.
    allocations: Mapping[UUID, Mapping[UUID, Decimal]] = field(default_factory=dict)

    @property
    def total_charged(self) -> Decimal:
        return sum((state.charge.amount for state in self.charges), ZERO)

    @property
    def total_paid(self) -> Decimal:
        return sum((p.amount for p in self.payments if not p.is_void), ZERO)

    @property
    def balance(self) -> Decimal:
        """Owed when positive, in credit when negative."""
        return self.total_charged - self.total_paid

    @property
    def unallocated(self) -> Decimal:
        """Money paid that no charge has taken yet (credit waiting for the next charge)."""
        used = sum((amount for per in self.allocations.values() for amount in per.values()), ZERO)
        return self.total_paid - used

    def open_charges(self) -> list[ChargeState]:
        return [state for state in self.charges if state.open > 0]

    def is_paid(self, charge_key: UUID) -> bool:
        return all(state.open <= 0 for state in self.charges if state.charge.key == charge_key)

    def oldest_open(self) -> date | None:
        found = [state.charge.on for state in self.open_charges()]
        return min(found) if found else None


def _payment_order(payment: Payment) -> tuple[date, datetime, str]:
    created = payment.created_at or _EPOCH
    return (payment.paid_on, created, str(payment.id))


def _charge_order(charge: Charge) -> tuple[date, str]:
    return (charge.on, str(charge.key))


def ledger(charges: Iterable[Charge], payments: Iterable[Payment]) -> Ledger:
    """The family's account from its charges and payments (module docstring for the rules)."""
    ordered_charges = sorted(charges, key=_charge_order)
    live = sorted((p for p in payments if not p.is_void), key=_payment_order)
    open_amount: dict[UUID, Decimal] = {c.key: max(c.amount, ZERO) for c in ordered_charges}
    allocations: dict[UUID, dict[UUID, Decimal]] = {p.id: {} for p in live}
    left: dict[UUID, Decimal] = {p.id: p.amount for p in live}

    def pay(payment_id: UUID, key: UUID, wanted: Decimal) -> None:
        amount = min(wanted, open_amount[key], left[payment_id])
        if amount <= 0:
            return
        open_amount[key] -= amount
        left[payment_id] -= amount
        per = allocations[payment_id]
        per[key] = per.get(key, ZERO) + amount

    for payment in live:
        for pick in payment.picks:
            if pick.charge_key in open_amount:
                pay(payment.id, pick.charge_key, pick.amount)
    for payment in live:
        for charge in ordered_charges:
            if left[payment.id] <= 0:
                break
            pay(payment.id, charge.key, left[payment.id])

    paid: dict[UUID, Decimal] = {}
    for per in allocations.values():
        for key, amount in per.items():
            paid[key] = paid.get(key, ZERO) + amount
    states = tuple(ChargeState(c, paid.get(c.key, ZERO)) for c in ordered_charges)
    every = tuple(sorted(payments, key=_payment_order))
    return Ledger(states, every, {pid: dict(per) for pid, per in allocations.items() if per})
