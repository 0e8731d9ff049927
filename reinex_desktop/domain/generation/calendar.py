"""The days the clinic gives no lessons: closed weekdays, Israeli holidays and closures (plan §5.3).

Holidays come from the `holidays` package (`holidays.Israel`), observed when the clinic's
settings say so; closures and business days come from Settings.
"""

from __future__ import annotations

from collections.abc import Mapping
from datetime import date
from functools import lru_cache

import holidays

from reinex_desktop.domain.clinic_time import day_of_week
from reinex_desktop.domain.generation.reasons import SkipReason
from reinex_desktop.domain.settings import ClinicSettings


@lru_cache(maxsize=16)
def _israel(years: tuple[int, ...], language: str) -> Mapping[date, str]:
    calendar = holidays.country_holidays("IL", years=years, language=language)
    return dict(calendar.items())


def israeli_holidays(first: date, last: date, language: str = "en_US") -> dict[date, str]:
    """Israeli public holidays (no lessons) from `first` to `last`, with their names in `language`."""
    years = tuple(range(first.year, last.year + 1))
    return {day: name for day, name in _israel(years, language).items() if first <= day <= last}


def holiday_name(day: date, language: str = "en_US") -> str:
    """The holiday's name on `day` in `language` ("he" or "en_US"), or "" when it is no holiday."""
    return _israel((day.year,), language).get(day, "")


def closed_reason(day: date, settings: ClinicSettings, holiday_days: Mapping[date, str]) -> SkipReason | None:
    """Why the clinic gives no lessons on `day`, or None when it is open.

    The weekly day off comes first (a holiday on a Saturday changes nothing), then a closure the
    clinic decided, then an observed holiday, so a report names the cause a manager acts on.
    """
    if settings.hours_on(day_of_week(day)) is None:
        return SkipReason.CLOSED_WEEKDAY
    if day in settings.closures:
        return SkipReason.CLOSURE
    if settings.observe_holidays and day in holiday_days:
        return SkipReason.HOLIDAY
    return None
