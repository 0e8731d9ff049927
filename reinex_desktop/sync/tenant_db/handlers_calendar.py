"""Handlers of the calendar's writes: book a one-time lesson, reschedule, add a participant.

Each loads the rows, asks `domain.calendar.rules` and `domain.conflicts` for the verdict, writes,
and audits before/after in the same transaction (plan §5.2, §5.3).
"""

from __future__ import annotations

from collections.abc import Collection, Iterable
from datetime import timedelta
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.calendar import rules
from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson, RescheduleLesson
from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES, Placement
from reinex_desktop.domain.catalog import Capability
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.conflicts import Booking, ConflictKind, booking_of, bookings_of, conflicts_for
from reinex_desktop.domain.enums import CreatedSource, DocumentationStatus, LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db import mappers
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles

ENTITY = "lesson_instances"


def _lesson(ctx: HandlerContext, lesson_id: UUID, *, lock: bool = False) -> tuple[t.InstanceRow, LessonInstance]:
    query = sa.select(t.InstanceRow).where(t.InstanceRow.id == lesson_id)
    if lock:
        query = query.with_for_update()
    row = ctx.session.scalar(query)
    if row is None:
        raise rules.lesson_not_found()
    participants = ctx.session.scalars(
        sa.select(t.ParticipantRow).where(t.ParticipantRow.lesson_instance_id == lesson_id)
    ).all()
    return row, mappers.instance(row, tuple(mappers.participant(p) for p in participants))


def _capabilities(ctx: HandlerContext, instructor_ids: Iterable[UUID]) -> list[Capability]:
    query = sa.select(t.CapabilityRow).where(t.CapabilityRow.employee_id.in_(set(instructor_ids)))
    return [mappers.capability(row) for row in ctx.session.scalars(query)]


def _neighbours(ctx: HandlerContext, candidate: Booking) -> list[Booking]:
    """Lessons that could collide with `candidate`: same instructor or a shared student, near in time."""
    window = sa.and_(
        t.InstanceRow.datetime_start < candidate.end,
        t.InstanceRow.datetime_start > candidate.start - timedelta(minutes=MAX_DURATION_MINUTES),
    )
    shares_student = sa.exists().where(
        t.ParticipantRow.lesson_instance_id == t.InstanceRow.id,
        t.ParticipantRow.student_id.in_(candidate.student_ids or ()),
    )
    rows = ctx.session.scalars(
        sa.select(t.InstanceRow).where(
            window, sa.or_(t.InstanceRow.instructor_employee_id == candidate.instructor_id, shares_student)
        )
    ).all()
    if not rows:
        return []
    participants = ctx.session.scalars(
        sa.select(t.ParticipantRow).where(t.ParticipantRow.lesson_instance_id.in_([r.id for r in rows]))
    ).all()
    by_lesson: dict[UUID, list[Any]] = {}
    for participant in participants:
        by_lesson.setdefault(participant.lesson_instance_id, []).append(mappers.participant(participant))
    lessons = [mappers.instance(row, tuple(by_lesson.get(row.id, ()))) for row in rows]
    return bookings_of(lessons)


def _serialize(ctx: HandlerContext, candidate: Booking) -> None:
    """Two workstations placing lessons of the same instructor or student check one after the other
    (row locks held to commit), so neither books into a slot the other just took unseen."""
    ctx.session.execute(sa.select(t.Employee.id).where(t.Employee.id == candidate.instructor_id).with_for_update())
    if candidate.student_ids:
        students = sa.select(t.StudentRow.id).where(t.StudentRow.id.in_(candidate.student_ids))
        ctx.session.execute(students.order_by(t.StudentRow.id).with_for_update())


def _check_conflicts(
    ctx: HandlerContext,
    candidate: Booking,
    accept: bool,
    capabilities: Collection[Capability],
    *,
    only_student: UUID | None = None,
) -> int:
    """Refuse unless accepted; `only_student` keeps just that student's overlaps (a participant added)."""
    _serialize(ctx, candidate)
    found = conflicts_for(candidate, _neighbours(ctx, candidate), capabilities)
    if only_student is not None:
        found = [c for c in found if c.kind is ConflictKind.STUDENT_OVERLAP and c.student_id == only_student]
    if not accept:
        rules.refuse_conflicts(found)
    return len(found)


def _snapshot(lesson: LessonInstance) -> dict[str, Any]:
    return {
        "datetime_start": lesson.datetime_start,
        "duration_minutes": lesson.duration_minutes,
        "instructor_employee_id": lesson.instructor_employee_id,
        "service_id": lesson.service_id,
        "status": lesson.status,
        "metadata": dict(lesson.metadata),
        "participants": [str(p.student_id) for p in lesson.participants],
    }


@handles(BookOneTimeLesson)
def book_one_time_lesson(ctx: HandlerContext, command: BookOneTimeLesson) -> dict[str, Any]:
    ctx.require(Permission.SCHEDULE_MANAGE)
    service_row = ctx.session.get(t.ServiceRow, command.service_id)
    capabilities = _capabilities(ctx, [command.instructor_id])
    rules.check_booking(command, mappers.service(service_row) if service_row else None, capabilities)
    known = ctx.session.scalars(
        sa.select(t.StudentRow.id).where(t.StudentRow.id.in_(command.student_ids), t.StudentRow.is_active)
    ).all()
    if len(set(known)) != len(command.student_ids):
        raise rules.unknown_student()
    start = command.start
    candidate = Booking(
        command.lesson_id,
        command.instructor_id,
        command.service_id,
        start,
        start + timedelta(minutes=command.duration_minutes),
        tuple(command.student_ids),
    )
    conflicts = _check_conflicts(ctx, candidate, command.accept_conflicts, capabilities)
    metadata: dict[str, Any] = {"booked_from": "calendar"}
    if command.note.strip():
        metadata["note"] = command.note.strip()
    if conflicts:
        metadata["accepted_conflicts"] = conflicts
    row = t.InstanceRow(
        id=command.lesson_id,
        datetime_start=start,
        duration_minutes=command.duration_minutes,
        instructor_employee_id=command.instructor_id,
        service_id=command.service_id,
        status=LessonStatus.SCHEDULED.value,
        documentation_status=DocumentationStatus.UNDOCUMENTED.value,
        created_source=CreatedSource.ONE_TIME.value,
        created_at=ctx.now,
        updated_at=ctx.now,
        metadata_=metadata,
    )
    ctx.session.add(row)
    ctx.session.flush()
    for student_id in command.student_ids:
        ctx.session.add(
            t.ParticipantRow(
                lesson_instance_id=command.lesson_id,
                student_id=student_id,
                participant_status=ParticipantStatus.SCHEDULED.value,
            )
        )
    ctx.session.flush()
    _row, lesson = _lesson(ctx, command.lesson_id)
    ctx.audit("lesson.book", ENTITY, command.lesson_id, after=_snapshot(lesson), accepted_conflicts=conflicts)
    return {"lesson_id": command.lesson_id, "updated_at": ctx.now, "conflicts": conflicts}


@handles(RescheduleLesson)
def reschedule_lesson(ctx: HandlerContext, command: RescheduleLesson) -> dict[str, Any]:
    ctx.require(Permission.SCHEDULE_MANAGE)
    row, lesson = _lesson(ctx, command.lesson_id, lock=True)
    ctx.check_version(row.updated_at, _snapshot(lesson) | {"updated_at": row.updated_at})
    target = Placement(command.instructor_id, command.start, command.duration_minutes)
    rules.check_reschedule(lesson, target)
    capabilities = _capabilities(ctx, {command.instructor_id, lesson.instructor_employee_id})
    current = booking_of(lesson)
    students = current.student_ids if current else ()
    candidate = Booking(lesson.id, target.instructor_id, lesson.service_id, target.start, target.end, students)
    conflicts = _check_conflicts(ctx, candidate, command.accept_conflicts, capabilities)
    before = _snapshot(lesson)
    row.datetime_start = target.start
    row.duration_minutes = target.duration_minutes
    row.instructor_employee_id = target.instructor_id
    row.metadata_ = rules.rescheduled_metadata(lesson, clinic_zone(ctx.settings().timezone))
    row.updated_at = ctx.now
    ctx.session.flush()
    _row, after = _lesson(ctx, command.lesson_id)
    ctx.audit(
        "lesson.reschedule",
        ENTITY,
        lesson.id,
        before=before,
        after=_snapshot(after),
        via=command.via,
        accepted_conflicts=conflicts,
    )
    return {"lesson_id": lesson.id, "updated_at": ctx.now, "conflicts": conflicts}


@handles(AddParticipant)
def add_participant(ctx: HandlerContext, command: AddParticipant) -> dict[str, Any]:
    ctx.require(Permission.SCHEDULE_MANAGE)
    row, lesson = _lesson(ctx, command.lesson_id, lock=True)
    student = ctx.session.get(t.StudentRow, command.student_id)
    if student is None or not student.is_active:
        raise rules.unknown_student()
    capabilities = _capabilities(ctx, [lesson.instructor_employee_id])
    rules.check_add_participant(lesson, command, capabilities)
    current = booking_of(lesson)
    students = (*(current.student_ids if current else ()), command.student_id)
    candidate = Booking(
        lesson.id,
        lesson.instructor_employee_id,
        lesson.service_id,
        lesson.datetime_start,
        lesson.datetime_end,
        students,
    )
    conflicts = _check_conflicts(
        ctx, candidate, command.accept_conflicts, capabilities, only_student=command.student_id
    )
    before = _snapshot(lesson)
    ctx.session.add(
        t.ParticipantRow(
            id=command.participant_id,
            lesson_instance_id=lesson.id,
            student_id=command.student_id,
            participant_status=ParticipantStatus.SCHEDULED.value,
            metadata_={"added_from": "calendar"},
        )
    )
    row.updated_at = ctx.now
    ctx.session.flush()
    _row, after = _lesson(ctx, lesson.id)
    ctx.audit(
        "lesson.add_participant",
        ENTITY,
        lesson.id,
        before=before,
        after=_snapshot(after),
        participant_id=command.participant_id,
        accepted_conflicts=conflicts,
    )
    return {"lesson_id": lesson.id, "participant_id": command.participant_id, "updated_at": ctx.now}
