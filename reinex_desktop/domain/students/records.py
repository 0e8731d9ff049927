"""What a student profile shows of forms, OTP verifications and the waiting list (plan §4.2.9–4.2.10).

Read models only: the forms and waiting-list screens own the writes of these tables.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any
from uuid import UUID

from reinex_desktop.domain.enums import OtpChannel, OtpStatus, WaitingListStatus


@dataclass(frozen=True, slots=True)
class FormSubmissionRecord:
    """A row of `form_submissions` with its form's name; `otp_metadata` holds channel, destination, verified_at."""

    id: UUID
    form_id: UUID
    form_name: str
    submitted_at: datetime
    answers: Mapping[str, Any] = field(default_factory=dict)
    alert_flags: Any = None
    otp_metadata: Mapping[str, Any] = field(default_factory=dict)
    reviewed_by: UUID | None = None
    #: The form's `form_schema` (question titles) and `visibility_rules` (sensitive or not).
    form_schema: Any = None
    visibility_rules: Any = None
    #: True when the form is sensitive and this user may not see its answers (plan §7.3).
    withheld: bool = False

    @property
    def verified_at(self) -> str | None:
        value = self.otp_metadata.get("verified_at")
        return str(value) if value else None

    @property
    def has_alerts(self) -> bool:
        return bool(self.alert_flags)


@dataclass(frozen=True, slots=True)
class OtpRecord:
    """A row of `otp_challenges` for the student's verification history (never the token)."""

    id: UUID
    channel: OtpChannel
    destination: str
    status: OtpStatus
    expires_at: datetime
    verified_at: datetime | None = None
    attempts: int = 0
    ip: str | None = None


@dataclass(frozen=True, slots=True)
class WaitingListRecord:
    """A row of `waiting_list_entries` with the desired service's name."""

    id: UUID
    desired_service_id: UUID
    service_name: str
    status: WaitingListStatus
    created_at: datetime
    preferred_days: tuple[int, ...] = ()
    preferred_times: Any = None
    instructor_preferences: tuple[UUID, ...] = ()
    priority_flag: bool = False
    priority_reason: str | None = None
    willing_to_pay_premium: bool = False
    notes: str | None = None
