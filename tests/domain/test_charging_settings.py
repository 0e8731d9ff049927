"""Charging keys of "Settings": parsed to typed rules, malformed values refused or reported."""

from __future__ import annotations

from decimal import Decimal

import pytest

from reinex_desktop.domain.charging.settings import (
    KEY_CANCELLATION_RULES,
    KEY_HMO_RULES,
    KEY_MEDICAL_NOTE_QUOTA,
    KEY_NO_SHOW_PERCENT,
    CancellationRule,
    PayerMode,
    cancellation_rules_to_json,
    charging_settings,
    parse_cancellation_rules,
    parse_payer_rules,
    payer_rules_to_json,
)
from reinex_desktop.domain.text import DomainError


def test_defaults_follow_the_product_brief() -> None:
    settings, problems = charging_settings({})
    assert problems == []
    assert settings.cancellation_rules == (CancellationRule(24, Decimal(100)),)
    assert settings.no_show_percent == 100 and settings.medical_note_quota == 3
    clalit = settings.payer_rule("clalit")
    assert clalit is not None and clalit.mode is PayerMode.COPAY and clalit.copay == Decimal("45.00")
    assert settings.payer_rule("meuhedet").mode is PayerMode.HMO_PAYS  # type: ignore[union-attr]
    assert settings.payer_rule("leumit").mode is PayerMode.REIMBURSED  # type: ignore[union-attr]
    assert settings.payer_rule("CLALIT ") is clalit


def test_stored_rules_round_trip_through_json() -> None:
    rules = parse_cancellation_rules([{"hours_before": 12, "percent": 100}, {"hours_before": "48", "percent": "50"}])
    assert rules == (CancellationRule(48, Decimal(50)), CancellationRule(12, Decimal(100)))
    assert parse_cancellation_rules(cancellation_rules_to_json(rules)) == rules
    payers = parse_payer_rules(
        {"clalit": {"mode": "copay", "copay": "50", "label": "כללית"}, "maccabi": {"mode": "hmo_pays"}}
    )
    assert payers["clalit"].copay == Decimal("50.00") and payers["clalit"].label == "כללית"
    assert parse_payer_rules(payer_rules_to_json(payers)) == payers


@pytest.mark.parametrize(
    "value",
    [
        "24",
        [{"hours_before": 0, "percent": 100}],
        [{"hours_before": 24, "percent": 120}],
        [{"hours_before": 24, "percent": -1}],
        [{"hours_before": 2.5, "percent": 50}],
        [{"hours_before": True, "percent": 50}],
        [{"hours_before": 24, "percent": 50}, {"hours_before": 24, "percent": 100}],
        [{"percent": 50}],
    ],
)
def test_malformed_cancellation_rules_are_refused_with_a_message(value: object) -> None:
    with pytest.raises(DomainError) as refused:
        parse_cancellation_rules(value)
    assert refused.value.message.context == "Charging"


@pytest.mark.parametrize(
    "value",
    [
        [],
        {"Clalit": {"mode": "copay"}},
        {"clalit": {"mode": "free"}},
        {"clalit": {"mode": "copay", "copay": "-5"}},
        {"clalit": {"mode": "copay", "copay": "abc"}},
        {"clalit": "copay"},
    ],
)
def test_malformed_payer_rules_are_refused(value: object) -> None:
    with pytest.raises(DomainError):
        parse_payer_rules(value)


def test_a_malformed_stored_key_falls_back_and_is_reported() -> None:
    settings, problems = charging_settings(
        {KEY_CANCELLATION_RULES: "oops", KEY_NO_SHOW_PERCENT: "50", KEY_MEDICAL_NOTE_QUOTA: 99, KEY_HMO_RULES: None}
    )
    assert sorted(problems) == [KEY_CANCELLATION_RULES, KEY_MEDICAL_NOTE_QUOTA]
    assert settings.no_show_percent == Decimal(50)
    assert settings.cancellation_rules == (CancellationRule(24, Decimal(100)),)
    assert settings.medical_note_quota == 3
