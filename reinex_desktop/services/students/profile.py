"""Everything the student profile shows, gathered in one read (REQUIREMENTS screen 3).

Identity and details, guardians, weekly templates, upcoming lessons, history with status, charge
and documentation, commitments with their remaining balance from the `commitment_balances` view
and the consumption entries behind it (plan §4.2.7), form submissions with the OTP verification
history (§4.2.9) and waiting-list entries (§4.2.10). Medical flags, and the answers of forms marked
sensitive, only with `reinex_medical_flags_view`; commitments only with `reinex_financials_view`; instructors only for
their own students (plan §7).
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import UTC, datetime, timedelta
from uuid import UUID

from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate
from reinex_desktop.domain.money import Commitment, CommitmentBalance, ConsumptionEntry
from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.details import age_on
from reinex_desktop.domain.students.form_answers import for_viewer
from reinex_desktop.domain.students.records import FormSubmissionRecord, OtpRecord, WaitingListRecord
from reinex_desktop.domain.students.rules import FIELD_PERMISSIONS, STUDENT_WRITE
from reinex_desktop.domain.waiting_list.rules import may_view
from reinex_desktop.services.commitments import CommitmentView, commitment_ledger, student_commitments
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.students.access import medical_visible, visible_student

#: How far back the history tab reaches, and how far ahead the upcoming tab looks.
HISTORY_SINCE = datetime(2000, 1, 1, tzinfo=UTC)
UPCOMING_DAYS = 366


@dataclass(frozen=True, slots=True)
class TemplateLine:
    template: LessonTemplate
    service_name: str
    instructor_name: str


@dataclass(frozen=True, slots=True)
class LessonLine:
    """One lesson of the student: the lesson, their participation, names to show."""

    lesson: LessonInstance
    participant: LessonParticipant | None
    service_name: str
    instructor_name: str


@dataclass(frozen=True, slots=True)
class ConsumptionLine:
    entry: ConsumptionEntry
    lesson_start: datetime | None


@dataclass(frozen=True, slots=True)
class CommitmentLine:
    """A commitment with its balance from the `commitment_balances` view and the entries behind it."""

    view: CommitmentView
    service_name: str
    consumption: tuple[ConsumptionLine, ...] = ()

    @property
    def commitment(self) -> Commitment:
        return self.view.commitment

    @property
    def balance(self) -> CommitmentBalance:
        return self.view.balance


@dataclass(frozen=True, slots=True)
class StudentProfile:
    student: Student
    age: int | None
    guardians: tuple[StudentGuardian, ...]
    templates: tuple[TemplateLine, ...]
    upcoming: tuple[LessonLine, ...]
    history: tuple[LessonLine, ...]
    #: None when the user may not see financial information.
    commitments: tuple[CommitmentLine, ...] | None
    forms: tuple[FormSubmissionRecord, ...]
    otp_history: tuple[OtpRecord, ...]
    waiting_list: tuple[WaitingListRecord, ...]
    medical_visible: bool
    can_edit: bool
    can_edit_rate: bool


def _lines(
    lessons: list[LessonInstance], student_id: UUID, services: dict[UUID, str], names: dict[UUID, str]
) -> list[LessonLine]:
    lines = []
    for lesson in lessons:
        mine = next((p for p in lesson.participants if p.student_id == student_id), None)
        lines.append(
            LessonLine(
                lesson,
                mine,
                services.get(lesson.service_id, ""),
                names.get(lesson.instructor_employee_id, ""),
            )
        )
    return lines


def _commitments(
    context: AppContext, student_id: UUID, services: dict[UUID, str], starts: dict[UUID, datetime]
) -> tuple[CommitmentLine, ...]:
    lines = []
    for view in student_commitments(context, student_id):
        entries = tuple(
            ConsumptionLine(entry, starts.get(entry.lesson_participant_id))
            for entry in commitment_ledger(context, view.commitment.id)
        )
        lines.append(CommitmentLine(view, services.get(view.commitment.service_id, ""), entries))
    return tuple(lines)


def load_profile(context: AppContext, student_id: UUID) -> StudentProfile:
    """The whole profile of a student the user may see; a `DomainError` for any other."""
    student = visible_student(context, student_id)
    gateway = context.gateway
    now = context.clock()
    services = {service.id: service.name for service in gateway.services()}
    names = {instructor.id: instructor.name for instructor in gateway.instructors(include_inactive=True)}
    templates = [
        TemplateLine(template, services.get(template.service_id, ""), names.get(template.instructor_employee_id, ""))
        for template in gateway.templates(active_only=True, student_id=student_id)
    ]
    own = context.user.own_instructor  # an instructor sees only their own lessons with the student (§7.1)
    past = gateway.lessons_between(HISTORY_SINCE, now, student_id=student_id, instructor_id=own)
    ahead = gateway.lessons_between(now, now + timedelta(days=UPCOMING_DAYS), student_id=student_id, instructor_id=own)
    history = list(reversed(_lines(past, student_id, services, names)))
    upcoming = _lines(ahead, student_id, services, names)
    starts = {
        line.participant.id: line.lesson.datetime_start for line in history + upcoming if line.participant is not None
    }
    user = context.user
    medical = medical_visible(context)
    commitments = _commitments(context, student_id, services, starts) if user.can(Permission.FINANCIALS_VIEW) else None
    return StudentProfile(
        student=student,
        age=age_on(student.date_of_birth, now.astimezone(context.zone()).date()),
        guardians=tuple(gateway.guardians_of([student_id])),
        templates=tuple(templates),
        upcoming=tuple(upcoming),
        history=tuple(history),
        commitments=commitments,
        forms=tuple(for_viewer(form, medical) for form in gateway.form_submissions_of(student_id)),
        otp_history=tuple(gateway.otp_history_of(student_id)),
        waiting_list=tuple(gateway.waiting_list_of(student_id)) if may_view(user.role) else (),
        medical_visible=medical,
        can_edit=user.can(STUDENT_WRITE),
        can_edit_rate=user.can(STUDENT_WRITE) and user.can(FIELD_PERMISSIONS["special_rate"]),
    )
