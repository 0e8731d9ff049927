"""Reads of commitments, the consumption ledger and balances."""

from __future__ import annotations

from collections.abc import Collection
from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry


class MoneyReads(Protocol):
    def commitments(self, *, student_id: UUID | None = None) -> list[Commitment]: ...

    def balances(self, *, student_id: UUID | None = None) -> list[CommitmentBalance]:
        """Rows of `commitment_balances`: total − sum(consumption), from the ledger."""
        ...

    def commitments_of(self, student_ids: Collection[UUID]) -> list[Commitment]:
        """The commitments of these students (the day's participants, a roster page)."""
        ...

    def balances_of(self, student_ids: Collection[UUID]) -> list[CommitmentBalance]:
        """`commitment_balances` rows of these students' commitments."""
        ...

    def consumption(self, *, commitment_id: UUID) -> list[ConsumptionEntry]: ...
