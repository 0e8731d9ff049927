"""The generation engine (plan §5.3): what it inserts, keeps, skips and flags."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta
from uuid import uuid4

from reinex_desktop.domain.catalog import Capability
from reinex_desktop.domain.clinic_time import local_to_utc
from reinex_desktop.domain.conflicts import ConflictKind
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.generation.engine import plan_generation
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.settings import ClinicSettings
from tests.domain.generation_fixtures import (
    GROUP,
    INSTRUCTOR,
    OTHER_INSTRUCTOR,
    RIDING,
    ZONE,
    after_apply,
    cancel,
    lesson_for,
    modify,
    one_time,
    snapshot,
    template,
)

SUNDAY = date(2026, 11, 29)
SATURDAY = SUNDAY + timedelta(days=13)


def test_a_weekly_template_gives_one_lesson_a_week_at_its_local_time() -> None:
    tpl = template(weekday=0, at=time(10, 15))
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([tpl]))
    assert [lesson.day for lesson in plan.lessons] == [SUNDAY, SUNDAY + timedelta(days=7)]
    for lesson in plan.lessons:
        assert lesson.start.tzinfo is not None
        assert lesson.start.astimezone(ZONE).time() == time(10, 15)
        assert lesson.student_ids == (tpl.student_id,)
        assert lesson.template_id == tpl.id
        assert lesson.applied_override_id is None
    counts = plan.counts()
    assert (counts.instances, counts.participants, counts.kept, counts.skipped) == (2, 2, 0, 0)


def test_holidays_closures_and_closed_weekdays_are_skipped_with_their_reason() -> None:
    yom_kippur = date(2026, 9, 21)  # a Monday
    monday = template(weekday=1)
    saturday = template(weekday=6)
    tuesday = template(weekday=2)
    closure = yom_kippur + timedelta(days=8)  # Tuesday the week after
    settings = ClinicSettings(closures=frozenset({closure}))
    plan = plan_generation(
        date(2026, 9, 20), date(2026, 10, 3), snapshot([monday, saturday, tuesday], settings=settings)
    )
    reasons = {(s.template_id, s.day): (s.reason, s.detail) for s in plan.skipped}
    assert reasons[(monday.id, yom_kippur)] == (SkipReason.HOLIDAY, "Yom Kippur")
    assert reasons[(tuesday.id, closure)][0] is SkipReason.CLOSURE
    assert {reasons[(saturday.id, d)][0] for d in (date(2026, 9, 26), date(2026, 10, 3))} == {SkipReason.CLOSED_WEEKDAY}
    planned_days = {(seat.template_id, seat.day) for lesson in plan.lessons for seat in lesson.seats}
    assert (monday.id, yom_kippur) not in planned_days
    assert (monday.id, yom_kippur + timedelta(days=7)) in planned_days


def test_holidays_are_not_skipped_when_the_clinic_works_on_them() -> None:
    monday = template(weekday=1)
    plan = plan_generation(
        date(2026, 9, 20), date(2026, 9, 26), snapshot([monday], settings=ClinicSettings(observe_holidays=False))
    )
    assert [lesson.day for lesson in plan.lessons] == [date(2026, 9, 21)]


def test_a_cancel_override_skips_its_date_only() -> None:
    tpl = template()
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([tpl], overrides=[cancel(tpl, SUNDAY)]))
    assert [lesson.day for lesson in plan.lessons] == [SUNDAY + timedelta(days=7)]
    assert [(s.day, s.reason) for s in plan.skipped] == [(SUNDAY, SkipReason.CANCEL_OVERRIDE)]


def test_a_modify_override_changes_that_date_and_is_recorded() -> None:
    tpl = template(at=time(10))
    override = modify(tpl, SUNDAY, new_time_of_day=time(12), new_instructor_employee_id=OTHER_INSTRUCTOR)
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([tpl], overrides=[override]))
    changed, usual = plan.lessons
    assert changed.start == local_to_utc(SUNDAY, time(12), ZONE)
    assert changed.instructor_id == OTHER_INSTRUCTOR
    assert changed.applied_override_id == override.id
    assert changed.seats[0].changed == ("instructor", "time")
    assert usual.applied_override_id is None and usual.instructor_id == INSTRUCTOR
    assert plan.counts().modified == 1


def test_validity_versions_and_inactive_templates() -> None:
    old = template(valid_until=SUNDAY + timedelta(days=6))
    new = template(old.student_id, at=time(11), valid_from=SUNDAY + timedelta(days=7), supersedes=old.id, version=2)
    paused = template(active=False)
    later = template(valid_from=SUNDAY + timedelta(days=7))
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([old, new, paused, later]))
    planned = {(seat.template_id, seat.day) for lesson in plan.lessons for seat in lesson.seats}
    assert planned == {(old.id, SUNDAY), (new.id, SUNDAY + timedelta(days=7)), (later.id, SUNDAY + timedelta(days=7))}
    reasons = {(s.template_id, s.day): s.reason for s in plan.skipped}
    assert reasons[(old.id, SUNDAY + timedelta(days=7))] is SkipReason.SUPERSEDED
    assert reasons[(new.id, SUNDAY)] is SkipReason.OUTSIDE_VALIDITY
    assert reasons[(later.id, SUNDAY)] is SkipReason.OUTSIDE_VALIDITY
    assert reasons[(paused.id, SUNDAY)] is SkipReason.INACTIVE_TEMPLATE


def test_templates_that_do_not_touch_the_range_are_not_reported() -> None:
    ended = template(valid_until=date(2026, 6, 1))
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([ended]))
    assert plan.lessons == () and plan.skipped == ()


def test_existing_lessons_are_kept_even_when_moved_by_hand() -> None:
    tpl = template()
    moved = lesson_for(tpl, SUNDAY, at=time(16))  # moved to the afternoon, still stands for Sunday
    next_week = SUNDAY + timedelta(days=7)
    moved_day = lesson_for(tpl, next_week)
    moved_day = moved_day.__class__(
        **{**_fields(moved_day), "datetime_start": moved_day.datetime_start + timedelta(days=2)}
    )
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([tpl], existing=[moved, moved_day]))
    assert plan.lessons == ()
    assert {(k.day, k.lesson.id) for k in plan.kept} == {(SUNDAY, moved.id), (next_week, moved_day.id)}


def test_a_lesson_of_an_older_version_stands_for_its_date() -> None:
    old = template(valid_until=SUNDAY - timedelta(days=1))
    new = template(old.student_id, at=time(12), valid_from=SUNDAY, supersedes=old.id, version=2)
    stale = lesson_for(old, SUNDAY)  # generated before the version changed
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([old, new], existing=[stale]))
    assert [(k.template_id, k.day) for k in plan.kept] == [(new.id, SUNDAY)]
    assert [lesson.day for lesson in plan.lessons] == [SUNDAY + timedelta(days=7)]


def test_untagged_lessons_match_by_their_local_start_date() -> None:
    tpl = template()
    legacy = lesson_for(tpl, SUNDAY, tag_date=False)
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([tpl], existing=[legacy]))
    assert [k.day for k in plan.kept] == [SUNDAY]
    assert len(plan.lessons) == 1


def test_templates_sharing_a_slot_become_one_group_lesson() -> None:
    members = [template(service=GROUP, duration=60) for _ in range(3)]
    plan = plan_generation(SUNDAY, SUNDAY, snapshot(members))
    (lesson,) = plan.lessons
    assert set(lesson.student_ids) == {m.student_id for m in members}
    assert lesson.template_id == min(m.id for m in members)


def test_a_new_group_member_joins_the_existing_group_lesson() -> None:
    first = template(service=GROUP, duration=60)
    newcomer = template(service=GROUP, duration=60)
    existing = lesson_for(first, SUNDAY)
    plan = plan_generation(SUNDAY, SUNDAY, snapshot([first, newcomer], existing=[existing]))
    (join,) = plan.lessons
    assert join.existing_lesson_id == existing.id
    assert join.student_ids == (newcomer.student_id,)
    counts = plan.counts()
    assert (counts.instances, counts.participants, counts.joins, counts.kept) == (0, 1, 1, 1)


def test_no_join_into_a_cancelled_lesson() -> None:
    first = template(service=GROUP, duration=60)
    newcomer = template(service=GROUP, duration=60)
    existing = lesson_for(first, SUNDAY)
    cancelled = existing.__class__(**{**_fields(existing), "status": LessonStatus.CANCELLED_CLINIC})
    plan = plan_generation(SUNDAY, SUNDAY, snapshot([first, newcomer], existing=[cancelled]))
    (lesson,) = plan.lessons
    assert lesson.existing_lesson_id is None and lesson.student_ids == (newcomer.student_id,)


def test_conflicts_are_reported_with_their_reason() -> None:
    student = uuid4()
    tpl = template(student, at=time(10))
    clash = template(at=time(10, 30))  # same instructor, overlapping
    busy_elsewhere = one_time(local_to_utc(SUNDAY, time(10), ZONE), instructor=OTHER_INSTRUCTOR, students=(student,))
    other_service = template(service=GROUP, at=time(14), duration=60)
    capabilities = [Capability(uuid4(), INSTRUCTOR, RIDING, max_students=1)]
    plan = plan_generation(
        SUNDAY, SUNDAY, snapshot([tpl, clash, other_service], existing=[busy_elsewhere], capabilities=capabilities)
    )
    kinds = {c.kind for c in plan.conflicts}
    assert kinds == {ConflictKind.INSTRUCTOR_OVERLAP, ConflictKind.STUDENT_OVERLAP, ConflictKind.NOT_CAPABLE}
    student_conflict = next(c for c in plan.conflicts if c.kind is ConflictKind.STUDENT_OVERLAP)
    assert student_conflict.other_lesson_id == busy_elsewhere.id
    assert student_conflict.message is not None and "student" in student_conflict.message.render()


def test_capacity_above_max_students_is_a_conflict() -> None:
    members = [template(service=GROUP, duration=60) for _ in range(5)]
    capabilities = [Capability(uuid4(), INSTRUCTOR, GROUP, max_students=4)]
    plan = plan_generation(SUNDAY, SUNDAY, snapshot(members, capabilities=capabilities))
    (conflict,) = plan.conflicts
    assert (conflict.kind, conflict.count, conflict.capacity) == (ConflictKind.CAPACITY, 5, 4)


def test_conflicts_between_existing_lessons_only_are_not_the_plans() -> None:
    start = local_to_utc(SUNDAY, time(9), ZONE)
    existing = [one_time(start), one_time(start)]
    plan = plan_generation(SUNDAY, SUNDAY, snapshot([template(at=time(12))], existing=existing))
    assert plan.conflicts == ()


def test_occurrences_already_started_are_skipped_as_past() -> None:
    tpl = template(at=time(10))
    now = local_to_utc(SUNDAY, time(10), ZONE)
    plan = plan_generation(SUNDAY, SATURDAY, snapshot([tpl]), not_before=now)
    assert [lesson.day for lesson in plan.lessons] == [SUNDAY + timedelta(days=7)]
    assert [(s.day, s.reason) for s in plan.skipped] == [(SUNDAY, SkipReason.PAST)]


def test_only_lineages_limits_the_plan_to_chosen_series() -> None:
    chosen, other = template(), template(at=time(12))
    plan = plan_generation(SUNDAY, SUNDAY, snapshot([chosen, other]), only_lineages=frozenset({chosen.id}))
    assert [lesson.template_id for lesson in plan.lessons] == [chosen.id]


def test_a_second_plan_after_apply_is_empty() -> None:
    templates = [template(weekday=w, at=time(8 + w)) for w in range(6)]
    snap = snapshot(templates)
    plan = plan_generation(SUNDAY, SATURDAY, snap)
    again = plan_generation(SUNDAY, SATURDAY, snapshot(templates, existing=after_apply([], plan)))
    assert plan.lessons and again.lessons == ()
    assert len(again.kept) == sum(len(lesson.seats) for lesson in plan.lessons)


def test_times_are_utc_instants() -> None:
    plan = plan_generation(SUNDAY, SUNDAY, snapshot([template(at=time(7))]))
    assert plan.lessons[0].start == datetime(2026, 11, 29, 5, tzinfo=UTC)


def _fields(lesson: object) -> dict[str, object]:
    return {name: getattr(lesson, name) for name in lesson.__slots__}  # type: ignore[attr-defined]


def test_a_cancel_on_any_version_of_the_series_wins_over_a_change() -> None:
    old = template(valid_until=SUNDAY - timedelta(days=1))
    new = template(old.student_id, valid_from=SUNDAY - timedelta(days=30), supersedes=old.id, version=2)
    overrides = [cancel(old, SUNDAY), modify(new, SUNDAY, new_time_of_day=time(12))]
    plan = plan_generation(SUNDAY, SUNDAY, snapshot([old, new], overrides=overrides))
    assert plan.lessons == ()
    assert [(s.template_id, s.reason) for s in plan.skipped] == [(new.id, SkipReason.CANCEL_OVERRIDE)]
