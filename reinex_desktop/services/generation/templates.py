"""The weekly templates screen: the list, new series, and changes "from date X onward" (plan §5.1)."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, time, timedelta
from uuid import UUID, uuid4

from reinex_desktop.domain.clinic_time import local_to_utc
from reinex_desktop.domain.generation.commands import ChangeTemplate, CreateTemplate, EndTemplate, SetTemplateActive
from reinex_desktop.domain.generation.templates import TemplateDraft, TemplateState, template_state
from reinex_desktop.domain.lessons import LessonTemplate
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.generation.names import Names, load_names
from reinex_desktop.services.generation.writes import require_manager, send

AREAS = ("templates",)


@dataclass(frozen=True, slots=True)
class TemplateItem:
    template: LessonTemplate
    state: TemplateState
    #: The version that replaced this one, when there is one.
    successor_id: UUID | None = None


@dataclass(frozen=True, slots=True)
class TemplateList:
    items: tuple[TemplateItem, ...]
    names: Names
    today: date


def list_templates(context: AppContext) -> TemplateList:
    """Every series with its state today (active, not started, paused, ended, replaced)."""
    require_manager(context.user)
    today = context.today()
    templates = context.gateway.templates(active_only=False)
    successors = {t.supersedes_template_id: t.id for t in templates if t.supersedes_template_id is not None}
    items = tuple(
        TemplateItem(t, template_state(t, today=today, replaced=t.id in successors), successors.get(t.id))
        for t in templates
    )
    return TemplateList(items, load_names(context), today)


def create_template(context: AppContext, student_id: UUID, draft: TemplateDraft, valid_from: date) -> UUID:
    """A new weekly series for a student, from `valid_from` (not in the past)."""
    require_manager(context.user)
    template_id = uuid4()
    send(
        context,
        CreateTemplate(
            template_id,
            student_id,
            draft.instructor_employee_id,
            draft.service_id,
            draft.day_of_week,
            draft.time_of_day,
            draft.duration_minutes,
            valid_from,
            draft.valid_until,
            draft.price_override,
            draft.notes_internal,
        ),
        areas=AREAS,
    )
    return template_id


@dataclass(frozen=True, slots=True)
class ChangeOutcome:
    template_id: UUID
    #: True when a new version was created (the old one now ends the day before `from_date`).
    versioned: bool
    #: The first date the change applies to (a reset forward of the series starts there).
    from_date: date | None = None


def change_template(
    context: AppContext, template: LessonTemplate, draft: TemplateDraft, from_date: date
) -> ChangeOutcome:
    """Change a series from `from_date` onward; the past keeps its meaning (plan §5.1)."""
    require_manager(context.user)
    result = send(
        context,
        ChangeTemplate(
            template.id,
            from_date,
            uuid4(),
            draft.instructor_employee_id,
            draft.service_id,
            draft.day_of_week,
            draft.time_of_day,
            draft.duration_minutes,
            draft.price_override,
            draft.notes_internal,
            draft.valid_until,
        ),
        areas=AREAS,
        base_version=template.updated_at,
    )
    return ChangeOutcome(UUID(str(result["template_id"])), bool(result["versioned"]), from_date)


def end_template(context: AppContext, template: LessonTemplate, last_date: date) -> None:
    """Stop a series after `last_date`."""
    require_manager(context.user)
    send(context, EndTemplate(template.id, last_date), areas=AREAS, base_version=template.updated_at)


#: How far after the end date to look for lessons already on the calendar.
LOOK_AFTER_END = timedelta(days=400)


def lessons_after(context: AppContext, template: LessonTemplate, last_date: date) -> int:
    """Lessons of this series still on the calendar after `last_date` (ending a series keeps them;
    a reset forward removes the safe ones) — the number the end-of-series question states."""
    require_manager(context.user)
    start = local_to_utc(last_date + timedelta(days=1), time(0), context.zone())
    lessons = context.gateway.lessons_between(start, start + LOOK_AFTER_END, student_id=template.student_id)
    return sum(1 for lesson in lessons if lesson.template_id == template.id and not lesson.is_cancelled)


def set_template_active(context: AppContext, template: LessonTemplate, active: bool) -> None:
    require_manager(context.user)
    send(context, SetTemplateActive(template.id, active), areas=AREAS, base_version=template.updated_at)
