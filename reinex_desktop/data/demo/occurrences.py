"""Which lessons the window holds: templates expanded over dates, as weekly generation would.

The same rules as the generation engine (plan §5.3): a template yields a lesson on a date when the
clinic is open (not Saturday, not a holiday, not a closure), the template is active or was at the
time, the date is inside its validity, and no cancel override exists; a modify override changes
the time or instructor. Templates sharing instructor, service and start form one group lesson.
"""

from __future__ import annotations

from collections import Counter, defaultdict
from dataclasses import dataclass, field
from datetime import date, datetime, time
from uuid import UUID

from reinex_desktop.data.demo.catalog import ServicePlan
from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.one_time import OneTimePlan
from reinex_desktop.data.demo.overrides import OverridePlan
from reinex_desktop.data.demo.templates import TemplatePlan
from reinex_desktop.domain.clinic_time import day_of_week, local_to_utc


@dataclass(frozen=True, slots=True)
class Occurrence:
    day: date
    start: time
    instructor_id: UUID
    service: ServicePlan
    duration: int
    #: (student, template) per participant; the template is None for one-time lessons.
    seats: tuple[tuple[UUID, TemplatePlan | None], ...]
    override: OverridePlan | None = None
    one_time: OneTimePlan | None = None

    def starts_at(self, ctx: DemoContext) -> datetime:
        return local_to_utc(self.day, self.start, ctx.zone)

    @property
    def template_id(self) -> UUID | None:
        templates = [t.id for _student, t in self.seats if t is not None]
        return min(templates) if templates else None


@dataclass
class Expansion:
    occurrences: list[Occurrence] = field(default_factory=list)
    #: (date, reason) → how many valid templates gave no lesson that day, for the run reports.
    skipped: Counter[tuple[date, str]] = field(default_factory=Counter)


def expand(
    ctx: DemoContext,
    templates: list[TemplatePlan],
    overrides: dict[tuple[UUID, date], OverridePlan],
    one_time: list[OneTimePlan],
) -> Expansion:
    by_weekday: defaultdict[int, list[TemplatePlan]] = defaultdict(list)
    for template in templates:
        by_weekday[template.slot.weekday].append(template)
    result = Expansion()
    for day in ctx.window:
        due = by_weekday.get(day_of_week(day), [])
        reason = ctx.closed_reason(day)
        if reason is not None:
            result.skipped[(day, reason)] += sum(1 for t in due if t.valid_on(day))
            continue
        result.occurrences.extend(_day(day, due, overrides, result.skipped))
    for plan in one_time:
        slot = plan.slot
        result.occurrences.append(
            Occurrence(
                plan.day,
                slot.start,
                slot.instructor_id,
                slot.service,
                slot.duration,
                ((plan.student_id, None),),
                one_time=plan,
            )
        )
    result.occurrences.sort(key=lambda o: (o.day, o.start, str(o.instructor_id), o.one_time is not None))
    return result


def _day(
    day: date,
    due: list[TemplatePlan],
    overrides: dict[tuple[UUID, date], OverridePlan],
    skipped: Counter[tuple[date, str]],
) -> list[Occurrence]:
    groups: dict[tuple[UUID, time, UUID], list[TemplatePlan]] = defaultdict(list)
    moved: list[Occurrence] = []
    for template in due:
        if not template.valid_on(day):
            continue
        override = overrides.get((template.id, day))
        if override is not None and override.kind == "cancel":
            skipped[(day, "cancel_override")] += 1
        elif override is not None and override.slot is not None:
            slot = override.slot
            moved.append(
                Occurrence(
                    day,
                    slot.start,
                    slot.instructor_id,
                    template.service,
                    template.slot.duration,
                    ((template.student_id, template),),
                    override=override,
                )
            )
        else:
            groups[(template.instructor_id, template.start, template.service.id)].append(template)
    lessons = [
        Occurrence(
            day,
            members[0].start,
            members[0].instructor_id,
            members[0].service,
            members[0].slot.duration,
            tuple((t.student_id, t) for t in members),
        )
        for members in groups.values()
    ]
    return lessons + moved
