"""Reads of commitments, the consumption ledger and balances."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry


class MoneyReads(Protocol):
    def commitments(self, *, student_id: UUID | None = None) -> list[Commitment]: ...

    def balances(self, *, student_id: UUID | None = None) -> list[CommitmentBalance]:
        """Rows of `commitment_balances`: total − sum(consumption), from the ledger."""
        ...

    def consumption(self, *, commitment_id: UUID) -> list[ConsumptionEntry]: ...
