"""Money reads: commitments, the consumption ledger and balances from the `commitment_balances` view."""

from __future__ import annotations

from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.session_base import SessionSource


class MoneyReadsMixin(SessionSource):
    def commitments(self, *, student_id: UUID | None = None) -> list[Commitment]:
        query = sa.select(t.CommitmentRow).order_by(t.CommitmentRow.created_at)
        if student_id is not None:
            query = query.where(t.CommitmentRow.student_id == student_id)
        with self.read_session() as session:
            return [mappers.commitment(row) for row in session.scalars(query)]

    def balances(self, *, student_id: UUID | None = None) -> list[CommitmentBalance]:
        view = t.commitment_balances
        query = sa.select(view)
        if student_id is not None:
            owned = sa.select(t.CommitmentRow.id).where(t.CommitmentRow.student_id == student_id)
            query = query.where(view.c.commitment_id.in_(owned))
        with self.read_session() as session:
            return [mappers.balance(row) for row in session.execute(query)]

    def consumption(self, *, commitment_id: UUID) -> list[ConsumptionEntry]:
        query = (
            sa.select(t.ConsumptionRow)
            .where(t.ConsumptionRow.commitment_id == commitment_id)
            .order_by(t.ConsumptionRow.created_at)
        )
        with self.read_session() as session:
            return [mappers.consumption(row) for row in session.scalars(query)]
