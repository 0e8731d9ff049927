"""Tables that real tenants already share with the payroll product (reference/tenant-shared-tables.md).

Reinex reads them and may add rows, but never adds, renames, drops or retypes a column: the
columns here are exactly those of deployed tenants. What the app needs to know about a staff member
beyond them lives in the overlay tables (`instructor_profiles.metadata`, plan §4.3.3).
"""

from __future__ import annotations

import uuid
from datetime import date, datetime
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base
from reinex_desktop.data.types import GUID, JSONB, Money, NewUuid, UtcDateTime, utcnow


class Employee(Base):
    __tablename__ = "Employees"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    name: Mapped[str] = mapped_column(sa.Text)
    employee_id: Mapped[str] = mapped_column(sa.Text)
    employee_type: Mapped[str | None] = mapped_column(sa.Text)
    current_rate: Mapped[Decimal | None] = mapped_column(Money)
    phone: Mapped[str | None] = mapped_column(sa.Text)
    email: Mapped[str | None] = mapped_column(sa.Text)
    start_date: Mapped[date | None] = mapped_column(sa.Date)
    is_active: Mapped[bool | None] = mapped_column(sa.Boolean, default=True, server_default=sa.true())
    notes: Mapped[str | None] = mapped_column(sa.Text)
    working_days: Mapped[Any | None] = mapped_column(JSONB)
    annual_leave_days: Mapped[Decimal | None] = mapped_column(Money)
    leave_pay_method: Mapped[str | None] = mapped_column(sa.Text)
    leave_fixed_day_rate: Mapped[Decimal | None] = mapped_column(Money)
    employment_scope: Mapped[str | None] = mapped_column(sa.Text)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
    first_name: Mapped[str | None] = mapped_column(sa.Text)
    middle_name: Mapped[str | None] = mapped_column(sa.Text)
    last_name: Mapped[str | None] = mapped_column(sa.Text)


class ServiceRow(Base):
    __tablename__ = "Services"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    name: Mapped[str] = mapped_column(sa.Text)
    duration_minutes: Mapped[int | None] = mapped_column(sa.BigInteger)
    payment_model: Mapped[str | None] = mapped_column(sa.Text)
    color: Mapped[str | None] = mapped_column(sa.Text)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class SettingRow(Base):
    __tablename__ = "Settings"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    key: Mapped[str] = mapped_column(sa.Text, unique=True)
    settings_value: Mapped[Any] = mapped_column(JSONB)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    updated_at: Mapped[datetime | None] = mapped_column(
        UtcDateTime, default=utcnow, onupdate=utcnow, server_default=sa.func.now()
    )


class WorkSessionRow(Base):
    __tablename__ = "WorkSessions"

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, server_default=NewUuid())
    employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    date: Mapped[date] = mapped_column(sa.Date)
    session_type: Mapped[str | None] = mapped_column(sa.Text)
    hours: Mapped[Decimal | None] = mapped_column(Money)
    sessions_count: Mapped[int | None] = mapped_column(sa.BigInteger)
    students_count: Mapped[int | None] = mapped_column(sa.BigInteger)
    rate_used: Mapped[Decimal | None] = mapped_column(Money)
    total_payment: Mapped[Decimal | None] = mapped_column(Money)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    created_at: Mapped[datetime | None] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())
    entry_type: Mapped[str] = mapped_column(sa.Text, default="hours", server_default="hours")
    payable: Mapped[bool | None] = mapped_column(sa.Boolean)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
    deleted: Mapped[bool] = mapped_column(sa.Boolean, default=False, server_default=sa.false())
    deleted_at: Mapped[datetime | None] = mapped_column(UtcDateTime)


class RateHistoryRow(Base):
    __tablename__ = "RateHistory"
    __table_args__ = (sa.UniqueConstraint("employee_id", "service_id", "effective_date"),)

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    rate: Mapped[Decimal] = mapped_column(Money)
    effective_date: Mapped[date] = mapped_column(sa.Date)
    notes: Mapped[str | None] = mapped_column(sa.Text)
    employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"))
    service_id: Mapped[uuid.UUID | None] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
