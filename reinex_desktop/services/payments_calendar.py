"""The calendar's 🟡 "unpaid" from the family ledger: a charge a payment has paid is no longer unpaid.

`domain.calendar.status.is_unpaid` treats a participant marked `paid` as settled; this marks, at
read time and never in storage, the participants whose charge the family ledger shows as paid.
"""

from __future__ import annotations

from collections.abc import Iterable
from dataclasses import replace
from uuid import UUID

from reinex_desktop.domain.calendar.status import is_unpaid
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.payments.ledger import Ledger, ledger
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.context import AppContext


def paid_participants(
    context: AppContext, lessons: Iterable[LessonInstance], accounts: dict[UUID, Ledger] | None = None
) -> frozenset[UUID]:
    """Participants with an uncovered charge that their family's payments have paid in full.

    `accounts` keeps the families' ledgers between calls (the calendar keeps them across day
    switches until lessons or money change), so a family is read once, not on every day opened."""
    candidates = [p for lesson in lessons for p in lesson.participants if is_unpaid(p)]
    if not candidates or not context.user.can(Permission.FINANCIALS_VIEW):
        return frozenset()
    gateway = context.gateway
    accounts = {} if accounts is None else accounts
    paid = set()
    for participant in candidates:
        account = accounts.get(participant.student_id)
        if account is None:
            family = gateway.family_student_ids(participant.student_id)
            account = ledger(gateway.family_charges(family), gateway.payments_of(family))
            accounts.update({member: account for member in family})
        if any(s.charge.key == participant.id for s in account.charges) and account.is_paid(participant.id):
            paid.add(participant.id)
    return frozenset(paid)


def with_payments(
    context: AppContext, lessons: list[LessonInstance], accounts: dict[UUID, Ledger] | None = None
) -> list[LessonInstance]:
    """The lessons with every participant the ledger shows as paid marked `paid` (read time only)."""
    paid = paid_participants(context, lessons, accounts)
    if not paid:
        return lessons
    return [
        replace(
            lesson,
            participants=tuple(
                replace(p, metadata={**p.metadata, "paid": True}) if p.id in paid else p for p in lesson.participants
            ),
        )
        if any(p.id in paid for p in lesson.participants)
        else lesson
        for lesson in lessons
    ]
