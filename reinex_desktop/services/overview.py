"""Today at a glance: how many lessons today and on the next business day, and what needs a person now."""

from __future__ import annotations

from collections import Counter
from collections.abc import Sequence
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from reinex_desktop.domain.calendar.status import CANCELLED_PARTICIPANT, is_cancelled
from reinex_desktop.domain.charging.balances import BalanceLevel
from reinex_desktop.domain.clinic_time import day_bounds_utc, local_date
from reinex_desktop.domain.confirmations.days import next_business_day
from reinex_desktop.domain.conflicts import bookings_of, find_conflicts
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.today import (
    FREED_SLOT_DAYS,
    UNDOCUMENTED_LOOKBACK_DAYS,
    Attention,
    AttentionKind,
    conflict_days,
    counted,
    student_lines,
    undocumented_days,
)
from reinex_desktop.domain.waiting_list.matching import Opening
from reinex_desktop.services.commitments import balance_warnings
from reinex_desktop.services.confirmations import ConfirmationsService
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import can_view as can_view_waiting_list
from reinex_desktop.services.waiting_list.entries import open_entries
from reinex_desktop.services.waiting_list.matching import matcher_for


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


@dataclass(frozen=True, slots=True)
class TodayOverview:
    today: DayOverview
    #: The next business day (closed weekdays, closures and holidays skipped).
    next_day: DayOverview
    #: What needs a person now, in the order the screen lists it.
    attention: tuple[Attention, ...]


def _active(context: AppContext) -> tuple[int, int]:
    """Active instructors and students; an instructor sees only their own students (§7.1)."""
    own = context.user.own_instructor
    if own is not None:
        templates = context.gateway.templates(active_only=True)
        return 1, len({t.student_id for t in templates if t.instructor_employee_id == own})
    return len(context.gateway.instructors()), len(context.gateway.students(active=True))


def _counts(
    context: AppContext, day: date, lessons: Sequence[LessonInstance], active: tuple[int, int] | None = None
) -> DayOverview:
    """Counts for `day` from its lessons (instructors see only their own lessons, §7.1)."""
    instructors, students = active if active is not None else _active(context)
    by_status = Counter(lesson.status for lesson in lessons)
    return DayOverview(
        day=day,
        clinic_name=context.gateway.settings().clinic_name,
        lessons=len(lessons),
        participants=sum(len(lesson.participants) for lesson in lessons),
        by_status={status: by_status.get(status, 0) for status in LessonStatus},
        instructors_teaching=len({lesson.instructor_employee_id for lesson in lessons}),
        active_instructors=instructors,
        active_students=students,
    )


def _lessons_of(context: AppContext, first: date, last: date) -> list[LessonInstance]:
    zone = context.zone()
    start, _ = day_bounds_utc(first, zone)
    _, end = day_bounds_utc(last, zone)
    return context.gateway.lessons_between(start, end, instructor_id=context.user.own_instructor)


def day_overview(context: AppContext, day: date) -> DayOverview:
    """Counts for `day` in the clinic time zone."""
    return _counts(context, day, _lessons_of(context, day, day))


def _may_confirm(context: AppContext) -> bool:
    user = context.user
    return user.can(Permission.WHATSAPP_MANUAL) and user.can(Permission.ATTENDANCE_MARK)


def _unconfirmed(context: AppContext, day: date) -> list[Attention]:
    if not _may_confirm(context):
        return []
    progress = ConfirmationsService(context).open_day(day).progress
    return counted(AttentionKind.UNCONFIRMED, progress.not_asked + progress.waiting, day)


def _balances(context: AppContext) -> list[Attention]:
    exhausted: dict[UUID, None] = {}
    low: dict[UUID, None] = {}
    for student_id, warnings in balance_warnings(context).items():
        if any(w.level is BalanceLevel.EXHAUSTED for w in warnings):
            exhausted[student_id] = None
        else:
            low[student_id] = None
    return [
        *student_lines(AttentionKind.EXHAUSTED, exhausted),
        *student_lines(AttentionKind.LOW_BALANCE, low),
    ]


def _waiting_matches(context: AppContext, first: date, lessons: Sequence[LessonInstance]) -> list[Attention]:
    """Freed slots (cancelled lessons, cancelled seats) of the coming days a waiting family fits."""
    if not can_view_waiting_list(context.user):
        return []
    now = context.clock()
    freed = [
        lesson
        for lesson in lessons
        if lesson.datetime_start > now
        and (is_cancelled(lesson) or any(p.participant_status in CANCELLED_PARTICIPANT for p in lesson.participants))
    ]
    if not freed:
        return []
    entries = open_entries(context)
    if not entries:
        return []
    zone = context.zone()
    last = first + timedelta(days=FREED_SLOT_DAYS - 1)
    matcher = matcher_for(context, first, last)
    fitting = [
        lesson
        for lesson in freed
        if matcher.for_opening(
            Opening(lesson.instructor_employee_id, lesson.datetime_start, None if is_cancelled(lesson) else lesson.id),
            entries,
        )
    ]
    first_day = min((local_date(lesson.datetime_start, zone) for lesson in fitting), default=None)
    return counted(AttentionKind.WAITING_MATCHES, len(fitting), first_day)


def today_overview(context: AppContext, day: date) -> TodayOverview:
    """`day`'s and the next business day's counts with everything that needs a person now."""
    gateway = context.gateway
    zone = context.zone()
    next_day = next_business_day(day, gateway.settings())
    ahead = max(next_day, day + timedelta(days=FREED_SLOT_DAYS - 1))
    lessons = _lessons_of(context, day - timedelta(days=UNDOCUMENTED_LOOKBACK_DAYS), ahead)
    by_day: dict[date, list[LessonInstance]] = {}
    for lesson in lessons:
        by_day.setdefault(local_date(lesson.datetime_start, zone), []).append(lesson)
    near = [*by_day.get(day, []), *by_day.get(next_day, [])]
    conflicts = find_conflicts(bookings_of(near), gateway.capabilities())
    upcoming = [lesson for lesson in lessons if local_date(lesson.datetime_start, zone) >= day]
    attention = [
        *_unconfirmed(context, next_day),
        *conflict_days(near, conflicts, zone, [day, next_day]),
        *undocumented_days(lessons, zone, day),
        *_balances(context),
        *counted(AttentionKind.SYNC, len(context.sync.attention())),
        *_waiting_matches(context, day, upcoming),
    ]
    active = _active(context)
    return TodayOverview(
        today=_counts(context, day, by_day.get(day, []), active),
        next_day=_counts(context, next_day, by_day.get(next_day, []), active),
        attention=tuple(attention),
    )
