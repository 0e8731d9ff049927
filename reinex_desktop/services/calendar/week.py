"""The managers' week: instructors × days with counts, load and statuses (REQUIREMENTS screen 2)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date

from reinex_desktop.domain.calendar.week import WeekSummary, summarize_week, week_days
from reinex_desktop.domain.clinic_time import day_bounds_utc
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.services.calendar.day import CalendarService, conflicts_by_lesson, own_instructor


@dataclass(frozen=True, slots=True)
class WeekView:
    summary: WeekSummary
    catalog: CalendarCatalog
    #: Holiday names by date, for the column headers.
    holidays: dict[date, str]


def open_week(service: CalendarService, day: date) -> WeekView:
    """The week (Sunday to the last business day) holding `day`; an instructor sees only their row."""
    catalog = service.catalog()
    days = week_days(day, catalog.settings)
    start, _ = day_bounds_utc(days[0], catalog.zone)
    _, end = day_bounds_utc(days[-1], catalog.zone)
    own = own_instructor(service.context)
    lessons = service.context.gateway.lessons_between(start, end, instructor_id=own)
    instructors = [i for i in catalog.instructors if own is None or i.id == own]
    missing = {lesson.instructor_employee_id for lesson in lessons} - {i.id for i in instructors}
    instructors += [catalog.everyone[i] for i in missing if i in catalog.everyone]
    closed = catalog.closed_days(days[0], days[-1])
    summary = summarize_week(
        day,
        settings=catalog.settings,
        zone=catalog.zone,
        instructors=instructors,
        lessons=lessons,
        conflicted=frozenset(conflicts_by_lesson(lessons, catalog)),
        closed=frozenset(closed),
    )
    holidays = {d: catalog.holiday(d) for d, reason in closed.items() if reason == "holiday"}
    return WeekView(summary, catalog, holidays)
