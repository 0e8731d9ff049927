"""Per-date overrides of weekly templates: cancelled dates and one-off moves (plan §4.2.5).

Cancels hit any template (a group member can skip one week while the group still meets); moves go
to a slot that is free on that date, so a moved lesson never creates a conflict by accident.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, timedelta
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.names import OVERRIDE_NOTES_CANCEL, OVERRIDE_NOTES_MODIFY
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.data.demo.templates import TemplatePlan
from reinex_desktop.data.demo.weekly import FreeSlots, Slot


@dataclass(frozen=True, slots=True)
class OverridePlan:
    id: UUID
    template: TemplatePlan
    day: date
    kind: str  # "cancel" or "modify"
    #: Where a modified lesson goes instead (same service and length, another time or instructor).
    slot: Slot | None = None
    note: str = ""


def _dates(ctx: DemoContext, template: TemplatePlan) -> list[date]:
    return [d for d in ctx.open_days(template.slot.weekday) if template.valid_on(d)]


def build_overrides(
    ctx: DemoContext, templates: list[TemplatePlan], free: FreeSlots
) -> dict[tuple[UUID, date], OverridePlan]:
    """Cancel and modify overrides keyed by (template, date), half of them in the past."""
    rng = ctx.rng("overrides")
    new_id = ctx.ids("overrides")
    chosen: dict[tuple[UUID, date], OverridePlan] = {}
    size = ctx.size
    active = [t for t in templates if t.is_active]
    for kind, wanted in (("cancel", size.cancel_overrides), ("modify", size.modify_overrides)):
        pool = active if kind == "cancel" else [t for t in active if not t.service.spec.is_group]
        made = 0
        for template in rng.sample(pool, min(len(pool), wanted * 3)):
            if made == wanted:
                break
            day = _pick_day(rng, ctx, template, chosen, future=made % 2 == 0)
            if day is None:
                continue
            slot: Slot | None = None
            if kind == "modify":
                slot = free.take(rng, day, template.slot.weekday, template.service)
                if slot is None:
                    continue
            notes = OVERRIDE_NOTES_CANCEL if kind == "cancel" else OVERRIDE_NOTES_MODIFY
            chosen[(template.id, day)] = OverridePlan(new_id(), template, day, kind, slot, rng.choice(notes))
            made += 1
    return chosen


def _pick_day(
    rng: random.Random,
    ctx: DemoContext,
    template: TemplatePlan,
    chosen: dict[tuple[UUID, date], OverridePlan],
    *,
    future: bool,
) -> date | None:
    days = [
        d
        for d in _dates(ctx, template)
        if (d >= ctx.today) == future and (template.id, d) not in chosen and d != ctx.today
    ]
    return rng.choice(days) if days else None


def add_override_rows(ctx: DemoContext, rows: DemoRows, overrides: list[OverridePlan]) -> None:
    rng = ctx.rng("override-rows")
    for plan in overrides:
        made_on = min(plan.day, ctx.today) - timedelta(days=rng.randint(1, 5))
        moved = plan.slot
        rows.add(
            "lesson_template_overrides",
            {
                "id": plan.id,
                "template_id": plan.template.id,
                "target_date": plan.day,
                "override_type": plan.kind,
                "new_instructor_employee_id": (
                    moved.instructor_id if moved and moved.instructor_id != plan.template.instructor_id else None
                ),
                "new_service_id": None,
                "new_time_of_day": moved.start if moved and moved.start != plan.template.start else None,
                "new_duration_minutes": None,
                "note": plan.note,
                "created_by": None,
                "created_at": ctx.at(made_on, 9, rng.choice((0, 15, 30, 45))),
            },
        )
