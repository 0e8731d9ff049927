"""The charging engine: one participant's outcome → `price_charged` and its `pricing_breakdown` (plan §5.4).

The steps, in order, each recorded with the change it made to the running amount:

1. **Price** — the most specific price wins: the per-instance override (`lesson_instances.metadata
   .price_override`), the template's `price_override`, the student's `special_rate`, the service's
   base price (`Services.metadata.base_price`). No price at all charges nothing and says so.
2. **Outcome** — attended: 100 %; cancelled by the clinic: 0 %; no-show: the configured percentage;
   cancelled by the student: the tightest cancellation window the notice falls in (a notice given
   less than `hours_before` hours before the start), 0 % outside every window.
3. **Emergency medical note** — waives a missed-lesson charge, at most `medical_note_quota` times a
   calendar year per student; past the quota the charge stands and the breakdown says why.
4. **Payer split** — who pays the amount: private and packages → the family; co-payment (Clalit) →
   the family pays the co-payment, the HMO the rest; HMO pays (Meuhedet, Form 17) → the HMO;
   reimbursed (Leumit) → the family, reimbursed later. Missed-lesson charges go to the family
   unless the payer rule says the payer covers them.

The result is never negative, never above the applicable price, and its steps sum to it.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from decimal import ROUND_HALF_UP, Decimal
from enum import StrEnum
from typing import Any

from reinex_desktop.domain.charging.settings import (
    CENT,
    HUNDRED,
    CancellationRule,
    ChargingSettings,
    PayerMode,
    PayerRule,
)

ZERO = Decimal("0.00")
BREAKDOWN_VERSION = 1


class ChargeEvent(StrEnum):
    """The participant outcome being charged."""

    ATTENDED = "attended"
    NO_SHOW = "no_show"
    CANCELLED_STUDENT = "cancelled_student"
    CANCELLED_CLINIC = "cancelled_clinic"

    @property
    def missed(self) -> bool:
        """A lesson the student did not come to, for which a charge may still apply."""
        return self in (ChargeEvent.NO_SHOW, ChargeEvent.CANCELLED_STUDENT)


class PriceSource(StrEnum):
    INSTANCE_OVERRIDE = "instance_override"
    TEMPLATE_OVERRIDE = "template_price_override"
    STUDENT_SPECIAL_RATE = "student_special_rate"
    SERVICE = "service"
    NONE = "none"


class ChargeRule(StrEnum):
    """The rule that decided the outcome percentage (kept as `pricing_breakdown.rule`)."""

    ATTENDED = "attended"
    NO_SHOW = "no_show"
    LATE_CANCELLATION = "late_cancellation"
    CANCELLED_IN_TIME = "cancelled_in_time"
    CLINIC_CANCELLATION = "clinic_cancellation"
    MEDICAL_NOTE_WAIVER = "medical_note_waiver"


@dataclass(frozen=True, slots=True)
class PriceInputs:
    service_base_price: Decimal | None = None
    student_special_rate: Decimal | None = None
    template_price_override: Decimal | None = None
    instance_override: Decimal | None = None


@dataclass(frozen=True, slots=True)
class ChargeRequest:
    event: ChargeEvent
    prices: PriceInputs
    #: `payer_type` of the commitment charged; "private" without a commitment.
    payer: str = "private"
    #: The commitment's own co-payment (`metadata.parent_copay`), which beats the payer rule's.
    payer_copay: Decimal | None = None
    #: Cancellations: hours from the notice to the lesson start (negative after the start).
    hours_before: Decimal | None = None
    medical_note: bool = False
    #: Medical-note waivers this student already used in the lesson's calendar year.
    medical_notes_used: int = 0


@dataclass(frozen=True, slots=True)
class ChargeStep:
    """One step of the breakdown: what was decided, the change to the amount, the amount after it."""

    step: str
    change: Decimal
    amount: Decimal
    detail: Mapping[str, Any] = field(default_factory=dict)

    def to_json(self) -> dict[str, Any]:
        return {"step": self.step, "change": str(self.change), "amount": str(self.amount), **self.detail}


@dataclass(frozen=True, slots=True)
class Charge:
    price_charged: Decimal
    applicable_price: Decimal
    price_source: PriceSource
    rule: ChargeRule
    percent: Decimal
    payer: str
    payer_mode: PayerMode
    parent_share: Decimal
    hmo_share: Decimal
    reimbursable: Decimal
    medical_note_waived: bool
    steps: tuple[ChargeStep, ...]
    list_price: Decimal | None = None

    def breakdown(self) -> dict[str, Any]:
        """The JSON written once into `lesson_participants.pricing_breakdown`."""
        return {
            "version": BREAKDOWN_VERSION,
            "currency": "ILS",
            "rule": self.rule.value,
            "list_price": None if self.list_price is None else str(self.list_price),
            "unit_price": str(self.applicable_price),
            "price_source": self.price_source.value,
            "charge_ratio": str((self.percent / HUNDRED).normalize()),
            "percent": str(self.percent),
            "amount": str(self.price_charged),
            "payer_type": self.payer,
            "payer_mode": self.payer_mode.value,
            "parent_share": str(self.parent_share),
            "hmo_share": str(self.hmo_share),
            "reimbursable": str(self.reimbursable),
            "medical_note_waived": self.medical_note_waived,
            "steps": [step.to_json() for step in self.steps],
        }


def money(value: Decimal) -> Decimal:
    return value.quantize(CENT, rounding=ROUND_HALF_UP)


def applicable_price(prices: PriceInputs) -> tuple[Decimal, PriceSource]:
    """The most specific non-negative price: instance, template, student, service (plan §5.4)."""
    for value, source in (
        (prices.instance_override, PriceSource.INSTANCE_OVERRIDE),
        (prices.template_price_override, PriceSource.TEMPLATE_OVERRIDE),
        (prices.student_special_rate, PriceSource.STUDENT_SPECIAL_RATE),
        (prices.service_base_price, PriceSource.SERVICE),
    ):
        if value is not None and value >= 0:
            return money(value), source
    return ZERO, PriceSource.NONE


def cancellation_window(rules: tuple[CancellationRule, ...], hours_before: Decimal | None) -> CancellationRule | None:
    """The tightest window the notice falls in (less than `hours_before` hours), or None if in time."""
    if hours_before is None:
        return min(rules, key=lambda rule: rule.hours_before) if rules else None
    inside = [rule for rule in rules if hours_before < rule.hours_before]
    return min(inside, key=lambda rule: rule.hours_before) if inside else None


def _outcome(request: ChargeRequest, settings: ChargingSettings) -> tuple[ChargeRule, Decimal, dict[str, Any]]:
    event = request.event
    if event is ChargeEvent.ATTENDED:
        return ChargeRule.ATTENDED, HUNDRED, {}
    if event is ChargeEvent.CANCELLED_CLINIC:
        return ChargeRule.CLINIC_CANCELLATION, Decimal(0), {}
    if event is ChargeEvent.NO_SHOW:
        return ChargeRule.NO_SHOW, settings.no_show_percent, {}
    detail: dict[str, Any] = {}
    if request.hours_before is not None:
        detail["hours_before"] = str(request.hours_before.quantize(Decimal("0.1"), rounding=ROUND_HALF_UP))
    window = cancellation_window(settings.cancellation_rules, request.hours_before)
    if window is None:
        return ChargeRule.CANCELLED_IN_TIME, Decimal(0), detail
    detail["window_hours"] = window.hours_before
    return ChargeRule.LATE_CANCELLATION, window.percent, detail


def _split(
    amount: Decimal, request: ChargeRequest, rule: PayerRule | None
) -> tuple[PayerMode, Decimal, Decimal, Decimal, str]:
    """(mode, parent share, HMO share, reimbursable, reason) of `amount`."""
    if rule is None:
        return PayerMode.PRIVATE, amount, ZERO, ZERO, "no_payer_rule"
    if request.event.missed and rule.is_hmo and not rule.covers_missed:
        return PayerMode.PRIVATE, amount, ZERO, ZERO, "payer_does_not_cover_missed_lessons"
    if rule.mode is PayerMode.COPAY:
        own = request.payer_copay
        copay = money(own if own is not None and own >= 0 else rule.copay)
        parent = min(copay, amount)
        return rule.mode, parent, amount - parent, ZERO, "copay"
    if rule.mode is PayerMode.HMO_PAYS:
        return rule.mode, ZERO, amount, ZERO, "hmo_pays"
    if rule.mode is PayerMode.REIMBURSED:
        return rule.mode, amount, ZERO, amount, "reimbursed_later"
    return rule.mode, amount, ZERO, ZERO, "private"


def compute_charge(request: ChargeRequest, settings: ChargingSettings) -> Charge:
    """Price one participant outcome under the clinic's charging settings (plan §5.4)."""
    steps: list[ChargeStep] = []
    price, source = applicable_price(request.prices)
    list_price = None if request.prices.service_base_price is None else money(request.prices.service_base_price)
    steps.append(ChargeStep("price", price, price, {"source": source.value}))

    rule, percent, detail = _outcome(request, settings)
    amount = money(price * percent / HUNDRED)
    steps.append(ChargeStep("outcome", amount - price, amount, {"rule": rule.value, "percent": str(percent), **detail}))

    waived = False
    if request.medical_note and request.event.missed and amount > 0:
        used, quota = max(0, request.medical_notes_used), settings.medical_note_quota
        if used < quota:
            waived = True
            steps.append(ChargeStep("medical_note", -amount, ZERO, {"waived": True, "used": used + 1, "quota": quota}))
            amount, rule = ZERO, ChargeRule.MEDICAL_NOTE_WAIVER
        else:
            steps.append(ChargeStep("medical_note", ZERO, amount, {"waived": False, "used": used, "quota": quota}))

    payer = (request.payer or "private").strip().lower()
    mode, parent, hmo, reimbursable, reason = _split(amount, request, settings.payer_rule(payer))
    steps.append(
        ChargeStep(
            "payer",
            ZERO,
            amount,
            {
                "payer_type": payer,
                "mode": mode.value,
                "reason": reason,
                "parent_share": str(parent),
                "hmo_share": str(hmo),
            },
        )
    )
    return Charge(
        price_charged=amount,
        applicable_price=price,
        price_source=source,
        rule=rule,
        percent=percent,
        payer=payer,
        payer_mode=mode,
        parent_share=parent,
        hmo_share=hmo,
        reimbursable=reimbursable,
        medical_note_waived=waived,
        steps=tuple(steps),
        list_price=list_price,
    )
