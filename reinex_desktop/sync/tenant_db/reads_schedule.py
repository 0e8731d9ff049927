"""Schedule reads: lessons with their participants, templates, overrides."""

from __future__ import annotations

from collections import defaultdict
from datetime import date, datetime
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate, TemplateOverride
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.reads_generation import live_override
from reinex_desktop.sync.tenant_db.session_base import SessionSource

_I: sa.Table = t.InstanceRow.__table__  # type: ignore[assignment]
_P: sa.Table = t.ParticipantRow.__table__  # type: ignore[assignment]


class ScheduleReadsMixin(SessionSource):
    def lessons_between(
        self,
        start: datetime,
        end: datetime,
        *,
        instructor_id: UUID | None = None,
        student_id: UUID | None = None,
    ) -> list[LessonInstance]:
        window = sa.and_(_I.c.datetime_start >= start, _I.c.datetime_start < end)
        instances = sa.select(_I).where(window).order_by(_I.c.datetime_start, _I.c.id)
        if instructor_id is not None:
            instances = instances.where(_I.c.instructor_employee_id == instructor_id)
        if student_id is not None:
            instances = instances.where(
                sa.exists().where(_P.c.lesson_instance_id == _I.c.id, _P.c.student_id == student_id)
            )
        participants = (
            sa.select(_P, *mappers.STUDENT_NAME_PARTS)
            .join(_I, _I.c.id == _P.c.lesson_instance_id)
            .join(t.StudentRow, t.StudentRow.id == _P.c.student_id)
            .where(window)
            .order_by(t.StudentRow.first_name, _P.c.id)
        )
        with self.read_session() as session:
            # Core rows, not ORM objects: a day of a large clinic is ~500 lessons, read on every switch.
            rows = session.execute(instances).all()
            by_lesson: dict[UUID, list[LessonParticipant]] = defaultdict(list)
            for row in session.execute(participants):
                by_lesson[row.lesson_instance_id].append(mappers.participant(row, mappers.student_name(row)))
        return [mappers.instance(row, tuple(by_lesson.get(row.id, ()))) for row in rows]

    def lesson(self, lesson_id: UUID) -> LessonInstance | None:
        with self.read_session() as session:
            row = session.get(t.InstanceRow, lesson_id)
            if row is None:
                return None
            query = (
                sa.select(t.ParticipantRow, *mappers.STUDENT_NAME_PARTS)
                .join(t.StudentRow, t.StudentRow.id == t.ParticipantRow.student_id)
                .where(t.ParticipantRow.lesson_instance_id == lesson_id)
                .order_by(t.StudentRow.first_name)
            )
            participants = tuple(mappers.participant(r[0], mappers.student_name(r)) for r in session.execute(query))
        return mappers.instance(row, participants)

    def templates(self, *, active_only: bool = True, student_id: UUID | None = None) -> list[LessonTemplate]:
        query = sa.select(t.TemplateRow).order_by(t.TemplateRow.day_of_week, t.TemplateRow.time_of_day)
        if active_only:
            query = query.where(t.TemplateRow.is_active)
        if student_id is not None:
            query = query.where(t.TemplateRow.student_id == student_id)
        with self.read_session() as session:
            return [mappers.template(row) for row in session.scalars(query)]

    def overrides_between(self, first: date, last: date) -> list[TemplateOverride]:
        query = sa.select(t.OverrideRow).where(t.OverrideRow.target_date.between(first, last), live_override())
        with self.read_session() as session:
            return [mappers.override(row) for row in session.scalars(query)]
