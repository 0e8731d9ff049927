"""Guardian rules of a student (plan §4.2.2–4.2.3, REQUIREMENTS screen 3).

- Every link names its relationship: father, mother, self, caretaker or other.
- A student with guardians has exactly one primary contact.
- `self` means an adult student is their own contact: at most one such link, never for a minor.
- Phones are Israeli numbers stored in E.164; e-mails are checked.
- A guardian appears once per student (UNIQUE(student_id, guardian_id)).
"""

from __future__ import annotations

from collections.abc import Sequence
from dataclasses import dataclass, replace
from datetime import date
from uuid import UUID

from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.people import StudentGuardian, person_name
from reinex_desktop.domain.students.details import age_on, is_minor
from reinex_desktop.domain.students.validation import normalize_email, normalize_phone
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

_NAME = QT_TRANSLATE_NOOP("Students", "Enter the first name of every guardian.")
_RELATIONSHIP = QT_TRANSLATE_NOOP("Students", "Choose how {name} is related to the student.")
_NO_PRIMARY = QT_TRANSLATE_NOOP("Students", "Mark one guardian as the primary contact.")
_MANY_PRIMARY = QT_TRANSLATE_NOOP(
    "Students", "Only one guardian can be the primary contact; {count} are marked as primary."
)
_SELF_MINOR = QT_TRANSLATE_NOOP(
    "Students", "Only an adult student can be their own contact ('self'); this student is {age}."
)
_MANY_SELF = QT_TRANSLATE_NOOP("Students", "Only one contact can be the student themself ('self').")
_TWICE = QT_TRANSLATE_NOOP("Students", "{name} is listed twice as a guardian of this student.")


@dataclass(frozen=True, slots=True)
class GuardianLink:
    """A guardian as the editor sends it: the person (new or existing) and the link to the student."""

    guardian_id: UUID
    first_name: str
    last_name: str = ""
    middle_name: str | None = None
    phone: str | None = None
    email: str | None = None
    #: None when the user has not chosen one yet: refused by `check_guardians`.
    relationship: Relationship | None = None
    is_primary: bool = False

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.middle_name, self.last_name)


def link_of(existing: StudentGuardian) -> GuardianLink:
    """The editable form of a stored guardian link."""
    person = existing.guardian
    return GuardianLink(
        guardian_id=person.id,
        first_name=person.first_name,
        last_name=person.last_name or "",
        middle_name=person.middle_name,
        phone=person.phone,
        email=person.email,
        relationship=existing.relationship,
        is_primary=existing.is_primary,
    )


def _refuse(text: str, code: str, **params: object) -> DomainError:
    return DomainError(Message("Students", text, params), code=code)


def _clean(link: GuardianLink) -> GuardianLink:
    first = link.first_name.strip()
    if not first:
        raise _refuse(_NAME, "guardian_name_required")
    cleaned = replace(
        link,
        first_name=first,
        last_name=(link.last_name or "").strip(),
        middle_name=(link.middle_name or "").strip() or None,
        phone=normalize_phone(link.phone) if link.phone and link.phone.strip() else None,
        email=normalize_email(link.email) if link.email and link.email.strip() else None,
    )
    if cleaned.relationship is None:
        raise _refuse(_RELATIONSHIP, "relationship_required", name=cleaned.full_name)
    return cleaned


def check_guardians(links: Sequence[GuardianLink], born: date | None, today: date) -> tuple[GuardianLink, ...]:
    """The links cleaned and checked against the rules above, or a `DomainError` naming the first problem."""
    cleaned = tuple(_clean(link) for link in links)
    seen: set[UUID] = set()
    for link in cleaned:
        if link.guardian_id in seen:
            raise _refuse(_TWICE, "duplicate_guardian", name=link.full_name)
        seen.add(link.guardian_id)
    check_self_links([link.relationship for link in cleaned], born, today)
    if cleaned:
        primaries = sum(1 for link in cleaned if link.is_primary)
        if primaries == 0:
            raise _refuse(_NO_PRIMARY, "primary_required")
        if primaries > 1:
            raise _refuse(_MANY_PRIMARY, "primary_twice", count=primaries)
    return cleaned


def check_self_links(relationships: Sequence[Relationship | None], born: date | None, today: date) -> None:
    """At most one `self` link, and only for a student not known to be a minor."""
    selves = sum(1 for relationship in relationships if relationship is Relationship.SELF)
    if selves > 1:
        raise _refuse(_MANY_SELF, "self_twice")
    if selves and is_minor(born, today):
        raise _refuse(_SELF_MINOR, "self_minor", age=age_on(born, today))


def _contact_rank(link: StudentGuardian) -> int:
    if link.is_primary:
        return 0
    if link.relationship is Relationship.SELF:
        return 1
    if link.guardian.phone or link.guardian.email:
        return 2
    return 3


def contact_order(links: Sequence[StudentGuardian]) -> list[StudentGuardian]:
    """Whom the clinic reaches about a student, best first: the guardian marked primary, then the
    student themself (`self`), then anyone with a phone or an e-mail, then the rest; each group in
    its stored order. The one rule behind the profile's buttons, the messages and the lists."""
    return sorted(links, key=_contact_rank)


def primary_of(links: Sequence[StudentGuardian]) -> StudentGuardian | None:
    """The student's primary contact: the first of `contact_order`, None without guardians."""
    ordered = contact_order(links)
    return ordered[0] if ordered else None
