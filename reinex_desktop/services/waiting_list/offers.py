"""Fill a freed slot: the waiting families that fit it exactly, each with an offer message and its
`wa.me` link for the guardian. Nothing is booked here; the desk books after the family says yes."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

from reinex_desktop.domain.calendar.status import CANCELLED_PARTICIPANT, is_cancelled
from reinex_desktop.domain.clinic_time import to_local
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.messages.contact import whatsapp_number, whatsapp_url
from reinex_desktop.domain.messages.offer import OfferFacts
from reinex_desktop.domain.messages.templates import MessageKind, clinic_templates, render
from reinex_desktop.domain.people import StudentGuardian
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry
from reinex_desktop.domain.waiting_list.matching import Candidate
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.matching import offers_for_lesson

CONTEXT = "WaitingListOffers"
NO_PHONE = QT_TRANSLATE_NOOP("WaitingListOffers", "No valid phone number for {guardian}.")


@dataclass(frozen=True, slots=True)
class Offer:
    entry: WaitingListEntry
    candidate: Candidate
    guardian: str
    #: What fills the clinic's offer template (Settings → messages, "waiting_list_offer").
    facts: OfferFacts
    template: str
    phone_digits: str | None
    problem: Message | None = None

    def text(self) -> str:
        """The offer message: the clinic's template filled with this slot and family."""
        return render(self.template, self.facts)

    def whatsapp_link(self, text: str) -> str | None:
        return whatsapp_url(self.phone_digits, text) if self.phone_digits else None


def fillable(lesson: LessonInstance) -> bool:
    """A cancelled lesson (its time is free), or a running group lesson with a cancelled participant."""
    return is_cancelled(lesson) or any(p.participant_status in CANCELLED_PARTICIPANT for p in lesson.participants)


def _primary(links: list[StudentGuardian]) -> StudentGuardian | None:
    for link in links:
        if link.is_primary:
            return link
    return links[0] if links else None


def offers(context: AppContext, lesson: LessonInstance) -> list[Offer]:
    """The ranked entries that fit the slot `lesson` freed, each with its offer to the guardian."""
    seat = not is_cancelled(lesson)
    found = offers_for_lesson(context, lesson, seat=seat)
    if not found:
        return []
    gateway = context.gateway
    zone = context.zone()
    links: dict[UUID, list[StudentGuardian]] = {}
    for relation in gateway.guardians_of([entry.student_id for entry, _c in found]):
        links.setdefault(relation.student_id, []).append(relation)
    names = {i.id: i.name for i in gateway.instructors(include_inactive=True)}
    settings = gateway.settings()
    template = clinic_templates(settings.raw)[0][MessageKind.WAITING_LIST_OFFER]
    result = []
    for entry, candidate in found:
        link = _primary(links.get(entry.student_id, []))
        student = gateway.student(entry.student_id)
        first_name = student.first_name if student is not None else entry.student_name.split(" ")[0]
        guardian = link.guardian.first_name if link is not None else first_name
        start = to_local(candidate.start, zone)
        end = to_local(candidate.end, zone)
        facts = OfferFacts(
            student=student.full_name if student is not None else entry.student_name,
            student_first_name=first_name,
            guardian=guardian,
            day=start.date(),
            start=start.time(),
            end=end.time(),
            duration_minutes=candidate.duration_minutes,
            instructor=names.get(candidate.instructor_id, ""),
            service=entry.service_name,
            clinic=settings.clinic_name,
            gender=student.gender if student is not None else None,
        )
        phone = link.guardian.phone if link is not None else None
        digits = whatsapp_number(phone) if phone else None
        problem = None if digits else Message(CONTEXT, NO_PHONE, {"guardian": guardian})
        result.append(Offer(entry, candidate, guardian, facts, template, digits, problem))
    return result
