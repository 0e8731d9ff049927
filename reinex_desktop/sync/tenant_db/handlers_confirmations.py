"""Handler of the confirmation round's own write: a family asked, or not answering (audited)."""

from __future__ import annotations

from typing import Any

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.attendance.rules import (
    LESSON_NOT_FOUND,
    NOT_OWN_LESSON,
    PARTICIPANT_NOT_FOUND,
    may_record,
    refusal,
)
from reinex_desktop.domain.confirmations.commands import RecordConfirmationRequest, request_metadata
from reinex_desktop.domain.confirmations.states import REQUEST_KEY
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.sync.tenant_db.attendance_facts import locked_lesson
from reinex_desktop.sync.tenant_db.handlers import HandlerContext, handles


@handles(RecordConfirmationRequest)
def record_confirmation_request(ctx: HandlerContext, command: RecordConfirmationRequest) -> dict[str, Any]:
    ctx.require(Permission.ATTENDANCE_MARK)
    found = locked_lesson(ctx.session, command.lesson_id)
    if found is None:
        raise refusal(LESSON_NOT_FOUND, "not_found")
    _row, lesson = found
    if not may_record(ctx.actor, lesson):
        raise refusal(NOT_OWN_LESSON, "forbidden")
    participant = next((p for p in lesson.participants if p.id == command.participant_id), None)
    if participant is None:
        raise refusal(PARTICIPANT_NOT_FOUND, "participant_not_found")
    metadata = request_metadata(lesson, participant, command.outcome, ctx.now, ctx.actor)
    row = ctx.session.scalar(sa.select(t.ParticipantRow).where(t.ParticipantRow.id == participant.id))
    assert row is not None  # locked with the lesson just above
    row.metadata_ = metadata
    ctx.audit(
        command.KIND,
        "lesson_participants",
        participant.id,
        before={REQUEST_KEY: participant.metadata.get(REQUEST_KEY)},
        after={REQUEST_KEY: metadata[REQUEST_KEY]},
        lesson_id=str(lesson.id),
    )
    return {"lesson_id": lesson.id, "participant_id": participant.id, "outcome": command.outcome}
