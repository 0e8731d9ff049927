"""The waiting list's rules: what an entry may hold, duplicates, and which status changes are allowed."""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.lessons import LessonTemplate
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.domain.waiting_list.commands import EntryDetails
from reinex_desktop.domain.waiting_list.entries import PREFERABLE_DAYS, WaitingListEntry

CONTEXT = "WaitingListRules"
MAX_NOTE = 2000

_BAD_DAY = QT_TRANSLATE_NOOP("WaitingListRules", "Preferred days are Sunday to Friday.")
_BAD_WINDOW = QT_TRANSLATE_NOOP("WaitingListRules", "A preferred time window must end after it starts.")
_NO_REASON = QT_TRANSLATE_NOOP("WaitingListRules", "A priority entry needs a reason.")
_TOO_LONG = QT_TRANSLATE_NOOP("WaitingListRules", "The notes are too long (at most {limit} characters).")
_GONE = QT_TRANSLATE_NOOP("WaitingListRules", "This waiting-list entry no longer exists.")
_UNKNOWN = QT_TRANSLATE_NOOP("WaitingListRules", "The student or the service no longer exists.")
_EXISTS = QT_TRANSLATE_NOOP("WaitingListRules", "This waiting-list entry was already saved.")
_NOT_OPEN = QT_TRANSLATE_NOOP("WaitingListRules", "Only an open entry can be changed or matched.")
_ALREADY_CLOSED = QT_TRANSLATE_NOOP("WaitingListRules", "This entry is already closed.")
_ONE_RESULT = QT_TRANSLATE_NOOP("WaitingListRules", "A match becomes exactly one lesson or one weekly series.")
_OTHER_STUDENT = QT_TRANSLATE_NOOP("WaitingListRules", "The lesson or series is for another student or service.")
_HAS_SERIES = QT_TRANSLATE_NOOP(
    "WaitingListRules", "Possible duplicate: the student already has a weekly series of this service."
)
_HAS_ENTRY = QT_TRANSLATE_NOOP(
    "WaitingListRules", "Possible duplicate: the student already has an open entry for this service."
)
_HAS_BOTH = QT_TRANSLATE_NOOP(
    "WaitingListRules",
    "Possible duplicate: the student already has a weekly series and an open entry for this service.",
)


def refuse(text: str, code: str = "rule_violation", **params: object) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code=code)


def entry_gone() -> DomainError:
    return refuse(_GONE, "not_found")


def unknown_reference() -> DomainError:
    return refuse(_UNKNOWN, "not_found")


def entry_exists() -> DomainError:
    return refuse(_EXISTS, "exists")


def clean_details(details: EntryDetails) -> EntryDetails:
    """The details as stored: days sorted and unique, instructors unique, text trimmed (or refused)."""
    days = tuple(sorted(set(details.preferred_days)))
    if any(day not in PREFERABLE_DAYS for day in days):
        raise refuse(_BAD_DAY)
    for window in details.preferred_times:
        if window.end <= window.start or (window.day is not None and window.day not in PREFERABLE_DAYS):
            raise refuse(_BAD_WINDOW)
    reason = (details.priority_reason or "").strip() or None
    if details.priority_flag and reason is None:
        raise refuse(_NO_REASON)
    notes = (details.notes or "").strip() or None
    if notes is not None and len(notes) > MAX_NOTE:
        raise refuse(_TOO_LONG, limit=MAX_NOTE)
    return EntryDetails(
        desired_service_id=details.desired_service_id,
        preferred_days=days,
        preferred_times=tuple(details.preferred_times),
        instructor_preferences=tuple(dict.fromkeys(details.instructor_preferences)),
        willing_to_pay_premium=details.willing_to_pay_premium,
        priority_flag=details.priority_flag,
        priority_reason=reason if details.priority_flag else None,
        notes=notes,
    )


class DuplicateKind(StrEnum):
    SERIES = "series"
    ENTRY = "entry"


@dataclass(frozen=True, slots=True)
class Duplicate:
    kind: DuplicateKind
    id: UUID


def find_duplicates(
    student_id: UUID,
    service_id: UUID,
    *,
    templates: Iterable[LessonTemplate],
    entries: Iterable[WaitingListEntry],
    today: date,
    exclude_entry: UUID | None = None,
) -> list[Duplicate]:
    """A series of the same student and service that is active and not ended before `today`, and any
    other open entry of the same student for the same service."""
    found = [
        Duplicate(DuplicateKind.SERIES, template.id)
        for template in templates
        if template.student_id == student_id
        and template.service_id == service_id
        and template.is_active
        and (template.valid_until is None or template.valid_until >= today)
    ]
    found += [
        Duplicate(DuplicateKind.ENTRY, entry.id)
        for entry in entries
        if entry.student_id == student_id
        and entry.desired_service_id == service_id
        and entry.is_open
        and entry.id != exclude_entry
    ]
    return found


def duplicate_message(duplicates: Iterable[Duplicate]) -> Message:
    """One sentence naming what the entry duplicates."""
    kinds = {d.kind for d in duplicates}
    if kinds == {DuplicateKind.SERIES, DuplicateKind.ENTRY}:
        return Message(CONTEXT, _HAS_BOTH)
    return Message(CONTEXT, _HAS_SERIES if DuplicateKind.SERIES in kinds else _HAS_ENTRY)


def duplicate_refusal(duplicates: Iterable[Duplicate]) -> DomainError:
    """The refusal naming what the entry duplicates (the screen asks, then saves with `accept_duplicate`)."""
    return DomainError(duplicate_message(duplicates), code="duplicate")


def check_editable(entry: WaitingListEntry) -> None:
    if entry.status is not WaitingListStatus.OPEN:
        raise refuse(_NOT_OPEN, "not_open")


def check_closable(entry: WaitingListEntry) -> None:
    if entry.status is WaitingListStatus.CLOSED:
        raise refuse(_ALREADY_CLOSED, "closed")


def check_match(entry: WaitingListEntry, *, student_id: UUID | None, service_id: UUID | None, results: int) -> None:
    """A match is one open entry turned into exactly one lesson, seat or series of its student and service."""
    check_editable(entry)
    if results != 1:
        raise refuse(_ONE_RESULT)
    if student_id != entry.student_id or service_id != entry.desired_service_id:
        raise refuse(_OTHER_STUDENT)


def may_view(role: Role) -> bool:
    """Instructors see nothing of the waiting list (issue: "instructors see nothing of it")."""
    return role is not Role.INSTRUCTOR
