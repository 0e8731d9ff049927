"""Which day the confirmations screen opens on: the next day the clinic gives lessons."""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, timedelta

from reinex_desktop.domain.generation.calendar import closed_reason, israeli_holidays
from reinex_desktop.domain.settings import ClinicSettings

#: How far ahead to look for an open day before giving up (a clinic closed this long has none).
LOOK_AHEAD_DAYS = 60

HolidayLookup = Callable[[date, date], Mapping[date, str]]


def next_business_day(today: date, settings: ClinicSettings, holidays: HolidayLookup = israeli_holidays) -> date:
    """The first day after `today` the clinic is open: not its weekly day off, not a closure it
    decided, not an observed Israeli holiday (plan §5.3, the same rule generation skips by).
    Tomorrow when nothing is open within `LOOK_AHEAD_DAYS`."""
    first, last = today + timedelta(days=1), today + timedelta(days=LOOK_AHEAD_DAYS)
    observed = holidays(first, last)
    day = first
    while day <= last:
        if closed_reason(day, settings, observed) is None:
            return day
        day += timedelta(days=1)
    return first
