"""Payment reads: payments with the desk's picks, and the family's charges the ledger works from."""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from datetime import date
from decimal import Decimal
from typing import Any
from uuid import UUID

import sqlalchemy as sa
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.clinic_time import clinic_zone, local_date
from reinex_desktop.domain.payments.ledger import ZERO, Charge, ChargeKind
from reinex_desktop.domain.payments.packages import SALE_PRICE, SOLD_AT_DESK
from reinex_desktop.domain.payments.payments import AllocationPick, Payment, PaymentMethod, details_from_json
from reinex_desktop.sync.tenant_db.reads_catalog import load_settings
from reinex_desktop.sync.tenant_db.session_base import SessionSource


def _payments(session: Session, rows: Iterable[t.PaymentRow]) -> list[Payment]:
    found = list(rows)
    picks: dict[UUID, list[AllocationPick]] = defaultdict(list)
    if found:
        query = sa.select(t.PaymentAllocationRow).where(
            t.PaymentAllocationRow.payment_id.in_([row.id for row in found])
        )
        for pick in session.scalars(query.order_by(t.PaymentAllocationRow.created_at, t.PaymentAllocationRow.id)):
            picks[pick.payment_id].append(
                AllocationPick(
                    pick.amount, lesson_participant_id=pick.lesson_participant_id, commitment_id=pick.commitment_id
                )
            )
    return [
        Payment(
            id=row.id,
            student_id=row.student_id,
            amount=row.amount,
            paid_on=row.paid_on,
            method=PaymentMethod(row.method),
            taken_by=row.taken_by,
            details=details_from_json(row.details),
            payer_guardian_id=row.payer_guardian_id,
            notes=row.notes or "",
            created_at=row.created_at,
            voided_at=row.voided_at,
            voided_by=row.voided_by,
            void_reason=row.void_reason,
            picks=tuple(picks.get(row.id, ())),
            metadata=dict(row.metadata_ or {}),
        )
        for row in found
    ]


def _ordered(query: sa.Select[Any]) -> sa.Select[Any]:
    return query.order_by(t.PaymentRow.paid_on, t.PaymentRow.created_at, t.PaymentRow.id)


class PaymentReadsMixin(SessionSource):
    def family_student_ids(self, student_id: UUID) -> list[UUID]:
        links = t.StudentGuardianRow
        guardians = sa.select(links.guardian_id).where(links.student_id == student_id)
        siblings = sa.select(links.student_id).where(links.guardian_id.in_(guardians))
        with self.read_session() as session:
            found = {student_id, *session.scalars(siblings)}
        return sorted(found, key=str)

    def family_charges(self, student_ids: list[UUID]) -> list[Charge]:
        if not student_ids:
            return []
        participant, instance, service = t.ParticipantRow, t.InstanceRow, t.ServiceRow
        lessons = (
            sa.select(
                participant.id,
                participant.student_id,
                participant.price_charged,
                instance.datetime_start,
                instance.service_id,
                service.name,
            )
            .join(instance, instance.id == participant.lesson_instance_id)
            .join(service, service.id == instance.service_id)
            .where(participant.student_id.in_(student_ids))
            .where(participant.commitment_id.is_(None))
            .where(participant.price_charged > 0)
        )
        packages = sa.select(t.CommitmentRow).where(t.CommitmentRow.student_id.in_(student_ids))
        with self.read_session() as session:
            zone = clinic_zone(load_settings(session).timezone)
            found = [
                Charge(key, ChargeKind.LESSON, student, local_date(start, zone), price or ZERO, service_id, name)
                for key, student, price, start, service_id, name in session.execute(lessons)
            ]
            for row in session.scalars(packages):
                metadata = row.metadata_ or {}
                if not metadata.get(SOLD_AT_DESK):
                    continue
                price = Decimal(str(metadata.get(SALE_PRICE, row.total_amount)))
                name = str(metadata.get("package_name", ""))
                found.append(
                    Charge(
                        row.id,
                        ChargeKind.PACKAGE,
                        row.student_id,
                        local_date(row.created_at, zone),
                        price,
                        row.service_id,
                        name,
                    )
                )
        return found

    def payments_of(self, student_ids: list[UUID]) -> list[Payment]:
        if not student_ids:
            return []
        query = _ordered(sa.select(t.PaymentRow).where(t.PaymentRow.student_id.in_(student_ids)))
        with self.read_session() as session:
            return _payments(session, session.scalars(query))

    def payment(self, payment_id: UUID) -> Payment | None:
        with self.read_session() as session:
            row = session.get(t.PaymentRow, payment_id)
            return _payments(session, [row])[0] if row is not None else None

    def payments_between(self, first: date, last: date) -> list[Payment]:
        query = _ordered(sa.select(t.PaymentRow).where(t.PaymentRow.paid_on.between(first, last)))
        with self.read_session() as session:
            return _payments(session, session.scalars(query))
