"""The generation plan: the dry-run diff of plan §5.3, step 4.

A plan lists the lessons to insert (new lessons, or new participants joining an existing group
lesson of the same slot), the occurrences already standing as existing lessons (kept, never
overwritten), the occurrences skipped with their reason, and the conflicts the inserts would
cause. It is pure data: the preview screen shows it, the command line prints it, and apply
recomputes it inside its transaction.
"""

from __future__ import annotations

from collections import Counter
from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import date, datetime, time, timedelta
from uuid import UUID

from reinex_desktop.domain.catalog import Capability
from reinex_desktop.domain.conflicts import ConflictKind
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.lessons import LessonInstance, LessonTemplate, TemplateOverride
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.text import Message


@dataclass(frozen=True, slots=True)
class Snapshot:
    """What the engine reads from a tenant: one consistent picture of templates and lessons.

    `templates` holds every version (old ones too, for lineages); `existing` holds the lessons that
    start inside the range or stand for a date inside it, with their participants.
    """

    templates: Sequence[LessonTemplate]
    overrides: Sequence[TemplateOverride]
    existing: Sequence[LessonInstance]
    capabilities: Sequence[Capability]
    settings: ClinicSettings = field(default_factory=ClinicSettings)


@dataclass(frozen=True, slots=True)
class Occurrence:
    """One template on one date, after that date's override."""

    template_id: UUID
    student_id: UUID
    day: date
    start: datetime  # aware, UTC
    duration_minutes: int
    instructor_id: UUID
    service_id: UUID
    override_id: UUID | None = None
    #: Fields a modify override changed: "instructor", "service", "time", "duration".
    changed: tuple[str, ...] = ()

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)


@dataclass(frozen=True, slots=True)
class PlannedLesson:
    """A lesson to insert, or — when `existing_lesson_id` is set — seats joining that lesson."""

    key: str
    day: date
    start: datetime
    duration_minutes: int
    instructor_id: UUID
    service_id: UUID
    seats: tuple[Occurrence, ...]
    existing_lesson_id: UUID | None = None

    @property
    def end(self) -> datetime:
        return self.start + timedelta(minutes=self.duration_minutes)

    @property
    def template_id(self) -> UUID:
        """The smallest template id among the seats: the same on every workstation (unique index)."""
        return min(seat.template_id for seat in self.seats)

    @property
    def applied_override_id(self) -> UUID | None:
        lead = min(self.seats, key=lambda seat: seat.template_id)
        if lead.override_id is not None:
            return lead.override_id
        return next((seat.override_id for seat in self.seats if seat.override_id), None)

    @property
    def is_join(self) -> bool:
        return self.existing_lesson_id is not None

    @property
    def modified(self) -> bool:
        return any(seat.changed for seat in self.seats)

    @property
    def student_ids(self) -> tuple[UUID, ...]:
        return tuple(seat.student_id for seat in self.seats)


@dataclass(frozen=True, slots=True)
class KeptOccurrence:
    """An occurrence an existing lesson already stands for: left exactly as it is."""

    template_id: UUID
    student_id: UUID
    day: date
    lesson: LessonInstance


@dataclass(frozen=True, slots=True)
class SkippedOccurrence:
    template_id: UUID
    student_id: UUID
    instructor_id: UUID
    day: date
    reason: SkipReason
    #: Extra words for the reason, e.g. the holiday's name.
    detail: str = ""
    #: The template's wall-clock time that day.
    at: time | None = None


@dataclass(frozen=True, slots=True)
class PlanConflict:
    """A conflict one planned lesson would cause (plan §5.3): the reason and what it collides with."""

    kind: ConflictKind
    lesson_key: str
    #: The other side: a planned lesson's key or an existing lesson's id, when there is one.
    other_key: str | None = None
    other_lesson_id: UUID | None = None
    student_id: UUID | None = None
    count: int = 0
    capacity: int = 0
    message: Message | None = None


@dataclass(frozen=True, slots=True)
class PlanCounts:
    instances: int = 0
    participants: int = 0
    joins: int = 0
    kept: int = 0
    skipped: int = 0
    modified: int = 0
    conflicts: int = 0
    skipped_by_reason: Mapping[str, int] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class GenerationPlan:
    first: date
    last: date
    lessons: tuple[PlannedLesson, ...] = ()
    kept: tuple[KeptOccurrence, ...] = ()
    skipped: tuple[SkippedOccurrence, ...] = ()
    conflicts: tuple[PlanConflict, ...] = ()

    @property
    def new_lessons(self) -> tuple[PlannedLesson, ...]:
        return tuple(lesson for lesson in self.lessons if not lesson.is_join)

    @property
    def joins(self) -> tuple[PlannedLesson, ...]:
        return tuple(lesson for lesson in self.lessons if lesson.is_join)

    @property
    def modified(self) -> tuple[Occurrence, ...]:
        return tuple(seat for lesson in self.lessons for seat in lesson.seats if seat.changed)

    def conflicts_of(self, key: str) -> tuple[PlanConflict, ...]:
        return tuple(conflict for conflict in self.conflicts if conflict.lesson_key == key)

    def counts(self) -> PlanCounts:
        reasons = Counter(skip.reason.value for skip in self.skipped)
        return PlanCounts(
            instances=len(self.new_lessons),
            participants=sum(len(lesson.seats) for lesson in self.lessons),
            joins=len(self.joins),
            kept=len(self.kept),
            skipped=len(self.skipped),
            modified=len(self.modified),
            conflicts=len(self.conflicts),
            skipped_by_reason=dict(sorted(reasons.items())),
        )
