"""What every use case is built from: the gateway, the signed-in user, a clock and change notices."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass, field
from datetime import date
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.domain.permissions import Permission, Role, forbidden, permissions_for
from reinex_desktop.sync.control import LocalOnly, SyncControl
from reinex_desktop.sync.gateway import Gateway


@dataclass(frozen=True, slots=True)
class UserContext:
    """The signed-in user: who they are for the audit trail, and what their role lets them do."""

    actor: Actor
    permissions: frozenset[Permission]

    @classmethod
    def for_role(cls, role: Role, name: str, *, employee_id: UUID | None = None) -> UserContext:
        actor = Actor(user_id=None, name=name, role=role.value, employee_id=employee_id)
        return cls(actor, permissions_for(role))

    @property
    def role(self) -> Role:
        return Role(self.actor.role)

    def can(self, permission: Permission) -> bool:
        return permission in self.permissions

    def require(self, permission: Permission) -> None:
        """Refuse in the services layer what the UI should already have hidden (plan §7)."""
        if not self.can(permission):
            raise forbidden(self.role)


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

    def zone(self) -> ZoneInfo:
        return clinic_zone(self.gateway.settings().timezone)

    def today(self) -> date:
        return self.clock().astimezone(self.zone()).date()
