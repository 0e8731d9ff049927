"""Closed vocabularies of the tenant schema (plan §4.2), as string enums.

The values are exactly the strings of the CHECK constraints, so they round-trip through every
backend unchanged.
"""

from __future__ import annotations

from enum import StrEnum


class LessonStatus(StrEnum):
    SCHEDULED = "scheduled"
    COMPLETED = "completed"
    CANCELLED_STUDENT = "cancelled_student"
    CANCELLED_CLINIC = "cancelled_clinic"
    NO_SHOW = "no_show"


class ParticipantStatus(StrEnum):
    SCHEDULED = "scheduled"
    ATTENDED = "attended"
    CANCELLED_STUDENT = "cancelled_student"
    CANCELLED_CLINIC = "cancelled_clinic"
    NO_SHOW = "no_show"


class DocumentationStatus(StrEnum):
    UNDOCUMENTED = "undocumented"
    DOCUMENTED = "documented"


class CreatedSource(StrEnum):
    WEEKLY_GENERATION = "weekly_generation"
    ONE_TIME = "one_time"
    MANUAL_RESCHEDULE = "manual_reschedule"
    MIGRATION = "migration"


class OverrideType(StrEnum):
    CANCEL = "cancel"
    MODIFY = "modify"


class Relationship(StrEnum):
    FATHER = "father"
    MOTHER = "mother"
    SELF = "self"
    CARETAKER = "caretaker"
    OTHER = "other"


class NotificationMethod(StrEnum):
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class OnboardingStatus(StrEnum):
    NOT_STARTED = "not_started"
    PENDING_FORMS = "pending_forms"
    APPROVED = "approved"


class OtpStatus(StrEnum):
    PENDING = "pending"
    VERIFIED = "verified"
    EXPIRED = "expired"
    CANCELLED = "cancelled"


class OtpChannel(StrEnum):
    WHATSAPP = "whatsapp"
    EMAIL = "email"


class WaitingListStatus(StrEnum):
    OPEN = "open"
    MATCHED = "matched"
    CLOSED = "closed"


class FlagSeverity(StrEnum):
    LOW = "low"
    MEDIUM = "medium"
    HIGH = "high"


class Gender(StrEnum):
    """A student's grammatical gender for Hebrew messages, kept in `students.metadata.gender`
    (optional: without it messages use a neutral phrasing)."""

    FEMALE = "female"
    MALE = "male"
