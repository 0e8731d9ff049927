"""Find a free slot for a student and a service over the next days (REQUIREMENTS "Find a free slot"),
and jump to a student's next lesson."""

from __future__ import annotations

from datetime import date, datetime, timedelta
from uuid import UUID

from reinex_desktop.domain.calendar.free_slots import DEFAULT_DAYS, FreeSlot, SlotSearch, find_free_slots
from reinex_desktop.domain.calendar.status import is_cancelled
from reinex_desktop.domain.clinic_time import day_bounds_utc
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.services.calendar.day import own_instructor
from reinex_desktop.services.context import AppContext

#: How far ahead "next lesson" looks.
NEXT_LESSON_HORIZON_DAYS = 120


def free_slots(
    context: AppContext,
    catalog: CalendarCatalog,
    *,
    student_id: UUID,
    service_id: UUID,
    duration_minutes: int | None = None,
    first_day: date | None = None,
    days: int = DEFAULT_DAYS,
) -> list[FreeSlot]:
    """The first opening on each of the next `days` days (from today, never in the past) where an
    instructor who gives the service is free or has a seat in the same group lesson, and the student
    is free — within business hours, skipping closed days and holidays."""
    now = context.clock()
    first = first_day or now.astimezone(catalog.zone).date()
    last = first + timedelta(days=days - 1)
    service = catalog.services.get(service_id)
    duration = duration_minutes or (service.duration_minutes if service and service.duration_minutes else 45)
    start, _ = day_bounds_utc(first, catalog.zone)
    _, end = day_bounds_utc(last, catalog.zone)
    lessons = context.gateway.lessons_between(start, end)
    search = SlotSearch(student_id, service_id, duration, first, days, not_before=now)
    return find_free_slots(
        search,
        settings=catalog.settings,
        zone=catalog.zone,
        instructors=catalog.instructors,
        capabilities=catalog.capabilities,
        lessons=lessons,
        closed=frozenset(catalog.closed_days(first, last)),
    )


def next_lesson(context: AppContext, student_id: UUID, after: datetime | None = None) -> LessonInstance | None:
    """The student's next lesson that is not cancelled, from `after` (default now); an instructor only
    finds their own lessons (plan §7.1)."""
    start = after or context.clock()
    lessons = context.gateway.lessons_between(
        start,
        start + timedelta(days=NEXT_LESSON_HORIZON_DAYS),
        student_id=student_id,
        instructor_id=own_instructor(context),
    )
    return next((lesson for lesson in lessons if not is_cancelled(lesson)), None)
