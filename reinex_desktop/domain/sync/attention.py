"""Writes that came back as a conflict or a rejection: kept for the user, never dropped (DESIGN, outbox).

The user decides: keep mine (send it again over the other change — conflicts only), keep theirs
(drop mine; the screen already shows theirs) or re-book (open the day and book it anew).
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from enum import StrEnum
from typing import Any
from uuid import UUID

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "SyncAttention"


class Resolution(StrEnum):
    KEPT_MINE = "kept_mine"
    KEPT_THEIRS = "kept_theirs"
    REBOOKED = "rebooked"


_TITLES: tuple[tuple[str, str], ...] = (
    ("calendar.book", QT_TRANSLATE_NOOP("SyncAttention", "Booking a lesson")),
    ("calendar.reschedule", QT_TRANSLATE_NOOP("SyncAttention", "Moving a lesson")),
    ("calendar.add_participant", QT_TRANSLATE_NOOP("SyncAttention", "Adding a participant")),
    ("calendar.", QT_TRANSLATE_NOOP("SyncAttention", "Calendar change")),
    ("attendance.", QT_TRANSLATE_NOOP("SyncAttention", "Attendance change")),
    ("students.", QT_TRANSLATE_NOOP("SyncAttention", "Student details change")),
    ("generation.", QT_TRANSLATE_NOOP("SyncAttention", "Weekly generation")),
    ("templates.", QT_TRANSLATE_NOOP("SyncAttention", "Weekly template change")),
    ("settings.", QT_TRANSLATE_NOOP("SyncAttention", "Settings change")),
    ("money.", QT_TRANSLATE_NOOP("SyncAttention", "Payment or commitment change")),
    ("waiting_list.", QT_TRANSLATE_NOOP("SyncAttention", "Waiting list change")),
    ("payroll.", QT_TRANSLATE_NOOP("SyncAttention", "Payroll export")),
)
_ANY_CHANGE = QT_TRANSLATE_NOOP("SyncAttention", "Change")
_CONFLICT = QT_TRANSLATE_NOOP("SyncAttention", "Someone else changed the same item meanwhile on another workstation.")
_REJECTED = QT_TRANSLATE_NOOP("SyncAttention", "The server refused this change.")

#: Payload fields that name when a lesson takes place, in the order they are looked at.
_START_FIELDS = ("start", "datetime_start", "new_start")


@dataclass(frozen=True, slots=True)
class AttentionItem:
    mutation_id: UUID
    kind: str
    outcome: str  # "conflict" or "rejected"
    made_at: datetime
    actor_name: str = ""
    payload: Mapping[str, Any] = field(default_factory=dict)
    #: The server's reason (rejections).
    reason: Message | None = None
    #: The row as the server has it now (conflicts).
    current: Mapping[str, Any] | None = None

    @property
    def is_conflict(self) -> bool:
        return self.outcome == "conflict"

    @property
    def can_keep_mine(self) -> bool:
        """Only a conflict can be sent again over the other change; a rule's refusal would repeat."""
        return self.is_conflict

    def title(self) -> Message:
        for prefix, text in _TITLES:
            if self.kind == prefix or (prefix.endswith(".") and self.kind.startswith(prefix)):
                return Message(CONTEXT, text)
        return Message(CONTEXT, _ANY_CHANGE)

    def explanation(self) -> Message:
        if self.reason is not None:
            return self.reason
        return Message(CONTEXT, _CONFLICT if self.is_conflict else _REJECTED)

    def lesson_id(self) -> UUID | None:
        value = self.payload.get("lesson_id")
        try:
            return UUID(str(value)) if value else None
        except ValueError:
            return None

    def lesson_start(self) -> datetime | None:
        for name in _START_FIELDS:
            value = self.payload.get(name)
            if isinstance(value, str):
                try:
                    parsed = datetime.fromisoformat(value)
                except ValueError:
                    continue
                if parsed.tzinfo is not None:
                    return parsed
        return None

    @property
    def can_rebook(self) -> bool:
        """Re-booking makes sense for a write about a lesson: it opens that lesson's day."""
        return self.lesson_id() is not None or self.lesson_start() is not None


def rebook_day(item: AttentionItem, lesson_start: datetime | None, zone: Any) -> date | None:
    """The clinic day to open for re-booking: the lesson's new start if the write named one."""
    start = item.lesson_start() or lesson_start
    return start.astimezone(zone).date() if start else None
