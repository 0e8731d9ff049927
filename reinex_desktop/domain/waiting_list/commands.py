"""The waiting list's writes: create, edit, close an entry, and turn a match into a lesson or series.

Every write needs `reinex_waiting_list_manage` (plan §7.3). A create or an edit that would make a
duplicate (the student already has a series of the service, or another open entry for it) is
refused with the duplicates named, unless the user saw them and chose to save anyway
(`accept_duplicate`). Closing is soft: the row stays, its status becomes `closed`.
"""

from __future__ import annotations

from dataclasses import dataclass
from typing import ClassVar
from uuid import UUID

from reinex_desktop.domain.calendar.commands import AddParticipant, BookOneTimeLesson
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.generation.commands import CreateTemplate
from reinex_desktop.domain.waiting_list.entries import TimeWindow


@dataclass(frozen=True, slots=True)
class EntryDetails:
    """What the entry editor fills (plan §4.2.10), without the student and the status."""

    desired_service_id: UUID
    preferred_days: tuple[int, ...] = ()
    preferred_times: tuple[TimeWindow, ...] = ()
    instructor_preferences: tuple[UUID, ...] = ()
    willing_to_pay_premium: bool = False
    priority_flag: bool = False
    priority_reason: str | None = None
    notes: str | None = None


@dataclass(frozen=True, slots=True)
class CreateWaitingListEntry(Command):
    KIND: ClassVar[str] = "waiting_list.create"
    #: Chosen by the client, so a retried create is the same entry.
    entry_id: UUID
    student_id: UUID
    details: EntryDetails
    accept_duplicate: bool = False


@dataclass(frozen=True, slots=True)
class UpdateWaitingListEntry(Command):
    """Edit an open entry's preferences (base version: the entry's `metadata.updated_at`)."""

    KIND: ClassVar[str] = "waiting_list.update"
    entry_id: UUID
    details: EntryDetails
    accept_duplicate: bool = False


@dataclass(frozen=True, slots=True)
class CloseWaitingListEntry(Command):
    """Soft close: status `closed`, the reason kept in `metadata.closed_reason`."""

    KIND: ClassVar[str] = "waiting_list.close"
    entry_id: UUID
    reason: str = ""


@dataclass(frozen=True, slots=True)
class MatchWaitingListEntry(Command):
    """Turn a match into exactly one of: a one-time lesson, a seat in a group lesson, or a weekly
    series — written by that command's own handler, in the same transaction that marks the entry
    `matched` and links it (`metadata.matched_lesson_id` / `matched_template_id`)."""

    KIND: ClassVar[str] = "waiting_list.match"
    entry_id: UUID
    lesson: BookOneTimeLesson | None = None
    join: AddParticipant | None = None
    template: CreateTemplate | None = None
