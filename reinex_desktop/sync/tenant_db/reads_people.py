"""People reads: students, their guardians, who teaches whom, and stored ID numbers."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus, Relationship
from reinex_desktop.domain.people import Guardian, Student, StudentGuardian, person_name
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
        # Plain column rows, not ORM objects: the roster reads every link at once.
        link, person = t.StudentGuardianRow.__table__.c, t.GuardianRow.__table__.c
        query = (
            sa.select(
                link.id,
                link.student_id,
                link.relationship,
                link.is_primary,
                person.id.label("guardian_id"),
                person.first_name,
                person.middle_name,
                person.last_name,
                person.phone,
                person.email,
                person.created_at,
                person.metadata,
            )
            .join_from(t.StudentGuardianRow.__table__, t.GuardianRow.__table__, person.id == link.guardian_id)
            .where(sa.not_(link.deleted))
            .order_by(link.is_primary.desc(), person.first_name)
        )
        if student_ids is not None:
            query = query.where(link.student_id.in_(student_ids))
        with self.read_session() as session:
            return [
                StudentGuardian(
                    id=row.id,
                    student_id=row.student_id,
                    guardian=Guardian(
                        id=row.guardian_id,
                        first_name=row.first_name,
                        last_name=row.last_name,
                        middle_name=row.middle_name,
                        phone=row.phone,
                        email=row.email,
                        created_at=row.created_at,
                        metadata=dict(row.metadata) if isinstance(row.metadata, Mapping) else {},
                    ),
                    relationship=Relationship(row.relationship),
                    is_primary=row.is_primary,
                )
                for row in session.execute(query)
            ]

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
        query = sa.select(
            t.StudentRow.id,
            t.StudentRow.first_name,
            t.StudentRow.middle_name,
            t.StudentRow.last_name,
            student_national_id,
        ).where(student_national_id.is_not(None))
        with self.read_session() as session:
            return {
                str(number): (student_id, person_name(first, middle, last))
                for student_id, first, middle, last, number in session.execute(query)
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
