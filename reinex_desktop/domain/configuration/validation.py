"""Validation of every `"Settings"` key the settings screen writes (REQUIREMENTS screen 8).

`validate_setting(key, value)` returns the normalized JSON to store, or refuses with a
translatable message that names the problem; nothing is written for a refused value. Keys the
app does not know pass through unchanged, so a newer tenant's settings are never mangled.
"""

from __future__ import annotations

from collections.abc import Callable, Mapping
from datetime import date, time
from typing import Any
from uuid import UUID
from zoneinfo import ZoneInfo, ZoneInfoNotFoundError

from reinex_desktop.domain.charging.settings import PARSERS as CHARGING_PARSERS
from reinex_desktop.domain.charging.settings import to_json_value as charging_json
from reinex_desktop.domain.configuration.instructor_order import check_no_repeats
from reinex_desktop.domain.messages.templates import KEY_MESSAGE_TEMPLATES, parse_templates, templates_to_json
from reinex_desktop.domain.permissions import ALL_PERMISSIONS, PERMISSIONS_SETTING_KEY
from reinex_desktop.domain.settings import (
    KEY_BUSINESS_HOURS,
    KEY_CLINIC_NAME,
    KEY_CLOSURES,
    KEY_HORIZON,
    KEY_INSTRUCTOR_ORDER,
    KEY_OBSERVE_HOLIDAYS,
    KEY_TIMEZONE,
    KEY_UNDO_WINDOW,
    Hours,
    hours_to_json,
)
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Settings"
GRID_MINUTES = 15
MAX_UNDO_MINUTES = 24 * 60
MAX_HORIZON_DAYS = 90
MAX_CLOSURES = 400

_HOURS_SHAPE = QT_TRANSLATE_NOOP("Settings", "Business hours must give each weekday its opening and closing time.")
_HOURS_TIME = QT_TRANSLATE_NOOP("Settings", "Times are written HH:MM on the quarter hour, for example 07:45.")
_HOURS_ORDER = QT_TRANSLATE_NOOP("Settings", "On {day}, closing must come after opening.")
_HOURS_NONE = QT_TRANSLATE_NOOP("Settings", "The clinic must be open on at least one day of the week.")
_CLOSURES = QT_TRANSLATE_NOOP("Settings", "Closed days must be a list of dates (YYYY-MM-DD).")
_CLOSURES_MANY = QT_TRANSLATE_NOOP("Settings", "At most {max} closed days can be listed.")
_BOOLEAN = QT_TRANSLATE_NOOP("Settings", "This setting is either on or off.")
_WHOLE = QT_TRANSLATE_NOOP("Settings", "Enter a whole number from {low} to {high}.")
_NAME = QT_TRANSLATE_NOOP("Settings", "The clinic's name cannot be empty and can be at most 100 characters long.")
_ZONE = QT_TRANSLATE_NOOP("Settings", "Unknown time zone: {zone}.")
_ORDER = QT_TRANSLATE_NOOP("Settings", "The instructor order must be a list of instructors.")
_OVERRIDES = QT_TRANSLATE_NOOP(
    "Settings", "Permission overrides must turn known permission keys on or off; '{key}' is not one."
)

#: Weekday names used in messages (0 = Sunday), source texts in the "Settings" context.
WEEKDAY_NAMES = (
    QT_TRANSLATE_NOOP("Settings", "Sunday"),
    QT_TRANSLATE_NOOP("Settings", "Monday"),
    QT_TRANSLATE_NOOP("Settings", "Tuesday"),
    QT_TRANSLATE_NOOP("Settings", "Wednesday"),
    QT_TRANSLATE_NOOP("Settings", "Thursday"),
    QT_TRANSLATE_NOOP("Settings", "Friday"),
    QT_TRANSLATE_NOOP("Settings", "Saturday"),
)


def refuse(text: str, **params: Any) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code="invalid_setting")


def _quarter_time(value: Any) -> time:
    text = str(value).strip()
    parts = text.split(":")
    if len(parts) != 2 or not all(p.isdigit() and 1 <= len(p) <= 2 for p in parts):
        raise refuse(_HOURS_TIME)
    hour, minute = int(parts[0]), int(parts[1])
    if not (0 <= hour <= 23 and 0 <= minute <= 59) or minute % GRID_MINUTES:
        raise refuse(_HOURS_TIME)
    return time(hour, minute)


def parse_business_hours(value: Any) -> dict[int, Hours | None]:
    """`{"0": {"open": "07:00", "close": "21:00"}, …, "6": null}`: quarter hours, closing after opening."""
    if not isinstance(value, Mapping):
        raise refuse(_HOURS_SHAPE)
    hours: dict[int, Hours | None] = dict.fromkeys(range(7))
    for key, span in value.items():
        try:
            day = int(str(key))
        except ValueError:
            raise refuse(_HOURS_SHAPE) from None
        if not 0 <= day <= 6:
            raise refuse(_HOURS_SHAPE)
        if not span:
            continue
        if not isinstance(span, Mapping) or "open" not in span or "close" not in span:
            raise refuse(_HOURS_SHAPE)
        opening, closing = _quarter_time(span["open"]), _quarter_time(span["close"])
        if closing <= opening:
            raise refuse(_HOURS_ORDER, day=WEEKDAY_NAMES[day])
        hours[day] = (opening, closing)
    if not any(hours.values()):
        raise refuse(_HOURS_NONE)
    return hours


def parse_closures(value: Any) -> list[str]:
    if not isinstance(value, list | tuple):
        raise refuse(_CLOSURES)
    days: set[date] = set()
    for item in value:
        try:
            days.add(date.fromisoformat(str(item)))
        except ValueError:
            raise refuse(_CLOSURES) from None
    if len(days) > MAX_CLOSURES:
        raise refuse(_CLOSURES_MANY, max=MAX_CLOSURES)
    return [day.isoformat() for day in sorted(days)]


def _boolean(value: Any) -> bool:
    if not isinstance(value, bool):
        raise refuse(_BOOLEAN)
    return value


def _whole(low: int, high: int) -> Callable[[Any], int]:
    def parse(value: Any) -> int:
        if isinstance(value, bool) or not isinstance(value, int | str):
            raise refuse(_WHOLE, low=low, high=high)
        try:
            number = int(str(value).strip())
        except ValueError:
            raise refuse(_WHOLE, low=low, high=high) from None
        if not low <= number <= high:
            raise refuse(_WHOLE, low=low, high=high)
        return number

    return parse


def _clinic_name(value: Any) -> str:
    text = str(value or "").strip()
    if not text or len(text) > 100:
        raise refuse(_NAME)
    return text


def _zone(value: Any) -> str:
    try:
        ZoneInfo(str(value))
    except (ZoneInfoNotFoundError, ValueError):
        raise refuse(_ZONE, zone=str(value)) from None
    return str(value)


def _order(value: Any) -> list[str]:
    if not isinstance(value, list | tuple):
        raise refuse(_ORDER)
    try:
        order = [str(UUID(str(item))) for item in value]
    except ValueError:
        raise refuse(_ORDER) from None
    check_no_repeats(order)
    return order


def _overrides(value: Any) -> dict[str, bool]:
    """The organization's permission overrides (plan §7.2): known keys, each on or off."""
    if not isinstance(value, Mapping):
        raise refuse(_OVERRIDES, key="")
    known = {permission.value for permission in ALL_PERMISSIONS}
    for key, allowed in value.items():
        if key not in known or not isinstance(allowed, bool):
            raise refuse(_OVERRIDES, key=str(key))
    return {str(key): bool(allowed) for key, allowed in sorted(value.items())}


def _charging(key: str) -> Callable[[Any], Any]:
    return lambda value: charging_json(key, CHARGING_PARSERS[key](value))


#: key → function returning the JSON to store (refusing with a message).
VALIDATORS: Mapping[str, Callable[[Any], Any]] = {
    KEY_BUSINESS_HOURS: lambda value: hours_to_json(parse_business_hours(value)),
    KEY_CLOSURES: parse_closures,
    KEY_OBSERVE_HOLIDAYS: _boolean,
    KEY_UNDO_WINDOW: _whole(0, MAX_UNDO_MINUTES),
    KEY_HORIZON: _whole(1, MAX_HORIZON_DAYS),
    KEY_CLINIC_NAME: _clinic_name,
    KEY_TIMEZONE: _zone,
    KEY_INSTRUCTOR_ORDER: _order,
    PERMISSIONS_SETTING_KEY: _overrides,
    KEY_MESSAGE_TEMPLATES: lambda value: templates_to_json(parse_templates(value)),
    **{key: _charging(key) for key in CHARGING_PARSERS},
}


def validate_setting(key: str, value: Any) -> Any:
    """The normalized JSON to store for `key`; refuses a malformed value with a clear message."""
    validator = VALIDATORS.get(key)
    return value if validator is None else validator(value)
