"""The confirmation round (REQUIREMENTS screen 10): a day's participants by family, one message per
guardian, and the family's answer recorded in one action.

"Confirmed" and "not coming" are the attendance use cases of plan §5.4 (`AttendanceService`), so
the confirmation is recorded and audited, and a cancellation is charged, exactly as from the
calendar; "asked" and "no answer" are kept on the participant through their own audited command.
Every write goes through the one write path, so the round works offline like any other write.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date
from uuid import UUID

from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.clinic_time import day_bounds_utc, to_local
from reinex_desktop.domain.confirmations.commands import RecordConfirmationRequest
from reinex_desktop.domain.confirmations.days import next_business_day
from reinex_desktop.domain.confirmations.families import Family, RoundLesson, RoundProgress, group_families, progress
from reinex_desktop.domain.confirmations.states import (
    ConfirmationState,
    RequestOutcome,
    participant_state,
    takes_part,
)
from reinex_desktop.domain.generation.calendar import closed_reason, israeli_holidays
from reinex_desktop.domain.messages.contact import NO_GUARDIAN
from reinex_desktop.domain.messages.family import FamilyLessonFacts, FamilyMessageFacts
from reinex_desktop.domain.messages.templates import CONTEXT, MessageKind, clinic_templates, render
from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.settings import ClinicSettings
from reinex_desktop.domain.students.guardians import primary_of
from reinex_desktop.domain.text import Message
from reinex_desktop.services.apply_command import apply_command
from reinex_desktop.services.attendance import AttendanceService, ChargePreview
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.messages import whatsapp_link

#: The areas whose screens refresh after a change of the round.
CHANGED_AREAS = ("lessons",)


@dataclass(frozen=True, slots=True)
class FamilyEntry:
    """A family with its message, ready to send."""

    family: Family
    text: str
    whatsapp_url: str | None
    #: Why there is no WhatsApp link (no guardian, no phone, a bad number), when there is none.
    problem: Message | None = None


@dataclass(frozen=True, slots=True)
class ConfirmationRound:
    day: date
    families: tuple[FamilyEntry, ...]
    #: Why the clinic gives no lessons that day ("holiday", "closure", "closed_weekday"), or "".
    closed: str = ""

    @property
    def progress(self) -> RoundProgress:
        return progress([entry.family for entry in self.families])


class ConfirmationsService:
    """Open a day's round; record a family's answer (plan §5.4 through `AttendanceService`)."""

    def __init__(self, context: AppContext) -> None:
        self._context = context
        self.attendance = AttendanceService(context)

    def default_day(self) -> date:
        """The next business day after today (closed weekdays, closures and holidays skipped)."""
        return next_business_day(self._context.today(), self._context.gateway.settings())

    def open_day(self, day: date) -> ConfirmationRound:
        """Every participant of `day` the round is about, grouped by family, with each family's message."""
        self._require()
        gateway = self._context.gateway
        settings = gateway.settings()
        zone = self._context.zone()
        start, end = day_bounds_utc(day, zone)
        instructors = {i.id: i.name for i in gateway.instructors(include_inactive=True)}
        services = {s.id: s.name for s in gateway.services()}
        day_lessons = gateway.lessons_between(start, end)
        # One read of the roster instead of one per participant (hundreds on a busy day).
        roster = {s.id: s for s in gateway.students(active=None)} if day_lessons else {}
        students: dict[UUID, Student] = {}
        lessons: list[RoundLesson] = []
        for lesson in day_lessons:
            for participant in lesson.participants:
                if not takes_part(lesson, participant):
                    continue
                student = roster.get(participant.student_id) or Student(
                    participant.student_id, participant.student_name
                )
                students[student.id] = student
                lessons.append(
                    RoundLesson(
                        lesson_id=lesson.id,
                        participant_id=participant.id,
                        student_id=student.id,
                        student_name=student.full_name,
                        student_first_name=student.first_name,
                        gender=student.gender,
                        start=to_local(lesson.datetime_start, zone),
                        end=to_local(lesson.datetime_end, zone),
                        instructor=instructors.get(lesson.instructor_employee_id, ""),
                        service=services.get(lesson.service_id, ""),
                        state=participant_state(participant),
                    )
                )
        links: dict[UUID, list[StudentGuardian]] = {}
        for link in gateway.guardians_of(list(students)) if students else []:
            links.setdefault(link.student_id, []).append(link)
        contacts = {student_id: primary_of(links.get(student_id, [])) for student_id in students}
        template = clinic_templates(settings.raw)[0][MessageKind.FAMILY_CONFIRMATION]
        families = tuple(self._entry(family, day, settings, template) for family in group_families(lessons, contacts))
        reason = closed_reason(day, settings, israeli_holidays(day, day))
        return ConfirmationRound(day, families, reason.value if reason is not None else "")

    def _entry(self, family: Family, day: date, settings: ClinicSettings, template: str) -> FamilyEntry:
        guardian = family.guardian
        facts = FamilyMessageFacts(
            guardian=guardian.first_name if guardian is not None else family.lessons[0].student_first_name,
            day=day,
            clinic=settings.clinic_name,
            lessons=tuple(
                FamilyLessonFacts(
                    start=lesson.start.time(),
                    end=lesson.end.time(),
                    student_first_name=lesson.student_first_name,
                    gender=lesson.gender,
                    service=lesson.service,
                    instructor=lesson.instructor,
                )
                for lesson in (family.pending or family.lessons)
            ),
            to_student=family.to_student,
        )
        text = render(template, facts)
        if guardian is None:
            return FamilyEntry(family, text, None, Message(CONTEXT, NO_GUARDIAN, {"student": family.contact_name}))
        url, problem = whatsapp_link(guardian.full_name, guardian.phone, text)
        return FamilyEntry(family, text, url, problem)

    # --- the family's answer ------------------------------------------------------------------

    def confirm(self, family: Family) -> int:
        """ "Coming": every lesson of the family still waiting is confirmed (recorded and audited)."""
        self._require()
        for lesson in family.pending:
            self.attendance.confirm(lesson.lesson_id, lesson.participant_id)
        return len(family.pending)

    def preview_not_coming(self, family: Family) -> list[tuple[RoundLesson, ChargePreview]]:
        """What "not coming" would charge for each waiting lesson — the calendar's own preview."""
        self._require()
        action = AttendanceAction.CANCEL_BY_STUDENT
        return [
            (lesson, self.attendance.preview(lesson.lesson_id, lesson.participant_id, action))
            for lesson in family.pending
        ]

    def not_coming(self, family: Family) -> int:
        """ "Not coming": every waiting lesson is cancelled by the student, charged by the cancellation rules."""
        self._require()
        for lesson in family.pending:
            self.attendance.cancel_by_student(lesson.lesson_id, lesson.participant_id)
        return len(family.pending)

    def record(self, family: Family, outcome: RequestOutcome) -> int:
        """Keep on each waiting lesson that the family was asked (only where not yet recorded) or did not answer."""
        self._require()
        chosen = [
            lesson
            for lesson in family.pending
            if outcome is RequestOutcome.NO_ANSWER or lesson.state is ConfirmationState.NOT_ASKED
        ]
        for lesson in chosen:
            apply_command(self._context, RecordConfirmationRequest(lesson.lesson_id, lesson.participant_id, outcome))
        if chosen:
            self._context.notices.data_did_change(*CHANGED_AREAS)
        return len(chosen)

    def _require(self) -> None:
        self._context.user.require(Permission.WHATSAPP_MANUAL)
        self._context.user.require(Permission.ATTENDANCE_MARK)
