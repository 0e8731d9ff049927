"""Grouping the day's participants by family: one entry per primary contact (REQUIREMENTS screen 10).

Siblings share their guardians, so the lessons of every student whose primary contact is the
same guardian form one family and one message. A student with no guardian at all is a family of
their own (the message text can still be copied).
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass
from datetime import datetime
from enum import StrEnum
from uuid import UUID

from reinex_desktop.domain.confirmations.states import PENDING, ConfirmationState, family_state
from reinex_desktop.domain.enums import Gender, Relationship
from reinex_desktop.domain.people import Guardian, StudentGuardian


@dataclass(frozen=True, slots=True)
class RoundLesson:
    """One participant's lesson of the day, as the confirmations screen shows it."""

    lesson_id: UUID
    participant_id: UUID
    student_id: UUID
    student_name: str
    student_first_name: str
    gender: Gender | None
    start: datetime  # aware
    end: datetime
    instructor: str
    service: str
    state: ConfirmationState

    @property
    def pending(self) -> bool:
        return self.state in PENDING


@dataclass(frozen=True, slots=True)
class Family:
    """The lessons of one contact's children on the day, in order of time."""

    key: UUID  # the guardian's id, or the student's when there is no guardian
    guardian: Guardian | None
    lessons: tuple[RoundLesson, ...]
    #: The contact is the student themself (relationship `self`), so the message speaks to them.
    to_student: bool = False

    @property
    def state(self) -> ConfirmationState:
        return family_state(lesson.state for lesson in self.lessons)

    @property
    def pending(self) -> tuple[RoundLesson, ...]:
        """The lessons still waiting for an answer (what "confirmed" and "not coming" act on)."""
        return tuple(lesson for lesson in self.lessons if lesson.pending)

    @property
    def contact_name(self) -> str:
        return self.guardian.full_name if self.guardian is not None else self.lessons[0].student_name

    @property
    def first_start(self) -> datetime:
        return self.lessons[0].start


def group_families(lessons: Sequence[RoundLesson], contacts: Mapping[UUID, StudentGuardian | None]) -> list[Family]:
    """Families in the order of their first lesson (then by contact name); each family's lessons by time.

    `contacts` maps a student to their primary contact (`students.guardians.primary_of`).
    """
    grouped: dict[UUID, list[RoundLesson]] = {}
    links: dict[UUID, StudentGuardian | None] = {}
    for lesson in lessons:
        link = contacts.get(lesson.student_id)
        key = link.guardian.id if link is not None else lesson.student_id
        grouped.setdefault(key, []).append(lesson)
        links[key] = link
    families = [
        Family(
            key,
            link.guardian if (link := links[key]) is not None else None,
            tuple(sorted(items, key=lambda item: (item.start, item.student_name))),
            to_student=link is not None
            and link.relationship is Relationship.SELF
            and len({item.student_id for item in items}) == 1,
        )
        for key, items in grouped.items()
    ]
    return sorted(families, key=lambda family: (family.first_start, family.contact_name, str(family.key)))


class FamilyFilter(StrEnum):
    """The screen's filters."""

    NOT_ASKED = "not_asked"
    WAITING = "waiting"  # asked, no answer yet
    CONFIRMED = "confirmed"
    ALL = "all"


_FILTERED: Mapping[FamilyFilter, frozenset[ConfirmationState]] = {
    FamilyFilter.NOT_ASKED: frozenset({ConfirmationState.NOT_ASKED}),
    FamilyFilter.WAITING: frozenset({ConfirmationState.ASKED, ConfirmationState.NO_ANSWER}),
    FamilyFilter.CONFIRMED: frozenset({ConfirmationState.CONFIRMED}),
    FamilyFilter.ALL: frozenset(ConfirmationState),
}


def matches(family: Family, chosen: FamilyFilter) -> bool:
    return family.state in _FILTERED[chosen]


@dataclass(frozen=True, slots=True)
class RoundProgress:
    """The counts at the top of the screen, in families."""

    families: int
    confirmed: int
    not_coming: int
    waiting: int
    not_asked: int


def progress(families: Sequence[Family]) -> RoundProgress:
    states = [family.state for family in families]
    return RoundProgress(
        families=len(states),
        confirmed=states.count(ConfirmationState.CONFIRMED),
        not_coming=states.count(ConfirmationState.NOT_COMING),
        waiting=states.count(ConfirmationState.ASKED) + states.count(ConfirmationState.NO_ANSWER),
        not_asked=states.count(ConfirmationState.NOT_ASKED),
    )
