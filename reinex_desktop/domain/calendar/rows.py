"""The rows of a day grid: 15-minute steps of real time over the clinic's business hours.

Rows are counted in elapsed time from the day's opening instant, never in wall-clock arithmetic, so a
daylight-saving day (Asia/Jerusalem: a Friday in late March, a Sunday in late October) has neither a
missing nor a doubled row: across a spring-forward gap the labels jump from 01:45 to 03:00, and across
a fall-back the repeated hour gets its own rows marked with `fold = 1`. A lesson's row is computed from
its UTC start the same way, so it sits at its true local time (REQUIREMENTS "Daylight-saving days").
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import dataclass
from datetime import UTC, date, datetime, time, timedelta
from zoneinfo import ZoneInfo

from reinex_desktop.domain.clinic_time import SLOT_MINUTES, day_bounds_utc, day_of_week, local_to_utc
from reinex_desktop.domain.settings import ClinicSettings

STEP = timedelta(minutes=SLOT_MINUTES)


@dataclass(frozen=True, slots=True)
class GridRow:
    """One 15-minute row: its UTC start and the wall-clock time a person reads on the clock."""

    index: int
    start: datetime  # aware, UTC
    local: time
    #: 1 for the second pass through a wall-clock hour repeated when clocks fall back.
    fold: int = 0

    @property
    def on_the_hour(self) -> bool:
        return self.local.minute == 0

    def label(self) -> str:
        return self.local.strftime("%H:%M")


@dataclass(frozen=True, slots=True)
class DayRows:
    """The rows of one local day, with the business hours inside them (REQUIREMENTS screen 1)."""

    day: date
    zone: ZoneInfo
    rows: tuple[GridRow, ...]
    #: Business hours of the day as UTC instants, or None when the clinic is closed that day.
    business: tuple[datetime, datetime] | None

    @property
    def count(self) -> int:
        return len(self.rows)

    @property
    def opening(self) -> datetime:
        return self.rows[0].start

    @property
    def closing(self) -> datetime:
        return self.rows[-1].start + STEP

    def minutes_from_opening(self, instant: datetime) -> float:
        """Elapsed minutes from the first row to `instant` (negative before it)."""
        return (instant - self.opening).total_seconds() / 60

    def row_at(self, instant: datetime) -> int | None:
        """The row holding `instant`, or None outside the grid."""
        if not self.opening <= instant < self.closing:
            return None
        return int(self.minutes_from_opening(instant) // SLOT_MINUTES)

    def row_span(self, start: datetime, minutes: int) -> tuple[int, int]:
        """(first row, number of rows) covered by [start, start + minutes), clipped to the grid.

        A lesson from 10:00 to 10:45 covers exactly three rows; one from 10:10 to 10:25 touches two.
        """
        begin = self.minutes_from_opening(start)
        end = begin + minutes
        first = min(max(0, int(begin // SLOT_MINUTES)), self.count - 1)
        last = min(self.count, -int(-end // SLOT_MINUTES))  # ceiling division
        return first, max(1, last - first)

    def instant_of(self, row: int) -> datetime:
        """The UTC start of `row` (rows past the end continue in real time)."""
        return self.opening + row * STEP

    def in_business_hours(self, row: int) -> bool:
        if self.business is None:
            return False
        start = self.instant_of(row)
        return self.business[0] <= start < self.business[1]


def _snap_down(at: time) -> time:
    minutes = at.hour * 60 + at.minute
    minutes -= minutes % SLOT_MINUTES
    return time(minutes // 60, minutes % 60)


def _rows_between(first: datetime, last: datetime, zone: ZoneInfo) -> tuple[GridRow, ...]:
    rows: list[GridRow] = []
    instant = first
    while instant < last:
        local = instant.astimezone(zone)
        rows.append(GridRow(len(rows), instant, local.time().replace(tzinfo=None), local.fold))
        instant += STEP
    return tuple(rows)


def day_rows(
    day: date,
    settings: ClinicSettings,
    zone: ZoneInfo,
    *,
    extra: Iterable[tuple[datetime, int]] = (),
) -> DayRows:
    """The grid rows for `day`: its business hours, widened to show every lesson in `extra`.

    `extra` holds (UTC start, minutes) of the day's lessons; a lesson booked before opening or after
    closing widens the grid to the quarter hour that holds it, so nothing on the day is ever hidden.
    On a day the clinic is closed the grid spans the week's widest hours (`ClinicSettings.grid_span`).
    """
    hours = settings.hours_on(day_of_week(day))
    opening, closing = hours if hours else settings.grid_span()
    first = local_to_utc(day, _snap_down(opening), zone)
    last = _closing_instant(day, closing, zone)
    business = (local_to_utc(day, opening, zone), local_to_utc(day, closing, zone)) if hours else None
    day_start, day_end = day_bounds_utc(day, zone)
    for start, minutes in extra:
        end = min(start + timedelta(minutes=minutes), day_end)
        while start < first and first - STEP >= day_start:
            first -= STEP
        while end > last:
            last += STEP
    first = first.astimezone(UTC)
    return DayRows(day, zone, _rows_between(first, last.astimezone(UTC), zone), business)


def _closing_instant(day: date, closing: time, zone: ZoneInfo) -> datetime:
    minutes = closing.hour * 60 + closing.minute
    minutes += -minutes % SLOT_MINUTES
    if minutes >= 24 * 60:
        return local_to_utc(day + timedelta(days=1), time(0), zone)
    return local_to_utc(day, time(minutes // 60, minutes % 60), zone)
