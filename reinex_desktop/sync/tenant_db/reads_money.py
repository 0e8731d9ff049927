"""Money reads: commitments, the consumption ledger and balances from the `commitment_balances` view.

Commitments and balances are read as plain column rows, not ORM entities: the calendar and the
roster ask for every student's balance warnings, thousands of rows at a time.
"""

from __future__ import annotations

from collections.abc import Collection, Mapping
from decimal import Decimal
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.session_base import SessionSource

_COMMITMENT_COLUMNS = (
    t.CommitmentRow.id,
    t.CommitmentRow.student_id,
    t.CommitmentRow.service_id,
    t.CommitmentRow.total_amount,
    t.CommitmentRow.created_at,
    t.CommitmentRow.expires_at,
    t.CommitmentRow.metadata_,
)
_CENT = Decimal("0.01")


def _commitment(row: Any) -> Commitment:
    identifier, student_id, service_id, total, created, expires, metadata = row
    return Commitment(
        id=identifier,
        student_id=student_id,
        service_id=service_id,
        total_amount=total,
        created_at=created,
        expires_at=expires,
        metadata=dict(metadata) if isinstance(metadata, Mapping) else {},
    )


def _chunks(ids: Collection[UUID], size: int = 500) -> list[list[UUID]]:
    unique = list(dict.fromkeys(ids))
    return [unique[start : start + size] for start in range(0, len(unique), size)]


def _money(value: Any) -> Decimal:
    return (value if isinstance(value, Decimal) else Decimal(str(value))).quantize(_CENT)


def _balance(row: Any) -> CommitmentBalance:
    commitment_id, total, consumed, remaining = row
    return CommitmentBalance(commitment_id, _money(total), _money(consumed), _money(remaining))


class MoneyReadsMixin(SessionSource):
    def commitments(self, *, student_id: UUID | None = None) -> list[Commitment]:
        query = sa.select(*_COMMITMENT_COLUMNS).order_by(t.CommitmentRow.created_at, t.CommitmentRow.id)
        if student_id is not None:
            query = query.where(t.CommitmentRow.student_id == student_id)
        with self.read_session() as session:
            return [_commitment(row) for row in session.execute(query)]

    def balances(self, *, student_id: UUID | None = None) -> list[CommitmentBalance]:
        view = t.commitment_balances
        query = sa.select(view.c.commitment_id, view.c.total_amount, view.c.consumed_amount, view.c.remaining_balance)
        if student_id is not None:
            owned = sa.select(t.CommitmentRow.id).where(t.CommitmentRow.student_id == student_id)
            query = query.where(view.c.commitment_id.in_(owned))
        with self.read_session() as session:
            return [_balance(row) for row in session.execute(query)]

    def commitments_of(self, student_ids: Collection[UUID]) -> list[Commitment]:
        found: list[Commitment] = []
        with self.read_session() as session:
            for chunk in _chunks(student_ids):
                query = sa.select(*_COMMITMENT_COLUMNS).where(t.CommitmentRow.student_id.in_(chunk))
                found.extend(_commitment(row) for row in session.execute(query))
        return found

    def balances_of(self, student_ids: Collection[UUID]) -> list[CommitmentBalance]:
        view = t.commitment_balances
        found: list[CommitmentBalance] = []
        with self.read_session() as session:
            for chunk in _chunks(student_ids):
                owned = sa.select(t.CommitmentRow.id).where(t.CommitmentRow.student_id.in_(chunk))
                query = sa.select(
                    view.c.commitment_id, view.c.total_amount, view.c.consumed_amount, view.c.remaining_balance
                ).where(view.c.commitment_id.in_(owned))
                found.extend(_balance(row) for row in session.execute(query))
        return found

    def consumption(self, *, commitment_id: UUID) -> list[ConsumptionEntry]:
        query = (
            sa.select(t.ConsumptionRow)
            .where(t.ConsumptionRow.commitment_id == commitment_id)
            .order_by(t.ConsumptionRow.created_at)
        )
        with self.read_session() as session:
            return [mappers.consumption(row) for row in session.scalars(query)]
