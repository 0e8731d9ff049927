"""People reads: students, their guardians, who teaches whom, and stored ID numbers."""

from __future__ import annotations

from datetime import datetime
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.session_base import SessionSource

student_national_id = t.StudentRow.metadata_["national_id"].as_string()


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

    def student_ids_assigned_to(self, employee_id: UUID) -> frozenset[UUID]:
        templates = sa.select(t.TemplateRow.student_id).where(
            t.TemplateRow.instructor_employee_id == employee_id, t.TemplateRow.is_active
        )
        lessons = (
            sa.select(t.ParticipantRow.student_id)
            .join(t.InstanceRow, t.InstanceRow.id == t.ParticipantRow.lesson_instance_id)
            .where(t.InstanceRow.instructor_employee_id == employee_id)
        )
        with self.read_session() as session:
            return frozenset(session.scalars(sa.union(templates, lessons)))

    def national_id_owners(self) -> dict[str, tuple[UUID, str]]:
        query = sa.select(t.StudentRow.id, t.StudentRow.first_name, t.StudentRow.last_name, student_national_id).where(
            student_national_id.is_not(None)
        )
        with self.read_session() as session:
            return {
                str(number): (student_id, " ".join(p for p in (first, last) if p))
                for student_id, first, last, number in session.execute(query)
                if number
            }

    def next_lessons(self, after: datetime) -> dict[UUID, tuple[datetime, UUID]]:
        query = (
            sa.select(t.ParticipantRow.student_id, t.InstanceRow.datetime_start, t.InstanceRow.instructor_employee_id)
            .join(t.InstanceRow, t.InstanceRow.id == t.ParticipantRow.lesson_instance_id)
            .where(
                t.InstanceRow.datetime_start >= after,
                t.InstanceRow.status == LessonStatus.SCHEDULED.value,
                t.ParticipantRow.participant_status == ParticipantStatus.SCHEDULED.value,
            )
            .order_by(t.InstanceRow.datetime_start.desc())
        )
        with self.read_session() as session:
            # Latest first, so the earliest lesson of each student is written last and wins.
            return {student_id: (start, instructor) for student_id, start, instructor in session.execute(query)}
