"""Fill a freed slot: the waiting families that fit it exactly, each with an offer message and its
`wa.me` link for the guardian. Nothing is booked here; the desk books after the family says yes."""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass
from uuid import UUID

from reinex_desktop.domain.calendar.status import CANCELLED_PARTICIPANT, is_cancelled
from reinex_desktop.domain.clinic_time import day_of_week, to_local
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.messages.contact import whatsapp_number, whatsapp_url
from reinex_desktop.domain.people import StudentGuardian
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message
from reinex_desktop.domain.waiting_list.entries import WaitingListEntry
from reinex_desktop.domain.waiting_list.matching import Candidate
from reinex_desktop.domain.waiting_list.reasons import CONTEXT as REASONS
from reinex_desktop.domain.waiting_list.reasons import DAY_NAMES
from reinex_desktop.services.context import AppContext
from reinex_desktop.services.waiting_list.matching import offers_for_lesson

CONTEXT = "WaitingListOffers"
OFFER = QT_TRANSLATE_NOOP(
    "WaitingListOffers",
    "Hello {guardian}, a place opened for {student}: {service} with {instructor} on {day} {date} at {start}. "
    "Would it suit you? Please reply and we will book it. {clinic}",
)
NO_PHONE = QT_TRANSLATE_NOOP("WaitingListOffers", "No valid phone number for {guardian}.")


@dataclass(frozen=True, slots=True)
class Offer:
    entry: WaitingListEntry
    candidate: Candidate
    guardian: str
    #: What fills the offer sentence; `weekday` (0 = Sunday) is named in the reader's language.
    params: dict[str, object]
    phone_digits: str | None
    problem: Message | None = None

    def text(self, translate: Callable[[str, str], str] | None = None) -> str:
        """The offer message, translated by `translate(context, text)` when one is given."""
        params = dict(self.params)
        day = DAY_NAMES[int(str(params.pop("weekday")))]
        params["day"] = translate(REASONS, day) if translate else day
        source = translate(CONTEXT, OFFER) if translate else OFFER
        return source.format(**params)

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
    clinic = gateway.settings().clinic_name
    result = []
    for entry, candidate in found:
        link = _primary(links.get(entry.student_id, []))
        guardian = link.guardian.first_name if link is not None else entry.student_name
        start = to_local(candidate.start, zone)
        params = {
            "guardian": guardian,
            "student": entry.student_name.split(" ")[0],
            "service": entry.service_name,
            "instructor": names.get(candidate.instructor_id, ""),
            "weekday": day_of_week(candidate.day),
            "date": f"{candidate.day:%d.%m}",
            "start": f"{start:%H:%M}",
            "clinic": clinic,
        }
        phone = link.guardian.phone if link is not None else None
        digits = whatsapp_number(phone) if phone else None
        problem = None if digits else Message(CONTEXT, NO_PHONE, {"guardian": guardian})
        result.append(Offer(entry, candidate, guardian, params, digits, problem))
    return result
