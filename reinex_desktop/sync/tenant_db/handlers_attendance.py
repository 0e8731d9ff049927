"""Handlers of the attendance commands: load the lesson's facts, ask the domain, write the change.

Every change is one transaction: participant rows (price and breakdown written once), new
consumption entries, new earnings, the lesson status, and an audit event per row changed.
"""

from __future__ import annotations

import dataclasses
from datetime import datetime
from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.commands import (
    CancelByClinic,
    CancelByStudent,
    ConfirmAttendance,
    CorrectAttendance,
    MarkAttended,
    MarkNoShow,
    SetLessonPrice,
)
from reinex_desktop.domain.attendance.plan import ActionRequest, AttendanceChange, plan_action, plan_price_override
from reinex_desktop.domain.attendance.rules import (
    LESSON_NOT_FOUND,
    NOT_OWN_LESSON,
    AttendanceAction,
    may_record,
    refusal,
)
from reinex_desktop.domain.charging.settings import charging_settings
from reinex_desktop.domain.clinic_time import clinic_zone, to_local
from reinex_desktop.domain.enums import ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db.attendance_facts import lesson_facts, locked_lesson
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, VersionConflict, handles


def _load(ctx: HandlerContext, lesson_id: Any) -> tuple[t.InstanceRow, LessonInstance]:
    found = locked_lesson(ctx.session, lesson_id)
    if found is None:
        raise refusal(LESSON_NOT_FOUND, "not_found")
    row, lesson = found
    if not may_record(ctx.actor, lesson):
        raise refusal(NOT_OWN_LESSON, "forbidden")
    return row, lesson


def _run(
    ctx: HandlerContext, kind: str, lesson_id: Any, request: ActionRequest, *, expected: ParticipantStatus | None = None
) -> dict[str, Any]:
    ctx.require(Permission.ATTENDANCE_MARK)
    if request.action is AttendanceAction.CORRECT:
        ctx.require(Permission.FINANCIALS_MANAGE)
    row, lesson = _load(ctx, lesson_id)
    # A write sent with a base version (the desk's undo of its own booking) never lands on a
    # lesson changed since by someone else; the everyday attendance marks send none.
    ctx.check_version(
        row.updated_at, {"id": str(lesson.id), "status": lesson.status.value, "updated_at": row.updated_at}
    )
    if expected is not None:  # the desk's undo of its own mark: only over the status it produced
        seen = next((p for p in lesson.participants if p.id == request.participant_id), None)
        if seen is None or seen.participant_status is not expected:
            status = seen.participant_status.value if seen else None
            raise VersionConflict({"id": str(request.participant_id), "participant_status": status})
    clinic = ctx.settings()
    zone = clinic_zone(clinic.timezone)
    charging, _problems = charging_settings(clinic.raw)
    start_text = "\u2066" + to_local(lesson.datetime_start, zone).strftime("%d.%m.%Y %H:%M") + "\u2069"
    request = dataclasses.replace(request, start_text=start_text)
    change = plan_action(lesson_facts(ctx.session, lesson, charging, zone), request)
    return _write(ctx, kind, row, lesson, change)


def _write(
    ctx: HandlerContext, kind: str, row: t.InstanceRow, lesson: LessonInstance, change: AttendanceChange
) -> dict[str, Any]:
    """Write the change; audit actions are the command kinds ("attendance.cancel_by_student", …)."""
    rows = {
        p.id: p
        for p in ctx.session.scalars(sa.select(t.ParticipantRow).where(t.ParticipantRow.lesson_instance_id == row.id))
    }
    before_by_id = {p.id: p for p in lesson.participants}
    for update in change.participants:
        participant = rows[update.participant_id]
        before = before_by_id[update.participant_id]
        participant.participant_status = update.status.value
        participant.price_charged = update.price_charged
        participant.pricing_breakdown = dict(update.pricing_breakdown) if update.pricing_breakdown is not None else None
        participant.commitment_id = update.commitment_id
        participant.metadata_ = dict(update.metadata)
        if update.records_confirmation:
            participant.attendance_confirmed_at = update.confirmed_at
            participant.attendance_confirmed_by = update.confirmed_by
        ctx.audit(
            kind,
            "lesson_participants",
            update.participant_id,
            before={
                "participant_status": before.participant_status,
                "price_charged": before.price_charged,
                "commitment_id": before.commitment_id,
            },
            after={
                "participant_status": update.status,
                "price_charged": update.price_charged,
                "commitment_id": update.commitment_id,
                "pricing_breakdown": update.pricing_breakdown,
            },
            lesson_id=str(lesson.id),
        )
    consumption_ids = _insert_consumption(ctx, change)
    earning_ids = _insert_earnings(ctx, change)
    if change.lesson_status_changed:
        row.status = change.lesson_status.value
        row.updated_at = ctx.now
        ctx.audit(
            kind,
            "lesson_instances",
            lesson.id,
            before={"status": change.previous_lesson_status},
            after={"status": change.lesson_status},
        )
    charge = change.charge
    return {
        "lesson_id": lesson.id,
        "lesson_status": change.lesson_status,
        "participants": [
            {"id": u.participant_id, "status": u.status, "price_charged": u.price_charged} for u in change.participants
        ],
        "price_charged": charge.price_charged if charge is not None else None,
        "rule": charge.rule if charge is not None else None,
        "consumption_ids": consumption_ids,
        "earning_ids": earning_ids,
    }


def _insert_consumption(ctx: HandlerContext, change: AttendanceChange) -> list[Any]:
    ids = []
    for entry in change.consumption:
        row = t.ConsumptionRow(
            lesson_participant_id=entry.lesson_participant_id,
            commitment_id=entry.commitment_id,
            amount_charged=entry.amount_charged,
            created_at=ctx.now,
            metadata_=dict(entry.metadata),
        )
        ctx.session.add(row)
        ctx.session.flush()
        ids.append(row.id)
        ctx.audit("ledger.consumption", "consumption_entries", row.id, after=entry)
    return ids


def _insert_earnings(ctx: HandlerContext, change: AttendanceChange) -> list[Any]:
    ids = []
    for new in change.earnings:
        row = t.EarningRow(
            employee_id=new.employee_id,
            lesson_instance_id=new.lesson_instance_id,
            rate_used=new.rate_used,
            payout_amount=new.payout_amount,
            created_at=ctx.now,
            metadata_=dict(new.metadata),
        )
        ctx.session.add(row)
        ctx.session.flush()
        ids.append(row.id)
        ctx.audit("payroll.earning", "lesson_earnings", row.id, after=new)
    return ids


def _request(ctx: HandlerContext, action: AttendanceAction, participant_id: Any, **fields: Any) -> ActionRequest:
    return ActionRequest(action=action, participant_id=participant_id, actor=ctx.actor, now=ctx.now, **fields)


@handles(ConfirmAttendance)
def confirm(ctx: HandlerContext, command: ConfirmAttendance) -> dict[str, Any]:
    request = _request(
        ctx, AttendanceAction.CONFIRM, command.participant_id, channel=command.channel, note=command.note
    )
    return _run(ctx, command.KIND, command.lesson_id, request)


@handles(MarkAttended)
def mark_attended(ctx: HandlerContext, command: MarkAttended) -> dict[str, Any]:
    return _run(ctx, command.KIND, command.lesson_id, _request(ctx, AttendanceAction.ATTENDED, command.participant_id))


@handles(MarkNoShow)
def mark_no_show(ctx: HandlerContext, command: MarkNoShow) -> dict[str, Any]:
    request = _request(ctx, AttendanceAction.NO_SHOW, command.participant_id, medical_note=command.medical_note)
    return _run(ctx, command.KIND, command.lesson_id, request)


@handles(CancelByStudent)
def cancel_by_student(ctx: HandlerContext, command: CancelByStudent) -> dict[str, Any]:
    notified: datetime | None = command.notified_at
    request = _request(
        ctx,
        AttendanceAction.CANCEL_BY_STUDENT,
        command.participant_id,
        notified_at=notified,
        medical_note=command.medical_note,
        reason=command.reason,
    )
    return _run(ctx, command.KIND, command.lesson_id, request)


@handles(CancelByClinic)
def cancel_by_clinic(ctx: HandlerContext, command: CancelByClinic) -> dict[str, Any]:
    request = _request(ctx, AttendanceAction.CANCEL_BY_CLINIC, command.participant_id, reason=command.reason)
    return _run(ctx, command.KIND, command.lesson_id, request)


@handles(CorrectAttendance)
def correct(ctx: HandlerContext, command: CorrectAttendance) -> dict[str, Any]:
    request = _request(
        ctx,
        AttendanceAction.CORRECT,
        command.participant_id,
        reason=command.reason,
        then=command.then,
        then_medical_note=command.then_medical_note,
    )
    return _run(ctx, command.KIND, command.lesson_id, request, expected=command.expected_status)


@handles(SetLessonPrice)
def set_lesson_price(ctx: HandlerContext, command: SetLessonPrice) -> dict[str, Any]:
    ctx.require(Permission.FINANCIALS_MANAGE)
    row, lesson = _load(ctx, command.lesson_id)
    metadata = plan_price_override(lesson, command.price)
    before = lesson.metadata.get("price_override")
    row.metadata_ = metadata
    row.updated_at = ctx.now
    ctx.audit(
        "attendance.set_lesson_price",
        "lesson_instances",
        lesson.id,
        before={"price_override": before},
        after={"price_override": metadata.get("price_override")},
    )
    return {"lesson_id": lesson.id, "price_override": metadata.get("price_override")}
