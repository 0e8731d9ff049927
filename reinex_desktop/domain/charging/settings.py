"""The charging keys of `"Settings"`: cancellation windows, payer (HMO) rules, no-show charge, quotas.

Each key has a typed form, a parser that refuses malformed JSON with a translatable message, and a
JSON form to store. `charging_settings(raw)` reads them all from `ClinicSettings.raw`, falling back
to the defaults for a missing or malformed key (and naming the malformed ones), so the reception
desk is never blocked by a bad setting (plan §5.4, REQUIREMENTS "Charging inputs").
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import Decimal, InvalidOperation
from enum import StrEnum
from typing import Any

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

KEY_CANCELLATION_RULES = "cancellation_rules"
KEY_HMO_RULES = "hmo_rules"
KEY_NO_SHOW_PERCENT = "no_show_charge_percent"
KEY_MEDICAL_NOTE_QUOTA = "medical_note_quota"
KEY_BALANCE_LOW_LESSONS = "balance_low_lessons"

CHARGING_KEYS = (
    KEY_CANCELLATION_RULES,
    KEY_HMO_RULES,
    KEY_NO_SHOW_PERCENT,
    KEY_MEDICAL_NOTE_QUOTA,
    KEY_BALANCE_LOW_LESSONS,
)

CENT = Decimal("0.01")
HUNDRED = Decimal(100)
#: The co-payment Clalit parents pay per treatment unless the clinic configures another.
DEFAULT_CLALIT_COPAY = Decimal("45.00")
MAX_WINDOW_HOURS = 24 * 30

CONTEXT = "Charging"


class PayerMode(StrEnum):
    """How a payer splits a charge between the family and the HMO."""

    #: The family pays everything (private, packages).
    PRIVATE = "private"
    #: The family pays a fixed co-payment; the rest is billed to the HMO (Clalit).
    COPAY = "copay"
    #: The HMO pays everything against its approval (Meuhedet, Form 17).
    HMO_PAYS = "hmo_pays"
    #: The family pays everything and the HMO reimburses the family later (Leumit).
    REIMBURSED = "reimbursed"


@dataclass(frozen=True, slots=True)
class CancellationRule:
    """A cancellation made less than `hours_before` hours before the start is charged `percent` %."""

    hours_before: int
    percent: Decimal


@dataclass(frozen=True, slots=True)
class PayerRule:
    """How charges of commitments with this `payer_type` are split (plan §4.2.7 commitment metadata)."""

    payer: str
    mode: PayerMode
    copay: Decimal = Decimal("0.00")
    #: Whether this payer also pays cancellation and no-show charges (HMOs usually do not).
    covers_missed: bool = False
    label: str = ""

    @property
    def is_hmo(self) -> bool:
        return self.mode is not PayerMode.PRIVATE


DEFAULT_CANCELLATION_RULES: tuple[CancellationRule, ...] = (CancellationRule(24, Decimal(100)),)

DEFAULT_PAYER_RULES: Mapping[str, PayerRule] = {
    "private": PayerRule("private", PayerMode.PRIVATE),
    "package": PayerRule("package", PayerMode.PRIVATE),
    "clalit": PayerRule("clalit", PayerMode.COPAY, DEFAULT_CLALIT_COPAY, label="כללית"),
    "meuhedet": PayerRule("meuhedet", PayerMode.HMO_PAYS, label="מאוחדת"),
    "leumit": PayerRule("leumit", PayerMode.REIMBURSED, label="לאומית"),
}


@dataclass(frozen=True, slots=True)
class ChargingSettings:
    cancellation_rules: tuple[CancellationRule, ...] = DEFAULT_CANCELLATION_RULES
    payer_rules: Mapping[str, PayerRule] = field(default_factory=lambda: dict(DEFAULT_PAYER_RULES))
    no_show_percent: Decimal = HUNDRED
    medical_note_quota: int = 3
    #: A balance is "low" when fewer than this many lessons remain on it.
    balance_low_lessons: int = 2

    def payer_rule(self, payer: str | None) -> PayerRule | None:
        """The rule of a payer type, or None when the clinic has none (charged privately)."""
        return self.payer_rules.get((payer or "private").strip().lower())


# --- refusals ---------------------------------------------------------------------------------------


def setting_error(text: str, **params: Any) -> DomainError:
    return DomainError(Message(CONTEXT, text, params), code="invalid_setting")


_NOT_A_LIST = QT_TRANSLATE_NOOP("Charging", "Cancellation rules must be a list of windows.")
_BAD_WINDOW = QT_TRANSLATE_NOOP(
    "Charging", "A cancellation window needs whole hours between 1 and {max} and a percentage from 0 to 100."
)
_DUPLICATE_WINDOW = QT_TRANSLATE_NOOP("Charging", "There are two cancellation windows of {hours} hours.")
_BAD_PERCENT = QT_TRANSLATE_NOOP("Charging", "A percentage must be a number from 0 to 100.")
_BAD_PAYERS = QT_TRANSLATE_NOOP("Charging", "Payer rules must map each payer to its rule.")
_BAD_PAYER_KEY = QT_TRANSLATE_NOOP(
    "Charging", 'The payer code "{payer}" must be lowercase Latin letters, digits or underscores.'
)
_BAD_MODE = QT_TRANSLATE_NOOP("Charging", 'The payer "{payer}" has an unknown payment mode.')
_BAD_COPAY = QT_TRANSLATE_NOOP("Charging", 'The co-payment of "{payer}" must be an amount of zero or more.')
_BAD_COUNT = QT_TRANSLATE_NOOP("Charging", "The number must be a whole number from {low} to {high}.")


# --- parsing ----------------------------------------------------------------------------------------


def parse_decimal(value: Any) -> Decimal:
    """A money or percentage value from JSON (string or number), never through float rounding."""
    if isinstance(value, bool) or value is None:
        raise ValueError("not a number")
    try:
        number = Decimal(str(value).strip())
    except InvalidOperation:
        raise ValueError("not a number") from None
    if not number.is_finite():
        raise ValueError("not a finite number")
    return number


def parse_percent(value: Any) -> Decimal:
    try:
        percent = parse_decimal(value)
    except ValueError:
        raise setting_error(_BAD_PERCENT) from None
    if not Decimal(0) <= percent <= HUNDRED:
        raise setting_error(_BAD_PERCENT)
    return Decimal(int(percent)) if percent == percent.to_integral() else percent.normalize()


def parse_cancellation_rules(value: Any) -> tuple[CancellationRule, ...]:
    """`[{"hours_before": 24, "percent": 100}, …]`, sorted from the widest window to the tightest."""
    if not isinstance(value, list | tuple):
        raise setting_error(_NOT_A_LIST)
    rules: dict[int, CancellationRule] = {}
    for item in value:
        if not isinstance(item, Mapping):
            raise setting_error(_BAD_WINDOW, max=MAX_WINDOW_HOURS)
        hours = item.get("hours_before")
        if isinstance(hours, bool) or not isinstance(hours, int | str):
            raise setting_error(_BAD_WINDOW, max=MAX_WINDOW_HOURS)
        try:
            whole = int(str(hours))
        except ValueError:
            raise setting_error(_BAD_WINDOW, max=MAX_WINDOW_HOURS) from None
        if not 1 <= whole <= MAX_WINDOW_HOURS:
            raise setting_error(_BAD_WINDOW, max=MAX_WINDOW_HOURS)
        if whole in rules:
            raise setting_error(_DUPLICATE_WINDOW, hours=whole)
        try:
            percent = parse_percent(item.get("percent"))
        except DomainError:
            raise setting_error(_BAD_WINDOW, max=MAX_WINDOW_HOURS) from None
        rules[whole] = CancellationRule(whole, percent)
    return tuple(sorted(rules.values(), key=lambda rule: -rule.hours_before))


def cancellation_rules_to_json(rules: tuple[CancellationRule, ...]) -> list[dict[str, Any]]:
    return [{"hours_before": rule.hours_before, "percent": str(rule.percent)} for rule in rules]


def _valid_payer_key(key: str) -> bool:
    allowed = all(ch.isascii() and (ch.islower() or ch.isdigit() or ch == "_") for ch in key)
    return bool(key) and len(key) <= 40 and allowed


def parse_payer_rules(value: Any) -> dict[str, PayerRule]:
    """`{"clalit": {"mode": "copay", "copay": "45", "covers_missed": false, "label": "כללית"}, …}`."""
    if not isinstance(value, Mapping):
        raise setting_error(_BAD_PAYERS)
    rules: dict[str, PayerRule] = {}
    for raw_key, spec in value.items():
        key = str(raw_key)
        if not _valid_payer_key(key):
            raise setting_error(_BAD_PAYER_KEY, payer=key)
        if not isinstance(spec, Mapping):
            raise setting_error(_BAD_MODE, payer=key)
        try:
            mode = PayerMode(str(spec.get("mode", "")))
        except ValueError:
            raise setting_error(_BAD_MODE, payer=key) from None
        copay = Decimal("0.00")
        if mode is PayerMode.COPAY:
            try:
                copay = parse_decimal(spec.get("copay", DEFAULT_CLALIT_COPAY)).quantize(CENT)
            except (ValueError, InvalidOperation):
                raise setting_error(_BAD_COPAY, payer=key) from None
            if copay < 0:
                raise setting_error(_BAD_COPAY, payer=key)
        label = str(spec.get("label") or "").strip()
        rules[key] = PayerRule(key, mode, copay, covers_missed=bool(spec.get("covers_missed", False)), label=label)
    return rules


def payer_rules_to_json(rules: Mapping[str, PayerRule]) -> dict[str, Any]:
    result: dict[str, Any] = {}
    for key, rule in rules.items():
        spec: dict[str, Any] = {"mode": rule.mode.value, "covers_missed": rule.covers_missed}
        if rule.mode is PayerMode.COPAY:
            spec["copay"] = str(rule.copay)
        if rule.label:
            spec["label"] = rule.label
        result[key] = spec
    return result


def parse_count(value: Any, low: int, high: int) -> int:
    if isinstance(value, bool):
        raise setting_error(_BAD_COUNT, low=low, high=high)
    try:
        number = int(str(value).strip())
    except (TypeError, ValueError):
        raise setting_error(_BAD_COUNT, low=low, high=high) from None
    if not low <= number <= high:
        raise setting_error(_BAD_COUNT, low=low, high=high)
    return number


#: key → parser of its stored JSON into the typed value (refusing with a translatable message).
PARSERS: Mapping[str, Any] = {
    KEY_CANCELLATION_RULES: parse_cancellation_rules,
    KEY_HMO_RULES: parse_payer_rules,
    KEY_NO_SHOW_PERCENT: parse_percent,
    KEY_MEDICAL_NOTE_QUOTA: lambda value: parse_count(value, 0, 12),
    KEY_BALANCE_LOW_LESSONS: lambda value: parse_count(value, 0, 50),
}

_ATTRIBUTES = {
    KEY_CANCELLATION_RULES: "cancellation_rules",
    KEY_HMO_RULES: "payer_rules",
    KEY_NO_SHOW_PERCENT: "no_show_percent",
    KEY_MEDICAL_NOTE_QUOTA: "medical_note_quota",
    KEY_BALANCE_LOW_LESSONS: "balance_low_lessons",
}


def charging_settings(raw: Mapping[str, Any]) -> tuple[ChargingSettings, list[str]]:
    """The charging settings stored in `raw` (`ClinicSettings.raw`), and the keys that were malformed."""
    values: dict[str, Any] = {}
    problems: list[str] = []
    for key, parse in PARSERS.items():
        if raw.get(key) is None:
            continue
        try:
            values[_ATTRIBUTES[key]] = parse(raw[key])
        except DomainError:
            problems.append(key)
    return ChargingSettings(**values), problems


def to_json_value(key: str, value: Any) -> Any:
    """The JSON to store for a typed charging value."""
    if key == KEY_CANCELLATION_RULES:
        return cancellation_rules_to_json(value)
    if key == KEY_HMO_RULES:
        return payer_rules_to_json(value)
    if key == KEY_NO_SHOW_PERCENT:
        return str(value)
    return value
