"""Today at a glance: how many lessons, in which state, and who is teaching."""

from __future__ import annotations

from collections import Counter
from dataclasses import dataclass
from datetime import date

from reinex_desktop.domain.clinic_time import day_bounds_utc
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.services.context import AppContext


@dataclass(frozen=True, slots=True)
class DayOverview:
    day: date
    clinic_name: str
    lessons: int
    participants: int
    by_status: dict[LessonStatus, int]
    instructors_teaching: int
    active_instructors: int
    active_students: int


def day_overview(context: AppContext, day: date) -> DayOverview:
    """Counts for `day` in the clinic time zone; instructors see only their own lessons and students (§7.1)."""
    settings = context.gateway.settings()
    start, end = day_bounds_utc(day, context.zone())
    own = context.user.own_instructor
    lessons = context.gateway.lessons_between(start, end, instructor_id=own)
    by_status = Counter(lesson.status for lesson in lessons)
    if own is not None:
        students = len(
            {t.student_id for t in context.gateway.templates(active_only=True) if t.instructor_employee_id == own}
        )
        instructors = 1
    else:
        students = len(context.gateway.students(active=True))
        instructors = len(context.gateway.instructors())
    return DayOverview(
        day=day,
        clinic_name=settings.clinic_name,
        lessons=len(lessons),
        participants=sum(len(lesson.participants) for lesson in lessons),
        by_status={status: by_status.get(status, 0) for status in LessonStatus},
        instructors_teaching=len({lesson.instructor_employee_id for lesson in lessons}),
        active_instructors=instructors,
        active_students=students,
    )
