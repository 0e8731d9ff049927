"""Weekly templates, per-date overrides, lesson instances and their participants (plan §4.2.5–4.2.6)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.domain.enums import (
    CreatedSource,
    DocumentationStatus,
    LessonStatus,
    OverrideType,
    ParticipantStatus,
)


@dataclass(frozen=True, slots=True)
class LessonTemplate:
    id: UUID
    student_id: UUID
    instructor_employee_id: UUID
    service_id: UUID
    day_of_week: int  # 0 = Sunday … 6 = Saturday
    time_of_day: time
    duration_minutes: int
    valid_from: date
    valid_until: date | None = None
    price_override: Decimal | None = None
    notes_internal: str | None = None
    flags: Mapping[str, Any] = field(default_factory=dict)
    is_active: bool = True
    version: int = 1
    supersedes_template_id: UUID | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


@dataclass(frozen=True, slots=True)
class TemplateOverride:
    id: UUID
    template_id: UUID
    target_date: date
    override_type: OverrideType
    new_instructor_employee_id: UUID | None = None
    new_service_id: UUID | None = None
    new_time_of_day: time | None = None
    new_duration_minutes: int | None = None
    note: str | None = None
    created_by: UUID | None = None
    created_at: datetime | None = None


@dataclass(frozen=True, slots=True)
class LessonParticipant:
    id: UUID
    lesson_instance_id: UUID
    student_id: UUID
    participant_status: ParticipantStatus = ParticipantStatus.SCHEDULED
    price_charged: Decimal | None = None
    pricing_breakdown: Mapping[str, Any] | None = None
    commitment_id: UUID | None = None
    documentation_ref: Mapping[str, Any] | None = None
    attendance_confirmed_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    #: Set when the lesson was documented for this participant (deployed tenants' column).
    documented_at: datetime | None = None
    #: Set when the participant's record was locked (deployed tenants' column).
    locked_at: datetime | None = None
    #: Display name, filled by gateways that join `students`; empty when unknown.
    student_name: str = ""


@dataclass(frozen=True, slots=True)
class LessonInstance:
    id: UUID
    datetime_start: datetime  # aware, UTC
    duration_minutes: int
    instructor_employee_id: UUID
    service_id: UUID
    status: LessonStatus = LessonStatus.SCHEDULED
    documentation_status: DocumentationStatus = DocumentationStatus.UNDOCUMENTED
    created_source: CreatedSource = CreatedSource.ONE_TIME
    template_id: UUID | None = None
    applied_override_id: UUID | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)
    participants: tuple[LessonParticipant, ...] = ()

    @property
    def datetime_end(self) -> datetime:
        return self.datetime_start + timedelta(minutes=self.duration_minutes)

    @property
    def is_cancelled(self) -> bool:
        return self.status in (LessonStatus.CANCELLED_CLINIC, LessonStatus.CANCELLED_STUDENT)

    @property
    def generation_run_id(self) -> str | None:
        value = self.metadata.get("generation_run_id")
        return str(value) if value else None

    @property
    def manually_edited(self) -> bool:
        return bool(self.metadata.get("manual_override"))
