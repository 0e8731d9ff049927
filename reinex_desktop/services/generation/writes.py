"""Send a generation or template command and turn its verdict into a result or a refusal."""

from __future__ import annotations

from collections.abc import Mapping
from datetime import datetime
from typing import Any

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.generation.access import require_manager_role
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message
from reinex_desktop.services.apply_command import ConflictError, apply_command
from reinex_desktop.services.context import AppContext, UserContext

CONTEXT = "GenerationServices"
_STALE = QT_TRANSLATE_NOOP(
    "GenerationServices",
    "Someone else changed this template a moment ago; it is shown as it is now. Nothing was saved.",
)
_REFUSED = QT_TRANSLATE_NOOP("GenerationServices", "The change was not saved.")


class StaleTemplateError(DomainError):
    def __init__(self, current: Mapping[str, Any] | None) -> None:
        super().__init__(Message(CONTEXT, _STALE), code="stale")
        self.current = current


def require_manager(user: UserContext) -> None:
    """Generation, undo, reset forward and template edits: schedule permission and Owner/Admin (plan §7)."""
    user.require(Permission.SCHEDULE_MANAGE)
    require_manager_role(user.actor.role)


def can_manage(user: UserContext) -> bool:
    try:
        require_manager(user)
    except DomainError:
        return False
    return True


def send(
    context: AppContext, command: Command, *, areas: tuple[str, ...], base_version: datetime | None = None
) -> Mapping[str, Any]:
    """Apply `command` as the signed-in user; screens showing `areas` refresh when something changed."""
    try:
        return apply_command(
            context, command, base_version=base_version, areas=areas, refused=Message(CONTEXT, _REFUSED)
        )
    except ConflictError as conflict:
        raise StaleTemplateError(conflict.current) from conflict
