"""Students, guardians and the links between them (plan §4.2.1–4.2.3)."""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, field
from datetime import date, datetime
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.domain.enums import (
    FlagSeverity,
    Gender,
    NotificationMethod,
    OnboardingStatus,
    Relationship,
)


def person_name(first: str | None, middle: str | None = None, last: str | None = None) -> str:
    """A person's name as every screen shows it: first, middle and last name, those that are given."""
    return " ".join(part.strip() for part in (first, middle, last) if part and part.strip())


@dataclass(frozen=True, slots=True)
class MedicalFlag:
    """One entry of `students.medical_flags`: a label with a severity and free tags."""

    label: str
    severity: FlagSeverity = FlagSeverity.MEDIUM
    tags: tuple[str, ...] = ()


@dataclass(frozen=True, slots=True)
class Student:
    id: UUID
    first_name: str
    last_name: str = ""
    middle_name: str | None = None
    date_of_birth: date | None = None
    notes_internal: str | None = None
    default_notification_method: NotificationMethod = NotificationMethod.WHATSAPP
    special_rate: Decimal | None = None
    medical_flags: tuple[MedicalFlag, ...] = ()
    onboarding_status: OnboardingStatus = OnboardingStatus.NOT_STARTED
    is_active: bool = True
    national_id: str | None = None
    created_at: datetime | None = None
    updated_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.middle_name, self.last_name)

    @property
    def gender(self) -> Gender | None:
        """`metadata.gender` ("female" / "male"); None when not recorded or not one of those."""
        try:
            return Gender(str(self.metadata.get("gender", "")))
        except ValueError:
            return None

    def age_on(self, day: date) -> int | None:
        """Whole years on `day`, or None when the date of birth is unknown."""
        born = self.date_of_birth
        if born is None:
            return None
        return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


@dataclass(frozen=True, slots=True)
class Guardian:
    id: UUID
    first_name: str
    last_name: str | None = None
    middle_name: str | None = None
    phone: str | None = None
    email: str | None = None
    created_at: datetime | None = None
    metadata: Mapping[str, Any] = field(default_factory=dict)

    @property
    def full_name(self) -> str:
        return person_name(self.first_name, self.middle_name, self.last_name)


@dataclass(frozen=True, slots=True)
class StudentGuardian:
    """A guardian as seen from one student: the person and the relationship."""

    id: UUID
    student_id: UUID
    guardian: Guardian
    relationship: Relationship
    is_primary: bool = False
