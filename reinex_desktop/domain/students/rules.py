"""Who may change what about a student, and when a student's balance needs attention.

Permissions (plan §7): the desk roles that manage the schedule (Owner, Admin, Office) create and
edit students and guardians; a special rate is money and needs `reinex_financials_manage`;
medical flags are sensitive and need `reinex_medical_flags_view` to be seen or changed.
Instructors see only the students assigned to them and change none (plan §7.1).

Balance warning (plan §4.2.7): from the ledger only (`commitment_balances`), over commitments not
yet expired — exhausted when one has nothing left, low when one has less than a fifth left.
"""

from __future__ import annotations

from collections.abc import Iterable, Mapping
from datetime import datetime
from decimal import Decimal
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.money import Commitment, CommitmentBalance
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.details import FieldChange

#: Creating, editing and deactivating students and their guardians.
STUDENT_WRITE = Permission.SCHEDULE_MANAGE
#: What a field needs beyond `STUDENT_WRITE`.
FIELD_PERMISSIONS: Mapping[str, Permission] = {
    "special_rate": Permission.FINANCIALS_MANAGE,
    "medical_flags": Permission.MEDICAL_FLAGS_VIEW,
}
LOW_BALANCE_SHARE = Decimal("0.2")


def permissions_needed(changes: Iterable[FieldChange]) -> frozenset[Permission]:
    """Every permission a set of field changes requires (plan §7.3)."""
    needed = {STUDENT_WRITE}
    for change in changes:
        extra = FIELD_PERMISSIONS.get(change.field)
        if extra is not None:
            needed.add(extra)
    return frozenset(needed)


class BalanceWarning(StrEnum):
    NONE = "none"
    LOW = "low"
    EXHAUSTED = "exhausted"


def balance_warning(
    commitments: Iterable[Commitment],
    balances: Mapping[UUID, CommitmentBalance],
    now: datetime,
) -> BalanceWarning:
    """The worst state of a student's open commitments, read from the ledger view."""
    worst = BalanceWarning.NONE
    for commitment in commitments:
        if commitment.expires_at is not None and commitment.expires_at <= now:
            continue
        balance = balances.get(commitment.id)
        if balance is None:
            continue
        if balance.remaining_balance <= 0:
            return BalanceWarning.EXHAUSTED
        if balance.total_amount > 0 and balance.remaining_balance < balance.total_amount * LOW_BALANCE_SHARE:
            worst = BalanceWarning.LOW
    return worst
