"""Reads of payments and of what a family was charged (the desk's cash register)."""

from __future__ import annotations

from datetime import date
from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.payments.ledger import Charge
from reinex_desktop.domain.payments.payments import Payment


class PaymentReads(Protocol):
    def family_student_ids(self, student_id: UUID) -> list[UUID]:
        """The student and every student sharing a guardian with them (one family account)."""
        ...

    def family_charges(self, student_ids: list[UUID]) -> list[Charge]:
        """Lesson charges no commitment covers (`price_charged` > 0, no `commitment_id`) and packages
        sold at the desk, of these students, dated in the clinic's time zone."""
        ...

    def payments_of(self, student_ids: list[UUID]) -> list[Payment]:
        """Every payment (voided too) to these students' accounts, with the desk's picks."""
        ...

    def payment(self, payment_id: UUID) -> Payment | None: ...

    def payments_between(self, first: date, last: date) -> list[Payment]:
        """Payments dated `first`..`last` inclusive, voided too, oldest first."""
        ...
