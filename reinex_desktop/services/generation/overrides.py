"""Per-date changes of a weekly series, for the template editor and the calendar (plan §4.2.5).

See the package docstring for the calendar's use. One override per template and date: setting a
second one for the same date replaces the first.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, time
from typing import Any
from uuid import UUID, uuid4

from reinex_desktop.domain.enums import OverrideType
from reinex_desktop.domain.generation.commands import RemoveTemplateOverride, SetTemplateOverride
from reinex_desktop.domain.lessons import TemplateOverride
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.writes import send

AREAS = ("templates", "generation")


@dataclass(frozen=True, slots=True)
class OverrideResult:
    override_id: UUID
    #: The lesson already generated for that date, left unchanged by the override; None if none yet.
    existing_lesson_id: UUID | None


def _result(data: Mapping[str, Any]) -> OverrideResult:
    existing = data.get("existing_lesson_id")
    return OverrideResult(UUID(str(data["override_id"])), UUID(str(existing)) if existing else None)


def cancel_occurrence(context: AppContext, template_id: UUID, day: date, note: str | None = None) -> OverrideResult:
    """Cancel one date of a series; the series itself goes on (REQUIREMENTS: "never deletes the series")."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    command = SetTemplateOverride(uuid4(), template_id, day, OverrideType.CANCEL, note=note)
    return _result(send(context, command, areas=AREAS))


def change_occurrence(
    context: AppContext,
    template_id: UUID,
    day: date,
    *,
    instructor_id: UUID | None = None,
    service_id: UUID | None = None,
    start_time: time | None = None,
    duration_minutes: int | None = None,
    note: str | None = None,
) -> OverrideResult:
    """Change one date of a series only: instructor, service, time and/or duration."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    command = SetTemplateOverride(
        uuid4(),
        template_id,
        day,
        OverrideType.MODIFY,
        new_instructor_employee_id=instructor_id,
        new_service_id=service_id,
        new_time_of_day=start_time,
        new_duration_minutes=duration_minutes,
        note=note,
    )
    return _result(send(context, command, areas=AREAS))


def restore_occurrence(context: AppContext, template_id: UUID, day: date) -> None:
    """Give a date back to its series (delete the override; the audit trail keeps it)."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    send(context, RemoveTemplateOverride(template_id, day), areas=AREAS)


def occurrence_overrides(context: AppContext, template_id: UUID) -> list[TemplateOverride]:
    """Every per-date override of the series (all versions), by date."""
    context.user.require(Permission.SCHEDULE_MANAGE)
    return context.gateway.template_overrides(template_id)
