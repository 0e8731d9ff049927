"""Properties of the generation engine over random clinics (plan §5.3, REQUIREMENTS "rules that must hold").

Never a lesson outside a template's validity, on a closed day or on a cancelled date; never an
existing occurrence overwritten or duplicated; every due occurrence accounted for exactly once;
and a second run after apply inserts nothing.
"""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from uuid import UUID, uuid4

import holidays
from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.clinic_time import daterange, day_of_week, local_to_utc
from reinex_desktop.domain.enums import OverrideType
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.generation.matching import Lineages, occurrence_date
from reinex_desktop.domain.lessons import LessonInstance, LessonTemplate, TemplateOverride
from reinex_desktop.domain.settings import ClinicSettings
from tests.domain.generation_fixtures import ZONE, after_apply, lesson_for, snapshot, template

BASE = date(2026, 9, 13)  # a Sunday two weeks before Sukkot: holidays fall inside the ranges
INSTRUCTORS = [UUID(int=i) for i in range(1, 4)]
SERVICES = [UUID(int=10), UUID(int=11)]
STUDENTS = [UUID(int=100 + i) for i in range(8)]


@st.composite
def clinics(draw: st.DrawFn) -> dict[str, object]:
    first = BASE + timedelta(days=draw(st.integers(0, 6)))
    last = first + timedelta(days=draw(st.integers(0, 20)))
    templates: list[LessonTemplate] = []
    for _ in range(draw(st.integers(0, 10))):
        start = BASE + timedelta(days=draw(st.integers(-20, 25)))
        until = draw(st.none() | st.integers(0, 40).map(lambda n, s=start: s + timedelta(days=n)))
        supersedes = None
        if templates and draw(st.booleans()):
            supersedes = draw(st.sampled_from(templates)).id
        templates.append(
            template(
                draw(st.sampled_from(STUDENTS)),
                weekday=draw(st.integers(0, 6)),
                at=time(draw(st.integers(7, 12)), draw(st.sampled_from((0, 15, 30, 45)))),
                duration=draw(st.sampled_from((30, 45, 60))),
                instructor=draw(st.sampled_from(INSTRUCTORS)),
                service=draw(st.sampled_from(SERVICES)),
                valid_from=start,
                valid_until=until,
                active=draw(st.booleans()) or draw(st.booleans()),
                supersedes=supersedes,
            )
        )
    due = [(t, d) for t in templates for d in daterange(first, last) if day_of_week(d) == t.day_of_week]
    overrides: dict[tuple[UUID, date], TemplateOverride] = {}
    existing: list[LessonInstance] = []
    for tpl, day in due:
        choice = draw(st.integers(0, 9))
        if choice == 0:
            overrides[(tpl.id, day)] = TemplateOverride(uuid4(), tpl.id, day, OverrideType.CANCEL)
        elif choice == 1:
            overrides[(tpl.id, day)] = TemplateOverride(
                uuid4(), tpl.id, day, OverrideType.MODIFY, new_time_of_day=time(draw(st.integers(7, 12)), 30)
            )
        elif choice in (2, 3):
            lesson = lesson_for(tpl, day, tag_date=draw(st.booleans()))
            if draw(st.booleans()):  # moved by hand, keeps its occurrence date when tagged
                lesson = replace(
                    lesson, datetime_start=lesson.datetime_start + timedelta(hours=draw(st.integers(1, 5)))
                )
            existing.append(lesson)
    closures = frozenset(draw(st.sets(st.sampled_from(list(daterange(first, last))), max_size=3)))
    observe = draw(st.booleans())
    return {
        "first": first,
        "last": last,
        "templates": templates,
        "overrides": list(overrides.values()),
        "existing": existing,
        "settings": ClinicSettings(closures=closures, observe_holidays=observe),
    }


def _closed(day: date, clinic_settings: ClinicSettings) -> bool:
    if clinic_settings.hours_on(day_of_week(day)) is None or day in clinic_settings.closures:
        return True
    return clinic_settings.observe_holidays and day in holidays.Israel(years=day.year)


def _plan(clinic: dict[str, object], existing: list[LessonInstance] | None = None):  # type: ignore[no-untyped-def]
    snap = snapshot(
        clinic["templates"],  # type: ignore[arg-type]
        overrides=clinic["overrides"],  # type: ignore[arg-type]
        existing=clinic["existing"] if existing is None else existing,  # type: ignore[arg-type]
        settings=clinic["settings"],  # type: ignore[arg-type]
    )
    return plan_generation(clinic["first"], clinic["last"], snap)  # type: ignore[arg-type]


@settings(max_examples=150, deadline=None)
@given(clinics())
def test_never_a_lesson_outside_validity_on_a_closed_day_or_a_cancelled_date(clinic: dict[str, object]) -> None:
    plan = _plan(clinic)
    templates = {t.id: t for t in clinic["templates"]}  # type: ignore[attr-defined]
    lineages = Lineages(templates.values())
    cancelled = {
        (lineages.root(o.template_id), o.target_date)
        for o in clinic["overrides"]  # type: ignore[attr-defined]
        if o.override_type is OverrideType.CANCEL
    }
    clinic_settings: ClinicSettings = clinic["settings"]  # type: ignore[assignment]
    for lesson in plan.lessons:
        for seat in lesson.seats:
            tpl = templates[seat.template_id]
            assert tpl.valid_on(seat.day) and tpl.is_active
            assert day_of_week(seat.day) == tpl.day_of_week
            assert not _closed(seat.day, clinic_settings)
            assert (lineages.root(tpl.id), seat.day) not in cancelled
            assert clinic["first"] <= seat.day <= clinic["last"]  # type: ignore[operator]


@settings(max_examples=150, deadline=None)
@given(clinics())
def test_never_overwrite_or_duplicate_an_existing_occurrence(clinic: dict[str, object]) -> None:
    plan = _plan(clinic)
    templates = clinic["templates"]
    lineages = Lineages(templates)  # type: ignore[arg-type]
    standing = {
        (lineages.root(lesson.template_id), occurrence_date(lesson, ZONE))
        for lesson in clinic["existing"]  # type: ignore[attr-defined]
        if lesson.template_id is not None
    }
    seats = [(lineages.root(seat.template_id), seat.day) for lesson in plan.lessons for seat in lesson.seats]
    assert not set(seats) & standing
    assert len(seats) == len(set(seats))
    new_keys = [(lesson.template_id, lesson.start) for lesson in plan.new_lessons]
    assert len(new_keys) == len(set(new_keys))  # what the database's unique index enforces
    existing_ids = {lesson.id for lesson in clinic["existing"]}  # type: ignore[attr-defined]
    assert all(lesson.existing_lesson_id in existing_ids for lesson in plan.joins)


@settings(max_examples=150, deadline=None)
@given(clinics())
def test_every_due_occurrence_is_accounted_for_exactly_once(clinic: dict[str, object]) -> None:
    plan = _plan(clinic)
    first, last = clinic["first"], clinic["last"]
    due = sorted(
        (str(t.id), d)
        for t in clinic["templates"]  # type: ignore[attr-defined]
        if t.valid_from <= last and (t.valid_until is None or t.valid_until >= first)  # type: ignore[operator]
        for d in daterange(first, last)  # type: ignore[arg-type]
        if day_of_week(d) == t.day_of_week
    )
    seen = sorted(
        [(str(seat.template_id), seat.day) for lesson in plan.lessons for seat in lesson.seats]
        + [(str(k.template_id), k.day) for k in plan.kept]
        + [(str(s.template_id), s.day) for s in plan.skipped]
    )
    assert seen == due


@settings(max_examples=100, deadline=None)
@given(clinics())
def test_planning_again_after_apply_inserts_nothing(clinic: dict[str, object]) -> None:
    plan = _plan(clinic)
    applied = after_apply(list(clinic["existing"]), plan)  # type: ignore[call-overload]
    again = _plan(clinic, existing=applied)
    assert again.lessons == ()


def test_the_strategy_reaches_holidays_and_moves() -> None:
    # Sukkot 2026 (2026-09-26) and Simchat Torah (2026-10-03) fall on Saturdays; Yom Kippur on a Monday.
    assert date(2026, 9, 21) in holidays.Israel(years=2026)
    assert BASE + timedelta(days=8) == date(2026, 9, 21)
    assert local_to_utc(BASE, time(10), ZONE).tzinfo is not None
