"""`students` (the tenant-wide source of truth), `guardians`, `student_guardians` (plan §4.2.1–4.2.3)."""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base, check_in
from reinex_desktop.data.types import GUID, JSONB, Money, NewUuid, UtcDateTime, utcnow
from reinex_desktop.domain.enums import NotificationMethod, OnboardingStatus, Relationship


class StudentRow(Base):
    __tablename__ = "students"
    __table_args__ = (
        check_in("default_notification_method", tuple(NotificationMethod), "notification_method"),
        check_in("onboarding_status", tuple(OnboardingStatus), "onboarding_status"),
        sa.Index(None, "is_active"),
        sa.Index(None, "first_name", "last_name"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    first_name: Mapped[str] = mapped_column(sa.Text)
    middle_name: Mapped[str | None] = mapped_column(sa.Text)
    # Nullable in the plan, NOT NULL in deployed tenants: the app always writes a string.
    last_name: Mapped[str | None] = mapped_column(sa.Text)
    date_of_birth: Mapped[date | None] = mapped_column(sa.Date)
    notes_internal: Mapped[str | None] = mapped_column(sa.Text)
    default_notification_method: Mapped[str] = mapped_column(sa.Text, default="whatsapp", server_default="whatsapp")
    special_rate: Mapped[Decimal | None] = mapped_column(Money)
    medical_flags: Mapped[Any | None] = mapped_column(JSONB)
    onboarding_status: Mapped[str] = mapped_column(sa.Text, default="not_started", server_default="not_started")
    is_active: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default=sa.true())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class GuardianRow(Base):
    __tablename__ = "guardians"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    first_name: Mapped[str] = mapped_column(sa.Text)
    middle_name: Mapped[str | None] = mapped_column(sa.Text)
    last_name: Mapped[str | None] = mapped_column(sa.Text)
    phone: Mapped[str | None] = mapped_column(sa.Text)
    email: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class StudentGuardianRow(Base):
    __tablename__ = "student_guardians"
    __table_args__ = (
        check_in("relationship", tuple(Relationship), "relationship"),
        sa.UniqueConstraint("student_id", "guardian_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    guardian_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("guardians.id"))
    relationship: Mapped[str] = mapped_column(sa.Text)
    is_primary: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    # Soft delete (plan §2.1 "Soft delete"): an unlinked guardian stays on record, out of every read.
    deleted: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    deleted_by: Mapped[uuid.UUID | None] = mapped_column(GUID)
