"""Open a day of the calendar: the lessons of the day, laid out once for painting (REQUIREMENTS screen 1).

Instructors see only their own column and lessons (plan §7.1). Conflicts come from the one detector
(`domain.conflicts`) and mark the blocks; everything the grid paints is in the returned `DayView`.
"""

from __future__ import annotations

import threading
from collections import OrderedDict, defaultdict
from collections.abc import Collection, Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from typing import TYPE_CHECKING
from uuid import UUID

from reinex_desktop.domain.calendar.layout import DayLayout, LayoutInputs, layout_day
from reinex_desktop.domain.charging.balances import BalanceWarning
from reinex_desktop.domain.clinic_time import day_bounds_utc
from reinex_desktop.domain.conflicts import Conflict, bookings_of, find_conflicts
from reinex_desktop.domain.enums import ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.payments.ledger import Ledger
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.calendar.catalog import CATALOG_AREAS, CalendarCatalog, CalendarCatalogCache
from reinex_desktop.services.commitments import balance_warnings
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments_calendar import with_payments

if TYPE_CHECKING:
    from reinex_desktop.services.calendar.students import StudentDirectory


@dataclass(frozen=True, slots=True)
class DayView:
    day: date
    layout: DayLayout
    catalog: CalendarCatalog
    #: The conflicts each lesson of the day is part of.
    conflicts: Mapping[UUID, tuple[Conflict, ...]] = field(default_factory=dict)
    #: Why the clinic is closed that day ("holiday", "closure", "closed_weekday"), or "".
    closed: str = ""
    holiday: str = ""
    #: The user may book, move and add participants (`reinex_schedule_manage`).
    can_schedule: bool = False

    def lesson(self, lesson_id: UUID) -> LessonInstance | None:
        block = self.layout.block_of(lesson_id)
        return block.lesson if block else None


def own_instructor(context: AppContext) -> UUID | None:
    """The instructor an Instructor-role user is; None for every other role (they see everyone)."""
    return context.user.own_instructor


def conflicts_by_lesson(
    lessons: Collection[LessonInstance], catalog: CalendarCatalog
) -> dict[UUID, tuple[Conflict, ...]]:
    found: dict[UUID, list[Conflict]] = defaultdict(list)
    for conflict in find_conflicts(bookings_of(lessons), catalog.capabilities):
        keys = {conflict.booking.key} | ({conflict.other.key} if conflict.other else set())
        for key in keys:
            if isinstance(key, UUID):
                found[key].append(conflict)
    return {key: tuple(value) for key, value in found.items()}


def low_balance_lessons(
    lessons: Collection[LessonInstance], warnings: Mapping[UUID, Collection[BalanceWarning]]
) -> frozenset[UUID]:
    """Lessons with a participant still to come whose money for the lesson's service is low or used up
    (🟡, plan §4.2.7)."""
    found = set()
    for lesson in lessons:
        for participant in lesson.participants:
            if participant.participant_status is not ParticipantStatus.SCHEDULED:
                continue
            if any(w.service_id == lesson.service_id for w in warnings.get(participant.student_id, ())):
                found.add(lesson.id)
                break
    return frozenset(found)


DayKey = tuple[date, frozenset[UUID] | None, bool]
#: Change areas after which a prepared day is stale.
DAY_AREAS = frozenset({"lessons", "money", "students", "templates", "generation"})


def _day_key(day: date, visible: Collection[UUID] | None, show_cancelled: bool) -> DayKey:
    return day, None if visible is None else frozenset(visible), show_cancelled


class CalendarService:
    """The day and week reads of one signed-in user, sharing one catalog between day switches."""

    #: Prepared days kept for switching back and forth (the neighbours are prepared ahead).
    KEPT_DAYS = 12

    def __init__(self, context: AppContext) -> None:
        self.context = context
        self.catalog_cache = CalendarCatalogCache(context)
        self._days: OrderedDict[DayKey, DayView] = OrderedDict()
        self._days_lock = threading.Lock()
        self._generation = 0
        self._warnings: dict[UUID, list[BalanceWarning]] | None = None
        self._directory: StudentDirectory | None = None
        #: Families' ledgers read for the 🟡 "unpaid" mark, kept until lessons or money change.
        self._accounts: dict[UUID, Ledger] = {}

    def balance_warnings(self) -> Mapping[UUID, Collection[BalanceWarning]]:
        """Every student's low or used-up commitments, read once and kept until a change makes them stale."""
        if self._warnings is None:
            self._warnings = balance_warnings(self.context)
        return self._warnings

    def directory(self) -> StudentDirectory:
        """The students dialogs pick from, read once and kept until a change makes them stale."""
        from reinex_desktop.services.calendar.students import load_directory

        if self._directory is None:
            self._directory = load_directory(self.context)
        return self._directory

    def lesson(self, lesson_id: UUID) -> LessonInstance | None:
        """One lesson as stored now (the day on screen may not hold it, e.g. a pinned lesson)."""
        return self.context.gateway.lesson(lesson_id)

    def catalog(self) -> CalendarCatalog:
        return self.catalog_cache.get()

    def now(self) -> datetime:
        return self.context.clock()

    def today(self) -> date:
        return self.now().astimezone(self.catalog().zone).date()

    def open_day(
        self,
        day: date,
        *,
        visible: Collection[UUID] | None = None,
        show_cancelled: bool = True,
    ) -> DayView:
        """The laid-out day: rows over business hours (DST-correct), one column per active instructor,
        blocks with lanes, status icons and conflict marks. A day prepared ahead (`prefetch`) and not
        changed since comes back at once."""
        key = _day_key(day, visible, show_cancelled)
        with self._days_lock:
            kept = self._days.get(key)
            if kept is not None:
                self._days.move_to_end(key)
                return kept
            generation = self._generation
        view = self._prepare(day, visible, show_cancelled)
        self._keep(key, view, generation)
        return view

    def prefetch(
        self, days: Collection[date], *, visible: Collection[UUID] | None = None, show_cancelled: bool = True
    ) -> None:
        """Prepare these days now (in the background), so switching to them is instant."""
        for day in days:
            self.open_day(day, visible=visible, show_cancelled=show_cancelled)

    def data_changed(self, areas: Collection[str]) -> bool:
        """Forget what the change made stale; True when the shown days must be read again."""
        changed = set(areas)
        if changed & CATALOG_AREAS:
            self.catalog_cache.forget()
        if changed & {"lessons", "money"}:
            self._warnings = None
            self._accounts = {}
        if "students" in changed:
            self._directory = None
        stale = bool(changed & (DAY_AREAS | CATALOG_AREAS))
        if stale:
            self.forget_days()
        return stale

    def forget_days(self) -> None:
        """Drop every prepared day (the lessons changed); a preparation running now is not kept."""
        with self._days_lock:
            self._days.clear()
            self._generation += 1

    def _keep(self, key: DayKey, view: DayView, generation: int) -> None:
        with self._days_lock:
            if generation != self._generation:
                return
            self._days[key] = view
            while len(self._days) > self.KEPT_DAYS:
                self._days.popitem(last=False)

    def _prepare(self, day: date, visible: Collection[UUID] | None, show_cancelled: bool) -> DayView:
        catalog = self.catalog()
        start, end = day_bounds_utc(day, catalog.zone)
        own = own_instructor(self.context)
        lessons = with_payments(
            self.context, self.context.gateway.lessons_between(start, end, instructor_id=own), self._accounts
        )
        instructors = list(catalog.instructors)
        if own is not None:
            visible = {own}
        extra_ids = {lesson.instructor_employee_id for lesson in lessons} - {i.id for i in instructors}
        instructors += [catalog.everyone[i] for i in extra_ids if i in catalog.everyone]
        conflicts = conflicts_by_lesson(lessons, catalog)
        layout = layout_day(
            day,
            LayoutInputs(
                settings=catalog.settings,
                zone=catalog.zone,
                instructors=instructors,
                services=catalog.services,
                capabilities=catalog.capabilities,
                lessons=lessons,
                conflicted=frozenset(conflicts),
                low_balance=low_balance_lessons(lessons, self.balance_warnings()),
                visible=visible,
                show_cancelled=show_cancelled,
            ),
        )
        closed = catalog.closed_days(day, day).get(day, "")
        return DayView(
            day=day,
            layout=layout,
            catalog=catalog,
            conflicts=conflicts,
            closed=closed,
            holiday=catalog.holiday(day) if closed == "holiday" else "",
            can_schedule=self.context.user.can(Permission.SCHEDULE_MANAGE),
        )
