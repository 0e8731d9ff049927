"""Writes of the settings screen: several `"Settings"` keys at once, and an instructor's color."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from typing import Any, ClassVar
from uuid import UUID

from reinex_desktop.domain.commands import Command


@dataclass(frozen=True, slots=True)
class SaveSettings(Command):
    """Store several `"Settings"` keys in one transaction, each validated and audited."""

    KIND: ClassVar[str] = "settings.save_many"
    values: Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class SetInstructorColor(Command):
    """`"Employees".metadata.instructor_color` — unique among instructors; None clears it."""

    KIND: ClassVar[str] = "settings.instructor_color"
    employee_id: UUID
    color: str | None
