"""The calendar's writes: book a one-time lesson, reschedule a lesson, add a participant.

Each carries `accept_conflicts`: the user saw the conflicts the move or booking would cause and
chose to go on. Without it, the data layer refuses any conflict it finds at the moment of writing,
so a conflict created meanwhile on another workstation is never saved unseen (plan §5.2).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import datetime
from typing import ClassVar
from uuid import UUID

from reinex_desktop.domain.commands import Command


@dataclass(frozen=True, slots=True)
class BookOneTimeLesson(Command):
    """A one-time lesson in a slot of the day grid (`created_source = 'one_time'`, plan §5.2)."""

    KIND: ClassVar[str] = "calendar.book"
    #: Chosen by the client, so a retried booking is the same lesson and the grid can focus it.
    lesson_id: UUID
    instructor_id: UUID
    service_id: UUID
    start: datetime
    duration_minutes: int
    student_ids: tuple[UUID, ...]
    note: str = ""
    accept_conflicts: bool = False


@dataclass(frozen=True, slots=True)
class RescheduleLesson(Command):
    """Move a lesson to another time, instructor or length; marks `metadata.manual_override` (plan §5.3)."""

    KIND: ClassVar[str] = "calendar.reschedule"
    lesson_id: UUID
    instructor_id: UUID
    start: datetime
    duration_minutes: int
    #: How the user moved it: "drag", "keyboard", "dialog", "pinboard" (kept in the audit trail).
    via: str = "dialog"
    accept_conflicts: bool = False


@dataclass(frozen=True, slots=True)
class AddParticipant(Command):
    """Add a student to an existing (group) lesson, within the instructor's capacity."""

    KIND: ClassVar[str] = "calendar.add_participant"
    lesson_id: UUID
    student_id: UUID
    #: Chosen by the client, for the same reason as `BookOneTimeLesson.lesson_id`.
    participant_id: UUID
    accept_conflicts: bool = False
