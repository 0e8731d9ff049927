"""Commitments and balances: open and close commitments, read balances, warn when money runs low.

Balances always come from the ledger view `commitment_balances` (plan §4.2.7). The warnings feed
the calendar's 🟡 and the student profile; users without financial access get none.
"""

from __future__ import annotations

from collections import defaultdict
from collections.abc import Iterable
from dataclasses import dataclass
from datetime import date
from decimal import Decimal
from uuid import UUID

from reinex_desktop.domain.charging.balances import BalanceLevel, BalanceWarning, commitment_is_open
from reinex_desktop.domain.charging.balances import balance_warnings as warnings_for
from reinex_desktop.domain.charging.commitments import CloseCommitment, CreateCommitment
from reinex_desktop.domain.charging.settings import ChargingSettings, charging_settings
from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.context import AppContext


def clinic_charging(context: AppContext) -> ChargingSettings:
    """The clinic's charging settings (defaults for missing or malformed keys)."""
    settings, _problems = charging_settings(context.gateway.settings().raw)
    return settings


def _commitments(
    context: AppContext, student_ids: list[UUID] | None
) -> tuple[list[Commitment], list[CommitmentBalance]]:
    gateway = context.gateway
    if student_ids is None:
        return gateway.commitments(), gateway.balances()
    return gateway.commitments_of(student_ids), gateway.balances_of(student_ids)


def balance_warnings(
    context: AppContext, student_ids: Iterable[UUID] | None = None
) -> dict[UUID, list[BalanceWarning]]:
    """Low or used-up balances by student (all students when None), for the 🟡 in the calendar and
    the profile (plan §4.2.7). Users without financial access get an empty answer, not an error."""
    if not context.user.can(Permission.FINANCIALS_VIEW):
        return {}
    wanted = None if student_ids is None else list(dict.fromkeys(student_ids))
    if wanted == []:
        return {}
    commitments, balances = _commitments(context, wanted)
    prices = {service.id: service.base_price for service in context.gateway.services()}
    found: dict[UUID, list[BalanceWarning]] = defaultdict(list)
    for warning in warnings_for(commitments, balances, prices, clinic_charging(context), context.clock()):
        found[warning.student_id].append(warning)
    return dict(found)


@dataclass(frozen=True, slots=True)
class CommitmentView:
    """A commitment with its ledger balance, as the profile lists it."""

    commitment: Commitment
    balance: CommitmentBalance
    is_open: bool
    level: BalanceLevel | None


def student_commitments(context: AppContext, student_id: UUID) -> list[CommitmentView]:
    """The student's commitments, open ones first, each with its balance from the ledger."""
    context.user.require(Permission.FINANCIALS_VIEW)
    commitments = context.gateway.commitments(student_id=student_id)
    balances = {b.commitment_id: b for b in context.gateway.balances(student_id=student_id)}
    now = context.clock()
    levels = {
        (w.service_id, w.commitment_id): w.level for ws in balance_warnings(context, [student_id]).values() for w in ws
    }
    views = []
    for commitment in commitments:
        balance = balances.get(commitment.id) or CommitmentBalance(
            commitment.id, commitment.total_amount, Decimal(0), commitment.total_amount
        )
        is_open = commitment_is_open(commitment, now)
        views.append(CommitmentView(commitment, balance, is_open, levels.get((commitment.service_id, commitment.id))))
    return sorted(views, key=lambda v: (not v.is_open, v.commitment.expires_at is None, str(v.commitment.expires_at)))


def commitment_ledger(context: AppContext, commitment_id: UUID) -> list[ConsumptionEntry]:
    """The consumption entries behind a balance, oldest first (reversals included)."""
    context.user.require(Permission.FINANCIALS_VIEW)
    return context.gateway.consumption(commitment_id=commitment_id)


def create_commitment(
    context: AppContext,
    *,
    student_id: UUID,
    service_id: UUID,
    total_amount: Decimal,
    payer_type: str,
    starts_on: date | None = None,
    expires_on: date | None = None,
    unit_price: Decimal | None = None,
    approved_sessions: int | None = None,
    approval_number: str = "",
    form17_number: str = "",
    parent_copay: Decimal | None = None,
    package_name: str = "",
    notes: str = "",
) -> UUID:
    """Open a package, HMO or private commitment for a student and service (plan §4.2.7)."""
    context.user.require(Permission.FINANCIALS_MANAGE)
    command = CreateCommitment(
        student_id=student_id,
        service_id=service_id,
        total_amount=total_amount,
        payer_type=payer_type,
        starts_on=starts_on or context.today(),
        expires_on=expires_on,
        unit_price=unit_price,
        approved_sessions=approved_sessions,
        approval_number=approval_number,
        form17_number=form17_number,
        parent_copay=parent_copay,
        package_name=package_name,
        notes=notes,
    )
    result = apply_command(context, command)
    context.notices.data_did_change("money")
    return UUID(str(result["commitment_id"]))


def close_commitment(context: AppContext, commitment_id: UUID, reason: str) -> None:
    """Close a commitment by hand; its ledger and balance stay as they are."""
    context.user.require(Permission.FINANCIALS_MANAGE)
    apply_command(context, CloseCommitment(commitment_id, reason))
    context.notices.data_did_change("money")
