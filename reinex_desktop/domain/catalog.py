"""Instructors (over `"Employees"`), services and what each instructor can give (plan §4.2.4)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any
from uuid import UUID

#: The generic "general rate" service of the payroll product; never offered for booking.
GENERAL_RATE_SERVICE_ID = UUID("00000000-0000-0000-0000-000000000000")


@dataclass(frozen=True, slots=True)
class Instructor:
    id: UUID
    name: str
    employee_number: str = ""
    color: str | None = None
    phone: str | None = None
    email: str | None = None
    is_active: bool = True
    current_rate: Decimal | None = None
    working_days: tuple[int, ...] | None = None
    break_time_minutes: int | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class Service:
    id: UUID
    name: str
    duration_minutes: int | None = None
    color: str | None = None
    payment_model: str | None = None
    base_price: Decimal | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def bookable(self) -> bool:
        return self.id != GENERAL_RATE_SERVICE_ID


@dataclass(frozen=True, slots=True)
class Capability:
    """`instructor_service_capabilities`: an instructor gives a service to at most `max_students`."""

    id: UUID
    employee_id: UUID
    service_id: UUID
    max_students: int = 1
    base_rate: Decimal | None = None


@dataclass(frozen=True, slots=True)
class RateHistoryEntry:
    id: UUID
    employee_id: UUID
    rate: Decimal
    effective_date: Any  # date; kept loose for tenants that store timestamps
    service_id: UUID | None = None
