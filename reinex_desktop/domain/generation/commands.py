"""The writes of weekly generation and of templates (plan §5.1, §5.3), as commands.

Apply, undo and reset forward carry no plan: their handlers recompute it inside the transaction
from the database as it is then, so applying twice, or from two workstations at once, inserts
nothing twice and reflects the current state. The preview's counts travel along only so the
report can say when reality differed from what the manager saw.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time
from decimal import Decimal
from typing import ClassVar
from uuid import UUID

from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.enums import OverrideType


@dataclass(frozen=True, slots=True)
class ApplyGeneration(Command):
    """Insert the plan for `first`…`last` as run `run_id` (Owner/Admin; plan §5.3 "If apply")."""

    KIND: ClassVar[str] = "generation.apply"
    run_id: UUID
    first: date
    last: date
    preview_instances: int | None = None
    preview_participants: int | None = None


@dataclass(frozen=True, slots=True)
class UndoGeneration(Command):
    """Delete the still-safe rows of run `run_id` inside the undo window (Owner/Admin; plan §5.3)."""

    KIND: ClassVar[str] = "generation.undo"
    run_id: UUID


@dataclass(frozen=True, slots=True)
class ResetForward(Command):
    """Delete the safe generated lessons of `template_ids` from `from_date`, then regenerate to `last`."""

    KIND: ClassVar[str] = "generation.reset_forward"
    run_id: UUID
    from_date: date
    last: date
    template_ids: tuple[UUID, ...]
    preview_removed: int | None = None
    preview_instances: int | None = None
    preview_participants: int | None = None


@dataclass(frozen=True, slots=True)
class CreateTemplate(Command):
    """A new weekly series for a student (Owner/Admin)."""

    KIND: ClassVar[str] = "templates.create"
    template_id: UUID
    student_id: UUID
    instructor_employee_id: UUID
    service_id: UUID
    day_of_week: int
    time_of_day: time
    duration_minutes: int
    valid_from: date
    valid_until: date | None = None
    price_override: Decimal | None = None
    notes_internal: str | None = None


@dataclass(frozen=True, slots=True)
class ChangeTemplate(Command):
    """Change a series from `from_date` onward: a new version unless it has not started (plan §5.1)."""

    KIND: ClassVar[str] = "templates.change"
    template_id: UUID
    from_date: date
    new_template_id: UUID
    instructor_employee_id: UUID
    service_id: UUID
    day_of_week: int
    time_of_day: time
    duration_minutes: int
    price_override: Decimal | None = None
    notes_internal: str | None = None
    valid_until: date | None = None


@dataclass(frozen=True, slots=True)
class EndTemplate(Command):
    """Stop a series after `last_date` (Owner/Admin)."""

    KIND: ClassVar[str] = "templates.end"
    template_id: UUID
    last_date: date


@dataclass(frozen=True, slots=True)
class SetTemplateActive(Command):
    """Pause or resume a series without touching its dates (Owner/Admin)."""

    KIND: ClassVar[str] = "templates.set_active"
    template_id: UUID
    active: bool


@dataclass(frozen=True, slots=True)
class SetTemplateOverride(Command):
    """Cancel or change one date of a series; replaces that date's earlier override (plan §4.2.5)."""

    KIND: ClassVar[str] = "templates.set_override"
    override_id: UUID
    template_id: UUID
    target_date: date
    override_type: OverrideType
    new_instructor_employee_id: UUID | None = None
    new_service_id: UUID | None = None
    new_time_of_day: time | None = None
    new_duration_minutes: int | None = None
    note: str | None = None


@dataclass(frozen=True, slots=True)
class RemoveTemplateOverride(Command):
    """Give a date back to its series (the override of `template_id` on `target_date` is deleted)."""

    KIND: ClassVar[str] = "templates.remove_override"
    template_id: UUID
    target_date: date
