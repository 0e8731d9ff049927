"""What every use case is built from: the gateway, the signed-in user, a clock and change notices."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.domain.permissions import Permission, Role, check, permissions_for
from reinex_desktop.services.undo_stack import UndoStack
from reinex_desktop.sync.control import LocalOnly, SyncControl
from reinex_desktop.sync.gateway import Gateway


@dataclass(frozen=True, slots=True)
class UserContext:
    """The signed-in user: who they are for the audit trail, and what their role lets them do."""

    actor: Actor
    permissions: frozenset[Permission]

    @classmethod
    def for_role(
        cls,
        role: Role,
        name: str,
        *,
        employee_id: UUID | None = None,
        user_id: UUID | None = None,
        overrides: Mapping[str, bool] | None = None,
    ) -> UserContext:
        """The user in `role`, with the organization's overrides applied to its defaults (plan §7.2)."""
        actor = Actor(user_id=user_id, name=name, role=role.value, employee_id=employee_id)
        return cls(actor, permissions_for(role, overrides))

    @property
    def role(self) -> Role:
        return Role(self.actor.role)

    @property
    def own_instructor(self) -> UUID | None:
        """Whose lessons an Instructor sees: their own staff row, or no one's when they have none
        (a nil id that matches no lesson); None for every other role, who see everyone's (plan §7.1)."""
        if self.role is not Role.INSTRUCTOR:
            return None
        return self.actor.employee_id or UUID(int=0)

    @property
    def enabled(self) -> bool:
        """Reinex is turned on for the user's organization (`reinex_enabled`, plan §7.3)."""
        return Permission.ENABLED in self.permissions

    def can(self, permission: Permission) -> bool:
        return self.enabled and permission in self.permissions

    def require(self, permission: Permission) -> None:
        """Refuse in the services layer what the UI should already have hidden (plan §7)."""
        check(self.permissions, self.role, permission)


ChangeListener = Callable[[frozenset[str]], None]


@dataclass
class ChangeNotices:
    """After an operation, screens decide themselves whether to refresh (Anki's `operation_did_execute`)."""

    _listeners: list[ChangeListener] = field(default_factory=list)

    def subscribe(self, listener: ChangeListener) -> None:
        self._listeners.append(listener)

    def unsubscribe(self, listener: ChangeListener) -> None:
        if listener in self._listeners:
            self._listeners.remove(listener)

    def data_did_change(self, *areas: str) -> None:
        """Tell every screen which areas ("lessons", "students", "settings", …) changed."""
        for listener in list(self._listeners):
            listener(frozenset(areas))


@dataclass
class AppContext:
    gateway: Gateway
    user: UserContext
    clock: Clock = system_clock
    notices: ChangeNotices = field(default_factory=ChangeNotices)
    #: A short name of the backend for the status bar ("embedded", "database", "web").
    backend_kind: str = "embedded"
    backend_label: str = ""
    #: Sync status, queued writes and conflicts (`LocalOnly` for a database written directly).
    sync: SyncControl = field(default_factory=LocalOnly)
    #: The desk's own actions since the app was opened, for Ctrl+Z / Ctrl+Shift+Z.
    undo: UndoStack = field(default_factory=UndoStack)

    def zone(self) -> ZoneInfo:
        return clinic_zone(self.gateway.settings().timezone)

    def today(self) -> date:
        return self.clock().astimezone(self.zone()).date()
