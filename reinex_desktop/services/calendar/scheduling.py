"""Book a one-time lesson, reschedule a lesson, add a participant — each previewed for conflicts first.

The screens call `*_conflicts` to warn before saving, then the write with `accept_conflicts=True`
only when the user agreed; the data layer checks again while writing (plan §5.2). A move sends the
lesson's `updated_at` as its base version, so a change made meanwhile elsewhere comes back as a
`StaleLessonError` and is never overwritten (plan §5.3 "manual edits with audit").
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime, timedelta
from typing import Any
from uuid import UUID, uuid4

from reinex_desktop.domain.calendar import rules
from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson, RescheduleLesson
from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES, Placement
from reinex_desktop.domain.calendar.opening import opening_problem
from reinex_desktop.domain.conflicts import Booking, Conflict, ConflictKind, booking_of, bookings_of, conflicts_for
from reinex_desktop.domain.generation.calendar import israeli_holidays
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.text import Message
from reinex_desktop.domain.undo import booking_step, move_step, participant_step
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.services.calendar.writes import send
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.undo import version_of


@dataclass(frozen=True, slots=True)
class BookingRequest:
    instructor_id: UUID
    service_id: UUID
    start: datetime  # UTC
    duration_minutes: int
    student_ids: tuple[UUID, ...]
    note: str = ""

    def booking(self, key: UUID) -> Booking:
        end = self.start + timedelta(minutes=self.duration_minutes)
        return Booking(key, self.instructor_id, self.service_id, self.start, end, self.student_ids)


def _neighbours(context: AppContext, candidate: Booking) -> list[Booking]:
    """Lessons near the candidate's time (any lesson that could overlap it)."""
    lessons = context.gateway.lessons_between(candidate.start - timedelta(minutes=MAX_DURATION_MINUTES), candidate.end)
    return bookings_of(lessons)


def booking_conflicts(context: AppContext, catalog: CalendarCatalog, request: BookingRequest) -> list[Conflict]:
    """What the booking would collide with; refuses outright what no one may accept (plan §5.2)."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    command = _book_command(request, uuid4())
    rules.check_booking(command, catalog.services.get(request.service_id), catalog.capabilities)
    candidate = request.booking(command.lesson_id)
    return conflicts_for(candidate, _neighbours(context, candidate), catalog.capabilities)


def booking_opening_problem(catalog: CalendarCatalog, request: BookingRequest) -> Message | None:
    """Why the booking falls when the clinic is closed (day off, closure, holiday, outside hours), or None."""
    start = request.start.astimezone(catalog.zone)
    end = start + timedelta(minutes=request.duration_minutes)
    day = start.date()
    return opening_problem(start, end, catalog.settings, israeli_holidays(day, day))


def _book_command(request: BookingRequest, lesson_id: UUID, accept: bool = False) -> BookOneTimeLesson:
    return BookOneTimeLesson(
        lesson_id=lesson_id,
        instructor_id=request.instructor_id,
        service_id=request.service_id,
        start=request.start,
        duration_minutes=request.duration_minutes,
        student_ids=request.student_ids,
        note=request.note,
        accept_conflicts=accept,
    )


def book_lesson(context: AppContext, request: BookingRequest, *, accept_conflicts: bool = False) -> UUID:
    """Book a one-time lesson (`created_source = 'one_time'`); returns its id."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    command = _book_command(request, uuid4(), accept_conflicts)
    result = send(context, command)
    context.undo.push(booking_step(command, version_of(result)))
    return command.lesson_id


def move_conflicts(
    context: AppContext, catalog: CalendarCatalog, lesson: LessonInstance, target: Placement
) -> list[Conflict]:
    """The conflicts `lesson` would have at `target`; refuses a lesson that may not move."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    rules.check_reschedule(lesson, target)
    current = booking_of(lesson)
    students = current.student_ids if current else ()
    candidate = Booking(lesson.id, target.instructor_id, lesson.service_id, target.start, target.end, students)
    return conflicts_for(candidate, _neighbours(context, candidate), catalog.capabilities)


def reschedule(
    context: AppContext,
    lesson: LessonInstance,
    target: Placement,
    *,
    via: str,
    accept_conflicts: bool = False,
) -> dict[str, Any]:
    """Move `lesson` to `target` as the user saw it (base version = its `updated_at`)."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    command = RescheduleLesson(
        lesson_id=lesson.id,
        instructor_id=target.instructor_id,
        start=target.start,
        duration_minutes=target.duration_minutes,
        via=via,
        accept_conflicts=accept_conflicts,
    )
    result = dict(send(context, command, base_version=lesson.updated_at))
    context.undo.push(move_step(lesson, target, version_of(result)))
    return result


def participant_conflicts(
    context: AppContext, catalog: CalendarCatalog, lesson: LessonInstance, student_id: UUID
) -> list[Conflict]:
    """The student's other lessons at that time; refuses a lesson with no seat left."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    rules.check_add_participant(lesson, AddParticipant(lesson.id, student_id, uuid4()), catalog.capabilities)
    candidate = Booking(
        lesson.id,
        lesson.instructor_employee_id,
        lesson.service_id,
        lesson.datetime_start,
        lesson.datetime_end,
        (student_id,),
    )
    found = conflicts_for(candidate, _neighbours(context, candidate), catalog.capabilities)
    return [c for c in found if c.kind is ConflictKind.STUDENT_OVERLAP]


def add_participant(
    context: AppContext, lesson: LessonInstance, student_id: UUID, *, accept_conflicts: bool = False
) -> UUID:
    """Add `student_id` to `lesson` (a group lesson with a free seat); returns the participant id."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    command = AddParticipant(lesson.id, student_id, uuid4(), accept_conflicts)
    result = send(context, command)
    context.undo.push(participant_step(command, version_of(result)))
    return command.participant_id
