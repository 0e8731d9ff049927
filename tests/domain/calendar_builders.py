"""Plain domain objects for the calendar's domain tests."""

from __future__ import annotations

import uuid
from datetime import date, time

from reinex_desktop.domain.catalog import Capability, Instructor, Service
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant

ZONE = clinic_zone()
DAY = date(2026, 11, 23)
RIDING = Service(uuid.uuid4(), "רכיבה טיפולית", 45, "#7cb342")
GROUP = Service(uuid.uuid4(), "קבוצה", 60, "#42a5f5")


def at(hhmm: str, day: date = DAY):
    hour, minute = (int(x) for x in hhmm.split(":"))
    return local_to_utc(day, time(hour, minute), ZONE)


def instructor(name: str, **kwargs) -> Instructor:
    return Instructor(uuid.uuid4(), name, **kwargs)


def capability(teacher: Instructor, service: Service, max_students: int = 1) -> Capability:
    return Capability(uuid.uuid4(), teacher.id, service.id, max_students)


def lesson(
    teacher: Instructor,
    start: str,
    minutes: int = 45,
    students: tuple[uuid.UUID, ...] = (),
    *,
    service: Service = RIDING,
    day: date = DAY,
    status: LessonStatus = LessonStatus.SCHEDULED,
    participant_status: ParticipantStatus = ParticipantStatus.SCHEDULED,
    **kwargs,
) -> LessonInstance:
    lesson_id = uuid.uuid4()
    participants = tuple(
        LessonParticipant(uuid.uuid4(), lesson_id, s, participant_status, student_name=f"תלמיד {n}")
        for n, s in enumerate(students)
    )
    return LessonInstance(
        lesson_id,
        at(start, day),
        minutes,
        teacher.id,
        service.id,
        status=status,
        participants=participants,
        **kwargs,
    )
