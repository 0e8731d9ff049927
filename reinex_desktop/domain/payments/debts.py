"""Families that owe too much or for too long: the profile's warning and the Today screen's list.

A family is flagged when its ledger balance is owed (above zero) and either exceeds the clinic's
amount or its oldest open charge is older than the clinic's number of days. Both limits come from
the `"Settings"` key `debt_alerts` ({"amount": "500", "days": 30}); these defaults apply otherwise.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from dataclasses import dataclass
from datetime import date
from decimal import Decimal, InvalidOperation
from typing import Any
from uuid import UUID

from reinex_desktop.domain.payments.ledger import Ledger

SETTINGS_KEY = "debt_alerts"
DEFAULT_AMOUNT = Decimal("500")
DEFAULT_DAYS = 30


@dataclass(frozen=True, slots=True)
class DebtRule:
    amount: Decimal = DEFAULT_AMOUNT
    days: int = DEFAULT_DAYS


@dataclass(frozen=True, slots=True)
class DebtAlert:
    balance: Decimal
    oldest_open: date | None
    over_amount: bool
    overdue: bool


def debt_rule(raw: Mapping[str, Any]) -> DebtRule:
    """The clinic's limits; the defaults for a missing or malformed key."""
    value = raw.get(SETTINGS_KEY)
    if not isinstance(value, Mapping):
        return DebtRule()
    try:
        amount = Decimal(str(value.get("amount", DEFAULT_AMOUNT)))
        days = int(value.get("days", DEFAULT_DAYS))
    except (InvalidOperation, TypeError, ValueError):
        return DebtRule()
    if not amount.is_finite() or amount < 0 or days < 0:
        return DebtRule()
    return DebtRule(amount, days)


def debt_alert(account: Ledger, today: date, rule: DebtRule) -> DebtAlert | None:
    """The alert for a family's account, or None when it owes nothing worth flagging."""
    balance = account.balance
    if balance <= 0:
        return None
    oldest = account.oldest_open()
    over_amount = balance > rule.amount
    overdue = oldest is not None and (today - oldest).days > rule.days
    if not (over_amount or overdue):
        return None
    return DebtAlert(balance, oldest, over_amount, overdue)


def families(student_ids: Iterable[UUID], links: Iterable[tuple[UUID, UUID]]) -> list[frozenset[UUID]]:
    """Each student's family (the student and every student sharing one of their guardians), once each.

    `links` are (student id, guardian id) pairs; the same one-step rule as the gateway's
    `family_student_ids`, so the Today list and the profile agree.
    """
    guardians_of: dict[UUID, set[UUID]] = {}
    students_of: dict[UUID, set[UUID]] = {}
    for student, guardian in links:
        guardians_of.setdefault(student, set()).add(guardian)
        students_of.setdefault(guardian, set()).add(student)
    found: dict[frozenset[UUID], None] = {}
    for student in student_ids:
        family = {student}
        for guardian in guardians_of.get(student, ()):
            family |= students_of.get(guardian, set())
        found[frozenset(family)] = None
    return list(found)
