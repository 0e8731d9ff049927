"""Weekly templates over time: "from date X onward" versions and per-date overrides (plan §5.1).

A change that applies from date X never rewrites the past: a template that has already started
is closed at X − 1 (`valid_until`) and a new version starts at X (`valid_from = X`,
`supersedes_template_id = old.id`, `version = old.version + 1`). Only a template that has not yet
started is edited in place. A per-date override either cancels one date of the series or changes
its instructor, service, time or duration; there is at most one per template and date.

These functions decide; the handlers only load and write what they return.
"""

from __future__ import annotations

from dataclasses import dataclass, replace
from datetime import date, time, timedelta
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.enums import OverrideType
from reinex_desktop.domain.lessons import LessonTemplate, TemplateOverride
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Templates"
MIN_DURATION = 5
MAX_DURATION = 480


def _refuse(text: str, code: str = "template_invalid", **params: object) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code=code)


@dataclass(frozen=True, slots=True)
class TemplateDraft:
    """The editable fields of a weekly template."""

    instructor_employee_id: UUID
    service_id: UUID
    day_of_week: int
    time_of_day: time
    duration_minutes: int
    price_override: Decimal | None = None
    notes_internal: str | None = None
    valid_until: date | None = None


def draft_of(template: LessonTemplate) -> TemplateDraft:
    return TemplateDraft(
        instructor_employee_id=template.instructor_employee_id,
        service_id=template.service_id,
        day_of_week=template.day_of_week,
        time_of_day=template.time_of_day,
        duration_minutes=template.duration_minutes,
        price_override=template.price_override,
        notes_internal=template.notes_internal,
        valid_until=template.valid_until,
    )


def _minutes(at: time) -> int:
    return at.hour * 60 + at.minute


def validate_slot(weekday: int, at: time, duration: int, settings: ClinicSettings) -> None:
    """A weekly lesson must fall on an open weekday, inside business hours, with a sane length."""
    if not 0 <= weekday <= 6:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "Choose a day of the week."))
    if not MIN_DURATION <= duration <= MAX_DURATION:
        raise _refuse(
            QT_TRANSLATE_NOOP("Templates", "A lesson lasts between {low} and {high} minutes."),
            low=MIN_DURATION,
            high=MAX_DURATION,
        )
    hours = settings.hours_on(weekday)
    if hours is None:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "The clinic is closed on that day of the week."))
    opening, closing = hours
    if _minutes(at) < _minutes(opening) or _minutes(at) + duration > _minutes(closing):
        raise _refuse(
            QT_TRANSLATE_NOOP("Templates", "The lesson must fit inside business hours ({opening}–{closing})."),
            opening=opening.strftime("%H:%M"),
            closing=closing.strftime("%H:%M"),
        )


def validate_draft(draft: TemplateDraft, settings: ClinicSettings, *, valid_from: date) -> None:
    validate_slot(draft.day_of_week, draft.time_of_day, draft.duration_minutes, settings)
    if draft.price_override is not None and draft.price_override < 0:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "A price cannot be negative."))
    if draft.valid_until is not None and draft.valid_until < valid_from:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "The end date comes before the start date."))


def new_template(
    template_id: UUID,
    student_id: UUID,
    draft: TemplateDraft,
    *,
    valid_from: date,
    today: date,
    settings: ClinicSettings,
) -> LessonTemplate:
    """A new weekly series (version 1); it may not start in the past."""
    if valid_from < today:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "A new series cannot start in the past."), code="past")
    validate_draft(draft, settings, valid_from=valid_from)
    return LessonTemplate(
        id=template_id,
        student_id=student_id,
        instructor_employee_id=draft.instructor_employee_id,
        service_id=draft.service_id,
        day_of_week=draft.day_of_week,
        time_of_day=draft.time_of_day,
        duration_minutes=draft.duration_minutes,
        valid_from=valid_from,
        valid_until=draft.valid_until,
        price_override=draft.price_override,
        notes_internal=draft.notes_internal,
    )


@dataclass(frozen=True, slots=True)
class TemplateChange:
    """The outcome of a change: the row to update, and the new version when one is created."""

    updated: LessonTemplate
    created: LessonTemplate | None = None

    @property
    def versioned(self) -> bool:
        return self.created is not None


def change_from(
    old: LessonTemplate,
    draft: TemplateDraft,
    from_date: date,
    *,
    today: date,
    new_id: UUID,
    has_successor: bool,
    settings: ClinicSettings,
) -> TemplateChange:
    """Apply `draft` to the series from `from_date` onward, never rewriting the past (plan §5.1)."""
    if from_date < today:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "A change cannot start in the past."), code="past")
    if has_successor:
        raise _refuse(
            QT_TRANSLATE_NOOP("Templates", "A newer version of this series exists; change that one instead."),
            code="superseded",
        )
    if old.valid_until is not None and from_date > old.valid_until:
        raise _refuse(
            QT_TRANSLATE_NOOP("Templates", "The series ends on {day}; a change after its end has no effect."),
            day=old.valid_until.strftime("%d/%m/%Y"),
        )
    if draft == draft_of(old):
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "Nothing was changed."), code="unchanged")
    if from_date <= old.valid_from:
        validate_draft(draft, settings, valid_from=old.valid_from)
        return TemplateChange(updated=_with_draft(old, draft))
    validate_draft(draft, settings, valid_from=from_date)
    created = replace(
        _with_draft(old, draft),
        id=new_id,
        valid_from=from_date,
        version=old.version + 1,
        supersedes_template_id=old.id,
        is_active=True,
        created_at=None,
        updated_at=None,
        metadata={},
    )
    return TemplateChange(updated=replace(old, valid_until=from_date - timedelta(days=1)), created=created)


def _with_draft(template: LessonTemplate, draft: TemplateDraft) -> LessonTemplate:
    return replace(
        template,
        instructor_employee_id=draft.instructor_employee_id,
        service_id=draft.service_id,
        day_of_week=draft.day_of_week,
        time_of_day=draft.time_of_day,
        duration_minutes=draft.duration_minutes,
        price_override=draft.price_override,
        notes_internal=draft.notes_internal,
        valid_until=draft.valid_until,
    )


def end_series(template: LessonTemplate, last_date: date, *, today: date) -> LessonTemplate:
    """Stop the series after `last_date`; the past stays valid, so the end cannot precede yesterday."""
    if last_date < today - timedelta(days=1):
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "A series cannot end in the past."), code="past")
    if last_date < template.valid_from:
        return replace(template, is_active=False)
    return replace(template, valid_until=last_date)


def validate_override(template: LessonTemplate, override: TemplateOverride, *, today: date) -> TemplateOverride:
    """Check a per-date override against its series; returns it with irrelevant fields cleared."""
    day = override.target_date
    if day < today:
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "A date in the past cannot be changed."), code="past")
    if day_of_week(day) != template.day_of_week or not template.valid_on(day):
        raise _refuse(
            QT_TRANSLATE_NOOP("Templates", "The series has no lesson on {day}."),
            code="not_an_occurrence",
            day=day.strftime("%d/%m/%Y"),
        )
    if override.override_type is OverrideType.CANCEL:
        return replace(
            override,
            new_instructor_employee_id=None,
            new_service_id=None,
            new_time_of_day=None,
            new_duration_minutes=None,
        )
    duration = override.new_duration_minutes
    if duration is not None and not MIN_DURATION <= duration <= MAX_DURATION:
        raise _refuse(
            QT_TRANSLATE_NOOP("Templates", "A lesson lasts between {low} and {high} minutes."),
            low=MIN_DURATION,
            high=MAX_DURATION,
        )
    changes = (
        override.new_instructor_employee_id not in (None, template.instructor_employee_id),
        override.new_service_id not in (None, template.service_id),
        override.new_time_of_day not in (None, template.time_of_day),
        duration not in (None, template.duration_minutes),
    )
    if not any(changes):
        raise _refuse(QT_TRANSLATE_NOOP("Templates", "Nothing was changed for that date."), code="unchanged")
    return override


class TemplateState(StrEnum):
    """Where a series stands today, for the template list."""

    ACTIVE = "active"
    NOT_STARTED = "not_started"
    ENDED = "ended"
    PAUSED = "paused"
    REPLACED = "replaced"


def template_state(template: LessonTemplate, *, today: date, replaced: bool) -> TemplateState:
    """Replaced (a newer version took over) wins over ended; a paused series is inactive."""
    if replaced and template.valid_until is not None and template.valid_until < today:
        return TemplateState.REPLACED
    if template.valid_until is not None and template.valid_until < today:
        return TemplateState.ENDED
    if not template.is_active:
        return TemplateState.PAUSED
    if template.valid_from > today:
        return TemplateState.NOT_STARTED
    return TemplateState.ACTIVE
