"""The charging engine, rule by rule and in combination (plan §5.4), plus its invariants."""

from __future__ import annotations

from dataclasses import dataclass, field
from decimal import Decimal
from typing import Any

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.charging.engine import (
    ChargeEvent,
    ChargeRequest,
    ChargeRule,
    PriceInputs,
    PriceSource,
    compute_charge,
)
from reinex_desktop.domain.charging.settings import (
    DEFAULT_PAYER_RULES,
    CancellationRule,
    ChargingSettings,
    PayerMode,
    PayerRule,
)

D = Decimal
SERVICE = PriceInputs(service_base_price=D("220"))
TWO_WINDOWS = ChargingSettings(cancellation_rules=(CancellationRule(48, D(50)), CancellationRule(24, D(100))))
HALF_NO_SHOW = ChargingSettings(no_show_percent=D(50))
CLALIT_COVERS_MISSED = ChargingSettings(
    payer_rules={**DEFAULT_PAYER_RULES, "clalit": PayerRule("clalit", PayerMode.COPAY, D("45.00"), covers_missed=True)}
)


@dataclass(frozen=True)
class Case:
    name: str
    event: ChargeEvent
    prices: PriceInputs = SERVICE
    settings: ChargingSettings = field(default_factory=ChargingSettings)
    payer: str = "private"
    copay: str | None = None
    hours: str | None = None
    medical: bool = False
    used: int = 0
    # expectations
    charged: str = "0.00"
    rule: ChargeRule = ChargeRule.ATTENDED
    source: PriceSource = PriceSource.SERVICE
    parent: str | None = None
    hmo: str = "0.00"
    reimbursable: str = "0.00"
    waived: bool = False
    reason: str | None = None


CASES = [
    # 1. the price: the most specific wins
    Case("service base price", ChargeEvent.ATTENDED, charged="220.00"),
    Case(
        "student special rate beats the service",
        ChargeEvent.ATTENDED,
        PriceInputs(D("220"), student_special_rate=D("150")),
        charged="150.00",
        source=PriceSource.STUDENT_SPECIAL_RATE,
    ),
    Case(
        "template override beats the special rate",
        ChargeEvent.ATTENDED,
        PriceInputs(D("220"), D("150"), template_price_override=D("180")),
        charged="180.00",
        source=PriceSource.TEMPLATE_OVERRIDE,
    ),
    Case(
        "instance override beats everything",
        ChargeEvent.ATTENDED,
        PriceInputs(D("220"), D("150"), D("180"), instance_override=D("100")),
        charged="100.00",
        source=PriceSource.INSTANCE_OVERRIDE,
    ),
    Case(
        "a free lesson by instance override",
        ChargeEvent.ATTENDED,
        PriceInputs(D("220"), instance_override=D("0")),
        charged="0.00",
        source=PriceSource.INSTANCE_OVERRIDE,
    ),
    Case("no price anywhere charges nothing", ChargeEvent.ATTENDED, PriceInputs(), source=PriceSource.NONE),
    # 2. the outcome
    Case("clinic cancellation is free", ChargeEvent.CANCELLED_CLINIC, rule=ChargeRule.CLINIC_CANCELLATION),
    Case("no-show charged in full by default", ChargeEvent.NO_SHOW, charged="220.00", rule=ChargeRule.NO_SHOW),
    Case(
        "no-show at the configured percentage",
        ChargeEvent.NO_SHOW,
        settings=HALF_NO_SHOW,
        charged="110.00",
        rule=ChargeRule.NO_SHOW,
    ),
    Case("cancelled in time", ChargeEvent.CANCELLED_STUDENT, hours="30", rule=ChargeRule.CANCELLED_IN_TIME),
    Case(
        "late cancellation inside 24 hours",
        ChargeEvent.CANCELLED_STUDENT,
        hours="10",
        charged="220.00",
        rule=ChargeRule.LATE_CANCELLATION,
    ),
    Case(
        "the widest window of two",
        ChargeEvent.CANCELLED_STUDENT,
        settings=TWO_WINDOWS,
        hours="30",
        charged="110.00",
        rule=ChargeRule.LATE_CANCELLATION,
    ),
    Case(
        "the tightest window of two",
        ChargeEvent.CANCELLED_STUDENT,
        settings=TWO_WINDOWS,
        hours="10",
        charged="220.00",
        rule=ChargeRule.LATE_CANCELLATION,
    ),
    Case(
        "exactly on a window edge is outside it",
        ChargeEvent.CANCELLED_STUDENT,
        settings=TWO_WINDOWS,
        hours="24",
        charged="110.00",
        rule=ChargeRule.LATE_CANCELLATION,
    ),
    Case(
        "outside every window",
        ChargeEvent.CANCELLED_STUDENT,
        settings=TWO_WINDOWS,
        hours="50",
        rule=ChargeRule.CANCELLED_IN_TIME,
    ),
    Case(
        "cancelled after the start",
        ChargeEvent.CANCELLED_STUDENT,
        hours="-1",
        charged="220.00",
        rule=ChargeRule.LATE_CANCELLATION,
    ),
    Case(
        "no cancellation rules at all",
        ChargeEvent.CANCELLED_STUDENT,
        settings=ChargingSettings(cancellation_rules=()),
        hours="1",
        rule=ChargeRule.CANCELLED_IN_TIME,
    ),
    # 3. emergency medical notes
    Case(
        "medical note waives a no-show",
        ChargeEvent.NO_SHOW,
        medical=True,
        rule=ChargeRule.MEDICAL_NOTE_WAIVER,
        waived=True,
    ),
    Case(
        "medical note waives a late cancellation (third of three)",
        ChargeEvent.CANCELLED_STUDENT,
        hours="2",
        medical=True,
        used=2,
        rule=ChargeRule.MEDICAL_NOTE_WAIVER,
        waived=True,
    ),
    Case(
        "a fourth medical note in a year does not waive",
        ChargeEvent.NO_SHOW,
        medical=True,
        used=3,
        charged="220.00",
        rule=ChargeRule.NO_SHOW,
    ),
    Case(
        "a quota of zero never waives",
        ChargeEvent.NO_SHOW,
        settings=ChargingSettings(medical_note_quota=0),
        medical=True,
        charged="220.00",
        rule=ChargeRule.NO_SHOW,
    ),
    Case(
        "a medical note does not apply to an attended lesson",
        ChargeEvent.ATTENDED,
        medical=True,
        charged="220.00",
    ),
    Case(
        "a medical note on a free cancellation uses no waiver",
        ChargeEvent.CANCELLED_STUDENT,
        hours="40",
        medical=True,
        rule=ChargeRule.CANCELLED_IN_TIME,
    ),
    # 4. payers
    Case("package pays privately", ChargeEvent.ATTENDED, payer="package", charged="220.00"),
    Case(
        "Clalit: the parent pays 45, the HMO the rest",
        ChargeEvent.ATTENDED,
        payer="clalit",
        charged="220.00",
        parent="45.00",
        hmo="175.00",
    ),
    Case(
        "Clalit with the commitment's own co-payment",
        ChargeEvent.ATTENDED,
        payer="clalit",
        copay="30",
        charged="220.00",
        parent="30.00",
        hmo="190.00",
    ),
    Case(
        "Clalit under the co-payment: the parent pays the whole small price",
        ChargeEvent.ATTENDED,
        PriceInputs(D("220"), student_special_rate=D("40")),
        payer="clalit",
        charged="40.00",
        source=PriceSource.STUDENT_SPECIAL_RATE,
        parent="40.00",
        hmo="0.00",
    ),
    Case(
        "Meuhedet Form 17: the HMO pays everything",
        ChargeEvent.ATTENDED,
        payer="meuhedet",
        charged="220.00",
        parent="0.00",
        hmo="220.00",
    ),
    Case(
        "Leumit: the family pays and is reimbursed later",
        ChargeEvent.ATTENDED,
        payer="leumit",
        charged="220.00",
        reimbursable="220.00",
    ),
    Case(
        "HMOs do not pay for a no-show",
        ChargeEvent.NO_SHOW,
        payer="clalit",
        charged="220.00",
        rule=ChargeRule.NO_SHOW,
        reason="payer_does_not_cover_missed_lessons",
    ),
    Case(
        "an HMO configured to cover missed lessons splits them",
        ChargeEvent.NO_SHOW,
        settings=CLALIT_COVERS_MISSED,
        payer="clalit",
        charged="220.00",
        rule=ChargeRule.NO_SHOW,
        parent="45.00",
        hmo="175.00",
    ),
    Case(
        "an unknown payer is charged privately",
        ChargeEvent.ATTENDED,
        payer="maccabi",
        charged="220.00",
        reason="no_payer_rule",
    ),
    # 5. combinations
    Case(
        "special rate × half window × Clalit late cancellation goes to the family",
        ChargeEvent.CANCELLED_STUDENT,
        PriceInputs(D("220"), student_special_rate=D("150")),
        settings=TWO_WINDOWS,
        payer="clalit",
        hours="30",
        charged="75.00",
        rule=ChargeRule.LATE_CANCELLATION,
        source=PriceSource.STUDENT_SPECIAL_RATE,
    ),
    Case(
        "template override × Meuhedet × attended",
        ChargeEvent.ATTENDED,
        PriceInputs(D("220"), template_price_override=D("260")),
        payer="meuhedet",
        charged="260.00",
        source=PriceSource.TEMPLATE_OVERRIDE,
        parent="0.00",
        hmo="260.00",
    ),
    Case(
        "instance override × no-show × medical note waived",
        ChargeEvent.NO_SHOW,
        PriceInputs(D("220"), instance_override=D("90")),
        medical=True,
        used=1,
        source=PriceSource.INSTANCE_OVERRIDE,
        rule=ChargeRule.MEDICAL_NOTE_WAIVER,
        waived=True,
    ),
    Case(
        "half of an odd price rounds half up to the agora",
        ChargeEvent.NO_SHOW,
        PriceInputs(D("99.99")),
        settings=HALF_NO_SHOW,
        charged="50.00",
        rule=ChargeRule.NO_SHOW,
    ),
    Case(
        "clinic cancellation of an HMO lesson",
        ChargeEvent.CANCELLED_CLINIC,
        payer="meuhedet",
        rule=ChargeRule.CLINIC_CANCELLATION,
        parent="0.00",
    ),
]


@pytest.mark.parametrize("case", CASES, ids=[case.name for case in CASES])
def test_charging_rule(case: Case) -> None:
    charge = compute_charge(
        ChargeRequest(
            event=case.event,
            prices=case.prices,
            payer=case.payer,
            payer_copay=None if case.copay is None else D(case.copay),
            hours_before=None if case.hours is None else D(case.hours),
            medical_note=case.medical,
            medical_notes_used=case.used,
        ),
        case.settings,
    )
    assert charge.price_charged == D(case.charged)
    assert charge.rule is case.rule
    assert charge.price_source is case.source
    assert charge.parent_share == D(case.parent if case.parent is not None else case.charged)
    assert charge.hmo_share == D(case.hmo)
    assert charge.reimbursable == D(case.reimbursable)
    assert charge.medical_note_waived is case.waived
    if case.reason is not None:
        assert charge.steps[-1].detail["reason"] == case.reason
    _assert_breakdown_consistent(charge.breakdown(), charge.price_charged)


def _assert_breakdown_consistent(breakdown: dict[str, Any], charged: Decimal) -> None:
    assert D(breakdown["amount"]) == charged
    assert sum(D(step["change"]) for step in breakdown["steps"]) == charged
    assert D(breakdown["steps"][-1]["amount"]) == charged
    assert D(breakdown["parent_share"]) + D(breakdown["hmo_share"]) == charged


def test_breakdown_explains_every_step_in_order() -> None:
    charge = compute_charge(
        ChargeRequest(
            ChargeEvent.CANCELLED_STUDENT,
            PriceInputs(D("220"), student_special_rate=D("150")),
            payer="clalit",
            hours_before=D("5"),
            medical_note=True,
            medical_notes_used=3,
        ),
        ChargingSettings(),
    )
    steps = charge.breakdown()["steps"]
    assert [s["step"] for s in steps] == ["price", "outcome", "medical_note", "payer"]
    assert steps[0]["source"] == "student_special_rate" and steps[0]["amount"] == "150.00"
    assert steps[1]["rule"] == "late_cancellation" and steps[1]["window_hours"] == 24
    assert steps[1]["hours_before"] == "5.0"
    assert steps[2] == {
        "step": "medical_note",
        "change": "0.00",
        "amount": "150.00",
        "waived": False,
        "used": 3,
        "quota": 3,
    }
    assert steps[3]["reason"] == "payer_does_not_cover_missed_lessons"


MONEY = st.decimals(min_value=0, max_value=5000, places=2, allow_nan=False, allow_infinity=False)
PERCENT = st.integers(min_value=0, max_value=100).map(Decimal)


@st.composite
def charging_settings(draw: st.DrawFn) -> ChargingSettings:
    hours = draw(st.lists(st.integers(1, 200), unique=True, max_size=4))
    rules = tuple(CancellationRule(h, draw(PERCENT)) for h in hours)
    copay = draw(MONEY)
    payers = {
        **DEFAULT_PAYER_RULES,
        "clalit": PayerRule("clalit", PayerMode.COPAY, copay, covers_missed=draw(st.booleans())),
        "meuhedet": PayerRule("meuhedet", PayerMode.HMO_PAYS, covers_missed=draw(st.booleans())),
    }
    return ChargingSettings(rules, payers, draw(PERCENT), draw(st.integers(0, 5)))


@settings(max_examples=200, deadline=None)
@given(
    event=st.sampled_from(list(ChargeEvent)),
    prices=st.builds(
        PriceInputs,
        st.none() | MONEY,
        st.none() | MONEY,
        st.none() | MONEY,
        st.none() | MONEY,
    ),
    payer=st.sampled_from(["private", "package", "clalit", "meuhedet", "leumit", "maccabi"]),
    copay=st.none() | MONEY,
    hours=st.none() | st.decimals(min_value=-48, max_value=400, places=2, allow_nan=False, allow_infinity=False),
    medical=st.booleans(),
    used=st.integers(0, 6),
    rules=charging_settings(),
)
def test_a_charge_is_never_negative_never_above_the_price_and_its_breakdown_sums_to_it(
    event: ChargeEvent,
    prices: PriceInputs,
    payer: str,
    copay: Decimal | None,
    hours: Decimal | None,
    medical: bool,
    used: int,
    rules: ChargingSettings,
) -> None:
    charge = compute_charge(ChargeRequest(event, prices, payer, copay, hours, medical, used), rules)
    assert Decimal(0) <= charge.price_charged <= charge.applicable_price
    assert charge.parent_share >= 0 and charge.hmo_share >= 0
    _assert_breakdown_consistent(charge.breakdown(), charge.price_charged)
    if event is ChargeEvent.CANCELLED_CLINIC:
        assert charge.price_charged == 0
    if event is ChargeEvent.ATTENDED:
        assert charge.price_charged == charge.applicable_price
