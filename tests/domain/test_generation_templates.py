"""Template versions "from date X onward" never rewrite the past; per-date overrides (plan §5.1, §4.2.5)."""

from __future__ import annotations

from dataclasses import replace
from datetime import date, time, timedelta
from uuid import uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.enums import OverrideType
from reinex_desktop.domain.generation.templates import (
    TemplateDraft,
    change_from,
    draft_of,
    end_series,
    new_template,
    validate_override,
)
from reinex_desktop.domain.lessons import TemplateOverride
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.text import DomainError
from tests.domain.generation_fixtures import OTHER_INSTRUCTOR, template

TODAY = date(2026, 11, 21)  # a Saturday
SETTINGS = ClinicSettings()


def _change(old, draft, from_date, *, successor=False):  # type: ignore[no-untyped-def]
    return change_from(old, draft, from_date, today=TODAY, new_id=uuid4(), has_successor=successor, settings=SETTINGS)


def test_a_change_from_x_creates_a_new_version_and_ends_the_old_one_at_x_minus_1() -> None:
    old = template(valid_from=date(2026, 1, 4), version=3)
    draft = replace(draft_of(old), instructor_employee_id=OTHER_INSTRUCTOR, time_of_day=time(11))
    x = date(2026, 11, 29)
    change = _change(old, draft, x)
    assert change.versioned and change.created is not None
    assert change.updated.id == old.id
    assert change.updated.valid_until == x - timedelta(days=1)
    assert draft_of(replace(change.updated, valid_until=None)) == draft_of(old)  # nothing else rewritten
    assert change.updated.valid_from == old.valid_from
    new = change.created
    assert (new.valid_from, new.version, new.supersedes_template_id) == (x, 4, old.id)
    assert (new.instructor_employee_id, new.time_of_day, new.student_id) == (OTHER_INSTRUCTOR, time(11), old.student_id)


@settings(max_examples=100, deadline=None)
@given(
    start=st.integers(-400, 60),
    offset=st.integers(0, 90),
    minutes=st.sampled_from((30, 45, 60, 90)),
)
def test_versioning_never_changes_the_meaning_of_a_past_date(start: int, offset: int, minutes: int) -> None:
    old = template(valid_from=TODAY + timedelta(days=start))
    x = TODAY + timedelta(days=offset)
    change = _change(old, replace(draft_of(old), duration_minutes=minutes if minutes != 45 else 60), x)
    for back in range(1, 400):
        day = TODAY - timedelta(days=back)
        before = old.valid_on(day)
        after = change.updated.valid_on(day) or (change.created is not None and change.created.valid_on(day))
        assert before == after
        if before:  # the past is served by the very same row, unchanged
            assert change.updated.valid_on(day) and change.updated.duration_minutes == (
                old.duration_minutes if change.versioned else change.updated.duration_minutes
            )
    if not change.versioned:
        assert old.valid_from >= TODAY  # only a series that has not started is edited in place


def test_a_series_that_has_not_started_is_edited_in_place() -> None:
    old = template(valid_from=date(2026, 12, 6))
    change = _change(old, replace(draft_of(old), time_of_day=time(9)), date(2026, 11, 30))
    assert not change.versioned and change.updated.time_of_day == time(9) and change.updated.id == old.id


@pytest.mark.parametrize(
    ("from_date", "successor", "until", "code"),
    [
        (TODAY - timedelta(days=1), False, None, "past"),
        (date(2026, 12, 6), True, None, "superseded"),
        (date(2026, 12, 20), False, date(2026, 12, 10), "template_invalid"),
    ],
)
def test_refused_changes(from_date: date, successor: bool, until: date | None, code: str) -> None:
    old = template(valid_until=until)
    with pytest.raises(DomainError) as refused:
        _change(old, replace(draft_of(old), duration_minutes=60), from_date, successor=successor)
    assert refused.value.code == code


def test_an_unchanged_draft_is_refused() -> None:
    old = template()
    with pytest.raises(DomainError) as refused:
        _change(old, draft_of(old), date(2026, 12, 6))
    assert refused.value.code == "unchanged"


@pytest.mark.parametrize(
    "draft",
    [
        TemplateDraft(uuid4(), uuid4(), 6, time(10), 45),  # Saturday: closed
        TemplateDraft(uuid4(), uuid4(), 0, time(20, 30), 45),  # ends after 21:00
        TemplateDraft(uuid4(), uuid4(), 0, time(10), 0),
        TemplateDraft(uuid4(), uuid4(), 0, time(10), 45, valid_until=TODAY),
    ],
)
def test_a_new_series_is_validated(draft: TemplateDraft) -> None:
    with pytest.raises(DomainError):
        new_template(uuid4(), uuid4(), draft, valid_from=date(2026, 11, 29), today=TODAY, settings=SETTINGS)


def test_a_new_series_cannot_start_in_the_past() -> None:
    draft = TemplateDraft(uuid4(), uuid4(), 0, time(10), 45)
    with pytest.raises(DomainError):
        new_template(uuid4(), uuid4(), draft, valid_from=TODAY - timedelta(days=1), today=TODAY, settings=SETTINGS)
    made = new_template(uuid4(), uuid4(), draft, valid_from=TODAY, today=TODAY, settings=SETTINGS)
    assert made.version == 1 and made.supersedes_template_id is None


def test_ending_a_series() -> None:
    tpl = template(valid_from=date(2026, 1, 4))
    assert end_series(tpl, date(2026, 12, 31), today=TODAY).valid_until == date(2026, 12, 31)
    assert end_series(tpl, TODAY - timedelta(days=1), today=TODAY).valid_until == TODAY - timedelta(days=1)
    with pytest.raises(DomainError):
        end_series(tpl, TODAY - timedelta(days=2), today=TODAY)
    future = template(valid_from=date(2027, 1, 3))
    assert end_series(future, date(2026, 12, 31), today=TODAY).is_active is False


def test_overrides_must_target_an_occurrence_of_the_series() -> None:
    tpl = template(weekday=0, valid_until=date(2026, 12, 20))
    sunday = date(2026, 11, 29)
    ok = validate_override(
        tpl, TemplateOverride(uuid4(), tpl.id, sunday, OverrideType.CANCEL, new_duration_minutes=5), today=TODAY
    )
    assert ok.new_duration_minutes is None  # a cancel carries no changes
    for bad_day in (sunday + timedelta(days=1), date(2026, 12, 27), date(2026, 11, 15)):
        with pytest.raises(DomainError):
            validate_override(tpl, TemplateOverride(uuid4(), tpl.id, bad_day, OverrideType.CANCEL), today=TODAY)


def test_a_modify_override_must_change_something_sane() -> None:
    tpl = template(weekday=0)
    sunday = date(2026, 11, 29)
    same = TemplateOverride(uuid4(), tpl.id, sunday, OverrideType.MODIFY, new_time_of_day=tpl.time_of_day)
    with pytest.raises(DomainError):
        validate_override(tpl, same, today=TODAY)
    with pytest.raises(DomainError):
        validate_override(tpl, replace(same, new_duration_minutes=1000), today=TODAY)
    moved = replace(same, new_time_of_day=time(12))
    assert validate_override(tpl, moved, today=TODAY) == moved
