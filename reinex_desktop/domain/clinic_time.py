"""Clinic time: local dates and times in the clinic's zone, stored as UTC.

Weeks start on Sunday and `day_of_week` counts 0 = Sunday … 6 = Saturday (plan §4.2.5). All
conversions go through `zoneinfo`, so the daylight-saving switches of Asia/Jerusalem (a Friday in
late March, a Sunday in late October) give neither missing nor doubled lessons.
"""

from __future__ import annotations

from collections.abc import Iterator
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

DEFAULT_TIMEZONE = "Asia/Jerusalem"
SLOT_MINUTES = 15


def clinic_zone(name: str = DEFAULT_TIMEZONE) -> ZoneInfo:
    return ZoneInfo(name)


def day_of_week(day: date) -> int:
    """0 = Sunday … 6 = Saturday."""
    return (day.weekday() + 1) % 7


def week_start(day: date) -> date:
    """The Sunday that opens the week holding `day`."""
    return day - timedelta(days=day_of_week(day))


def local_to_utc(day: date, at: time, zone: ZoneInfo) -> datetime:
    """The UTC instant of the wall-clock time `at` on `day` in `zone`.

    A wall time inside a spring-forward gap does not exist; it is read with the offset in force
    before the gap (PEP 495 `fold=0`) and so lands one hour later on the clock, as a person would
    expect when a clock jumps.
    """
    return datetime.combine(day, at, tzinfo=zone).astimezone(UTC)


def to_local(instant: datetime, zone: ZoneInfo) -> datetime:
    if instant.tzinfo is None:
        raise ValueError("naive datetimes are not instants; attach UTC first")
    return instant.astimezone(zone)


def local_date(instant: datetime, zone: ZoneInfo) -> date:
    return to_local(instant, zone).date()


def day_bounds_utc(day: date, zone: ZoneInfo) -> tuple[datetime, datetime]:
    """[start, end) of the local calendar day `day`, as UTC instants (23 or 25 hours on switch days)."""
    return local_to_utc(day, time(0), zone), local_to_utc(day + timedelta(days=1), time(0), zone)


def minutes_since_midnight(instant: datetime, zone: ZoneInfo) -> int:
    """Wall-clock minutes of `instant` in the clinic zone: what the grid row is computed from."""
    local = to_local(instant, zone)
    return local.hour * 60 + local.minute


def daterange(first: date, last: date) -> Iterator[date]:
    """Every date from `first` to `last`, both included."""
    day = first
    while day <= last:
        yield day
        day += timedelta(days=1)


def slot_times(opening: time, closing: time, step: int = SLOT_MINUTES) -> list[time]:
    """Wall-clock row starts from `opening` (included) to `closing` (excluded)."""
    start = opening.hour * 60 + opening.minute
    end = closing.hour * 60 + closing.minute
    return [time(m // 60, m % 60) for m in range(start, end, step)]
