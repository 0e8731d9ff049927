"""Matching over what the desk has read (the local cache when offline): every open entry's best slots
for the next weeks, and the entries that fit one freed slot."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from reinex_desktop.domain.calendar.layout import order_instructors
from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry
from reinex_desktop.domain.waiting_list.matching import (
    DEFAULT_WEEKS,
    Candidate,
    Clinic,
    EntryMatches,
    Matcher,
    Opening,
    match_range,
)
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.access import require_view
from reinex_desktop.services.waiting_list.entries import EntryFilter, open_entries

DEFAULT_LIMIT = 5


@dataclass(frozen=True, slots=True)
class MatchReport:
    first: date
    last: date
    matches: tuple[EntryMatches, ...]
    instructor_names: dict[UUID, str]


def matcher_for(context: AppContext, first: date, last: date) -> Matcher:
    """The clinic over [first, last] as the gateway has it, indexed for matching; nothing before now."""
    gateway = context.gateway
    settings = gateway.settings()
    zone = clinic_zone(settings.timezone)
    active = [i for i in gateway.instructors() if i.is_active]
    start, _ = day_bounds_utc(first, zone)
    _, end = day_bounds_utc(last, zone)
    clinic = Clinic(
        settings=settings,
        zone=zone,
        instructors=order_instructors(active, settings.instructor_order),
        capabilities=gateway.capabilities(),
        services={s.id: s for s in gateway.services()},
        lessons=gateway.lessons_between(start, end),
    )
    return Matcher(clinic, first, last, not_before=context.clock())


def match_entries(
    context: AppContext,
    *,
    weeks: int = DEFAULT_WEEKS,
    limit: int | None = DEFAULT_LIMIT,
    filters: EntryFilter | None = None,
    first: date | None = None,
) -> MatchReport:
    """The open entries in queue order, each with its best `limit` slots over `weeks` weeks from today."""
    require_view(context.user)
    first_day, last_day = match_range(first or context.today(), max(1, weeks))
    matcher = matcher_for(context, first_day, last_day)
    entries = open_entries(context, filters)
    found = matcher.match_all(entries, limit=None if filters and filters.instructor_id else limit)
    if filters is not None and filters.instructor_id is not None:
        found = [
            EntryMatches(m.entry, tuple(c for c in m.candidates if c.instructor_id == filters.instructor_id)[:limit])
            for m in found
        ]
    names = {i.id: i.name for i in matcher.clinic.instructors}
    return MatchReport(first_day, last_day, tuple(found), names)


def offers_for_lesson(
    context: AppContext, lesson: LessonInstance, *, seat: bool = False
) -> list[tuple[WaitingListEntry, Candidate]]:
    """The open entries that fit the slot a cancelled lesson freed (or, with `seat`, a seat a cancelled
    participant freed in a group lesson that still runs), in queue order."""
    require_view(context.user)
    zone = clinic_zone(context.gateway.settings().timezone)
    day = lesson.datetime_start.astimezone(zone).date()
    matcher = matcher_for(context, day, day)
    opening = Opening(lesson.instructor_employee_id, lesson.datetime_start, lesson.id if seat else None)
    return matcher.for_opening(opening, open_entries(context))
