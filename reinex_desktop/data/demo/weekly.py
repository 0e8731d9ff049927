"""The weekly grid: every lesson slot each instructor could give, and which of them are taken.

A slot is a place in the instructor's recurring week (weekday, start, length, service). Laying
slots out back to back inside each working day, with short breaks, is what keeps the demo free of
accidental double bookings: two slots of one instructor never overlap, so templates placed in
distinct slots never collide, and the free slots are safe targets for one-time lessons and
overrides. The single intentional conflict is added on purpose elsewhere.
"""

from __future__ import annotations

import random
from dataclasses import dataclass
from datetime import date, time
from uuid import UUID

from reinex_desktop.data.demo.catalog import ServicePlan
from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.staff import InstructorPlan


@dataclass(frozen=True, slots=True)
class Slot:
    instructor_id: UUID
    weekday: int
    start_minute: int
    service: ServicePlan
    capacity: int

    @property
    def duration(self) -> int:
        return self.service.spec.duration

    @property
    def start(self) -> time:
        return time(self.start_minute // 60, self.start_minute % 60)


@dataclass(frozen=True, slots=True)
class FilledSlot:
    slot: Slot
    seats: int  # how many templates (students) share it


def _day_slots(rng: random.Random, instructor: InstructorPlan, weekday: int) -> list[Slot]:
    first, last = instructor.shifts[weekday]
    individual = [s for s in instructor.services if not s.spec.is_group]
    groups = [s for s in instructor.services if s.spec.is_group]
    weights = [s.spec.weight for s in individual]
    slots: list[Slot] = []
    minute, since_break, lunch_taken, group_given = first, 0, False, False
    while True:
        service = rng.choices(individual, weights)[0]
        if groups and not group_given and minute >= 15 * 60 and rng.random() < 0.35:
            service, group_given = groups[0], True
        if minute + service.spec.duration > last:
            break
        slots.append(Slot(instructor.id, weekday, minute, service, instructor.capacity[service.id]))
        minute += service.spec.duration
        since_break += 1
        if not lunch_taken and minute >= 12 * 60 + 30 and last - first > 6 * 60:
            minute, lunch_taken, since_break = minute + 30, True, 0
        elif since_break >= rng.choice((3, 4, 5)):
            minute, since_break = minute + 15, 0
    return slots


def build_slots(ctx: DemoContext, instructors: list[InstructorPlan]) -> list[Slot]:
    """All slots of the week, instructor by instructor, in a stable order."""
    rng = ctx.rng("slots")
    return [
        slot
        for instructor in instructors
        for weekday in instructor.working_days
        for slot in _day_slots(rng, instructor, weekday)
    ]


def fill_slots(ctx: DemoContext, slots: list[Slot], seats: int) -> tuple[list[FilledSlot], list[Slot]]:
    """Take slots at random until `seats` templates are placed; the rest stay free.

    A group slot takes between three students and its capacity, so group lessons are visibly
    groups; the last seats go to individual slots so the template count comes out exact.
    """
    rng = ctx.rng("fill")
    order = list(slots)
    rng.shuffle(order)
    filled: list[FilledSlot] = []
    free: list[Slot] = []
    remaining = seats
    for slot in order:
        wanted = rng.randint(min(3, slot.capacity), slot.capacity)
        if remaining <= 0 or (slot.capacity > 1 and wanted > remaining):
            free.append(slot)
            continue
        filled.append(FilledSlot(slot, wanted))
        remaining -= wanted
    if remaining > 0:
        raise ValueError(f"the demo week has room for {seats - remaining} of {seats} templates")
    return filled, free


class FreeSlots:
    """The slots nobody holds weekly; each can be lent out once per date (one-time lessons, moves)."""

    def __init__(self, slots: list[Slot]) -> None:
        self.slots = slots
        self.lent: set[tuple[int, date]] = set()

    def take(self, rng: random.Random, day: date, weekday: int, service: ServicePlan | None) -> Slot | None:
        """A random free slot on `weekday` (of `service` when given, individual otherwise), lent for `day`."""
        options = [
            index
            for index, slot in enumerate(self.slots)
            if slot.weekday == weekday
            and (index, day) not in self.lent
            and (slot.service == service if service else not slot.service.spec.is_group)
        ]
        if not options:
            return None
        index = rng.choice(options)
        self.lent.add((index, day))
        return self.slots[index]
