"""One-time lessons: trial and make-up lessons in free slots, plus one deliberate double booking.

The double booking puts a second student on an instructor at the exact time of an existing
weekly lesson on the next open day, so the calendar's conflict marking has something to show
from the first run of the demo.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.names import ONE_TIME_REASONS
from reinex_desktop.data.demo.overrides import OverridePlan
from reinex_desktop.data.demo.people import StudentPlan
from reinex_desktop.data.demo.templates import TemplatePlan
from reinex_desktop.data.demo.weekly import FreeSlots, Slot
from reinex_desktop.domain.clinic_time import day_of_week

CONFLICT_NOTE = "הוזמן בטעות על גבי שיעור קיים — לבדיקה"


@dataclass(frozen=True, slots=True)
class OneTimePlan:
    student_id: UUID
    day: date
    slot: Slot
    reason: str
    conflict: bool = False


class OneTimeBuilder:
    def __init__(self, ctx: DemoContext, students: list[StudentPlan], templates: list[TemplatePlan]) -> None:
        self.ctx = ctx
        self.rng: random.Random = ctx.rng("one-time")
        self.students = [s.id for s in students if s.is_active]
        self.weekly_busy = {(t.student_id, t.slot.weekday) for t in templates}
        self.booked: set[tuple[UUID, date]] = set()

    def _student(self, day: date) -> UUID:
        weekday = day_of_week(day)
        while True:
            student_id = self.rng.choice(self.students)
            if (student_id, weekday) not in self.weekly_busy and (student_id, day) not in self.booked:
                self.booked.add((student_id, day))
                return student_id

    def in_free_slots(self, free: FreeSlots) -> list[OneTimePlan]:
        plans: list[OneTimePlan] = []
        wanted = self.ctx.size.one_time_lessons
        for index in range(wanted * 4):
            if len(plans) == wanted:
                break
            days = self.ctx.open_days(future=index % 2 == 0)
            day = self.rng.choice(days)
            slot = free.take(self.rng, day, day_of_week(day), None)
            if slot is not None:
                reason = self.rng.choice(ONE_TIME_REASONS)
                plans.append(OneTimePlan(self._student(day), day, slot, reason))
        return plans

    def double_booking(
        self, templates: list[TemplatePlan], overrides: dict[tuple[UUID, date], OverridePlan]
    ) -> OneTimePlan:
        """A one-time lesson on top of a weekly lesson of the same instructor, the next open day."""
        for day in self.ctx.open_days(future=True):
            if day == self.ctx.today:
                continue
            candidates = [
                t
                for t in templates
                if t.slot.weekday == day_of_week(day)
                and t.valid_on(day)
                and not t.service.spec.is_group
                and (t.id, day) not in overrides
            ]
            if candidates:
                target = self.rng.choice(candidates)
                return OneTimePlan(self._student(day), day, target.slot, CONFLICT_NOTE, conflict=True)
        raise ValueError("the demo window has no open future day for the double booking")


def build_one_time(
    ctx: DemoContext,
    students: list[StudentPlan],
    templates: list[TemplatePlan],
    overrides: dict[tuple[UUID, date], OverridePlan],
    free: FreeSlots,
) -> list[OneTimePlan]:
    builder = OneTimeBuilder(ctx, students, templates)
    return [*builder.in_free_slots(free), builder.double_booking(templates, overrides)]
