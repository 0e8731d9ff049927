"""Where a day other than today opens: the opening of business hours, unless the first lessons would be hidden."""

from __future__ import annotations

import uuid

from reinex_desktop.domain.calendar.layout import LEAD_ROWS, LayoutInputs, layout_day
from reinex_desktop.domain.enums import LessonStatus
from reinex_desktop.domain.settings import ClinicSettings
from tests.domain.calendar_builders import DAY, GROUP, RIDING, ZONE, at, instructor, lesson

TEACHERS = [instructor("דנה"), instructor("אבי")]


def layout(*lessons):
    return layout_day(
        DAY,
        LayoutInputs(
            settings=ClinicSettings(),
            zone=ZONE,
            instructors=TEACHERS,
            services={RIDING.id: RIDING, GROUP.id: GROUP},
            capabilities=[],
            lessons=list(lessons),
        ),
    )


def opening_row(day) -> int:
    assert day.rows.business is not None
    row = day.rows.row_at(day.rows.business[0])
    assert row is not None
    return row


def test_an_empty_day_opens_at_the_opening_of_business_hours() -> None:
    day = layout()
    assert day.first_lesson_row() is None
    assert day.opening_top_row(20) == opening_row(day)


def test_a_first_lesson_in_sight_from_the_opening_keeps_the_opening() -> None:
    day = layout(lesson(TEACHERS[0], "09:00", students=(uuid.uuid4(),)))
    assert day.opening_top_row(20) == opening_row(day)


def test_a_late_first_lesson_opens_half_an_hour_above_it() -> None:
    late = lesson(TEACHERS[1], "14:00", students=(uuid.uuid4(),))
    later = lesson(TEACHERS[0], "16:00", students=(uuid.uuid4(),))
    day = layout(later, late)
    first = day.rows.row_at(at("14:00"))
    assert day.first_lesson_row() == first
    assert day.opening_top_row(20) == first - LEAD_ROWS
    assert first - opening_row(day) >= 20, "the lesson is far below the opening"
    assert day.opening_top_row(200) == opening_row(day), "a tall window shows it from the opening"


def test_a_lesson_before_opening_wins() -> None:
    opening = layout().rows.rows[opening_row(layout())].local
    early = f"{opening.hour - 1:02d}:15"
    day = layout(lesson(TEACHERS[0], early), lesson(TEACHERS[1], "15:00"))
    early_row = day.rows.row_at(at(early))
    assert early_row is not None and early_row < opening_row(day), "the grid grew rows for the early lesson"
    assert day.opening_top_row(20) == early_row


def test_cancelled_lessons_count_only_when_nothing_else_is_booked() -> None:
    cancelled = lesson(TEACHERS[0], "10:00", status=LessonStatus.CANCELLED_CLINIC)
    live = lesson(TEACHERS[1], "15:00", students=(uuid.uuid4(),))
    day = layout(cancelled, live)
    assert day.first_lesson_row() == day.rows.row_at(at("15:00"))
    assert layout(cancelled).first_lesson_row() == day.rows.row_at(at("10:00"))
