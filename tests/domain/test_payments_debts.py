"""Families that owe more than the clinic's amount or for longer than its days (from the rule's text)."""

from __future__ import annotations

import uuid
from datetime import date, timedelta
from decimal import Decimal

import pytest

from reinex_desktop.domain.payments.debts import DebtRule, debt_alert, debt_rule, families
from reinex_desktop.domain.payments.ledger import Charge, ChargeKind, ledger
from reinex_desktop.domain.payments.payments import Payment, PaymentMethod

D = Decimal
TODAY = date(2026, 6, 1)
STUDENT = uuid.UUID(int=1)


def account(amount: str, days_ago: int, paid: str = "0") -> object:
    charge = Charge(uuid.UUID(int=2), ChargeKind.LESSON, STUDENT, TODAY - timedelta(days=days_ago), D(amount))
    payments = [Payment(uuid.UUID(int=3), STUDENT, D(paid), TODAY, PaymentMethod.CASH, "x")] if D(paid) else []
    return ledger([charge], payments)


@pytest.mark.parametrize(
    ("amount", "days_ago", "paid", "flagged"),
    [
        ("600", 1, "0", (True, False)),  # more than the amount
        ("200", 45, "0", (False, True)),  # owed longer than the days
        ("200", 10, "0", None),  # neither
        ("600", 45, "600", None),  # paid
        ("600", 45, "700", None),  # in credit
        ("500", 30, "0", None),  # exactly at the limits is not over them
    ],
)
def test_who_is_flagged(amount: str, days_ago: int, paid: str, flagged: tuple[bool, bool] | None) -> None:
    alert = debt_alert(account(amount, days_ago, paid), TODAY, DebtRule(D("500"), 30))  # type: ignore[arg-type]
    assert (None if alert is None else (alert.over_amount, alert.overdue)) == flagged


def test_the_rule_comes_from_settings() -> None:
    assert debt_rule({}) == DebtRule()
    assert debt_rule({"debt_alerts": {"amount": "250", "days": 14}}) == DebtRule(D("250"), 14)
    assert debt_rule({"debt_alerts": {"amount": "lots"}}) == DebtRule()


def test_siblings_sharing_a_guardian_are_one_family() -> None:
    a, b, c = (uuid.UUID(int=i) for i in (1, 2, 3))
    mother = uuid.UUID(int=10)
    assert families([a, b, c], [(a, mother), (b, mother)]) == [frozenset({a, b}), frozenset({c})]
