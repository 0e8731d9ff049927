"""Settings parse from `"Settings"` keys; malformed values fall back and are reported."""

from __future__ import annotations

from datetime import date, time

from reinex_desktop.domain.settings import (
    DEFAULT_BUSINESS_HOURS,
    KEY_BUSINESS_HOURS,
    KEY_CLOSURES,
    KEY_UNDO_WINDOW,
    hours_to_json,
    parse_settings,
)


def test_defaults_when_nothing_is_stored() -> None:
    settings, problems = parse_settings({})
    assert problems == []
    assert settings.undo_window_minutes == 30 and settings.generation_horizon_days == 14
    assert settings.hours_on(0) == (time(7), time(21)) and settings.hours_on(6) is None
    assert settings.grid_span() == (time(7), time(21))


def test_stored_values_round_trip() -> None:
    hours = dict(DEFAULT_BUSINESS_HOURS)
    hours[6] = (time(8), time(12))
    settings, problems = parse_settings(
        {KEY_BUSINESS_HOURS: hours_to_json(hours), KEY_CLOSURES: ["2026-12-25"], KEY_UNDO_WINDOW: 45}
    )
    assert problems == []
    assert settings.hours_on(6) == (time(8), time(12))
    assert settings.closures == frozenset({date(2026, 12, 25)})
    assert 6 in settings.open_weekdays
    assert settings.undo_window_minutes == 45


def test_malformed_values_are_reported_and_defaulted() -> None:
    settings, problems = parse_settings(
        {KEY_BUSINESS_HOURS: {"0": {"open": "21:00", "close": "07:00"}}, KEY_UNDO_WINDOW: "soon"}
    )
    assert sorted(problems) == [KEY_BUSINESS_HOURS, KEY_UNDO_WINDOW]
    assert settings.undo_window_minutes == 30
    assert settings.hours_on(0) == (time(7), time(21))
