"""Clinic settings, parsed from the keys of `public."Settings"` (REQUIREMENTS screen 8).

Each setting is one row: `key` → `settings_value` (JSON). Unknown keys are kept in `raw` so a
newer tenant's settings never get lost; a malformed value falls back to the default and is
reported by `parse_settings`, never raised at the reception desk.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, time
from typing import Any, ClassVar

from reinex_desktop.domain.clinic_time import DEFAULT_TIMEZONE
from reinex_desktop.domain.commands import Command

# Keys of public."Settings" that Reinex reads and writes.
KEY_BUSINESS_HOURS = "business_hours"
KEY_CLOSURES = "clinic_closures"
KEY_OBSERVE_HOLIDAYS = "observe_israeli_holidays"
KEY_UNDO_WINDOW = "generation_undo_window_minutes"
KEY_HORIZON = "generation_horizon_days"
KEY_TIMEZONE = "clinic_timezone"
KEY_CLINIC_NAME = "clinic_name"
KEY_INSTRUCTOR_ORDER = "instructor_order"

Hours = tuple[time, time]

DEFAULT_BUSINESS_HOURS: Mapping[int, Hours | None] = {
    0: (time(7), time(21)),
    1: (time(7), time(21)),
    2: (time(7), time(21)),
    3: (time(7), time(21)),
    4: (time(7), time(21)),
    5: (time(7), time(14)),
    6: None,
}


@dataclass(frozen=True, slots=True)
class ClinicSettings:
    clinic_name: str = "Reinex"
    timezone: str = DEFAULT_TIMEZONE
    business_hours: Mapping[int, Hours | None] = field(default_factory=lambda: dict(DEFAULT_BUSINESS_HOURS))
    closures: frozenset[date] = frozenset()
    observe_holidays: bool = True
    undo_window_minutes: int = 30
    generation_horizon_days: int = 14
    instructor_order: tuple[str, ...] = ()
    raw: Mapping[str, Any] = field(default_factory=dict)

    def hours_on(self, weekday: int) -> Hours | None:
        """Opening hours for `weekday` (0 = Sunday), or None when the clinic is closed that weekday."""
        return self.business_hours.get(weekday)

    @property
    def open_weekdays(self) -> tuple[int, ...]:
        return tuple(day for day in range(7) if self.business_hours.get(day))

    def grid_span(self) -> Hours:
        """The earliest opening and latest closing of the week: the rows a day grid shows."""
        spans = [hours for hours in self.business_hours.values() if hours]
        if not spans:
            return time(7), time(21)
        return min(h[0] for h in spans), max(h[1] for h in spans)


def _parse_time(text: Any) -> time:
    hour, minute = str(text).split(":")[:2]
    return time(int(hour), int(minute))


def _parse_hours(value: Any) -> dict[int, Hours | None]:
    hours: dict[int, Hours | None] = {day: None for day in range(7)}
    for key, span in dict(value).items():
        day = int(key)
        if not 0 <= day <= 6:
            raise ValueError(f"weekday {day} out of range")
        if span:
            opening, closing = _parse_time(span["open"]), _parse_time(span["close"])
            if closing <= opening:
                raise ValueError("closing must follow opening")
            hours[day] = (opening, closing)
    return hours


def hours_to_json(hours: Mapping[int, Hours | None]) -> dict[str, Any]:
    return {
        str(day): ({"open": span[0].strftime("%H:%M"), "close": span[1].strftime("%H:%M")} if span else None)
        for day, span in sorted(hours.items())
    }


def parse_settings(values: Mapping[str, Any]) -> tuple[ClinicSettings, list[str]]:
    """Build `ClinicSettings` from Settings rows; returns the keys that were malformed."""
    problems: list[str] = []
    defaults = ClinicSettings()
    parsed: dict[str, Any] = {}

    def read(key: str, attribute: str, convert: Any) -> None:
        if key not in values or values[key] is None:
            return
        try:
            parsed[attribute] = convert(values[key])
        except (TypeError, ValueError, KeyError, AttributeError):
            problems.append(key)

    read(KEY_CLINIC_NAME, "clinic_name", str)
    read(KEY_TIMEZONE, "timezone", str)
    read(KEY_BUSINESS_HOURS, "business_hours", _parse_hours)
    read(KEY_CLOSURES, "closures", lambda v: frozenset(date.fromisoformat(str(d)) for d in v))
    read(KEY_OBSERVE_HOLIDAYS, "observe_holidays", bool)
    read(KEY_UNDO_WINDOW, "undo_window_minutes", lambda v: max(0, int(v)))
    read(KEY_HORIZON, "generation_horizon_days", lambda v: max(1, int(v)))
    read(KEY_INSTRUCTOR_ORDER, "instructor_order", lambda v: tuple(str(x) for x in v))
    fields_ = {name: parsed.get(name, getattr(defaults, name)) for name in parsed}
    return ClinicSettings(**fields_, raw=dict(values)), problems


@dataclass(frozen=True, slots=True)
class SaveSetting(Command):
    """Store one `"Settings"` key (Owner/Admin; validated by `validate_setting`)."""

    KIND: ClassVar[str] = "settings.save"
    key: str
    value: Any
