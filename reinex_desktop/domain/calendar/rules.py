"""The rules a calendar write must pass (plan §5.2, §5.3): checked by the data layer when it writes
and by the services before they ask the user anything.

Hard refusals raise `DomainError` (a translatable `Message`). Scheduling conflicts are not refusals:
they come from `domain.conflicts` and are shown to the user, who may accept them.
"""

from __future__ import annotations

from collections.abc import Collection
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson
from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES, Placement
from reinex_desktop.domain.calendar.status import active_participants
from reinex_desktop.domain.catalog import Capability, Service
from reinex_desktop.domain.clinic_time import SLOT_MINUTES, local_date
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "CalendarRules"

_TOO_SHORT_OR_LONG = QT_TRANSLATE_NOOP("CalendarRules", "A lesson lasts between {minimum} and {maximum} minutes.")
_NO_STUDENT = QT_TRANSLATE_NOOP("CalendarRules", "Choose at least one student for the lesson.")
_SAME_STUDENT_TWICE = QT_TRANSLATE_NOOP("CalendarRules", "The same student appears twice in the booking.")
_UNKNOWN_SERVICE = QT_TRANSLATE_NOOP("CalendarRules", "This service cannot be booked.")
_NOT_CAPABLE = QT_TRANSLATE_NOOP("CalendarRules", "The instructor does not give this service.")
_OVER_CAPACITY = QT_TRANSLATE_NOOP(
    "CalendarRules", "The instructor takes at most {capacity} students for this service; this would make {count}."
)
_CANCELLED = QT_TRANSLATE_NOOP("CalendarRules", "The lesson is cancelled and cannot be changed here.")
_SETTLED = QT_TRANSLATE_NOOP(
    "CalendarRules", "Attendance is already recorded for this lesson, so it can no longer be moved."
)
_COMPLETED = QT_TRANSLATE_NOOP("CalendarRules", "The lesson is completed and cannot take new participants.")
_ALREADY_THERE = QT_TRANSLATE_NOOP("CalendarRules", "This student is already listed on the lesson.")
_NOTHING_CHANGES = QT_TRANSLATE_NOOP("CalendarRules", "The lesson is already there.")
_NOT_FOUND = QT_TRANSLATE_NOOP("CalendarRules", "The lesson no longer exists.")
_UNKNOWN_STUDENT = QT_TRANSLATE_NOOP("CalendarRules", "The student is not an active student of the clinic.")

_SETTLED_STATUSES = frozenset({ParticipantStatus.ATTENDED, ParticipantStatus.NO_SHOW})


def refuse(text: str, code: str = "rule_violation", **params: Any) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code=code)


def lesson_not_found() -> DomainError:
    return refuse(_NOT_FOUND, "not_found")


def unknown_student() -> DomainError:
    return refuse(_UNKNOWN_STUDENT, "unknown_student")


def check_duration(minutes: int) -> None:
    """A lesson lasts from one grid step (15 minutes) to `MAX_DURATION_MINUTES`."""
    if not SLOT_MINUTES <= minutes <= MAX_DURATION_MINUTES:
        raise refuse(_TOO_SHORT_OR_LONG, minimum=SLOT_MINUTES, maximum=MAX_DURATION_MINUTES)


def capacity_of(instructor_id: UUID, service_id: UUID, capabilities: Collection[Capability]) -> int | None:
    """`max_students` of the instructor for the service; 1 when the instructor's capabilities are
    recorded without this service; None (no known limit) when none are recorded at all."""
    own = [c for c in capabilities if c.employee_id == instructor_id]
    if not own:
        return None
    for capability in own:
        if capability.service_id == service_id:
            return capability.max_students
    return 1


def gives_service(instructor_id: UUID, service_id: UUID, capabilities: Collection[Capability]) -> bool:
    """Whether the instructor gives the service; an instructor with no recorded capability gives any."""
    own = [c for c in capabilities if c.employee_id == instructor_id]
    return not own or any(c.service_id == service_id for c in own)


def bookable_services(
    instructor_id: UUID, services: Collection[Service], capabilities: Collection[Capability]
) -> list[Service]:
    """The services a booking with this instructor may choose (booking dialog, free-slot finder)."""
    return [s for s in services if s.bookable and gives_service(instructor_id, s.id, capabilities)]


def check_booking(command: BookOneTimeLesson, service: Service | None, capabilities: Collection[Capability]) -> None:
    """A one-time booking: a bookable service the instructor gives, one to `max_students` distinct
    students, a sane length (plan §5.2; REQUIREMENTS screen 1 "book a one-time lesson")."""
    check_duration(command.duration_minutes)
    if not command.student_ids:
        raise refuse(_NO_STUDENT)
    if len(set(command.student_ids)) != len(command.student_ids):
        raise refuse(_SAME_STUDENT_TWICE)
    if service is None or not service.bookable:
        raise refuse(_UNKNOWN_SERVICE)
    if not gives_service(command.instructor_id, command.service_id, capabilities):
        raise refuse(_NOT_CAPABLE, "not_capable")
    capacity = capacity_of(command.instructor_id, command.service_id, capabilities)
    if capacity is not None and len(command.student_ids) > capacity:
        raise refuse(_OVER_CAPACITY, "capacity", capacity=capacity, count=len(command.student_ids))


def check_add_participant(
    lesson: LessonInstance, command: AddParticipant, capabilities: Collection[Capability]
) -> None:
    """A participant joins a lesson that is neither cancelled nor completed, once, within capacity."""
    if lesson.is_cancelled:
        raise refuse(_CANCELLED, "cancelled")
    if lesson.status is LessonStatus.COMPLETED:
        raise refuse(_COMPLETED, "completed")
    if any(p.student_id == command.student_id for p in lesson.participants):
        raise refuse(_ALREADY_THERE, "duplicate")
    capacity = capacity_of(lesson.instructor_employee_id, lesson.service_id, capabilities)
    count = len(active_participants(lesson)) + 1
    if capacity is not None and count > capacity:
        raise refuse(_OVER_CAPACITY, "capacity", capacity=capacity, count=count)


def is_settled(lesson: LessonInstance) -> bool:
    """Attendance is recorded: the lesson completed or a participant attended or did not come."""
    return lesson.status in (LessonStatus.COMPLETED, LessonStatus.NO_SHOW) or any(
        p.participant_status in _SETTLED_STATUSES for p in lesson.participants
    )


def is_movable(lesson: LessonInstance) -> bool:
    """Only a lesson still ahead of its outcome moves (or takes part in the pinboard)."""
    return not lesson.is_cancelled and not is_settled(lesson)


def check_movable(lesson: LessonInstance) -> None:
    """Only a lesson still ahead of its outcome moves: not cancelled, no attendance recorded."""
    if lesson.is_cancelled:
        raise refuse(_CANCELLED, "cancelled")
    if is_settled(lesson):
        raise refuse(_SETTLED, "settled")


def check_reschedule(lesson: LessonInstance, target: Placement) -> None:
    check_movable(lesson)
    check_duration(target.duration_minutes)
    if Placement.of(lesson) == target:
        raise refuse(_NOTHING_CHANGES, "unchanged")


def rescheduled_metadata(lesson: LessonInstance, zone: ZoneInfo) -> dict[str, Any]:
    """The metadata of a manually moved lesson (plan §5.3): `manual_override = true`, so undo and
    reset-forward leave it alone, and `occurrence_date` kept — set to the original local date for a
    generated lesson that lacked it, so generation still knows that occurrence exists."""
    metadata: dict[str, Any] = dict(lesson.metadata)
    metadata["manual_override"] = True
    if lesson.template_id is not None and not metadata.get("occurrence_date"):
        metadata["occurrence_date"] = local_date(lesson.datetime_start, zone).isoformat()
    return metadata


def refuse_conflicts(conflicts: list[Conflict]) -> None:
    """Refuse a write whose conflicts the user did not accept, naming the first one (code "conflict")."""
    if conflicts:
        raise DomainError(conflicts[0].message(), code="conflict")
