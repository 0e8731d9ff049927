"""How a `TenantDbGateway` applies commands: one handler per command kind, inside a transaction.

A handler loads what it needs through the session, asks the domain for the decision, writes the
result and an audit event. It raises `DomainError` to refuse (→ REJECTED) and `VersionConflict`
when the row changed since the user's base version (→ CONFLICT). Rules live in `domain/`, never here.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, TypeVar

import sqlalchemy as sa
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.permissions import (
    PERMISSIONS_SETTING_KEY,
    Permission,
    check,
    parse_overrides,
    permissions_for,
    role_named,
)
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.sync.mutations import Mutation
from reinex_desktop.sync.tenant_db.reads_catalog import load_settings

C = TypeVar("C", bound=Command)
Handler = Callable[["HandlerContext", Any], Mapping[str, Any] | None]

_HANDLERS: dict[str, Handler] = {}


class VersionConflict(Exception):
    """The row changed since the version the user saw; carries the row as it is now."""

    def __init__(self, current: Mapping[str, Any] | None) -> None:
        super().__init__("version conflict")
        self.current = current


def handles(command_class: type[C]) -> Callable[[Callable[[HandlerContext, C], Any]], Callable[..., Any]]:
    """Register the decorated function as the handler of `command_class`."""

    def register(function: Callable[[HandlerContext, C], Any]) -> Callable[..., Any]:
        _HANDLERS[command_class.KIND] = function
        return function

    return register


def handler_for(kind: str) -> Handler | None:
    return _HANDLERS.get(kind)


@dataclass
class HandlerContext:
    session: Session
    mutation: Mutation
    now: datetime
    #: The organization's permission overrides as the backend knows them (the web backend: from the
    #: organization's record); None reads them from the tenant's `"Settings"` (plan §7.2).
    overrides: Mapping[str, bool] | None = None
    _granted: frozenset[Permission] | None = field(default=None, init=False, repr=False)

    @property
    def actor(self) -> Any:
        return self.mutation.actor

    def granted(self) -> frozenset[Permission]:
        """What the writer may do: their role's defaults with the organization's overrides applied."""
        if self._granted is None:
            overrides = self.overrides
            if overrides is None:
                stored = self.session.execute(
                    sa.select(t.SettingRow.settings_value).where(t.SettingRow.key == PERMISSIONS_SETTING_KEY)
                ).scalar_one_or_none()
                overrides = parse_overrides(stored)
            self._granted = permissions_for(role_named(self.actor.role), overrides)
        return self._granted

    def require(self, permission: Permission) -> None:
        """The data layer refuses what the user may not do, whatever the UI showed (plan §7)."""
        check(self.granted(), role_named(self.actor.role), permission)

    def check_version(self, current: datetime | None, row: Mapping[str, Any] | None = None) -> None:
        """CONFLICT when the user's base version is older than the row's `updated_at`."""
        base = self.mutation.base_version
        if base is not None and current is not None and current != base:
            raise VersionConflict(to_json(dict(row)) if row else {"updated_at": current.isoformat()})

    def audit(
        self,
        action: str,
        entity_type: str,
        entity_id: Any,
        *,
        before: Any = None,
        after: Any = None,
        **metadata: Any,
    ) -> None:
        """Record who, in which role, did what, with before/after, in the same transaction."""
        actor = self.actor
        self.session.add(
            t.AuditEventRow(
                occurred_at=self.now,
                actor_id=actor.user_id,
                actor_name=actor.name,
                actor_role=actor.role,
                action=action,
                entity_type=entity_type,
                entity_id=None if entity_id is None else str(entity_id),
                before=to_json(before),
                after=to_json(after),
                metadata_={"mutation_id": str(self.mutation.mutation_id), **to_json(metadata)},
            )
        )

    def settings(self) -> ClinicSettings:
        return load_settings(self.session)
