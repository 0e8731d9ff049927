"""The daily cash-up, from its text: by method and by person, voids listed apart and in no total."""

from __future__ import annotations

import uuid
from datetime import UTC, date, datetime, timedelta
from decimal import Decimal

from hypothesis import given
from hypothesis import strategies as st

from reinex_desktop.domain.payments.cashup import cash_up
from reinex_desktop.domain.payments.payments import Payment, PaymentMethod

DAY = date(2026, 3, 8)
PEOPLE = ["דנה", "יוסי", "מיכל"]


@st.composite
def day_payments(draw: st.DrawFn) -> list[Payment]:
    count = draw(st.integers(0, 12))
    return [
        Payment(
            uuid.UUID(int=i + 1),
            uuid.UUID(int=999),
            Decimal(draw(st.integers(1, 100_000))) / 100,
            DAY + timedelta(days=draw(st.integers(-1, 1))),
            draw(st.sampled_from(list(PaymentMethod))),
            draw(st.sampled_from(PEOPLE)),
            voided_at=datetime(2026, 3, 9, tzinfo=UTC) if draw(st.booleans()) else None,
        )
        for i in range(count)
    ]


@given(day_payments())
def test_totals_agree_and_voids_count_nowhere(payments: list[Payment]) -> None:
    result = cash_up(DAY, payments)
    standing = [p for p in payments if p.paid_on == DAY and p.voided_at is None]
    expected = sum((p.amount for p in standing), Decimal(0))
    assert result.total == expected and result.count == len(standing)
    assert sum((line.total for line in result.by_method), Decimal(0)) == expected
    assert sum((line.total for line in result.by_person), Decimal(0)) == expected
    assert sum(line.count for line in result.by_person) == len(standing)
    for line in result.by_method:
        assert line.total == sum((p.amount for p in standing if p.method.value == line.key), Decimal(0))
    assert {p.id for p in result.voids} == {p.id for p in payments if p.paid_on == DAY and p.voided_at is not None}
