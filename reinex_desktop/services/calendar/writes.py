"""How the calendar's services send a command: one mutation, and the verdict turned into a result or
a `DomainError` the screen shows (a stale base version is a `StaleLessonError`, never an overwrite)."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.services.apply_command import ConflictError, apply_command
from reinex_desktop.services.context import AppContext

_STALE = QT_TRANSLATE_NOOP(
    "CalendarServices",
    "Someone else changed this lesson a moment ago. The calendar now shows the lesson as it is; nothing was saved.",
)


class StaleLessonError(DomainError):
    """The lesson changed on another workstation since the user saw it (a version conflict)."""

    def __init__(self, current: Mapping[str, Any] | None) -> None:
        super().__init__(Message("CalendarServices", _STALE), code="stale")
        self.current = current


def send(context: AppContext, command: Command, *, base_version: datetime | None = None) -> Mapping[str, Any]:
    """Apply `command` as the signed-in user; the lessons screens refresh afterwards in every case
    except a refusal (which changed nothing anyone could see)."""
    try:
        return apply_command(context, command, base_version=base_version, areas=("lessons",))
    except ConflictError as conflict:
        raise StaleLessonError(conflict.current) from conflict
