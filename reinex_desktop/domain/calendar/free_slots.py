"""Find a free slot: for a student and a service, the first opening on each of the next days.

An opening is a start on the 15-minute grid, inside the day's business hours with the whole lesson,
with an instructor who gives the service and works that weekday, where the instructor is free (or
teaches the same service at exactly that time with a seat left, so the student joins the group) and
the student has no other lesson (REQUIREMENTS "Find a free slot"). Earliest start wins; at the same
start, the instructor first in the grid's order.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Collection, Mapping, Sequence
from dataclasses import dataclass
from datetime import date, datetime, timedelta
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.calendar.rows import STEP, day_rows
from reinex_desktop.domain.calendar.rules import capacity_of
from reinex_desktop.domain.calendar.status import active_participants, is_cancelled
from reinex_desktop.domain.catalog import Capability, Instructor
from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.settings import ClinicSettings

DEFAULT_DAYS = 10


@dataclass(frozen=True, slots=True)
class FreeSlot:
    day: date
    start: datetime  # UTC
    duration_minutes: int
    instructor_id: UUID
    #: An existing group lesson the student would join, or None for a new lesson.
    join_lesson_id: UUID | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class SlotSearch:
    student_id: UUID
    service_id: UUID
    duration_minutes: int
    first_day: date
    days: int = DEFAULT_DAYS
    #: No opening before this instant (now), so today's past hours are never offered.
    not_before: datetime | None = None


def capable_instructors(
    service_id: UUID, instructors: Sequence[Instructor], capabilities: Collection[Capability]
) -> list[Instructor]:
    """Instructors with a recorded capability for the service, in the given order."""
    giving = {c.employee_id for c in capabilities if c.service_id == service_id}
    return [i for i in instructors if i.id in giving]


def find_free_slots(
    search: SlotSearch,
    *,
    settings: ClinicSettings,
    zone: ZoneInfo,
    instructors: Sequence[Instructor],
    capabilities: Collection[Capability],
    lessons: Sequence[LessonInstance],
    closed: Collection[date] = frozenset(),
) -> list[FreeSlot]:
    """At most one opening per day over `search.days` days from `search.first_day` (see module doc).

    `lessons` must hold every lesson in the range (all instructors, and the student's); `closed` the
    dates the clinic is closed (holidays, closures). `instructors` are already in grid order.
    """
    candidates = capable_instructors(search.service_id, instructors, capabilities)
    busy: dict[tuple[UUID, date], list[LessonInstance]] = defaultdict(list)
    student_busy: list[tuple[datetime, datetime]] = []
    for lesson in lessons:
        if is_cancelled(lesson):
            continue
        busy[(lesson.instructor_employee_id, lesson.datetime_start.astimezone(zone).date())].append(lesson)
        if any(p.student_id == search.student_id for p in active_participants(lesson)):
            student_busy.append((lesson.datetime_start, lesson.datetime_end))
    slots: list[FreeSlot] = []
    for offset in range(search.days):
        day = search.first_day + timedelta(days=offset)
        if day in closed or settings.hours_on(day_of_week(day)) is None:
            continue
        found = _first_on(day, search, settings, zone, candidates, capabilities, busy, student_busy)
        if found is not None:
            slots.append(found)
    return slots


def _first_on(
    day: date,
    search: SlotSearch,
    settings: ClinicSettings,
    zone: ZoneInfo,
    candidates: Sequence[Instructor],
    capabilities: Collection[Capability],
    busy: Mapping[tuple[UUID, date], list[LessonInstance]],
    student_busy: Sequence[tuple[datetime, datetime]],
) -> FreeSlot | None:
    rows = day_rows(day, settings, zone)
    if rows.business is None:
        return None
    opening, closing = rows.business
    length = timedelta(minutes=search.duration_minutes)
    working = [i for i in candidates if i.working_days is None or day_of_week(day) in i.working_days]
    start = rows.opening
    while start < opening:
        start += STEP
    while start + length <= closing:
        end = start + length
        if (search.not_before is None or start >= search.not_before) and not any(
            s < end and start < e for s, e in student_busy
        ):
            for instructor in working:
                verdict = _opening(start, end, search, instructor.id, busy.get((instructor.id, day), ()), capabilities)
                if verdict is not False:
                    join = verdict if isinstance(verdict, LessonInstance) else None
                    return FreeSlot(
                        day, start, search.duration_minutes, instructor.id, join.id if join is not None else None
                    )
        start += STEP
    return None


def _opening(
    start: datetime,
    end: datetime,
    search: SlotSearch,
    instructor_id: UUID,
    lessons: Sequence[LessonInstance],
    capabilities: Collection[Capability],
) -> bool | LessonInstance:
    """True when free, the group lesson to join when there is a seat, False when busy."""
    overlapping = [lesson for lesson in lessons if lesson.datetime_start < end and start < lesson.datetime_end]
    if not overlapping:
        return True
    if len(overlapping) == 1:
        lesson = overlapping[0]
        same = (
            lesson.service_id == search.service_id
            and lesson.datetime_start == start
            and lesson.duration_minutes == search.duration_minutes
        )
        capacity = capacity_of(instructor_id, search.service_id, capabilities) or 1
        if same and len(active_participants(lesson)) < capacity:
            return lesson
    return False
