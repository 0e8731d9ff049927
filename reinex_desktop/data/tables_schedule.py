"""Templates, overrides, lesson instances, participants and generation runs (plan §4.2.5–4.2.6, §5.3)."""

from __future__ import annotations

import uuid
from datetime import date, datetime, time
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base, check_in
from reinex_desktop.data.types import GUID, JSONB, Money, NewUuid, UtcDateTime, utcnow
from reinex_desktop.domain.enums import (
    CreatedSource,
    DocumentationStatus,
    LessonStatus,
    OverrideType,
    ParticipantStatus,
)


class TemplateRow(Base):
    __tablename__ = "lesson_templates"
    __table_args__ = (
        sa.CheckConstraint("day_of_week BETWEEN 0 AND 6", name="day_of_week"),
        sa.Index(None, "student_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    instructor_employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    day_of_week: Mapped[int] = mapped_column(sa.Integer)
    time_of_day: Mapped[time] = mapped_column(sa.Time)
    duration_minutes: Mapped[int] = mapped_column(sa.Integer)
    valid_from: Mapped[date] = mapped_column(sa.Date)
    valid_until: Mapped[date | None] = mapped_column(sa.Date)
    price_override: Mapped[Decimal | None] = mapped_column(Money)
    notes_internal: Mapped[str | None] = mapped_column(sa.Text)
    flags: Mapped[Any | None] = mapped_column(JSONB)
    is_active: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default=sa.true())
    version: Mapped[int] = mapped_column(sa.Integer, default=1, server_default="1")
    supersedes_template_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("lesson_templates.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class OverrideRow(Base):
    __tablename__ = "lesson_template_overrides"
    __table_args__ = (
        check_in("override_type", tuple(OverrideType), "override_type"),
        sa.UniqueConstraint("template_id", "target_date"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    template_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("lesson_templates.id"))
    target_date: Mapped[date] = mapped_column(sa.Date)
    override_type: Mapped[str] = mapped_column(sa.Text)
    new_instructor_employee_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    new_service_id: Mapped[uuid.UUID | None] = mapped_column(GUID)
    new_time_of_day: Mapped[time | None] = mapped_column(sa.Time)
    new_duration_minutes: Mapped[int | None] = mapped_column(sa.Integer)
    note: Mapped[str | None] = mapped_column(sa.Text)
    created_by: Mapped[uuid.UUID | None] = mapped_column(GUID)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    # Soft delete (plan §2.1 "Soft delete"): a removed change stays on record, out of every read.
    deleted: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_by: Mapped[uuid.UUID | None] = mapped_column(GUID)


class InstanceRow(Base):
    __tablename__ = "lesson_instances"
    __table_args__ = (
        check_in("status", tuple(LessonStatus), "status"),
        check_in("documentation_status", tuple(DocumentationStatus), "documentation_status"),
        check_in("created_source", tuple(CreatedSource), "created_source"),
        sa.Index(None, "datetime_start"),
        sa.Index(None, "instructor_employee_id", "datetime_start"),
        # Two workstations generating the same week cannot both insert one template occurrence.
        sa.Index(
            "uq_lesson_instances_generated_occurrence",
            "template_id",
            "datetime_start",
            unique=True,
            postgresql_where=sa.text("template_id IS NOT NULL AND created_source = 'weekly_generation'"),
            sqlite_where=sa.text("template_id IS NOT NULL AND created_source = 'weekly_generation'"),
        ),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    template_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("lesson_templates.id"))
    datetime_start: Mapped[datetime] = mapped_column(UtcDateTime)
    duration_minutes: Mapped[int] = mapped_column(sa.Integer)
    instructor_employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    status: Mapped[str] = mapped_column(sa.Text)
    documentation_status: Mapped[str] = mapped_column(sa.Text, default="undocumented", server_default="undocumented")
    created_source: Mapped[str] = mapped_column(sa.Text)
    # Present in deployed tenants: the override that shaped a generated lesson.
    applied_override_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("lesson_template_overrides.id"))
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class ParticipantRow(Base):
    __tablename__ = "lesson_participants"
    __table_args__ = (
        check_in("participant_status", tuple(ParticipantStatus), "participant_status"),
        sa.UniqueConstraint("lesson_instance_id", "student_id"),
        sa.Index(None, "student_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    lesson_instance_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("lesson_instances.id"))
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    participant_status: Mapped[str] = mapped_column(sa.Text)
    price_charged: Mapped[Decimal | None] = mapped_column(Money)
    pricing_breakdown: Mapped[Any | None] = mapped_column(JSONB)
    commitment_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("commitments.id"))
    documentation_ref: Mapped[Any | None] = mapped_column(JSONB)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
    # Operational columns of deployed tenants.
    attendance_confirmed_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attendance_confirmed_by: Mapped[uuid.UUID | None] = mapped_column(GUID)
    documented_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    documented_by: Mapped[uuid.UUID | None] = mapped_column(GUID)
    locked_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class GenerationRunRow(Base):
    """One dry-run-then-apply of weekly generation or reset forward: what undo works from."""

    __tablename__ = "generation_runs"
    __table_args__ = (check_in("kind", ("weekly_generation", "reset_forward"), "kind"),)

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    kind: Mapped[str] = mapped_column(sa.Text, default="weekly_generation", server_default="weekly_generation")
    range_start: Mapped[date] = mapped_column(sa.Date)
    range_end: Mapped[date] = mapped_column(sa.Date)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    created_by: Mapped[str | None] = mapped_column(sa.Text)
    instances_created: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    participants_created: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    undone_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    report: Mapped[Any | None] = mapped_column(JSONB)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
