"""Day rows: 15 minutes of real time over business hours, right on daylight-saving days."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest

from reinex_desktop.domain.calendar.rows import day_rows
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.settings import DEFAULT_BUSINESS_HOURS, ClinicSettings

ZONE = clinic_zone()
SETTINGS = ClinicSettings()
SPRING_FRIDAY = date(2027, 3, 26)  # clocks jump 02:00 → 03:00
AUTUMN_SUNDAY = date(2026, 10, 25)  # clocks fall back 02:00 → 01:00


def at(day: date, hh: int, mm: int = 0):
    return local_to_utc(day, time(hh, mm), ZONE)


def test_default_day_has_a_row_per_quarter_hour_from_seven_to_nine():
    rows = day_rows(date(2026, 11, 23), SETTINGS, ZONE)
    assert rows.count == 56
    assert rows.rows[0].label() == "07:00" and rows.rows[-1].label() == "20:45"
    assert rows.row_at(at(date(2026, 11, 23), 10)) == 12


def test_a_lesson_from_ten_to_ten_forty_five_spans_exactly_three_rows():
    rows = day_rows(date(2026, 11, 23), SETTINGS, ZONE)
    assert rows.row_span(at(date(2026, 11, 23), 10), 45) == (12, 3)
    assert rows.row_span(at(date(2026, 11, 23), 10, 10), 15) == (12, 2)


@pytest.mark.parametrize(
    ("day", "expected_rows", "last_label"),
    [(SPRING_FRIDAY, 28, "13:45"), (AUTUMN_SUNDAY, 56, "20:45")],
)
def test_daylight_saving_days_keep_their_business_rows(day, expected_rows, last_label):
    rows = day_rows(day, SETTINGS, ZONE)
    assert rows.count == expected_rows
    labels = [row.label() for row in rows.rows]
    assert len(set(labels)) == len(labels), "no doubled rows"
    assert labels[0] == "07:00" and labels[-1] == last_label
    # A 10:00 lesson sits on the 10:00 row, whatever the UTC offset of the day.
    assert rows.rows[rows.row_at(at(day, 10))].label() == "10:00"
    assert rows.row_span(at(day, 10), 45) == (12, 3)


def _night_clinic() -> ClinicSettings:
    hours = {day: (time(0), time(6)) for day in range(7)}
    return ClinicSettings(business_hours=hours)


def test_spring_forward_gap_has_no_rows_and_nothing_is_missing_in_real_time():
    rows = day_rows(SPRING_FRIDAY, _night_clinic(), ZONE)
    labels = [row.label() for row in rows.rows]
    assert "02:00" not in labels and "02:45" not in labels
    assert labels[labels.index("01:45") + 1] == "03:00"
    assert rows.count == 20  # 6 wall hours less the lost hour
    for first, second in zip(rows.rows, rows.rows[1:], strict=False):
        assert second.start - first.start == timedelta(minutes=15)
    assert rows.rows[rows.row_at(at(SPRING_FRIDAY, 3))].label() == "03:00"


def test_fall_back_repeats_the_hour_with_its_own_rows():
    rows = day_rows(AUTUMN_SUNDAY, _night_clinic(), ZONE)
    assert rows.count == 28  # 6 wall hours plus the repeated hour
    repeated = [row for row in rows.rows if row.label() == "01:00"]
    assert [row.fold for row in repeated] == [0, 1]
    assert repeated[1].start - repeated[0].start == timedelta(hours=1)
    assert rows.rows[rows.row_at(at(AUTUMN_SUNDAY, 4))].label() == "04:00"


def test_a_lesson_outside_business_hours_widens_the_grid():
    day = date(2026, 11, 23)
    rows = day_rows(day, SETTINGS, ZONE, extra=[(at(day, 6, 10), 30), (at(day, 21, 0), 60)])
    assert rows.rows[0].label() == "06:00"
    assert rows.rows[-1].label() == "21:45"
    assert rows.business == (at(day, 7), at(day, 21))
    assert not rows.in_business_hours(0) and rows.in_business_hours(4)


def test_a_closed_day_shows_the_weeks_widest_hours_and_no_business_hours():
    saturday = date(2026, 11, 28)
    assert DEFAULT_BUSINESS_HOURS[6] is None
    rows = day_rows(saturday, SETTINGS, ZONE)
    assert rows.business is None
    assert rows.rows[0].label() == "07:00" and rows.count == 56


def test_opening_off_the_quarter_hour_snaps_to_the_grid():
    hours = dict(DEFAULT_BUSINESS_HOURS) | {1: (time(7, 40), time(12, 10))}
    rows = day_rows(date(2026, 11, 23), ClinicSettings(business_hours=hours), ZONE)
    assert rows.rows[0].label() == "07:30" and rows.rows[-1].label() == "12:00"
