"""Reads of instructors, services, capabilities, rates and settings."""

from __future__ import annotations

from typing import Any, Protocol

from reinex_desktop.domain.catalog import Capability, Instructor, RateHistoryEntry, Service
from reinex_desktop.domain.settings import ClinicSettings


class CatalogReads(Protocol):
    def instructors(self, *, include_inactive: bool = False) -> list[Instructor]:
        """Employees who teach (a capability, an instructor profile or type 'instructor')."""
        ...

    def services(self) -> list[Service]: ...

    def capabilities(self) -> list[Capability]: ...

    def rate_history(self) -> list[RateHistoryEntry]: ...

    def setting_values(self) -> dict[str, Any]:
        """Every `"Settings"` key with its JSON value."""
        ...

    def settings(self) -> ClinicSettings: ...
