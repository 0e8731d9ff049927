"""Attendance use cases: one service used by the calendar, the student profile and the command line.

Plan §5.4: confirmation keeps the participant scheduled and records it; cancellations, no-shows and
attendance settle the participant, charge it once and book the consumption and the instructor's
earnings; a settled participant changes only through `correct`, which reverses the ledger rows.
The services layer refuses what the role may not do (plan §7); the data layer refuses it again.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.domain.attendance.commands import (
    CancelByClinic,
    CancelByStudent,
    ConfirmAttendance,
    CorrectAttendance,
    MarkAttended,
    MarkNoShow,
    SetLessonPrice,
)
from reinex_desktop.domain.attendance.plan import ActionRequest, plan_action
from reinex_desktop.domain.attendance.rules import (
    LESSON_NOT_FOUND,
    NOT_OWN_LESSON,
    AttendanceAction,
    ConfirmationChannel,
    allowed_actions,
    may_record,
    refusal,
)
from reinex_desktop.domain.charging.balances import BalanceWarning
from reinex_desktop.domain.charging.engine import Charge, ChargeRule
from reinex_desktop.domain.clinic_time import to_local
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.enums import LessonStatus, ParticipantStatus
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.undo import status_step
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.commitments import balance_warnings
from reinex_desktop.services.context import AppContext

#: The areas whose screens refresh after an attendance change.
CHANGED_AREAS = ("lessons", "money", "payroll")


@dataclass(frozen=True, slots=True)
class AttendanceResult:
    """What an attendance action did, for the screen to show."""

    lesson_id: UUID
    lesson_status: LessonStatus
    participant_status: ParticipantStatus | None
    price_charged: Decimal | None
    rule: ChargeRule | None
    #: The student's balance warnings after a charge (low or used-up commitments).
    warnings: tuple[BalanceWarning, ...] = ()


@dataclass(frozen=True, slots=True)
class ChargePreview:
    """What a settling action would charge, were it applied now (nothing is written)."""

    action: AttendanceAction
    #: The charge the rules compute; None for an action that charges nothing by nature (confirmation).
    charge: Charge | None

    @property
    def price_charged(self) -> Decimal:
        return self.charge.price_charged if self.charge is not None else Decimal("0.00")

    @property
    def window_hours(self) -> int | None:
        """The cancellation window a late cancellation fell in ("less than N hours before")."""
        if self.charge is None:
            return None
        for step in self.charge.steps:
            if step.step == "outcome" and step.detail.get("window_hours") is not None:
                return int(step.detail["window_hours"])
        return None


class AttendanceService:
    """Confirm, mark attended / no-show, cancel by student / clinic, correct (plan §5.4)."""

    def __init__(self, context: AppContext) -> None:
        self._context = context

    # --- what the menus may offer ------------------------------------------------------------------

    def can_record(self, lesson: LessonInstance) -> bool:
        """Whether the user may record attendance on this lesson (instructors: their own only)."""
        user = self._context.user
        return user.can(Permission.ATTENDANCE_MARK) and may_record(user.actor, lesson)

    def can_correct(self, lesson: LessonInstance) -> bool:
        """Corrections reverse charges and earnings: managers with the financial permission only."""
        return self.can_record(lesson) and self._context.user.can(Permission.FINANCIALS_MANAGE)

    def allowed_actions(self, lesson: LessonInstance, participant: LessonParticipant) -> frozenset[AttendanceAction]:
        """The actions to enable in a menu for this participant, now, for this user."""
        if not self.can_record(lesson):
            return frozenset()
        return allowed_actions(lesson, participant, self._context.clock(), may_correct=self.can_correct(lesson))

    # --- before acting -----------------------------------------------------------------------------

    def preview(
        self,
        lesson_id: UUID,
        participant_id: UUID,
        action: AttendanceAction,
        *,
        notified_at: datetime | None = None,
        medical_note: bool = False,
    ) -> ChargePreview:
        """The charge `action` would write for this participant if applied now, and the rule behind it.

        Read-only: the lesson's facts come through the gateway — the same facts the attendance
        handler loads — and go through the same pure planning (`plan_action`, plan §5.4), so the
        preview and the written `price_charged` cannot disagree. An action the rules refuse raises
        the same DomainError the write would.
        """
        lesson = self._lesson_for_recording(lesson_id)
        facts = self._context.gateway.attendance_facts(lesson.id)
        if facts is None:
            raise refusal(LESSON_NOT_FOUND, "not_found")
        start_text = "\u2066" + to_local(lesson.datetime_start, facts.zone).strftime("%d.%m.%Y %H:%M") + "\u2069"
        request = ActionRequest(
            action=action,
            participant_id=participant_id,
            actor=self._context.user.actor,
            now=self._context.clock(),
            notified_at=notified_at,
            medical_note=medical_note,
            start_text=start_text,
        )
        return ChargePreview(action, plan_action(facts, request).charge)

    # --- actions ------------------------------------------------------------------------------------

    def confirm(
        self,
        lesson_id: UUID,
        participant_id: UUID,
        channel: ConfirmationChannel = ConfirmationChannel.WHATSAPP,
        *,
        note: str = "",
    ) -> AttendanceResult:
        """ "Coming": the participant stays scheduled; who, when and the channel are recorded."""
        return self._do(lesson_id, ConfirmAttendance(lesson_id, participant_id, channel, note))

    def mark_attended(self, lesson_id: UUID, participant_id: UUID) -> AttendanceResult:
        """Attended: charged in full, consumed from the commitment; earnings when the lesson completes."""
        return self._do(lesson_id, MarkAttended(lesson_id, participant_id))

    def mark_no_show(self, lesson_id: UUID, participant_id: UUID, *, medical_note: bool = False) -> AttendanceResult:
        """No-show: charged the configured percentage, unless an emergency medical note waives it."""
        return self._do(lesson_id, MarkNoShow(lesson_id, participant_id, medical_note))

    def cancel_by_student(
        self,
        lesson_id: UUID,
        participant_id: UUID,
        *,
        notified_at: datetime | None = None,
        medical_note: bool = False,
        reason: str = "",
    ) -> AttendanceResult:
        """ "Not coming": charged per the cancellation window counted from `notified_at` (default now)."""
        return self._do(lesson_id, CancelByStudent(lesson_id, participant_id, notified_at, medical_note, reason))

    def cancel_by_clinic(
        self, lesson_id: UUID, participant_id: UUID | None = None, *, reason: str = ""
    ) -> AttendanceResult:
        """The clinic cancels one participant, or the whole lesson when no participant is given; no charge."""
        return self._do(lesson_id, CancelByClinic(lesson_id, participant_id, reason))

    def correct(
        self,
        lesson_id: UUID,
        participant_id: UUID,
        *,
        reason: str,
        then: AttendanceAction | None = None,
        then_medical_note: bool = False,
    ) -> AttendanceResult:
        """Reverse a settled participant's charges (and the lesson's earnings) with new ledger rows,
        return it to scheduled, and optionally settle it again with `then`."""
        self._context.user.require(Permission.FINANCIALS_MANAGE)
        return self._do(lesson_id, CorrectAttendance(lesson_id, participant_id, reason, then, then_medical_note))

    def set_lesson_price(self, lesson_id: UUID, price: Decimal | None) -> None:
        """Set (or clear) this lesson's own price; only before anyone on it has been charged."""
        self._context.user.require(Permission.FINANCIALS_MANAGE)
        self._lesson_for_recording(lesson_id)
        apply_command(self._context, SetLessonPrice(lesson_id, price))
        self._context.notices.data_did_change(*CHANGED_AREAS)

    # --- internals ----------------------------------------------------------------------------------

    def _lesson_for_recording(self, lesson_id: UUID) -> LessonInstance:
        self._context.user.require(Permission.ATTENDANCE_MARK)
        lesson = self._context.gateway.lesson(lesson_id)
        if lesson is None:
            raise refusal(LESSON_NOT_FOUND, "not_found")
        if not may_record(self._context.user.actor, lesson):
            raise refusal(NOT_OWN_LESSON, "forbidden")
        return lesson

    def _do(self, lesson_id: UUID, command: Command) -> AttendanceResult:
        lesson = self._lesson_for_recording(lesson_id)
        result = apply_command(self._context, command)
        self._context.notices.data_did_change(*CHANGED_AREAS)
        done = self._result(lesson, getattr(command, "participant_id", None), result)
        self._remember(command, done)
        return done

    def _remember(self, command: Command, done: AttendanceResult) -> None:
        """Offer Ctrl+Z for a participant's status change, to a user who may correct it (plan §7)."""
        if done.participant_status is None or not self._context.user.can(Permission.FINANCIALS_MANAGE):
            return
        step = status_step(command, done.participant_status, None)
        if step is not None:
            self._context.undo.push(step)

    def _result(
        self, lesson: LessonInstance, participant_id: UUID | None, result: Mapping[str, Any]
    ) -> AttendanceResult:
        status = None
        for entry in result.get("participants", ()):
            if participant_id is not None and str(entry.get("id")) == str(participant_id):
                status = ParticipantStatus(entry["status"])
        price = result.get("price_charged")
        rule = result.get("rule")
        warnings: tuple[BalanceWarning, ...] = ()
        charged = price is not None and Decimal(str(price)) > 0
        student = next((p.student_id for p in lesson.participants if p.id == participant_id), None)
        if charged and student is not None and self._context.user.can(Permission.FINANCIALS_VIEW):
            warnings = tuple(balance_warnings(self._context, [student]).get(student, ()))
        return AttendanceResult(
            lesson_id=lesson.id,
            lesson_status=LessonStatus(result.get("lesson_status", lesson.status)),
            participant_status=status,
            price_charged=None if price is None else Decimal(str(price)),
            rule=None if rule is None else ChargeRule(rule),
            warnings=warnings,
        )
