"""The one write path: send a command through the gateway and turn its verdict into a result or a refusal.

A rule refusal (REJECTED) becomes the `DomainError` the backend gave; a stale version (CONFLICT)
becomes a `ConflictError` carrying the current row, so the screen can show what changed. Every
service sends its commands here; an area's own stale-version error wraps `ConflictError`.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from typing import Any

from reinex_desktop.domain.attendance.rules import CHANGE_CONFLICT, CHANGE_REFUSED, CHANGES_CONTEXT
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.text import DomainError, Message
from reinex_desktop.services.context import AppContext
from reinex_desktop.sync.mutations import Mutation, Outcome


class ConflictError(DomainError):
    """The row changed since the user saw it; `current` is the row as the backend has it."""

    def __init__(self, current: Mapping[str, Any] | None) -> None:
        super().__init__(Message(CHANGES_CONTEXT, CHANGE_CONFLICT), code="conflict")
        self.current = current


def apply_command(
    context: AppContext,
    command: Command,
    *,
    base_version: datetime | None = None,
    areas: Iterable[str] = (),
    refused: Message | None = None,
) -> Mapping[str, Any]:
    """Apply `command` as the signed-in user; returns the backend's result, raises on refusal.

    Screens showing `areas` hear of it when the command applied, and also on a conflict (what they
    show is stale); a refusal changed nothing. `refused` is the sentence for a refusal the backend
    did not word itself.
    """
    mutation = Mutation.of(command, context.user.actor, base_version=base_version, created_at=context.clock())
    result = context.gateway.apply(mutation)
    if result.outcome is Outcome.REJECTED:
        message = result.message or refused or Message(CHANGES_CONTEXT, CHANGE_REFUSED)
        raise DomainError(message, code=str(result.result.get("code", "rejected")))
    changed = tuple(areas)
    if changed:
        context.notices.data_did_change(*changed)
    if result.outcome is Outcome.CONFLICT:
        raise ConflictError(result.current)
    return result.result
