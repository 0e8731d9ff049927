"""Clinic time in Asia/Jerusalem, including both daylight-saving switches."""

from __future__ import annotations

from datetime import UTC, date, datetime, time, timedelta

from reinex_desktop.domain.clinic_time import (
    clinic_zone,
    day_bounds_utc,
    day_of_week,
    local_to_utc,
    minutes_since_midnight,
    slot_times,
    week_start,
)

ZONE = clinic_zone()


def test_weeks_start_on_sunday_and_days_count_from_sunday() -> None:
    assert day_of_week(date(2026, 11, 22)) == 0  # Sunday
    assert day_of_week(date(2026, 11, 27)) == 5  # Friday
    assert week_start(date(2026, 11, 26)) == date(2026, 11, 22)


def test_spring_forward_friday_keeps_wall_clock_times() -> None:
    friday = date(2027, 3, 26)  # clocks jump 02:00 → 03:00
    start, end = day_bounds_utc(friday, ZONE)
    assert end - start == timedelta(hours=23)
    nine = local_to_utc(friday, time(9), ZONE)
    assert nine == datetime(2027, 3, 26, 6, tzinfo=UTC)  # UTC+3 after the switch
    assert minutes_since_midnight(nine, ZONE) == 9 * 60
    assert local_to_utc(friday - timedelta(days=1), time(9), ZONE) == datetime(2027, 3, 25, 7, tzinfo=UTC)


def test_fall_back_sunday_has_25_hours_and_no_doubled_rows() -> None:
    sunday = date(2026, 10, 25)
    start, end = day_bounds_utc(sunday, ZONE)
    assert end - start == timedelta(hours=25)
    rows = slot_times(time(7), time(21))
    assert len(rows) == len(set(rows)) == 56
    assert local_to_utc(sunday, time(10), ZONE) == datetime(2026, 10, 25, 8, tzinfo=UTC)
