"""Instructor overlay tables keyed by `"Employees".id` and `"Services".id` (plan §4.2.4)."""

from __future__ import annotations

import uuid
from decimal import Decimal
from typing import Any

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base
from reinex_desktop.data.types import GUID, JSONB, IntArray, Money, NewUuid


class InstructorProfileRow(Base):
    __tablename__ = "instructor_profiles"

    employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"), primary_key=True)
    working_days: Mapped[list[int] | None] = mapped_column(IntArray)
    break_time_minutes: Mapped[int | None] = mapped_column(sa.Integer)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)


class CapabilityRow(Base):
    __tablename__ = "instructor_service_capabilities"
    __table_args__ = (sa.UniqueConstraint("employee_id", "service_id"),)

    id: Mapped[uuid.UUID] = mapped_column(GUID, primary_key=True, default=uuid.uuid4, server_default=NewUuid())
    employee_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Employees.id"))
    service_id: Mapped[uuid.UUID] = mapped_column(GUID, sa.ForeignKey("Services.id"))
    max_students: Mapped[int] = mapped_column(sa.Integer, default=1, server_default="1")
    base_rate: Mapped[Decimal | None] = mapped_column(Money)
    metadata_: Mapped[dict[str, Any] | None] = mapped_column("metadata", JSONB)
