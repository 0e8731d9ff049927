"""Turn a match into a one-time lesson, a seat in a group, or a weekly series — previewed first.

The preview lists the conflicts the lesson (or each of the series' dates in the next weeks) would
have, read fresh, so the manager decides with what is true now; declining changes nothing. The write
is one `MatchWaitingListEntry` command: the booking, seat or series is created by its own command's
handler in the same transaction that marks the entry `matched` and links it.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, timedelta
from enum import StrEnum
from uuid import UUID, uuid4

from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson
from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES
from reinex_desktop.domain.clinic_time import day_of_week, local_to_utc
from reinex_desktop.domain.conflicts import Booking, Conflict, bookings_of, conflicts_for
from reinex_desktop.domain.generation.commands import CreateTemplate
from reinex_desktop.domain.permissions import forbidden
from reinex_desktop.domain.waiting_list.commands import MatchWaitingListEntry
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry
from reinex_desktop.domain.waiting_list.matching import Candidate, SlotKind
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import AREAS, can_book, can_make_series

#: How many weeks of a new series the conflict preview checks.
SERIES_PREVIEW_WEEKS = 4


class Outcome(StrEnum):
    LESSON = "lesson"  # a one-time lesson, or a seat in the group lesson of a JOIN candidate
    SERIES = "series"


@dataclass(frozen=True, slots=True)
class Conversion:
    """Exactly what will be created: shown in the preview, then sent unchanged."""

    entry: WaitingListEntry
    candidate: Candidate
    outcome: Outcome
    #: The series' first date (SERIES only); the candidate's date by default.
    valid_from: date | None = None


@dataclass(frozen=True, slots=True)
class Preview:
    conversion: Conversion
    conflicts: tuple[tuple[date, Conflict], ...]


def _require(context: AppContext, outcome: Outcome) -> None:
    allowed = can_make_series(context.user) if outcome is Outcome.SERIES else can_book(context.user)
    if not allowed:
        raise forbidden(context.user.role)


def _occurrences(context: AppContext, conversion: Conversion) -> list[tuple[date, datetime]]:
    candidate = conversion.candidate
    if conversion.outcome is Outcome.LESSON:
        return [(candidate.day, candidate.start)]
    zone = context.zone()
    first = conversion.valid_from or candidate.day
    at = candidate.start.astimezone(zone).time()
    weekday = day_of_week(candidate.day)
    first += timedelta(days=(weekday - day_of_week(first)) % 7)
    return [
        (first + timedelta(weeks=n), local_to_utc(first + timedelta(weeks=n), at, zone))
        for n in range(SERIES_PREVIEW_WEEKS)
    ]


def preview(context: AppContext, conversion: Conversion) -> Preview:
    """The conflicts of what the conversion creates, read now (nothing is written)."""
    _require(context, conversion.outcome)
    candidate = conversion.candidate
    capabilities = context.gateway.capabilities()
    found: list[tuple[date, Conflict]] = []
    for day, start in _occurrences(context, conversion):
        end = start + timedelta(minutes=candidate.duration_minutes)
        lessons = context.gateway.lessons_between(start - timedelta(minutes=MAX_DURATION_MINUTES), end)
        existing = bookings_of(lessons)
        key: object = candidate.lesson_id if conversion.outcome is Outcome.LESSON and candidate.lesson_id else uuid4()
        students: tuple[UUID, ...] = (conversion.entry.student_id,)
        if candidate.kind is SlotKind.JOIN and candidate.lesson_id is not None:
            group = next((b for b in existing if b.key == candidate.lesson_id), None)
            if group is not None:
                students = (*group.student_ids, conversion.entry.student_id)
        booking = Booking(key, candidate.instructor_id, candidate.service_id, start, end, students)
        same_group = [b for b in existing if b.key != candidate.lesson_id] if candidate.lesson_id else existing
        found += [(day, c) for c in conflicts_for(booking, same_group, capabilities)]
    return Preview(conversion, tuple(found))


def command_for(context: AppContext, conversion: Conversion, *, accept_conflicts: bool) -> MatchWaitingListEntry:
    entry, candidate = conversion.entry, conversion.candidate
    if conversion.outcome is Outcome.SERIES:
        zone = context.zone()
        first = conversion.valid_from or candidate.day
        first += timedelta(days=(day_of_week(candidate.day) - day_of_week(first)) % 7)
        template = CreateTemplate(
            template_id=uuid4(),
            student_id=entry.student_id,
            instructor_employee_id=candidate.instructor_id,
            service_id=candidate.service_id,
            day_of_week=day_of_week(candidate.day),
            time_of_day=candidate.start.astimezone(zone).time(),
            duration_minutes=candidate.duration_minutes,
            valid_from=first,
        )
        return MatchWaitingListEntry(entry.id, template=template)
    if candidate.kind is SlotKind.JOIN and candidate.lesson_id is not None:
        join = AddParticipant(candidate.lesson_id, entry.student_id, uuid4(), accept_conflicts)
        return MatchWaitingListEntry(entry.id, join=join)
    lesson = BookOneTimeLesson(
        lesson_id=uuid4(),
        instructor_id=candidate.instructor_id,
        service_id=candidate.service_id,
        start=candidate.start,
        duration_minutes=candidate.duration_minutes,
        student_ids=(entry.student_id,),
        accept_conflicts=accept_conflicts,
    )
    return MatchWaitingListEntry(entry.id, lesson=lesson)


def convert(context: AppContext, conversion: Conversion, *, accept_conflicts: bool = False) -> dict[str, object]:
    """Create what the preview showed and mark the entry matched; returns the links written."""
    _require(context, conversion.outcome)
    command = command_for(context, conversion, accept_conflicts=accept_conflicts)
    try:
        return dict(apply_command(context, command, base_version=conversion.entry.updated_at))
    finally:
        context.notices.data_did_change(*AREAS, "lessons", "templates")
