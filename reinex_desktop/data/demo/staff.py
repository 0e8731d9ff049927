"""Instructors: `"Employees"` rows, their profiles, what services each gives, and their rates.

Instructors follow the disciplines of a riding centre (riding instructors, some of whom also run
the group class, a hydrotherapist, an occupational therapist, a speech therapist, a
physiotherapist), so that the capability table and the calendar columns look like a real staff.
"""

from __future__ import annotations

import random
from dataclasses import dataclass, field
from datetime import date, timedelta
from decimal import Decimal
from uuid import UUID

from reinex_desktop.data.demo.catalog import ServicePlan
from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.identifiers import UniqueDraw, distinct_colors, email, mobile_phone
from reinex_desktop.data.demo.names import BOYS, GIRLS, LAST_NAMES
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID

#: Service keys per discipline, cycled over the staff (primary service first).
DISCIPLINES: tuple[tuple[str, ...], ...] = (
    ("riding", "group_riding"),
    ("riding",),
    ("hydro", "physio"),
    ("occupational",),
    ("riding", "group_riding"),
    ("speech",),
    ("physio", "hydro"),
    ("riding", "hydro"),
)

PAYROLL_DAYS = ("SUN", "MON", "TUE", "WED", "THU", "FRI", "SAT")


@dataclass(frozen=True, slots=True)
class InstructorPlan:
    id: UUID
    name: str
    #: weekday (0 = Sunday) → (first minute, last minute) of the working day, local time.
    shifts: dict[int, tuple[int, int]]
    services: tuple[ServicePlan, ...]
    rates: dict[UUID, Decimal] = field(default_factory=dict)
    capacity: dict[UUID, int] = field(default_factory=dict)

    @property
    def working_days(self) -> tuple[int, ...]:
        return tuple(sorted(self.shifts))


def _working_days(ctx: DemoContext, rng: random.Random) -> list[int]:
    days = [0, 1, 2, 3, 4]
    if rng.random() < ctx.size.friday_share:
        days.remove(rng.choice(days))
        days.append(5)
    if ctx.size.name == "small" and rng.random() < 0.25:
        days.remove(rng.choice([d for d in days if d != 5]))  # a part-timer
    return sorted(days)


def _shift(ctx: DemoContext, rng: random.Random, weekday: int) -> tuple[int, int]:
    if weekday == 5:  # Friday: the clinic closes at 14:00
        start = rng.choice((7 * 60 + 30, 8 * 60))
        return start, rng.choice((13 * 60, 13 * 60 + 30, 14 * 60))
    low, high = ctx.size.shift_hours
    length = rng.randint(low * 2, high * 2) * 30
    latest = 21 * 60 - length
    starts = list(range(7 * 60, latest + 1, 30))
    if ctx.size.name == "small":
        # Most children come after school: part-timers lean to the afternoon.
        starts = starts[len(starts) // 3 :] if rng.random() < 0.7 else starts
    return (start := rng.choice(starts)), start + length


def build_instructors(ctx: DemoContext, rows: DemoRows, services: dict[str, ServicePlan]) -> list[InstructorPlan]:
    """Employees (instructors and one office worker), instructor_profiles, capabilities, RateHistory."""
    rng = ctx.rng("staff")
    new_id = ctx.ids("staff")
    phones, emails = UniqueDraw(), UniqueDraw()
    colors = distinct_colors(ctx.size.instructors, ctx.rng("colors"))
    plans: list[InstructorPlan] = []
    for index in range(ctx.size.instructors):
        first, first_latin = rng.choice(GIRLS if rng.random() < 0.7 else BOYS)
        last, last_latin = rng.choice(LAST_NAMES)
        offered = tuple(services[key] for key in DISCIPLINES[index % len(DISCIPLINES)])
        days = _working_days(ctx, rng)
        plan = InstructorPlan(
            id=new_id(),
            name=f"{first} {last}",
            shifts={day: _shift(ctx, rng, day) for day in days},
            services=offered,
        )
        for service in offered:
            plan.rates[service.id] = service.spec.instructor_rate + Decimal(rng.choice((0, 0, 5, 10)))
            plan.capacity[service.id] = rng.choice((3, 4)) if service.spec.is_group else 1
        started = ctx.today - timedelta(days=rng.randint(400, 3000))
        current_rate = Decimal(rng.choice((85, 90, 95, 100, 110, 120))).quantize(Decimal("0.01"))
        rows.add(
            "Employees",
            {
                "id": plan.id,
                "name": plan.name,
                "employee_id": str(1001 + index),
                "employee_type": "instructor",
                "current_rate": current_rate,
                "phone": mobile_phone(rng, phones),
                "email": email(rng, first_latin, last_latin, emails),
                "start_date": started,
                "is_active": True,
                "notes": None,
                "working_days": [PAYROLL_DAYS[d] for d in days],
                "metadata": {"instructor_color": colors[index]},
                "first_name": first,
                "middle_name": None,
                "last_name": last,
            },
        )
        rows.add(
            "instructor_profiles",
            {
                "employee_id": plan.id,
                "working_days": list(days),
                "break_time_minutes": 30,
                "metadata": {"discipline": offered[0].spec.key},
            },
        )
        _capabilities_and_rates(ctx, rows, rng, plan, started, current_rate)
        plans.append(plan)
    _office_worker(ctx, rows, rng, phones, emails)
    return plans


def _capabilities_and_rates(
    ctx: DemoContext,
    rows: DemoRows,
    rng: random.Random,
    plan: InstructorPlan,
    started: date,
    current_rate: Decimal,
) -> None:
    new_id = ctx.ids(f"capabilities:{plan.id}")
    raised = ctx.today - timedelta(days=rng.randint(30, 300))
    rows.add("RateHistory", _rate(new_id(), plan.id, GENERAL_RATE_SERVICE_ID, current_rate, started, None))
    for service in plan.services:
        rate = plan.rates[service.id]
        rows.add(
            "instructor_service_capabilities",
            {
                "id": new_id(),
                "employee_id": plan.id,
                "service_id": service.id,
                "max_students": plan.capacity[service.id],
                "base_rate": rate,
                "metadata": {},
            },
        )
        rows.add(
            "RateHistory",
            _rate(new_id(), plan.id, service.id, rate - Decimal(10), started, "תעריף התחלתי"),
        )
        rows.add("RateHistory", _rate(new_id(), plan.id, service.id, rate, raised, "עדכון תעריף שנתי"))


def _rate(
    row_id: UUID, employee: UUID, service: UUID, rate: Decimal, effective: date, notes: str | None
) -> dict[str, object]:
    return {
        "id": row_id,
        "rate": rate,
        "effective_date": effective,
        "notes": notes,
        "employee_id": employee,
        "service_id": service,
        "metadata": {"source": "demo"},
    }


def _office_worker(
    ctx: DemoContext, rows: DemoRows, rng: random.Random, phones: UniqueDraw, emails: UniqueDraw
) -> None:
    """The receptionist: an hourly employee the calendar must not show as a column."""
    employee_id = ctx.ids("office")()
    started = ctx.today - timedelta(days=700)
    rows.add(
        "Employees",
        {
            "id": employee_id,
            "name": "אורנה ברק",
            "employee_id": "1000",
            "employee_type": "hourly",
            "current_rate": Decimal("55.00"),
            "phone": mobile_phone(rng, phones),
            "email": email(rng, "orna", "barak", emails),
            "start_date": started,
            "is_active": True,
            "notes": "מזכירת המרכז",
            "working_days": ["SUN", "MON", "TUE", "WED", "THU"],
            "metadata": {},
            "first_name": "אורנה",
            "middle_name": None,
            "last_name": "ברק",
        },
    )
    rows.add(
        "RateHistory",
        _rate(ctx.ids("office-rate")(), employee_id, GENERAL_RATE_SERVICE_ID, Decimal("55.00"), started, None),
    )
