"""The managers' week: instructors × days, with lesson counts, load and statuses (REQUIREMENTS screen 2).

The week runs from Sunday to the clinic's last business weekday (Friday, or Saturday when open).
Load is booked minutes over the minutes the instructor is available that day (business hours on a
weekday the instructor works, and the clinic open); a cancelled lesson counts apart and books nothing.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Collection, Iterable, Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.calendar.layout import order_instructors
from reinex_desktop.domain.calendar.status import StatusIcon, attention_of, status_icon
from reinex_desktop.domain.catalog import Instructor
from reinex_desktop.domain.clinic_time import day_of_week, local_to_utc, week_start
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.settings import ClinicSettings


def week_days(day: date, settings: ClinicSettings) -> tuple[date, ...]:
    """Sunday of `day`'s week through the last weekday the clinic opens (at least Sunday)."""
    last = max(settings.open_weekdays, default=0)
    first = week_start(day)
    return tuple(first + timedelta(days=n) for n in range(last + 1))


@dataclass(frozen=True, slots=True)
class WeekCell:
    lessons: int = 0
    cancelled: int = 0
    participants: int = 0
    booked_minutes: int = 0
    available_minutes: int = 0
    icons: Mapping[StatusIcon, int] = field(default_factory=dict)

    @property
    def load(self) -> float | None:
        """Booked over available minutes (may pass 1.0 when overbooked); None when not available."""
        if self.available_minutes <= 0:
            return None
        return self.booked_minutes / self.available_minutes


@dataclass(frozen=True, slots=True)
class WeekSummary:
    days: tuple[date, ...]
    instructors: tuple[Instructor, ...]
    cells: Mapping[tuple[UUID, date], WeekCell]
    #: Days the clinic is closed (holidays, closures, closed weekdays), shown as such.
    closed: frozenset[date] = frozenset()
    #: Lessons per (local hour, day), for the by-hour view.
    by_hour: Mapping[tuple[int, date], int] = field(default_factory=dict)

    def cell(self, instructor_id: UUID, day: date) -> WeekCell:
        return self.cells.get((instructor_id, day), WeekCell())

    def instructor_total(self, instructor_id: UUID) -> WeekCell:
        return _sum(self.cell(instructor_id, day) for day in self.days)

    def day_total(self, day: date) -> WeekCell:
        return _sum(self.cell(i.id, day) for i in self.instructors)

    def hours(self) -> list[int]:
        return sorted({hour for hour, _day in self.by_hour})


def _sum(cells: Iterable[WeekCell]) -> WeekCell:
    total = WeekCell()
    icons: Counter[StatusIcon] = Counter()
    for cell in cells:
        icons.update(cell.icons)
        total = WeekCell(
            total.lessons + cell.lessons,
            total.cancelled + cell.cancelled,
            total.participants + cell.participants,
            total.booked_minutes + cell.booked_minutes,
            total.available_minutes + cell.available_minutes,
        )
    return WeekCell(
        total.lessons, total.cancelled, total.participants, total.booked_minutes, total.available_minutes, dict(icons)
    )


def summarize_week(
    day: date,
    *,
    settings: ClinicSettings,
    zone: ZoneInfo,
    instructors: Sequence[Instructor],
    lessons: Sequence[LessonInstance],
    conflicted: Collection[UUID] = frozenset(),
    closed: Collection[date] = frozenset(),
) -> WeekSummary:
    """Count the week holding `day` (see module doc). Instructors with lessons but not in the list
    (inactive) are added, so the totals always match the lessons."""
    days = week_days(day, settings)
    known = {i.id for i in instructors}
    extra = [
        Instructor(lesson.instructor_employee_id, "?", is_active=False)
        for lesson in lessons
        if lesson.instructor_employee_id not in known
    ]
    ordered = order_instructors({i.id: i for i in [*instructors, *extra]}.values(), settings.instructor_order)
    closed_days = frozenset(d for d in days if d in closed or settings.hours_on(day_of_week(d)) is None)
    counts: dict[tuple[UUID, date], dict[str, int]] = {}
    icons: dict[tuple[UUID, date], Counter[StatusIcon]] = {}
    by_hour: Counter[tuple[int, date]] = Counter()
    for lesson in lessons:
        local = lesson.datetime_start.astimezone(zone)
        key = (lesson.instructor_employee_id, local.date())
        if local.date() not in days:
            continue
        tally = counts.setdefault(key, {"lessons": 0, "cancelled": 0, "participants": 0, "minutes": 0})
        icon = status_icon(lesson, attention_of(lesson, conflicted=lesson.id in conflicted))
        icons.setdefault(key, Counter())[icon] += 1
        if icon is StatusIcon.CANCELLED:
            tally["cancelled"] += 1
            continue
        tally["lessons"] += 1
        tally["participants"] += sum(1 for p in lesson.participants if not p.participant_status.startswith("cancel"))
        tally["minutes"] += lesson.duration_minutes
        by_hour[(local.hour, local.date())] += 1
    cells: dict[tuple[UUID, date], WeekCell] = {}
    for instructor in ordered:
        for d in days:
            tally = counts.get((instructor.id, d), {})
            cells[(instructor.id, d)] = WeekCell(
                lessons=tally.get("lessons", 0),
                cancelled=tally.get("cancelled", 0),
                participants=tally.get("participants", 0),
                booked_minutes=tally.get("minutes", 0),
                available_minutes=_available(instructor, d, settings, zone, closed_days),
                icons=dict(icons.get((instructor.id, d), {})),
            )
    return WeekSummary(days, tuple(ordered), cells, closed_days, dict(by_hour))


def _available(
    instructor: Instructor, day: date, settings: ClinicSettings, zone: ZoneInfo, closed: Collection[date]
) -> int:
    hours = settings.hours_on(day_of_week(day))
    if hours is None or day in closed or not instructor.is_active:
        return 0
    if instructor.working_days is not None and day_of_week(day) not in instructor.working_days:
        return 0
    opening: datetime = local_to_utc(day, hours[0], zone)
    closing: datetime = local_to_utc(day, hours[1], zone)
    return int((closing - opening).total_seconds() // 60)
