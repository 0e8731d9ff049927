"""Builders shared by the generation tests: templates, overrides and lessons in a few lines."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, datetime, time
from uuid import UUID, uuid4
from zoneinfo import ZoneInfo

from reinex_desktop.domain.catalog import Capability
from reinex_desktop.domain.clinic_time import local_to_utc
from reinex_desktop.domain.enums import CreatedSource, OverrideType
from reinex_desktop.domain.generation.plan import GenerationPlan, Snapshot
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate, TemplateOverride
from reinex_desktop.domain.settings import ClinicSettings

ZONE = ZoneInfo("Asia/Jerusalem")
INSTRUCTOR = UUID(int=1)
OTHER_INSTRUCTOR = UUID(int=2)
RIDING = UUID(int=10)
GROUP = UUID(int=11)


def template(
    student: UUID | None = None,
    *,
    weekday: int = 0,
    at: time = time(10),
    duration: int = 45,
    instructor: UUID = INSTRUCTOR,
    service: UUID = RIDING,
    valid_from: date = date(2026, 1, 1),
    valid_until: date | None = None,
    active: bool = True,
    template_id: UUID | None = None,
    supersedes: UUID | None = None,
    version: int = 1,
) -> LessonTemplate:
    return LessonTemplate(
        id=template_id or uuid4(),
        student_id=student or uuid4(),
        instructor_employee_id=instructor,
        service_id=service,
        day_of_week=weekday,
        time_of_day=at,
        duration_minutes=duration,
        valid_from=valid_from,
        valid_until=valid_until,
        is_active=active,
        supersedes_template_id=supersedes,
        version=version,
    )


def cancel(tpl: LessonTemplate, day: date) -> TemplateOverride:
    return TemplateOverride(uuid4(), tpl.id, day, OverrideType.CANCEL)


def modify(tpl: LessonTemplate, day: date, **changes: object) -> TemplateOverride:
    return replace(TemplateOverride(uuid4(), tpl.id, day, OverrideType.MODIFY), **changes)  # type: ignore[arg-type]


def lesson_for(
    tpl: LessonTemplate,
    day: date,
    *,
    at: time | None = None,
    run: UUID | None = None,
    source: CreatedSource = CreatedSource.WEEKLY_GENERATION,
    tag_date: bool = True,
) -> LessonInstance:
    """A lesson as generation (or a person) made it for `tpl` on `day`, optionally moved to `at`."""
    lesson_id = uuid4()
    metadata: dict[str, object] = {"generation_run_id": str(run or uuid4())}
    if tag_date:
        metadata["occurrence_date"] = day.isoformat()
    start = local_to_utc(day, at or tpl.time_of_day, ZONE)
    participant = LessonParticipant(
        uuid4(), lesson_id, tpl.student_id, metadata={**metadata, "template_id": str(tpl.id)}
    )
    return LessonInstance(
        id=lesson_id,
        datetime_start=start,
        duration_minutes=tpl.duration_minutes,
        instructor_employee_id=tpl.instructor_employee_id,
        service_id=tpl.service_id,
        created_source=source,
        template_id=tpl.id,
        metadata=metadata,
        participants=(participant,),
    )


def one_time(
    start: datetime, *, instructor: UUID = INSTRUCTOR, students: tuple[UUID, ...] = (), duration: int = 45
) -> LessonInstance:
    lesson_id = uuid4()
    return LessonInstance(
        id=lesson_id,
        datetime_start=start,
        duration_minutes=duration,
        instructor_employee_id=instructor,
        service_id=RIDING,
        participants=tuple(LessonParticipant(uuid4(), lesson_id, s) for s in students),
    )


def snapshot(
    templates: list[LessonTemplate],
    *,
    overrides: list[TemplateOverride] | None = None,
    existing: list[LessonInstance] | None = None,
    capabilities: list[Capability] | None = None,
    settings: ClinicSettings | None = None,
) -> Snapshot:
    return Snapshot(templates, overrides or [], existing or [], capabilities or [], settings or ClinicSettings())


def as_lessons(plan: GenerationPlan, run: UUID | None = None) -> list[LessonInstance]:
    """The lessons an apply of `plan` would write, tagged the way apply tags them."""
    run_tag = str(run or uuid4())
    lessons = []
    for planned in plan.new_lessons:
        lesson_id = uuid4()
        seats = tuple(
            LessonParticipant(
                uuid4(),
                lesson_id,
                seat.student_id,
                metadata={
                    "generation_run_id": run_tag,
                    "occurrence_date": seat.day.isoformat(),
                    "template_id": str(seat.template_id),
                },
            )
            for seat in planned.seats
        )
        lessons.append(
            LessonInstance(
                id=lesson_id,
                datetime_start=planned.start,
                duration_minutes=planned.duration_minutes,
                instructor_employee_id=planned.instructor_id,
                service_id=planned.service_id,
                created_source=CreatedSource.WEEKLY_GENERATION,
                template_id=planned.template_id,
                applied_override_id=planned.applied_override_id,
                metadata={"generation_run_id": run_tag, "occurrence_date": planned.day.isoformat()},
                participants=seats,
            )
        )
    return lessons


def after_apply(existing: list[LessonInstance], plan: GenerationPlan, run: UUID | None = None) -> list[LessonInstance]:
    """`existing` with the plan applied: new lessons added, joining seats seated."""
    run_tag = str(run or uuid4())
    by_id = {lesson.id: lesson for lesson in existing}
    for planned in plan.joins:
        assert planned.existing_lesson_id is not None
        lesson = by_id[planned.existing_lesson_id]
        seats = tuple(
            LessonParticipant(
                uuid4(),
                lesson.id,
                seat.student_id,
                metadata={
                    "generation_run_id": run_tag,
                    "occurrence_date": seat.day.isoformat(),
                    "template_id": str(seat.template_id),
                },
            )
            for seat in planned.seats
        )
        by_id[lesson.id] = replace(lesson, participants=lesson.participants + seats)
    return [*by_id.values(), *as_lessons(plan, run)]
