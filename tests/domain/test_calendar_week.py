"""The managers' week: days, counts, load, statuses."""

from __future__ import annotations

import uuid
from datetime import date, time

from reinex_desktop.domain.calendar.status import StatusIcon
from reinex_desktop.domain.calendar.week import summarize_week, week_days
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.settings import DEFAULT_BUSINESS_HOURS, ClinicSettings
from tests.domain.calendar_builders import DAY, ZONE, instructor, lesson

SUNDAY = date(2026, 11, 22)


def test_week_runs_from_sunday_to_the_last_business_day():
    assert week_days(DAY, ClinicSettings()) == tuple(date(2026, 11, 22 + n) for n in range(6))
    open_saturday = ClinicSettings(business_hours=dict(DEFAULT_BUSINESS_HOURS) | {6: (time(9), time(12))})
    assert len(week_days(DAY, open_saturday)) == 7
    assert week_days(date(2026, 11, 28), ClinicSettings())[0] == SUNDAY


def test_counts_load_and_statuses_per_instructor_and_day():
    avi = instructor("אבי", working_days=(0, 1))
    dana = instructor("דנה")
    s = (uuid.uuid4(),)
    lessons = [
        lesson(avi, "10:00", 60, s),
        lesson(avi, "11:00", 60, s, participant_status=ParticipantStatus.ATTENDED),
        lesson(avi, "12:00", 60, s, status=LessonStatus.CANCELLED_CLINIC),
        lesson(dana, "10:00", 30, s, day=SUNDAY),
    ]
    week = summarize_week(DAY, settings=ClinicSettings(), zone=ZONE, instructors=[dana, avi], lessons=lessons)
    assert [i.name for i in week.instructors] == ["אבי", "דנה"]
    monday = week.cell(avi.id, DAY)
    assert (monday.lessons, monday.cancelled, monday.participants, monday.booked_minutes) == (2, 1, 2, 120)
    assert monday.available_minutes == 14 * 60
    assert abs(monday.load - 120 / 840) < 1e-9
    assert monday.icons == {StatusIcon.UNDOCUMENTED: 1, StatusIcon.COMPLETED: 1, StatusIcon.CANCELLED: 1}
    assert week.cell(avi.id, date(2026, 11, 24)).load is None  # Avi does not work Tuesdays
    assert week.instructor_total(avi.id).lessons == 2
    assert week.day_total(SUNDAY).lessons == 1
    assert week.by_hour[(10, DAY)] == 1 and week.hours() == [10, 11]


def test_closed_days_are_marked_and_have_no_availability():
    avi = instructor("אבי")
    week = summarize_week(DAY, settings=ClinicSettings(), zone=ZONE, instructors=[avi], lessons=[], closed={DAY})
    assert DAY in week.closed and week.cell(avi.id, DAY).available_minutes == 0
    assert week.cell(avi.id, SUNDAY).available_minutes == 14 * 60
