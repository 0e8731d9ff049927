"""Instructor rates, payouts and the export plan (plan §4.2.4, §4.2.8), without a database."""

from __future__ import annotations

from datetime import date
from decimal import Decimal
from uuid import UUID, uuid4

import pytest
from hypothesis import given, settings
from hypothesis import strategies as st

from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID, Capability, RateHistoryEntry
from reinex_desktop.domain.payroll.export import EarningLine, Month, exportable, payroll_summary, plan_export
from reinex_desktop.domain.payroll.rates import PaymentModel, RateSource, payout_amount, rate_in_force
from reinex_desktop.domain.text import DomainError

D = Decimal
EMPLOYEE, SERVICE, OTHER = uuid4(), uuid4(), uuid4()
DAY = date(2026, 11, 22)


def history(rate: str, effective: date, service: UUID | None = SERVICE, employee: UUID = EMPLOYEE) -> RateHistoryEntry:
    return RateHistoryEntry(uuid4(), employee, D(rate), effective, service)


def rate(**kwargs: object) -> tuple[Decimal, RateSource]:
    values: dict[str, object] = {
        "employee_id": EMPLOYEE,
        "service_id": SERVICE,
        "day": DAY,
        "capabilities": (),
        "rate_history": (),
        "current_rate": None,
    }
    values.update(kwargs)
    decision = rate_in_force(**values)  # type: ignore[arg-type]
    return decision.rate, decision.source


def test_capability_rate_first() -> None:
    capability = Capability(uuid4(), EMPLOYEE, SERVICE, base_rate=D(120))
    assert rate(capabilities=[capability], rate_history=[history("90", date(2020, 1, 1))], current_rate=D(80)) == (
        D(120),
        RateSource.CAPABILITY,
    )


def test_then_the_rate_history_in_force_that_day_service_before_general() -> None:
    entries = [
        history("90", date(2026, 1, 1)),
        history("95", date(2026, 11, 22)),  # in force from that very day
        history("99", date(2026, 12, 1)),  # not yet
        history("70", date(2026, 11, 1), service=None),
        history("200", date(2026, 1, 1), employee=uuid4()),
    ]
    assert rate(rate_history=entries) == (D(95), RateSource.RATE_HISTORY)
    assert rate(rate_history=entries, day=date(2026, 11, 21)) == (D(90), RateSource.RATE_HISTORY)
    assert rate(rate_history=entries, service_id=OTHER) == (D(70), RateSource.RATE_HISTORY)
    general = [history("65", date(2026, 1, 1), service=GENERAL_RATE_SERVICE_ID)]
    assert rate(rate_history=general, service_id=OTHER) == (D(65), RateSource.RATE_HISTORY)


def test_then_the_current_rate_except_for_salaried_employees() -> None:
    capability_without_rate = Capability(uuid4(), EMPLOYEE, SERVICE)
    assert rate(capabilities=[capability_without_rate], current_rate=D(80)) == (D(80), RateSource.CURRENT_RATE)
    assert rate(current_rate=D(9000), employee_type="global") == (D(0), RateSource.NONE)
    assert rate() == (D(0), RateSource.NONE)


@pytest.mark.parametrize(
    ("model", "students", "minutes", "expected"),
    [
        (PaymentModel.PER_SESSION, 3, 45, "110.00"),
        (PaymentModel.PER_STUDENT, 3, 60, "330.00"),
        (PaymentModel.PER_STUDENT, 0, 60, "0.00"),
        (PaymentModel.PER_HOUR, 1, 45, "82.50"),
    ],
)
def test_payouts(model: PaymentModel, students: int, minutes: int, expected: str) -> None:
    assert payout_amount(D(110), model, students=students, duration_minutes=minutes) == D(expected)


def test_payment_models_are_read_leniently() -> None:
    assert PaymentModel.of("hourly") is PaymentModel.PER_HOUR
    assert PaymentModel.of("per_student") is PaymentModel.PER_STUDENT
    assert PaymentModel.of(None) is PaymentModel.PER_SESSION and PaymentModel.of("global") is PaymentModel.PER_SESSION


def test_months() -> None:
    month = Month.parse("2026-12")
    assert (month.first_day, month.last_day, str(month.next()), str(month.previous())) == (
        date(2026, 12, 1),
        date(2026, 12, 31),
        "2027-01",
        "2026-11",
    )
    for bad in ("2026-13", "26-11", "2026/11", "november"):
        with pytest.raises(DomainError, match="YYYY-MM"):
            Month.parse(bad)


def line(
    day: int = 22, payout: str = "110", *, exported: bool = False, reverses: UUID | None = None, **kw: object
) -> EarningLine:
    values: dict[str, object] = {
        "id": uuid4(),
        "employee_id": EMPLOYEE,
        "lesson_instance_id": uuid4(),
        "lesson_date": date(2026, 11, day),
        "service_id": SERVICE,
        "duration_minutes": 45,
        "students": 1,
        "rate_used": D(110),
        "payout_amount": D(payout),
        "work_session_id": uuid4() if exported else None,
        "reverses": reverses,
        "employee_name": "יעל",
    }
    values.update(kw)
    return EarningLine(**values)  # type: ignore[arg-type]


NOVEMBER = Month(2026, 11)


def test_one_row_per_instructor_day_service_and_rate() -> None:
    lines = [line(22), line(22), line(23), line(22, rate_used=D(90), payout="90"), line(22, exported=True)]
    drafts = plan_export(lines, NOVEMBER)
    assert [(d.date.day, d.rate_used, d.sessions_count, d.total_payment, d.hours) for d in drafts] == [
        (22, D(90), 1, D("90.00"), D("0.75")),
        (22, D(110), 2, D("220.00"), D("1.50")),
        (23, D(110), 1, D("110.00"), D("0.75")),
    ]
    metadata = drafts[1].metadata()
    assert metadata["source_system"] == "reinex" and len(metadata["source_ref"]) == 2
    assert plan_export([line(day=1, lesson_date=date(2026, 12, 1))], NOVEMBER) == []


def test_reversals_cancel_unexported_earnings_and_go_out_negative_after_an_export() -> None:
    exported = line(exported=True)
    reversal_of_exported = line(payout="-110", reverses=exported.id)
    pending = line()
    reversal_of_pending = line(payout="-110", reverses=pending.id)
    chosen = exportable([exported, reversal_of_exported, pending, reversal_of_pending], NOVEMBER)
    assert chosen == [reversal_of_exported]
    [draft] = plan_export([exported, reversal_of_exported, pending, reversal_of_pending], NOVEMBER)
    assert draft.sessions_count == -1 and draft.total_payment == D("-110.00") and draft.hours == D("-0.75")
    [summary] = payroll_summary([exported, reversal_of_exported, pending, reversal_of_pending], NOVEMBER)
    assert summary.lessons == 0 and summary.total == D("0.00") and summary.pending_total == D("-110.00")


@settings(max_examples=100, deadline=None)
@given(st.lists(st.tuples(st.integers(1, 30), st.booleans(), st.sampled_from(["80", "110"])), max_size=25))
def test_exporting_the_plan_leaves_nothing_to_export(specs: list[tuple[int, bool, str]]) -> None:
    lines = [line(day, payout, exported=done, rate_used=D(payout)) for day, done, payout in specs]
    drafts = plan_export(lines, NOVEMBER)
    exported_ids = {earning for draft in drafts for earning in draft.earning_ids}
    assert len(exported_ids) == sum(len(d.earning_ids) for d in drafts)  # no earning twice
    assert exported_ids == {ln.id for ln in lines if not ln.exported}
    after = [ln if ln.id not in exported_ids else line(ln.lesson_date.day, exported=True) for ln in lines]
    assert plan_export(after, NOVEMBER) == []
    assert sum((d.total_payment for d in drafts), D(0)) == sum(
        (ln.payout_amount for ln in lines if not ln.exported), D(0)
    )
