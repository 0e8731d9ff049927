"""Onboarding forms, submissions, OTP challenges and the waiting list (plan §4.2.9–4.2.10)."""

from __future__ import annotations

import uuid
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base, check_in
from reinex_desktop.data.types import GUID, JSONB, IntArray, NewUuid, UtcDateTime, UuidArray, utcnow
from reinex_desktop.domain.enums import OtpChannel, OtpStatus, WaitingListStatus


class FormRow(Base):
    __tablename__ = "forms"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    name: Mapped[str] = mapped_column(sa.Text)
    description: Mapped[str | None] = mapped_column(sa.Text)
    form_schema: Mapped[Any] = mapped_column(JSONB)
    alert_rules: Mapped[Any | None] = mapped_column(JSONB)
    visibility_rules: Mapped[Any | None] = mapped_column(JSONB)
    created_by: Mapped[uuid.UUID] = mapped_column(GUID)
    updated_at: Mapped[datetime] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )
    is_active: Mapped[bool] = mapped_column(sa.Boolean, default=True, server_default=sa.true())


class FormSubmissionRow(Base):
    __tablename__ = "form_submissions"
    __table_args__ = (sa.Index(None, "student_id"),)

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    form_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("forms.id"))
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    answers: Mapped[Any] = mapped_column(JSONB)
    alert_flags: Mapped[Any | None] = mapped_column(JSONB)
    otp_metadata: Mapped[Any] = mapped_column(JSONB)
    submitted_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    reviewed_by: Mapped[uuid.UUID | None] = mapped_column(GUID)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class OtpChallengeRow(Base):
    __tablename__ = "otp_challenges"
    __table_args__ = (
        check_in("channel", tuple(OtpChannel), "channel"),
        check_in("status", tuple(OtpStatus), "status"),
        sa.Index(None, "student_id"),
    )

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    student_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("students.id"))
    channel: Mapped[str] = mapped_column(sa.Text)
    destination: Mapped[str] = mapped_column(sa.Text)
    token_hash: Mapped[str] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.Text, default="pending", server_default="pending")
    expires_at: Mapped[datetime] = mapped_column(UtcDateTime)
    verified_at: Mapped[datetime | None] = mapped_column(UtcDateTime)
    attempts: Mapped[int] = mapped_column(sa.Integer, default=0, server_default="0")
    ip: Mapped[str | None] = mapped_column(sa.Text)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class WaitingListRow(Base):
    __tablename__ = "waiting_list_entries"
    __table_args__ = (check_in("status", tuple(WaitingListStatus), "status"),)

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    student_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("students.id"))
    desired_service_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    preferred_days: Mapped[list[int] | None] = mapped_column(IntArray)
    preferred_times: Mapped[Any | None] = mapped_column(JSONB)
    instructor_preferences: Mapped[list[uuid.UUID] | None] = mapped_column(UuidArray)
    willing_to_pay_premium: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    priority_flag: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    priority_reason: Mapped[str | None] = mapped_column(sa.Text)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    status: Mapped[str] = mapped_column(sa.Text, default="open", server_default="open")
    created_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
