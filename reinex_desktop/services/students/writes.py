"""Sending a students command: the verdict becomes a result, or a `DomainError` to show.

A stale base version is a `StudentChangedError` (someone else saved this student meanwhile);
a duplicate ID number is a `DuplicateNationalIdError` carrying the other student's id so the
screen can offer to open that profile.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any
from uuid import UUID

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.services.apply_command import ConflictError, apply_command
from reinex_desktop.services.context import AppContext

AREA = "students"

_STALE = QT_TRANSLATE_NOOP(
    "StudentServices",
    "Someone else changed this student a moment ago, so nothing was saved. "
    "The profile now shows their latest details; make your change again.",
)
_STALE_IMPORT = QT_TRANSLATE_NOOP(
    "StudentServices",
    "A student in the file (line {line}) was changed by someone else after the preview, so nothing "
    "was imported. Preview the file again.",
)
_REFUSED = QT_TRANSLATE_NOOP("StudentServices", "The change was not saved.")


class StudentChangedError(DomainError):
    """The student changed on another workstation since the user saw them (a version conflict)."""

    def __init__(self, current: Mapping[str, Any] | None, message: Message | None = None) -> None:
        super().__init__(message or Message("StudentServices", _STALE), code="conflict")
        self.current = current


class DuplicateNationalIdError(DomainError):
    """The ID number already belongs to another student: `existing_id` opens their profile."""

    def __init__(self, message: Message, existing_id: UUID) -> None:
        super().__init__(message, code="duplicate_national_id")
        self.existing_id = existing_id


def refusal(error: DomainError) -> DomainError:
    """A domain refusal, specialised when the screen can do more than show it."""
    if error.code == "duplicate_national_id" and "student_id" in error.message.params:
        return DuplicateNationalIdError(error.message, UUID(str(error.message.params["student_id"])))
    return error


def send(context: AppContext, command: Command, *, base_version: datetime | None = None) -> Mapping[str, Any]:
    """Apply `command` as the signed-in user; screens hear that students changed."""
    try:
        return apply_command(
            context, command, base_version=base_version, areas=(AREA,), refused=Message("StudentServices", _REFUSED)
        )
    except ConflictError as conflict:
        current = conflict.current or {}
        if "line" in current:
            raise StudentChangedError(
                current, Message("StudentServices", _STALE_IMPORT, {"line": current["line"]})
            ) from conflict
        raise StudentChangedError(current) from conflict
    except DomainError as error:
        raise refusal(error) from error
