"""Handlers of commitment writes: open a commitment, close one by hand (plan §4.2.7)."""

from __future__ import annotations

from typing import Any

from reinex_desktop.data import tables as t
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID
from reinex_desktop.domain.charging.commitments import (
    COMMITMENT_NOT_FOUND,
    SERVICE_NOT_FOUND,
    STUDENT_NOT_FOUND,
    CloseCommitment,
    CreateCommitment,
    closed_metadata,
    expiry_instant,
    refusal,
    validate_commitment,
)
from reinex_desktop.domain.charging.settings import charging_settings
from reinex_desktop.domain.clinic_time import clinic_zone
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles


@handles(CreateCommitment)
def create_commitment(ctx: HandlerContext, command: CreateCommitment) -> dict[str, Any]:
    ctx.require(Permission.FINANCIALS_MANAGE)
    if ctx.session.get(t.StudentRow, command.student_id) is None:
        raise refusal(STUDENT_NOT_FOUND, "not_found")
    if command.service_id == GENERAL_RATE_SERVICE_ID or ctx.session.get(t.ServiceRow, command.service_id) is None:
        raise refusal(SERVICE_NOT_FOUND, "not_found")
    clinic = ctx.settings()
    zone = clinic_zone(clinic.timezone)
    charging, _problems = charging_settings(clinic.raw)
    metadata = validate_commitment(command, charging)
    metadata["created_by"] = ctx.actor.name
    row = t.CommitmentRow(
        student_id=command.student_id,
        service_id=command.service_id,
        total_amount=command.total_amount,
        created_at=ctx.now,
        expires_at=expiry_instant(command.expires_on, zone),
        metadata_=metadata,
    )
    ctx.session.add(row)
    ctx.session.flush()
    ctx.audit(
        "money.create_commitment",
        "commitments",
        row.id,
        after={
            "student_id": command.student_id,
            "service_id": command.service_id,
            "total_amount": command.total_amount,
            "expires_at": row.expires_at,
            "metadata": metadata,
        },
    )
    return {"commitment_id": row.id}


@handles(CloseCommitment)
def close_commitment(ctx: HandlerContext, command: CloseCommitment) -> dict[str, Any]:
    ctx.require(Permission.FINANCIALS_MANAGE)
    row = ctx.session.get(t.CommitmentRow, command.commitment_id, with_for_update=True)
    if row is None:
        raise refusal(COMMITMENT_NOT_FOUND, "not_found")
    before = dict(row.metadata_ or {})
    row.metadata_ = closed_metadata(before, command.reason, ctx.now, ctx.actor.name)
    ctx.audit("money.close_commitment", "commitments", row.id, before=before, after=row.metadata_)
    return {"commitment_id": row.id}
