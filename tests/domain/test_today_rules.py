"""The Today screen's rules: what counts as waiting for a person."""

from __future__ import annotations

import uuid
from datetime import date, timedelta

from hypothesis import given
from hypothesis import strategies as st

from reinex_desktop.domain.conflicts import bookings_of, find_conflicts
from reinex_desktop.domain.enums import DocumentationStatus, LessonStatus
from reinex_desktop.domain.today import (
    AttentionKind,
    conflict_days,
    counted,
    is_undocumented,
    student_lines,
    undocumented_days,
)
from tests.domain.calendar_builders import DAY, RIDING, ZONE, capability, instructor, lesson

TODAY = DAY
AVI = instructor("אבי")


def test_only_a_completed_lesson_without_documentation_waits_for_it() -> None:
    assert is_undocumented(lesson(AVI, "10:00", status=LessonStatus.COMPLETED))
    assert not is_undocumented(
        lesson(AVI, "10:00", status=LessonStatus.COMPLETED, documentation_status=DocumentationStatus.DOCUMENTED)
    )
    for status in (LessonStatus.SCHEDULED, LessonStatus.NO_SHOW, LessonStatus.CANCELLED_CLINIC):
        assert not is_undocumented(lesson(AVI, "10:00", status=status))


@given(st.lists(st.tuples(st.integers(0, 20), st.booleans()), max_size=25), st.integers(0, 6))
def test_undocumented_days_are_past_days_most_recent_first(days: list[tuple[int, bool]], shown: int) -> None:
    lessons = [
        lesson(
            AVI,
            "10:00",
            day=TODAY - timedelta(days=back),
            status=LessonStatus.COMPLETED,
            documentation_status=DocumentationStatus.DOCUMENTED if documented else DocumentationStatus.UNDOCUMENTED,
        )
        for back, documented in days
    ]
    found = undocumented_days(lessons, ZONE, TODAY, shown)
    expected_days = sorted({TODAY - timedelta(days=b) for b, d in days if not d and b > 0}, reverse=True)[:shown]
    assert [item.day for item in found] == expected_days
    for item in found:
        assert item.kind is AttentionKind.UNDOCUMENTED
        assert item.count == sum(1 for b, d in days if not d and TODAY - timedelta(days=b) == item.day)


def test_conflicts_count_the_lessons_involved_per_day() -> None:
    tomorrow: date = TODAY + timedelta(days=1)
    lessons = [
        lesson(AVI, "10:00"),
        lesson(AVI, "10:30"),
        lesson(AVI, "12:00"),
        lesson(AVI, "09:00", day=tomorrow),
    ]
    conflicts = find_conflicts(bookings_of(lessons), [capability(AVI, RIDING)])
    assert [(a.count, a.day) for a in conflict_days(lessons, conflicts, ZONE, [TODAY, tomorrow])] == [(2, TODAY)]


def test_a_single_student_is_named_and_zero_is_no_line() -> None:
    only = uuid.uuid4()
    [line] = student_lines(AttentionKind.LOW_BALANCE, {only: None})
    assert line.count == 1 and line.student_id == only
    [many] = student_lines(AttentionKind.EXHAUSTED, {uuid.uuid4(): None, uuid.uuid4(): None})
    assert many.count == 2 and many.student_id is None
    assert student_lines(AttentionKind.EXHAUSTED, {}) == [] and counted(AttentionKind.SYNC, 0) == []
