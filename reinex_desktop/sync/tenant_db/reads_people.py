"""People reads: students and their guardians."""

from __future__ import annotations

from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.session_base import SessionSource


class PeopleReadsMixin(SessionSource):
    def students(self, *, active: bool | None = True) -> list[Student]:
        query = sa.select(t.StudentRow).order_by(t.StudentRow.first_name, t.StudentRow.last_name)
        if active is not None:
            query = query.where(t.StudentRow.is_active.is_(active))
        with self.read_session() as session:
            return [mappers.student(row) for row in session.scalars(query)]

    def student(self, student_id: UUID) -> Student | None:
        with self.read_session() as session:
            row = session.get(t.StudentRow, student_id)
            return mappers.student(row) if row else None

    def guardians_of(self, student_ids: list[UUID] | None = None) -> list[StudentGuardian]:
        query = (
            sa.select(t.StudentGuardianRow, t.GuardianRow)
            .join(t.GuardianRow, t.GuardianRow.id == t.StudentGuardianRow.guardian_id)
            .order_by(t.StudentGuardianRow.is_primary.desc(), t.GuardianRow.first_name)
        )
        if student_ids is not None:
            query = query.where(t.StudentGuardianRow.student_id.in_(student_ids))
        with self.read_session() as session:
            return [mappers.student_guardian(link, person) for link, person in session.execute(query)]
