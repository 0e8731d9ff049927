"""Every key the settings screen writes is validated to clear messages and normalized for storage."""

from __future__ import annotations

from typing import Any

import pytest

from reinex_desktop.domain.configuration.colors import check_unique, normalize_color
from reinex_desktop.domain.configuration.validation import validate_setting
from reinex_desktop.domain.text import DomainError


def test_values_are_normalized_for_storage() -> None:
    assert validate_setting("business_hours", {"0": {"open": "7:00", "close": "21:00"}, "5": None})["0"] == {
        "open": "07:00",
        "close": "21:00",
    }
    assert validate_setting("clinic_closures", ["2026-12-25", "2026-09-21", "2026-12-25"]) == [
        "2026-09-21",
        "2026-12-25",
    ]
    assert validate_setting("generation_undo_window_minutes", "45") == 45
    assert validate_setting("generation_horizon_days", 21) == 21
    assert validate_setting("cancellation_rules", [{"hours_before": 24, "percent": 100}]) == [
        {"hours_before": 24, "percent": "100"}
    ]
    assert validate_setting("no_show_charge_percent", 50) == "50"
    assert validate_setting("hmo_rules", {"clalit": {"mode": "copay", "copay": 45}})["clalit"]["copay"] == "45.00"
    assert validate_setting("message_templates", {"reminder": " שלום {guardian} "})["reminder"] == "שלום {guardian}"
    assert validate_setting("some_future_key", {"x": 1}) == {"x": 1}


@pytest.mark.parametrize(
    ("key", "value", "says"),
    [
        ("business_hours", {"0": {"open": "09:00", "close": "08:00"}}, "closing must come after opening"),
        ("business_hours", {"0": {"open": "09:10", "close": "18:00"}}, "quarter hour"),
        ("business_hours", {"0": None, "1": None}, "at least one day"),
        ("business_hours", {"9": {"open": "09:00", "close": "18:00"}}, "each weekday"),
        ("business_hours", "always", "each weekday"),
        ("clinic_closures", ["25/12/2026"], "YYYY-MM-DD"),
        ("observe_israeli_holidays", "yes", "on or off"),
        ("generation_undo_window_minutes", -5, "from 0 to 1440"),
        ("generation_undo_window_minutes", True, "from 0 to 1440"),
        ("generation_horizon_days", 0, "from 1 to 90"),
        ("generation_horizon_days", "two weeks", "from 1 to 90"),
        ("clinic_name", "   ", "cannot be empty"),
        ("clinic_timezone", "Mars/Olympus", "Unknown time zone"),
        ("cancellation_rules", [{"hours_before": 24, "percent": 150}], "percentage from 0 to 100"),
        ("no_show_charge_percent", "all", "number from 0 to 100"),
        ("medical_note_quota", 20, "from 0 to 12"),
        ("hmo_rules", {"clalit": {"mode": "copay", "copay": "-1"}}, "co-payment"),
        ("message_templates", {"reminder": "{nope}"}, "unknown placeholder"),
    ],
)
def test_bad_values_are_refused_with_a_clear_message(key: str, value: Any, says: str) -> None:
    with pytest.raises(DomainError) as refused:
        validate_setting(key, value)
    assert says in str(refused.value)


def test_instructor_colors_are_hex_and_unique() -> None:
    assert normalize_color(" #2E7D32 ") == "#2e7d32"
    for bad in ("red", "#12345", "#12345g", "2e7d32"):
        with pytest.raises(DomainError, match="#RRGGBB"):
            normalize_color(bad)
    check_unique("#2e7d32", [("אורי", "#000000"), ("דנה", None), ("רון", "linear-gradient(#fff,#000)")])
    with pytest.raises(DomainError, match="אורי already has this color"):
        check_unique("#2e7d32", [("אורי", "#2E7D32")])
