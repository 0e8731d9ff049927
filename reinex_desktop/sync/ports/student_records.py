"""Reads of what a student profile shows from forms, OTP challenges and the waiting list."""

from __future__ import annotations

from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.students.records import FormSubmissionRecord, OtpRecord, WaitingListRecord


class StudentRecordReads(Protocol):
    def form_submissions_of(self, student_id: UUID) -> list[FormSubmissionRecord]:
        """The student's form submissions with their form names, newest first."""
        ...

    def otp_history_of(self, student_id: UUID) -> list[OtpRecord]:
        """The student's OTP challenges (verification history), newest first; never the token."""
        ...

    def waiting_list_of(self, student_id: UUID) -> list[WaitingListRecord]:
        """The student's waiting-list entries with the desired service's name, newest first."""
        ...
