"""A package sold at the desk: a new commitment (plan §4.2.7) whose price the family owes.

The desk (Owner, Admin, Office) sells it with its name, number of lessons, price and validity.
It is an ordinary private commitment that lessons consume, marked `sold_at_desk` with its
`sale_price`, so the family ledger counts it as a charge that payments pay.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from typing import ClassVar
from uuid import UUID

from reinex_desktop.domain.charging.commitments import CreateCommitment
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.payments.payments import CENT, refusal
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP

#: Commitment metadata marking a package sold at the desk, and the price the family owes for it.
SOLD_AT_DESK = "sold_at_desk"
SALE_PRICE = "sale_price"
PAYER = "private"

_NAME = QT_TRANSLATE_NOOP("Payments", "A package needs a name.")


@dataclass(frozen=True, slots=True)
class SellPackage(Command):
    """Sell a package of lessons to a student at the desk (the commitment's id is chosen by the desk)."""

    KIND: ClassVar[str] = "payments.sell_package"
    commitment_id: UUID
    student_id: UUID
    service_id: UUID
    package_name: str
    lessons: int
    price: Decimal
    starts_on: date
    expires_on: date | None = None


def as_commitment(command: SellPackage) -> CreateCommitment:
    """The commitment the package opens; its rules (`validate_commitment`) check price, lessons and dates."""
    if not command.package_name.strip():
        raise refusal(_NAME)
    unit = (command.price / command.lessons).quantize(CENT) if command.lessons > 0 else None
    return CreateCommitment(
        student_id=command.student_id,
        service_id=command.service_id,
        total_amount=command.price,
        payer_type=PAYER,
        starts_on=command.starts_on,
        expires_on=command.expires_on,
        unit_price=unit,
        approved_sessions=command.lessons,
        package_name=command.package_name,
    )
