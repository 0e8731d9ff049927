"""Messages to a lesson's family: the text, a WhatsApp link and a `mailto:` link (plan §6.1–6.2).

The clinic's templates come from `"Settings"`; the guardian is the student's primary guardian; the
method follows the student's `default_notification_method`. A guardian without a phone (or
e-mail) still gets the text to copy, with a clear sentence saying why there is no link.
"""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from reinex_desktop.domain.attendance.rules import LESSON_NOT_FOUND, PARTICIPANT_NOT_FOUND, refusal
from reinex_desktop.domain.clinic_time import to_local
from reinex_desktop.domain.enums import NotificationMethod
from reinex_desktop.domain.lessons import LessonInstance, LessonParticipant
from reinex_desktop.domain.messages.contact import (
    BAD_PHONE,
    NO_EMAIL,
    NO_GUARDIAN,
    NO_PHONE,
    ltr,
    mailto_url,
    whatsapp_number,
    whatsapp_url,
)
from reinex_desktop.domain.messages.templates import (
    CONTEXT,
    MessageFacts,
    MessageKind,
    clinic_templates,
    render,
    render_subject,
)
from reinex_desktop.domain.people import Student
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.domain.students.guardians import primary_of
from reinex_desktop.domain.text import Message
from reinex_desktop.services.context import AppContext


@dataclass(frozen=True, slots=True)
class OutgoingMessage:
    kind: MessageKind
    text: str
    method: NotificationMethod
    recipient: str
    whatsapp_url: str | None = None
    mailto_url: str | None = None
    #: Why the link of the method is missing, when it is.
    problem: Message | None = None

    @property
    def link(self) -> str | None:
        """The link for the student's notification method (None when it cannot be made)."""
        return self.whatsapp_url if self.method is NotificationMethod.WHATSAPP else self.mailto_url


def message_for(
    context: AppContext, lesson_id: UUID, participant_id: UUID, kind: MessageKind = MessageKind.CONFIRMATION
) -> OutgoingMessage:
    """The message of `kind` for one participant of a lesson (needs the manual WhatsApp permission)."""
    context.user.require(Permission.WHATSAPP_MANUAL)
    lesson = context.gateway.lesson(lesson_id)
    if lesson is None:
        raise refusal(LESSON_NOT_FOUND, "not_found")
    participant = next((p for p in lesson.participants if p.id == participant_id), None)
    if participant is None:
        raise refusal(PARTICIPANT_NOT_FOUND, "participant_not_found")
    return message_for_participant(context, lesson, participant, kind)


def message_for_participant(
    context: AppContext, lesson: LessonInstance, participant: LessonParticipant, kind: MessageKind
) -> OutgoingMessage:
    """Same as `message_for`, for a lesson the caller already holds."""
    context.user.require(Permission.WHATSAPP_MANUAL)
    gateway = context.gateway
    settings = gateway.settings()
    student = gateway.student(participant.student_id) or Student(participant.student_id, participant.student_name)
    link = primary_of(gateway.guardians_of([student.id]))
    instructors = {i.id: i.name for i in gateway.instructors(include_inactive=True)}
    services = {s.id: s.name for s in gateway.services()}
    start = to_local(lesson.datetime_start, context.zone())
    end = to_local(lesson.datetime_end, context.zone())
    facts = MessageFacts(
        student=student.full_name,
        student_first_name=student.first_name,
        guardian=link.guardian.first_name if link is not None else student.first_name,
        day=start.date(),
        start=start.time(),
        end=end.time(),
        duration_minutes=lesson.duration_minutes,
        instructor=instructors.get(lesson.instructor_employee_id, ""),
        service=services.get(lesson.service_id, ""),
        clinic=settings.clinic_name,
        gender=student.gender,
    )
    templates, _problems = clinic_templates(settings.raw)
    text = render(templates[kind], facts)
    method = student.default_notification_method
    if link is None:
        missing = Message(CONTEXT, NO_GUARDIAN, {"student": student.full_name})
        return OutgoingMessage(kind, text, method, "", problem=missing)
    guardian = link.guardian
    wa, wa_problem = whatsapp_link(guardian.full_name, guardian.phone, text)
    mail = mailto_url(guardian.email, render_subject(kind, facts), text) if guardian.email else None
    mail_problem = None if mail else Message(CONTEXT, NO_EMAIL, {"guardian": guardian.full_name})
    problem = wa_problem if method is NotificationMethod.WHATSAPP else mail_problem
    return OutgoingMessage(kind, text, method, guardian.full_name, wa, mail, problem)


def whatsapp_link(name: str, phone: str | None, text: str) -> tuple[str | None, Message | None]:
    """The `wa.me` link of `text` to `phone`, or None with the sentence saying why there is none."""
    if not phone or not phone.strip():
        return None, Message(CONTEXT, NO_PHONE, {"guardian": name})
    digits = whatsapp_number(phone)
    if digits is None:
        return None, Message(CONTEXT, BAD_PHONE, {"guardian": name, "phone": ltr(phone.strip())})
    return whatsapp_url(digits, text), None
