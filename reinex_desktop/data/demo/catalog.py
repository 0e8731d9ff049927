"""The service catalog and the clinic settings of the demo clinic.

The six services are the ones an Israeli therapeutic-riding centre actually sells, with the
session lengths and list prices a receptionist would recognise; the generic "general rate"
service is included because every payroll tenant has it and the app must hide it from booking.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from decimal import Decimal
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID
from reinex_desktop.domain.settings import (
    DEFAULT_BUSINESS_HOURS,
    KEY_BUSINESS_HOURS,
    KEY_CLINIC_NAME,
    KEY_CLOSURES,
    KEY_HORIZON,
    KEY_INSTRUCTOR_ORDER,
    KEY_OBSERVE_HOLIDAYS,
    KEY_TIMEZONE,
    KEY_UNDO_WINDOW,
    hours_to_json,
)

CLINIC_NAME = "מרכז רעות לרכיבה טיפולית"


@dataclass(frozen=True, slots=True)
class ServiceSpec:
    key: str
    name: str
    duration: int
    color: str
    base_price: Decimal
    #: What the instructor is paid per lesson (per student for a group service).
    instructor_rate: Decimal
    #: Most students per lesson; above 1 makes it a group service.
    capacity: int = 1
    #: How often instructors of this discipline choose it when laying out their week.
    weight: int = 1

    @property
    def is_group(self) -> bool:
        return self.capacity > 1


@dataclass(frozen=True, slots=True)
class ServicePlan:
    id: UUID
    spec: ServiceSpec


RIDING = ServiceSpec("riding", "רכיבה טיפולית", 45, "#2e7d32", Decimal("220.00"), Decimal("110.00"), weight=6)
HYDRO = ServiceSpec("hydro", "הידרותרפיה", 30, "#0277bd", Decimal("190.00"), Decimal("95.00"), weight=3)
OCCUPATIONAL = ServiceSpec(
    "occupational", "ריפוי בעיסוק", 45, "#f9a825", Decimal("260.00"), Decimal("140.00"), weight=3
)
SPEECH = ServiceSpec("speech", "קלינאות תקשורת", 45, "#8e24aa", Decimal("270.00"), Decimal("150.00"), weight=3)
PHYSIO = ServiceSpec("physio", "פיזיותרפיה", 30, "#d84315", Decimal("240.00"), Decimal("130.00"), weight=3)
GROUP_RIDING = ServiceSpec(
    "group_riding",
    "רכיבה קבוצתית",
    60,
    "#00897b",
    Decimal("140.00"),
    Decimal("45.00"),
    capacity=4,
    weight=1,
)

SERVICES: tuple[ServiceSpec, ...] = (RIDING, HYDRO, OCCUPATIONAL, SPEECH, PHYSIO, GROUP_RIDING)


def build_services(ctx: DemoContext, rows: DemoRows) -> dict[str, ServicePlan]:
    """`"Services"` rows: the general-rate row first, then the bookable catalog."""
    new_id = ctx.ids("services")
    rows.add(
        "Services",
        {
            "id": GENERAL_RATE_SERVICE_ID,
            "name": "תעריף כללי",
            "duration_minutes": None,
            "payment_model": "per_session",
            "color": "#9e9e9e",
            "metadata": {"general_rate": True},
        },
    )
    plans: dict[str, ServicePlan] = {}
    for spec in SERVICES:
        plan = ServicePlan(new_id(), spec)
        plans[spec.key] = plan
        metadata: dict[str, object] = {"base_price": str(spec.base_price)}
        if spec.is_group:
            metadata["group_capacity"] = spec.capacity
        rows.add(
            "Services",
            {
                "id": plan.id,
                "name": spec.name,
                "duration_minutes": spec.duration,
                "payment_model": "per_student" if spec.is_group else "per_session",
                "color": spec.color,
                "metadata": metadata,
            },
        )
    return plans


def build_settings(ctx: DemoContext, rows: DemoRows, instructor_order: list[UUID]) -> None:
    """The clinic's keys of `"Settings"`; charging rules and message templates are not seeded here."""
    new_id = ctx.ids("settings")
    stamp = ctx.at(ctx.today - timedelta(days=400), 10)
    values: dict[str, object] = {
        KEY_CLINIC_NAME: CLINIC_NAME,
        KEY_TIMEZONE: ctx.zone.key,
        KEY_BUSINESS_HOURS: hours_to_json(DEFAULT_BUSINESS_HOURS),
        KEY_CLOSURES: sorted(day.isoformat() for day in ctx.closures),
        KEY_OBSERVE_HOLIDAYS: True,
        KEY_UNDO_WINDOW: 30,
        KEY_HORIZON: 14,
        KEY_INSTRUCTOR_ORDER: [str(employee) for employee in instructor_order],
    }
    for key, value in values.items():
        rows.add(
            "Settings",
            {
                "id": new_id(),
                "key": key,
                "settings_value": value,
                "metadata": {"source": "demo"},
                "created_at": stamp,
                "updated_at": stamp,
            },
        )
