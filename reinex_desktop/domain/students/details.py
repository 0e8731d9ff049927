"""The editable details of a student, their clean-up rules and the field-by-field difference.

Plan §4.2.1: `first_name` is required; `last_name` is always written as a string (deployed
tenants have it NOT NULL); the Israeli ID lives in `metadata.national_id`; `medical_flags` is a
list of {label, severity, tags}. A user who may not see medical flags edits a student without
them: their `medical_flags` is None, which means "leave as they are".
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass, fields, replace
from datetime import date
from decimal import Decimal
from typing import Any

from reinex_desktop.domain.enums import Gender, NotificationMethod, OnboardingStatus
from reinex_desktop.domain.people import MedicalFlag, Student
from reinex_desktop.domain.students.validation import normalize_national_id
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

ADULT_AGE = 18
OLDEST_BIRTH_YEAR = 1900
CENTS = Decimal("0.01")

_FIRST_NAME = QT_TRANSLATE_NOOP("Students", "Enter the student's first name.")
_BORN_FUTURE = QT_TRANSLATE_NOOP("Students", "The date of birth {date} is in the future.")
_BORN_PAST = QT_TRANSLATE_NOOP("Students", "The date of birth {date} is before 1900.")
_RATE_NEGATIVE = QT_TRANSLATE_NOOP("Students", "The special rate cannot be negative.")
_FLAG_LABEL = QT_TRANSLATE_NOOP("Students", "Every medical flag needs a description.")


@dataclass(frozen=True, slots=True)
class StudentDetails:
    """What the student editor and the CSV import may change on `public.students`."""

    first_name: str
    last_name: str = ""
    middle_name: str | None = None
    date_of_birth: date | None = None
    national_id: str | None = None
    default_notification_method: NotificationMethod = NotificationMethod.WHATSAPP
    special_rate: Decimal | None = None
    onboarding_status: OnboardingStatus = OnboardingStatus.NOT_STARTED
    notes_internal: str | None = None
    #: None: the author may not see medical flags, so they stay as stored.
    medical_flags: tuple[MedicalFlag, ...] | None = None
    #: Kept in `metadata.gender`; None: not recorded (messages then use a neutral phrasing).
    gender: Gender | None = None


#: Field names in the order the editor, the audit trail and the CSV file list them.
DETAIL_FIELDS: tuple[str, ...] = tuple(f.name for f in fields(StudentDetails))


@dataclass(frozen=True, slots=True)
class FieldChange:
    """One field's value before and after a change (audit trail, CSV preview)."""

    field: str
    before: Any
    after: Any


def details_of(student: Student, *, with_medical: bool = True) -> StudentDetails:
    """The editable details of a stored student (flags only for those allowed to see them)."""
    return StudentDetails(
        first_name=student.first_name,
        last_name=student.last_name or "",
        middle_name=student.middle_name,
        date_of_birth=student.date_of_birth,
        national_id=student.national_id,
        default_notification_method=student.default_notification_method,
        special_rate=student.special_rate,
        onboarding_status=student.onboarding_status,
        notes_internal=student.notes_internal,
        medical_flags=student.medical_flags if with_medical else None,
        gender=student.gender,
    )


def _text(value: str | None) -> str | None:
    stripped = (value or "").strip()
    return stripped or None


def _flags(flags: tuple[MedicalFlag, ...]) -> tuple[MedicalFlag, ...]:
    cleaned = []
    for flag in flags:
        label = flag.label.strip()
        if not label:
            raise DomainError(Message("Students", _FLAG_LABEL), code="invalid_medical_flag")
        tags = tuple(dict.fromkeys(tag.strip() for tag in flag.tags if tag.strip()))
        cleaned.append(MedicalFlag(label, flag.severity, tags))
    return tuple(cleaned)


def clean_details(details: StudentDetails, today: date) -> StudentDetails:
    """Trimmed, validated details, or a `DomainError` naming the first problem (plan §4.2.1)."""
    first = details.first_name.strip()
    if not first:
        raise DomainError(Message("Students", _FIRST_NAME), code="first_name_required")
    born = details.date_of_birth
    if born is not None and born > today:
        raise DomainError(Message("Students", _BORN_FUTURE, {"date": born.isoformat()}), code="invalid_birth_date")
    if born is not None and born.year < OLDEST_BIRTH_YEAR:
        raise DomainError(Message("Students", _BORN_PAST, {"date": born.isoformat()}), code="invalid_birth_date")
    rate = details.special_rate
    if rate is not None:
        if rate < 0:
            raise DomainError(Message("Students", _RATE_NEGATIVE), code="invalid_special_rate")
        rate = rate.quantize(CENTS)
    national_id = _text(details.national_id)
    return replace(
        details,
        first_name=first,
        last_name=(details.last_name or "").strip(),
        middle_name=_text(details.middle_name),
        national_id=normalize_national_id(national_id) if national_id else None,
        special_rate=rate,
        notes_internal=_text(details.notes_internal),
        medical_flags=None if details.medical_flags is None else _flags(details.medical_flags),
    )


def changed_fields(before: StudentDetails | None, after: StudentDetails) -> tuple[FieldChange, ...]:
    """The fields whose value differs; every set field when `before` is None (a new student).

    Medical flags left as None in `after` are not a change.
    """
    changes = []
    for name in DETAIL_FIELDS:
        new = getattr(after, name)
        if name == "medical_flags" and new is None:
            continue
        old = None if before is None else getattr(before, name)
        if before is None and new in (None, "", ()):
            continue
        if old != new:
            changes.append(FieldChange(name, old, new))
    return tuple(changes)


def changes_as_maps(changes: tuple[FieldChange, ...]) -> tuple[dict[str, Any], dict[str, Any]]:
    """`before` and `after` maps of the changed fields, for the audit trail."""
    return {c.field: c.before for c in changes}, {c.field: c.after for c in changes}


def age_on(born: date | None, day: date) -> int | None:
    """Whole years on `day`; None when the date of birth is unknown."""
    if born is None:
        return None
    return day.year - born.year - ((day.month, day.day) < (born.month, born.day))


def is_minor(born: date | None, day: date) -> bool:
    """Known to be under 18 on `day` (an unknown date of birth is not a minor)."""
    age = age_on(born, day)
    return age is not None and age < ADULT_AGE


#: Details kept as keys of `students.metadata` rather than columns of their own.
METADATA_FIELDS = ("national_id", "gender")


def metadata_with_national_id(metadata: Mapping[str, Any] | None, national_id: str | None) -> dict[str, Any]:
    """`students.metadata` with `national_id` set or removed, every other key kept."""
    merged = dict(metadata or {})
    if national_id:
        merged["national_id"] = national_id
    else:
        merged.pop("national_id", None)
    return merged


def metadata_with_details(metadata: Mapping[str, Any] | None, details: StudentDetails) -> dict[str, Any]:
    """`students.metadata` with the details kept there (`METADATA_FIELDS`) set or removed, every other key kept."""
    merged = metadata_with_national_id(metadata, details.national_id)
    if details.gender is not None:
        merged["gender"] = details.gender.value
    else:
        merged.pop("gender", None)
    return merged
