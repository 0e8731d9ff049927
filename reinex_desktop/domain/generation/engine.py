"""The generation engine: templates, overrides and existing lessons in, the plan out (plan §5.3).

For each date of the range and each template due that weekday (templates are indexed by weekday,
so a large clinic costs one pass over its dates):

1. a template outside its validity (or replaced by a newer version that day) or inactive is skipped;
2. an existing lesson standing for the occurrence is kept — never overwritten, never duplicated;
3. closed weekdays, holidays and closures are skipped, then a cancel override skips the date and a
   modify override changes instructor, service, time or duration (recorded as `applied_override_id`);
4. `datetime_start` is the wall-clock time in the clinic's zone on that date, converted to UTC, so
   the daylight-saving switches move nothing;
5. occurrences sharing a slot (instructor, service, start, duration) become one group lesson; an
   existing series lesson in exactly that slot receives them as new participants instead;
6. the conflicts of what would be inserted come from the shared detector (`domain.conflicts`),
   swept per instructor and per student.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Mapping
from datetime import date, datetime
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.clinic_time import clinic_zone, daterange, day_of_week, local_to_utc
from reinex_desktop.domain.conflicts import Booking, Conflict, booking_of, find_conflicts, index_capabilities
from reinex_desktop.domain.enums import LessonStatus, OverrideType
from reinex_desktop.domain.generation.calendar import closed_reason, israeli_holidays
from reinex_desktop.domain.generation.matching import ExistingLessons, Lineages
from reinex_desktop.domain.generation.plan import (
    GenerationPlan,
    KeptOccurrence,
    Occurrence,
    PlanConflict,
    PlannedLesson,
    SkippedOccurrence,
    Snapshot,
)
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.lessons import LessonInstance, LessonTemplate, TemplateOverride

Slot = tuple[date, UUID, UUID, datetime, int]


def plan_generation(
    first: date,
    last: date,
    snapshot: Snapshot,
    *,
    holiday_days: Mapping[date, str] | None = None,
    not_before: datetime | None = None,
    only_lineages: frozenset[UUID] | None = None,
) -> GenerationPlan:
    """The diff weekly generation would apply from `first` to `last` (both included), plan §5.3.

    `not_before` (usually now) skips occurrences that would start at or before it; `only_lineages`
    limits the plan to the series of the given root templates (reset forward).
    """
    settings = snapshot.settings
    zone = clinic_zone(settings.timezone)
    if holiday_days is None:
        holiday_days = israeli_holidays(first, last) if settings.observe_holidays else {}
    builder = _PlanBuilder(first, last, snapshot, zone, only_lineages)
    for day in daterange(first, last):
        builder.add_day(day, closed_reason(day, settings, holiday_days), holiday_days.get(day, ""), not_before)
    return builder.finish()


def _newer(other: LessonTemplate, template: LessonTemplate) -> bool:
    """Which of two versions valid on one date wins: the later start, then the higher version, then the id."""
    return (other.valid_from, other.version, other.id.int) > (template.valid_from, template.version, template.id.int)


def _applies(template: LessonTemplate, first: date, last: date) -> bool:
    return template.valid_from <= last and (template.valid_until is None or template.valid_until >= first)


class _PlanBuilder:
    def __init__(
        self, first: date, last: date, snapshot: Snapshot, zone: ZoneInfo, only: frozenset[UUID] | None
    ) -> None:
        self.first, self.last, self.zone, self.snapshot = first, last, zone, snapshot
        self.lineages = Lineages(snapshot.templates)
        self.templates = {template.id: template for template in snapshot.templates}
        self.versions: dict[UUID, list[LessonTemplate]] = defaultdict(list)
        for template in snapshot.templates:
            self.versions[self.lineages.root(template.id)].append(template)
        self.by_weekday: dict[int, list[LessonTemplate]] = defaultdict(list)
        for template in snapshot.templates:
            if _applies(template, first, last) and (only is None or self.lineages.root(template.id) in only):
                self.by_weekday[template.day_of_week].append(template)
        self.overrides: dict[tuple[UUID, date], TemplateOverride] = {}
        self.lineage_overrides: dict[tuple[UUID, date], TemplateOverride] = {}
        for override in snapshot.overrides:
            self.overrides[(override.template_id, override.target_date)] = override
            key = (self.lineages.root(override.template_id), override.target_date)
            known = self.lineage_overrides.get(key)
            if known is None or override.override_type is OverrideType.CANCEL:
                self.lineage_overrides[key] = override
        self.existing = ExistingLessons(snapshot.existing, self.lineages, zone)
        self.kept: list[KeptOccurrence] = []
        self.skipped: list[SkippedOccurrence] = []
        self.pending: dict[Slot, list[Occurrence]] = {}

    # --- per date ------------------------------------------------------------------------------

    def add_day(self, day: date, closed: SkipReason | None, holiday: str, not_before: datetime | None) -> None:
        for template in self.by_weekday.get(day_of_week(day), ()):
            reason = self._template_reason(template, day)
            if reason is not None:
                self._skip(template, day, reason)
                continue
            root = self.lineages.root(template.id)
            override = self._override(template, root, day)
            occurrence = self._occurrence(template, day, override)
            match = self.existing.match(root, day, template.student_id, occurrence.service_id)
            if match is not None:
                self.kept.append(KeptOccurrence(template.id, template.student_id, day, match))
            elif closed is not None:
                self._skip(template, day, closed, holiday if closed is SkipReason.HOLIDAY else "")
            elif override is not None and override.override_type is OverrideType.CANCEL:
                self._skip(template, day, SkipReason.CANCEL_OVERRIDE, override.note or "")
            elif not_before is not None and occurrence.start <= not_before:
                self._skip(template, day, SkipReason.PAST)
            else:
                slot = (
                    day,
                    occurrence.instructor_id,
                    occurrence.service_id,
                    occurrence.start,
                    occurrence.duration_minutes,
                )
                self.pending.setdefault(slot, []).append(occurrence)

    def _override(self, template: LessonTemplate, root: UUID, day: date) -> TemplateOverride | None:
        """The date's override: a cancel on any version of the series wins (the cautious reading),
        then the version's own change, then a change recorded on another version."""
        series = self.lineage_overrides.get((root, day))
        if series is not None and series.override_type is OverrideType.CANCEL:
            return series
        return self.overrides.get((template.id, day)) or series

    def _template_reason(self, template: LessonTemplate, day: date) -> SkipReason | None:
        """Validity first; then one occurrence per series and date: the newest version valid that day."""
        versions = self.versions[self.lineages.root(template.id)]
        if not template.valid_on(day):
            newer = any(other.is_active and other.valid_on(day) and _newer(other, template) for other in versions)
            return SkipReason.SUPERSEDED if newer else SkipReason.OUTSIDE_VALIDITY
        if not template.is_active:
            return SkipReason.INACTIVE_TEMPLATE
        if len(versions) > 1 and any(
            other.is_active and other.valid_on(day) and _newer(other, template) for other in versions
        ):
            return SkipReason.SUPERSEDED
        return None

    def _skip(self, template: LessonTemplate, day: date, reason: SkipReason, detail: str = "") -> None:
        self.skipped.append(
            SkippedOccurrence(
                template.id,
                template.student_id,
                template.instructor_employee_id,
                day,
                reason,
                detail,
                template.time_of_day,
            )
        )

    def _occurrence(self, template: LessonTemplate, day: date, override: TemplateOverride | None) -> Occurrence:
        instructor, service = template.instructor_employee_id, template.service_id
        at, duration = template.time_of_day, template.duration_minutes
        changed: list[str] = []
        if override is not None and override.override_type is OverrideType.MODIFY:
            if override.new_instructor_employee_id and override.new_instructor_employee_id != instructor:
                instructor = override.new_instructor_employee_id
                changed.append("instructor")
            if override.new_service_id and override.new_service_id != service:
                service = override.new_service_id
                changed.append("service")
            if override.new_time_of_day is not None and override.new_time_of_day != at:
                at = override.new_time_of_day
                changed.append("time")
            if override.new_duration_minutes and override.new_duration_minutes != duration:
                duration = override.new_duration_minutes
                changed.append("duration")
        return Occurrence(
            template_id=template.id,
            student_id=template.student_id,
            day=day,
            start=local_to_utc(day, at, self.zone),
            duration_minutes=duration,
            instructor_id=instructor,
            service_id=service,
            override_id=override.id if override is not None and override.override_type is OverrideType.MODIFY else None,
            changed=tuple(changed),
        )

    # --- grouping and conflicts ----------------------------------------------------------------

    def finish(self) -> GenerationPlan:
        series_slots = self._series_slots()
        grouped: list[tuple[Slot, tuple[Occurrence, ...], LessonInstance | None]] = []
        for slot, occurrences in self.pending.items():
            existing = series_slots.get(slot)
            seats = self._unique_seats(occurrences, existing)
            if seats:
                grouped.append((slot, tuple(seats), existing))
        # Keys only name lessons inside this plan (apply recomputes its own plan).
        grouped.sort(key=lambda item: (item[0][3], item[0][1].int, item[0][2].int, item[0][4]))
        lessons = [
            PlannedLesson(
                f"join|{existing.id}" if existing else f"new|{number}",
                day,
                start,
                duration,
                instructor,
                service,
                seats,
                existing.id if existing else None,
            )
            for number, ((day, instructor, service, start, duration), seats, existing) in enumerate(grouped)
        ]
        conflicts = self._conflicts(lessons)
        return GenerationPlan(self.first, self.last, tuple(lessons), tuple(self.kept), tuple(self.skipped), conflicts)

    def _series_slots(self) -> dict[Slot, LessonInstance]:
        """Scheduled series lessons by slot: new seats in the same slot join them as participants."""
        slots: dict[Slot, LessonInstance] = {}
        for lesson in self.snapshot.existing:
            if lesson.template_id is None or lesson.status is not LessonStatus.SCHEDULED:
                continue
            day = lesson.datetime_start.astimezone(self.zone).date()
            slots.setdefault(
                (day, lesson.instructor_employee_id, lesson.service_id, lesson.datetime_start, lesson.duration_minutes),
                lesson,
            )
        return slots

    def _unique_seats(self, occurrences: list[Occurrence], existing: LessonInstance | None) -> list[Occurrence]:
        seated = {p.student_id for p in existing.participants} if existing else set()
        seats: list[Occurrence] = []
        for occurrence in occurrences:
            if occurrence.student_id in seated:
                template = self.templates[occurrence.template_id]
                if existing is not None and all(s.student_id != occurrence.student_id for s in seats):
                    self.kept.append(KeptOccurrence(template.id, template.student_id, occurrence.day, existing))
                else:
                    self._skip(template, occurrence.day, SkipReason.DUPLICATE)
                continue
            seated.add(occurrence.student_id)
            seats.append(occurrence)
        return seats

    def _conflicts(self, lessons: list[PlannedLesson]) -> tuple[PlanConflict, ...]:
        joined = {lesson.existing_lesson_id for lesson in lessons if lesson.existing_lesson_id}
        by_id = {lesson.id: lesson for lesson in self.snapshot.existing}
        bookings: list[Booking] = []
        for existing in self.snapshot.existing:
            if existing.id not in joined and (booking := booking_of(existing)) is not None:
                bookings.append(booking)
        planned: set[str] = set()
        for lesson in lessons:
            students = lesson.student_ids
            if lesson.existing_lesson_id is not None:
                current = booking_of(by_id[lesson.existing_lesson_id])
                students = (current.student_ids if current else ()) + students
            bookings.append(
                Booking(lesson.key, lesson.instructor_id, lesson.service_id, lesson.start, lesson.end, students)
            )
            planned.add(lesson.key)
        found = find_conflicts(bookings, index_capabilities(self.snapshot.capabilities))
        return tuple(_plan_conflict(c, planned) for c in found if c.booking.key in planned or _other_key(c) in planned)


def _other_key(conflict: Conflict) -> object:
    return conflict.other.key if conflict.other is not None else None


def _plan_conflict(conflict: Conflict, planned: set[str]) -> PlanConflict:
    mine, other = conflict.booking, conflict.other
    if mine.key not in planned and other is not None:
        mine, other = other, mine
    other_key = str(other.key) if other is not None else None
    return PlanConflict(
        kind=conflict.kind,
        lesson_key=str(mine.key),
        other_key=other_key,
        other_lesson_id=other.key if other is not None and isinstance(other.key, UUID) else None,
        student_id=conflict.student_id,
        count=conflict.count,
        capacity=conflict.capacity,
        message=conflict.message(),
    )
