"""What needs a person today: the pure rules behind the Today screen.

Each `Attention` is one line of the screen with a count and the place that resolves it (a day,
a student). The service gathers the facts; these rules decide what counts.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Iterable, Mapping, Sequence
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.clinic_time import local_date
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.enums import DocumentationStatus, LessonStatus
from reinex_desktop.domain.lessons import LessonInstance

#: How many past days the screen looks back for lessons still waiting for documentation.
UNDOCUMENTED_LOOKBACK_DAYS = 30
#: How many days ahead (today included) freed slots are matched against the waiting list.
FREED_SLOT_DAYS = 7
#: At most this many days of undocumented lessons are listed one by one (the most recent first).
UNDOCUMENTED_DAYS_SHOWN = 5


class AttentionKind(StrEnum):
    UNCONFIRMED = "unconfirmed"  # families not yet confirmed for the next business day
    UNDOCUMENTED = "undocumented"  # completed lessons of a past day without documentation
    CONFLICTS = "conflicts"  # lessons in a conflict today or tomorrow
    EXHAUSTED = "exhausted"  # students whose balance is used up
    LOW_BALANCE = "low_balance"  # students whose balance runs low
    SYNC = "sync"  # writes the sync could not apply as they were
    WAITING_MATCHES = "waiting_matches"  # freed slots a waiting family fits


@dataclass(frozen=True, slots=True)
class Attention:
    kind: AttentionKind
    count: int
    day: date | None = None
    #: The one student concerned, when there is exactly one (their profile resolves it).
    student_id: UUID | None = None


def is_undocumented(lesson: LessonInstance) -> bool:
    """A lesson that took place and still waits for its documentation."""
    return lesson.status is LessonStatus.COMPLETED and lesson.documentation_status is DocumentationStatus.UNDOCUMENTED


def undocumented_days(
    lessons: Iterable[LessonInstance], zone: ZoneInfo, today: date, shown: int = UNDOCUMENTED_DAYS_SHOWN
) -> list[Attention]:
    """One line per past clinic day with undocumented lessons, the most recent first, at most `shown`."""
    per_day = Counter(local_date(lesson.datetime_start, zone) for lesson in lessons if is_undocumented(lesson))
    days = sorted((day for day in per_day if day < today), reverse=True)[: max(0, shown)]
    return [Attention(AttentionKind.UNDOCUMENTED, per_day[day], day) for day in days]


def conflicted_lessons(conflicts: Iterable[Conflict]) -> set[object]:
    """The keys of every booking that is part of a conflict."""
    keys: set[object] = set()
    for conflict in conflicts:
        keys.add(conflict.booking.key)
        if conflict.other is not None:
            keys.add(conflict.other.key)
    return keys


def conflict_days(
    lessons: Sequence[LessonInstance], conflicts: Iterable[Conflict], zone: ZoneInfo, days: Sequence[date]
) -> list[Attention]:
    """For each of `days` that has any, how many of its lessons are in a conflict."""
    keys = conflicted_lessons(conflicts)
    per_day = Counter(local_date(lesson.datetime_start, zone) for lesson in lessons if lesson.id in keys)
    return [Attention(AttentionKind.CONFLICTS, per_day[day], day) for day in days if per_day[day] > 0]


def student_lines(kind: AttentionKind, students: Mapping[UUID, object]) -> list[Attention]:
    """One line for the students in `students` (none when empty); the student named when alone."""
    if not students:
        return []
    only = next(iter(students)) if len(students) == 1 else None
    return [Attention(kind, len(students), student_id=only)]


def counted(kind: AttentionKind, count: int, day: date | None = None) -> list[Attention]:
    """One line of `count` things (none at zero)."""
    return [Attention(kind, count, day)] if count > 0 else []
