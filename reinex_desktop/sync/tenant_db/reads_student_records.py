"""Student-record reads: form submissions, OTP verification history, waiting-list entries."""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any
from uuid import UUID

import sqlalchemy as sa

from reinex_desktop.data import tables as t
from reinex_desktop.domain.enums import OtpChannel, OtpStatus, WaitingListStatus
from reinex_desktop.domain.students.records import FormSubmissionRecord, OtpRecord, WaitingListRecord
from reinex_desktop.sync.tenant_db.session_base import SessionSource


def _map(value: Any) -> dict[str, Any]:
    return dict(value) if isinstance(value, Mapping) else {}


class StudentRecordReadsMixin(SessionSource):
    def form_submissions_of(self, student_id: UUID) -> list[FormSubmissionRecord]:
        query = (
            sa.select(t.FormSubmissionRow, t.FormRow.name, t.FormRow.form_schema, t.FormRow.visibility_rules)
            .join(t.FormRow, t.FormRow.id == t.FormSubmissionRow.form_id)
            .where(t.FormSubmissionRow.student_id == student_id)
            .order_by(t.FormSubmissionRow.submitted_at.desc())
        )
        with self.read_session() as session:
            return [
                FormSubmissionRecord(
                    id=row.id,
                    form_id=row.form_id,
                    form_name=name,
                    submitted_at=row.submitted_at,
                    answers=_map(row.answers),
                    alert_flags=row.alert_flags,
                    otp_metadata=_map(row.otp_metadata),
                    reviewed_by=row.reviewed_by,
                    form_schema=schema,
                    visibility_rules=rules,
                )
                for row, name, schema, rules in session.execute(query)
            ]

    def otp_history_of(self, student_id: UUID) -> list[OtpRecord]:
        query = (
            sa.select(t.OtpChallengeRow)
            .where(t.OtpChallengeRow.student_id == student_id)
            .order_by(t.OtpChallengeRow.expires_at.desc())
        )
        with self.read_session() as session:
            return [
                OtpRecord(
                    id=row.id,
                    channel=OtpChannel(row.channel),
                    destination=row.destination,
                    status=OtpStatus(row.status),
                    expires_at=row.expires_at,
                    verified_at=row.verified_at,
                    attempts=row.attempts,
                    ip=row.ip,
                )
                for row in session.scalars(query)
            ]

    def waiting_list_of(self, student_id: UUID) -> list[WaitingListRecord]:
        query = (
            sa.select(t.WaitingListRow, t.ServiceRow.name)
            .join(t.ServiceRow, t.ServiceRow.id == t.WaitingListRow.desired_service_id)
            .where(t.WaitingListRow.student_id == student_id)
            .order_by(t.WaitingListRow.created_at.desc())
        )
        with self.read_session() as session:
            return [
                WaitingListRecord(
                    id=row.id,
                    desired_service_id=row.desired_service_id,
                    service_name=name,
                    status=WaitingListStatus(row.status),
                    created_at=row.created_at,
                    preferred_days=tuple(row.preferred_days or ()),
                    preferred_times=row.preferred_times,
                    instructor_preferences=tuple(row.instructor_preferences or ()),
                    priority_flag=row.priority_flag,
                    priority_reason=row.priority_reason,
                    willing_to_pay_premium=row.willing_to_pay_premium,
                    notes=row.notes,
                )
                for row, name in session.execute(query)
            ]
