"""Weekly lesson templates: who comes when, valid from when, and the versions that replaced them.

Students are seated into the filled slots of the weekly grid so that nobody has two templates on
the same weekday (a student overlap would be a second, unintended conflict). Students who left
keep their ended templates; a few active ones end soon; a few were changed "from date X onward",
which the plan models as a new version that supersedes the old one (plan §5.1).
"""

from __future__ import annotations

import random
from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.data.demo.catalog import ServicePlan
from reinex_desktop.data.demo.context import DemoContext, IdStream
from reinex_desktop.data.demo.people import StudentPlan
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.data.demo.weekly import FilledSlot, Slot


@dataclass(frozen=True, slots=True)
class TemplatePlan:
    id: UUID
    student_id: UUID
    slot: Slot
    valid_from: date
    valid_until: date | None = None
    price_override: Decimal | None = None
    is_active: bool = True
    version: int = 1
    supersedes: UUID | None = None

    @property
    def instructor_id(self) -> UUID:
        return self.slot.instructor_id

    @property
    def service(self) -> ServicePlan:
        return self.slot.service

    @property
    def start(self) -> time:
        return self.slot.start

    def valid_on(self, day: date) -> bool:
        return self.valid_from <= day and (self.valid_until is None or day <= self.valid_until)


class TemplateBuilder:
    def __init__(self, ctx: DemoContext, students: list[StudentPlan]) -> None:
        self.ctx = ctx
        self.rng: random.Random = ctx.rng("templates")
        self.new_id: IdStream = ctx.ids("templates")
        self.students = {s.id: s for s in students}
        self.busy: set[tuple[UUID, int]] = set()  # (student, weekday)
        self.tickets = self._tickets(students)

    def _tickets(self, students: list[StudentPlan]) -> list[UUID]:
        """Inactive students first (their ended templates must exist), then the active in random order."""
        active: list[UUID] = []
        for student in students:
            if student.is_active:
                active.extend([student.id] * (2 if self.rng.random() < 0.3 else 1))
        self.rng.shuffle(active)
        return [s.id for s in students if not s.is_active] + active

    def _seat(self, weekday: int, taken: set[UUID]) -> UUID:
        for index, student_id in enumerate(self.tickets):
            if (student_id, weekday) not in self.busy and student_id not in taken:
                self.busy.add((student_id, weekday))
                return self.tickets.pop(index)
        raise ValueError("the demo roster is too small for its templates")

    def place(self, filled: list[FilledSlot]) -> list[TemplatePlan]:
        plans: list[TemplatePlan] = []
        for item in filled:
            seated: set[UUID] = set()
            for _ in range(item.seats):
                student_id = self._seat(item.slot.weekday, seated)
                seated.add(student_id)
                plans.append(self._template(student_id, item.slot))
        return plans

    def _template(self, student_id: UUID, slot: Slot) -> TemplatePlan:
        rng, today = self.rng, self.ctx.today
        student = self.students[student_id]
        start = min(student.joined + timedelta(days=rng.randint(0, 30)), today - timedelta(days=1))
        until: date | None = None
        if not student.is_active:
            until = today - timedelta(days=rng.randint(2, self.ctx.size.days_back - 1))
            start = min(start, until - timedelta(days=30))
        price: Decimal | None = None
        if not slot.service.spec.is_group and rng.random() < 0.04:
            price = (slot.service.spec.base_price * Decimal("0.8")).quantize(Decimal("0.01"))
        return TemplatePlan(self.new_id(), student_id, slot, start, until, price, student.is_active)

    def end_some(self, plans: list[TemplatePlan]) -> list[TemplatePlan]:
        """A few active templates whose approval ends inside the future window."""
        open_ended = [i for i, p in enumerate(plans) if p.is_active and p.valid_until is None]
        size = self.ctx.size
        for index in self.rng.sample(open_ended, size.ending):
            until = self.ctx.today + timedelta(days=self.rng.randint(3, size.days_ahead - 3))
            plans[index] = replace(plans[index], valid_until=until)
        return plans

    def supersede(self, plans: list[TemplatePlan], free: list[Slot]) -> list[TemplatePlan]:
        """Version 2 of a few templates, effective from a date X inside the window (plan §5.1)."""
        size, today = self.ctx.size, self.ctx.today
        candidates = [
            i
            for i, p in enumerate(plans)
            if p.is_active
            and p.valid_until is None
            and not p.service.spec.is_group
            and p.valid_from < today - timedelta(days=size.days_back)
        ]
        successors: list[TemplatePlan] = []
        for index in self.rng.sample(candidates, size.superseded):
            old = plans[index]
            change = today + timedelta(days=self.rng.randint(-(size.days_back - 3), size.days_ahead - 3))
            plans[index] = replace(old, valid_until=change - timedelta(days=1))
            slot, price = self._successor_slot(old.slot, free), old.price_override
            if slot == old.slot:  # no free slot to move to: the change is a new price
                price = (old.service.spec.base_price - Decimal(20)).quantize(Decimal("0.01"))
            successors.append(TemplatePlan(self.new_id(), old.student_id, slot, change, None, price, True, 2, old.id))
        return plans + successors

    def _successor_slot(self, old: Slot, free: list[Slot]) -> Slot:
        options = [
            (s.instructor_id == old.instructor_id, i)
            for i, s in enumerate(free)
            if s.weekday == old.weekday and s.service == old.service
        ]
        if not options:
            return old
        _same, index = min(options, key=lambda o: (o[0], self.rng.random()))
        return free.pop(index)


def build_templates(
    ctx: DemoContext, filled: list[FilledSlot], free: list[Slot], students: list[StudentPlan]
) -> list[TemplatePlan]:
    """Template plans, version 1 rows first so a successor never precedes what it supersedes."""
    builder = TemplateBuilder(ctx, students)
    plans = builder.end_some(builder.place(filled))
    return builder.supersede(plans, free)


def add_template_rows(ctx: DemoContext, rows: DemoRows, plans: list[TemplatePlan]) -> None:
    rng = ctx.rng("template-rows")
    for plan in plans:
        created = ctx.at(min(plan.valid_from, ctx.today) - timedelta(days=2), 11)
        updated = created
        if plan.valid_until is not None:
            updated = ctx.at(min(plan.valid_until, ctx.today) - timedelta(days=2), 12)
        flags: dict[str, Any] = {}
        if plan.service.spec.key == "riding" and rng.random() < 0.1:
            flags["side_walker"] = True
        if plan.service.spec.key == "hydro" and rng.random() < 0.1:
            flags["pool_lift"] = True
        rows.add(
            "lesson_templates",
            {
                "id": plan.id,
                "student_id": plan.student_id,
                "instructor_employee_id": plan.instructor_id,
                "service_id": plan.service.id,
                "day_of_week": plan.slot.weekday,
                "time_of_day": plan.start,
                "duration_minutes": plan.slot.duration,
                "valid_from": plan.valid_from,
                "valid_until": plan.valid_until,
                "price_override": plan.price_override,
                "notes_internal": "הנחת אחים" if plan.price_override and plan.version == 1 else None,
                "flags": flags,
                "is_active": plan.is_active,
                "version": plan.version,
                "supersedes_template_id": plan.supersedes,
                "created_at": created,
                "updated_at": updated,
                "metadata": {"source": "demo"},
            },
        )
