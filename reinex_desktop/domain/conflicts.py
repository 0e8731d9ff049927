"""Scheduling conflicts: what makes a lesson impossible or needing a second look (plan §5.2, §5.3).

One detector serves the generation diff, the calendar's conflict marks and the warning before a
move or a booking: an instructor in two lessons at once, a student in two lessons at once, more
students than the instructor takes for the service (`max_students`), or an instructor booked for a
service they do not give. Overlap is found by a sweep over lessons sorted by start, so a 14-day
plan of a large clinic stays fast.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Hashable, Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.catalog import Capability
from reinex_desktop.domain.enums import ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Conflicts"
_CANCELLED = (ParticipantStatus.CANCELLED_STUDENT, ParticipantStatus.CANCELLED_CLINIC)


class ConflictKind(StrEnum):
    INSTRUCTOR_OVERLAP = "instructor_overlap"
    STUDENT_OVERLAP = "student_overlap"
    CAPACITY = "capacity"
    NOT_CAPABLE = "not_capable"


@dataclass(frozen=True, slots=True)
class Booking:
    """A lesson as the conflict rules see it: who, what, when. `key` identifies it to the caller."""

    key: Hashable
    instructor_id: UUID
    service_id: UUID
    start: datetime
    end: datetime
    student_ids: tuple[UUID, ...] = ()

    def overlaps(self, other: Booking) -> bool:
        return self.start < other.end and other.start < self.end


@dataclass(frozen=True, slots=True)
class Conflict:
    kind: ConflictKind
    booking: Booking
    other: Booking | None = None
    student_id: UUID | None = None
    count: int = 0
    capacity: int = 0

    def message(self) -> Message:
        texts = {
            ConflictKind.INSTRUCTOR_OVERLAP: QT_TRANSLATE_NOOP(
                "Conflicts", "The instructor already has another lesson at this time."
            ),
            ConflictKind.STUDENT_OVERLAP: QT_TRANSLATE_NOOP(
                "Conflicts", "The student already has another lesson at this time."
            ),
            ConflictKind.CAPACITY: QT_TRANSLATE_NOOP(
                "Conflicts", "{count} students booked, but the instructor takes at most {capacity} for this service."
            ),
            ConflictKind.NOT_CAPABLE: QT_TRANSLATE_NOOP("Conflicts", "The instructor does not give this service."),
        }
        return Message(CONTEXT, texts[self.kind], {"count": self.count, "capacity": self.capacity})

    def involves(self, key: Hashable) -> bool:
        return self.booking.key == key or (self.other is not None and self.other.key == key)


CapabilityIndex = Mapping[tuple[UUID, UUID], Capability]


def index_capabilities(capabilities: Iterable[Capability]) -> dict[tuple[UUID, UUID], Capability]:
    return {(c.employee_id, c.service_id): c for c in capabilities}


def booking_of(lesson: LessonInstance) -> Booking | None:
    """The booking a lesson holds, or None for a cancelled lesson (it occupies nobody)."""
    if lesson.is_cancelled:
        return None
    students = tuple(p.student_id for p in lesson.participants if p.participant_status not in _CANCELLED)
    return Booking(
        key=lesson.id,
        instructor_id=lesson.instructor_employee_id,
        service_id=lesson.service_id,
        start=lesson.datetime_start,
        end=lesson.datetime_end,
        student_ids=students,
    )


def bookings_of(lessons: Iterable[LessonInstance]) -> list[Booking]:
    return [booking for lesson in lessons if (booking := booking_of(lesson)) is not None]


def _overlapping_pairs(bookings: Sequence[Booking]) -> Iterable[tuple[Booking, Booking]]:
    """Every overlapping pair (earlier, later) among `bookings`, by a sweep over start times."""
    active: list[Booking] = []
    for booking in sorted(bookings, key=lambda b: (b.start, b.end)):
        active = [earlier for earlier in active if earlier.end > booking.start]
        for earlier in active:
            yield earlier, booking
        active.append(booking)


def find_conflicts(bookings: Sequence[Booking], capabilities: CapabilityIndex | Iterable[Capability]) -> list[Conflict]:
    """All conflicts among `bookings` (plan §5.3 step "check conflicts").

    Capacity and capability are judged only where the clinic recorded capabilities for the
    instructor: a tenant without the overlay table filled is not flooded with false alarms.
    """
    index = capabilities if isinstance(capabilities, Mapping) else index_capabilities(capabilities)
    conflicts: list[Conflict] = []
    by_instructor: dict[UUID, list[Booking]] = defaultdict(list)
    by_student: dict[UUID, list[Booking]] = defaultdict(list)
    for booking in bookings:
        by_instructor[booking.instructor_id].append(booking)
        for student in set(booking.student_ids):
            by_student[student].append(booking)
    for group in by_instructor.values():
        conflicts.extend(Conflict(ConflictKind.INSTRUCTOR_OVERLAP, b, a) for a, b in _overlapping_pairs(group))
    for student, group in by_student.items():
        conflicts.extend(
            Conflict(ConflictKind.STUDENT_OVERLAP, b, a, student_id=student) for a, b in _overlapping_pairs(group)
        )
    recorded = {instructor for instructor, _service in index}
    for booking in bookings:
        if booking.instructor_id not in recorded:
            continue
        capability = index.get((booking.instructor_id, booking.service_id))
        if capability is None:
            conflicts.append(Conflict(ConflictKind.NOT_CAPABLE, booking))
        elif len(set(booking.student_ids)) > capability.max_students:
            conflicts.append(
                Conflict(
                    ConflictKind.CAPACITY,
                    booking,
                    count=len(set(booking.student_ids)),
                    capacity=capability.max_students,
                )
            )
    return conflicts


def conflicts_for(
    candidate: Booking,
    existing: Sequence[Booking],
    capabilities: CapabilityIndex | Iterable[Capability],
) -> list[Conflict]:
    """The conflicts a proposed booking (a new lesson, or a lesson moved) would have with `existing`.

    A booking in `existing` with the candidate's key is the lesson before the move, and is ignored.
    """
    others = [booking for booking in existing if booking.key != candidate.key]
    relevant = [
        booking
        for booking in others
        if booking.overlaps(candidate)
        and (booking.instructor_id == candidate.instructor_id or set(booking.student_ids) & set(candidate.student_ids))
    ]
    return [
        conflict
        for conflict in find_conflicts([*relevant, candidate], capabilities)
        if conflict.involves(candidate.key)
    ]


def conflicted_keys(conflicts: Iterable[Conflict]) -> set[Hashable]:
    keys: set[Hashable] = set()
    for conflict in conflicts:
        keys.add(conflict.booking.key)
        if conflict.other is not None:
            keys.add(conflict.other.key)
    return keys
