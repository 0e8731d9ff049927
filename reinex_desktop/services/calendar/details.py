"""A lesson's details for the side panel: participants with the primary guardian's phone, medical
flags only for roles allowed to see them, the weekly template, and the history of changes."""

from __future__ import annotations

from dataclasses import dataclass
from datetime import timedelta
from uuid import UUID

from reinex_desktop.domain.audit import AuditEvent, once_per_change
from reinex_desktop.domain.calendar.moves import MAX_DURATION_MINUTES
from reinex_desktop.domain.catalog import Instructor, Service
from reinex_desktop.domain.conflicts import Conflict
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant, LessonTemplate
from reinex_desktop.domain.people import MedicalFlag, Student, StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.guardians import primary_of
from reinex_desktop.services.calendar.catalog import CalendarCatalog
from reinex_desktop.services.calendar.day import conflicts_by_lesson, own_instructor
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.payments_calendar import with_payments

LESSON_ENTITY = "lesson_instances"
PARTICIPANT_ENTITY = "lesson_participants"


@dataclass(frozen=True, slots=True)
class ParticipantDetails:
    participant: LessonParticipant
    student: Student | None
    guardian: StudentGuardian | None
    #: Empty unless the user may see medical flags (`reinex_medical_flags_view`).
    flags: tuple[MedicalFlag, ...] = ()

    @property
    def name(self) -> str:
        return self.student.full_name if self.student else self.participant.student_name

    @property
    def phone(self) -> str:
        return (self.guardian.guardian.phone or "") if self.guardian else ""


@dataclass(frozen=True, slots=True)
class LessonDetails:
    lesson: LessonInstance
    instructor: Instructor | None
    service: Service | None
    participants: tuple[ParticipantDetails, ...]
    template: LessonTemplate | None
    history: tuple[AuditEvent, ...]
    conflicts: tuple[Conflict, ...]


def _primary(links: list[StudentGuardian], student_id: UUID) -> StudentGuardian | None:
    return primary_of([link for link in links if link.student_id == student_id])


def lesson_details(context: AppContext, catalog: CalendarCatalog, lesson_id: UUID) -> LessonDetails | None:
    """Everything the details panel shows, or None when the lesson is gone (or not the instructor's own)."""
    gateway = context.gateway
    found = gateway.lesson(lesson_id)
    lesson = with_payments(context, [found])[0] if found is not None else None
    own = own_instructor(context)
    if lesson is None or (own is not None and lesson.instructor_employee_id != own):
        return None
    student_ids = [p.student_id for p in lesson.participants]
    links = gateway.guardians_of(student_ids) if student_ids else []
    see_flags = context.user.can(Permission.MEDICAL_FLAGS_VIEW)
    participants = []
    for participant in lesson.participants:
        student = gateway.student(participant.student_id)
        participants.append(
            ParticipantDetails(
                participant,
                student,
                _primary(links, participant.student_id),
                student.medical_flags if student and see_flags else (),
            )
        )
    template = None
    if lesson.template_id is not None and student_ids:
        templates = gateway.templates(active_only=False, student_id=student_ids[0])
        template = next((t for t in templates if t.id == lesson.template_id), None)
    history = list(gateway.audit_events(entity_type=LESSON_ENTITY, entity_id=str(lesson.id)))
    for participant in lesson.participants:
        history += gateway.audit_events(entity_type=PARTICIPANT_ENTITY, entity_id=str(participant.id))
    history.sort(key=lambda event: event.occurred_at, reverse=True)
    history = once_per_change(history)
    start, end = lesson.datetime_start, lesson.datetime_end
    window = timedelta(minutes=MAX_DURATION_MINUTES)
    around = [x for x in gateway.lessons_between(start - window, end) if x.id != lesson.id]
    conflicts = conflicts_by_lesson([lesson, *around], catalog).get(lesson.id, ())
    return LessonDetails(
        lesson=lesson,
        instructor=catalog.everyone.get(lesson.instructor_employee_id),
        service=catalog.services.get(lesson.service_id),
        participants=tuple(participants),
        template=template,
        history=tuple(history),
        conflicts=conflicts,
    )
