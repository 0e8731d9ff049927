"""Display names of the domain's closed vocabularies, translated at display time."""

from __future__ import annotations

from enum import Enum

from PySide6.QtCore import QCoreApplication

from reinex_desktop.domain.enums import (
    LessonStatus,
    NotificationMethod,
    OnboardingStatus,
    ParticipantStatus,
    Relationship,
)
from reinex_desktop.domain.permissions import Permission, Role
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "Labels"

_LABELS: dict[Enum, str] = {
    LessonStatus.SCHEDULED: QT_TRANSLATE_NOOP("Labels", "Scheduled"),
    LessonStatus.COMPLETED: QT_TRANSLATE_NOOP("Labels", "Completed"),
    LessonStatus.CANCELLED_STUDENT: QT_TRANSLATE_NOOP("Labels", "Cancelled by student"),
    LessonStatus.CANCELLED_CLINIC: QT_TRANSLATE_NOOP("Labels", "Cancelled by clinic"),
    LessonStatus.NO_SHOW: QT_TRANSLATE_NOOP("Labels", "No-show"),
    ParticipantStatus.ATTENDED: QT_TRANSLATE_NOOP("Labels", "Attended"),
    Relationship.FATHER: QT_TRANSLATE_NOOP("Labels", "Father"),
    Relationship.MOTHER: QT_TRANSLATE_NOOP("Labels", "Mother"),
    Relationship.SELF: QT_TRANSLATE_NOOP("Labels", "Self"),
    Relationship.CARETAKER: QT_TRANSLATE_NOOP("Labels", "Caretaker"),
    Relationship.OTHER: QT_TRANSLATE_NOOP("Labels", "Other"),
    NotificationMethod.WHATSAPP: QT_TRANSLATE_NOOP("Labels", "WhatsApp"),
    NotificationMethod.EMAIL: QT_TRANSLATE_NOOP("Labels", "E-mail"),
    OnboardingStatus.NOT_STARTED: QT_TRANSLATE_NOOP("Labels", "Not started"),
    OnboardingStatus.PENDING_FORMS: QT_TRANSLATE_NOOP("Labels", "Forms pending"),
    OnboardingStatus.APPROVED: QT_TRANSLATE_NOOP("Labels", "Approved"),
    Role.OWNER: QT_TRANSLATE_NOOP("Labels", "Owner"),
    Role.ADMIN: QT_TRANSLATE_NOOP("Labels", "Admin"),
    Role.OFFICE: QT_TRANSLATE_NOOP("Labels", "Office"),
    Role.INSTRUCTOR: QT_TRANSLATE_NOOP("Labels", "Instructor"),
    Role.READ_ONLY: QT_TRANSLATE_NOOP("Labels", "Read-only"),
    Permission.ENABLED: QT_TRANSLATE_NOOP("Labels", "Reinex is on for the organization"),
    Permission.SCHEDULE_MANAGE: QT_TRANSLATE_NOOP("Labels", "Manage the schedule and students"),
    Permission.FINANCIALS_MANAGE: QT_TRANSLATE_NOOP("Labels", "Manage money (prices, commitments)"),
    Permission.FINANCIALS_VIEW: QT_TRANSLATE_NOOP("Labels", "See money (balances, charges)"),
    Permission.PAYROLL_MANAGE: QT_TRANSLATE_NOOP("Labels", "Payroll"),
    Permission.FORMS_MANAGE: QT_TRANSLATE_NOOP("Labels", "Manage forms and the onboarding review"),
    Permission.WAITING_LIST_MANAGE: QT_TRANSLATE_NOOP("Labels", "Manage the waiting list"),
    Permission.WHATSAPP_MANUAL: QT_TRANSLATE_NOOP("Labels", "WhatsApp messages sent by hand"),
    Permission.WHATSAPP_AUTOMATED: QT_TRANSLATE_NOOP("Labels", "Automated WhatsApp messages (needs approval)"),
    Permission.GREENINVOICE: QT_TRANSLATE_NOOP("Labels", "GreenInvoice invoices (needs approval)"),
    Permission.MEDICAL_FLAGS_VIEW: QT_TRANSLATE_NOOP("Labels", "See medical information"),
    Permission.ATTENDANCE_MARK: QT_TRANSLATE_NOOP("Labels", "Mark attendance"),
    Permission.SETTINGS_MANAGE: QT_TRANSLATE_NOOP("Labels", "Clinic settings"),
}


def label(value: Enum) -> str:
    """The translated display name of an enum member (participant statuses share lesson labels)."""
    source = _LABELS.get(value)
    if source is None and isinstance(value, ParticipantStatus):
        source = _LABELS.get(LessonStatus(value.value))
    return QCoreApplication.translate(CONTEXT, source) if source else str(value.value)


def message_text(message: Message) -> str:
    """A domain `Message`, translated and filled in."""
    return message.render(QCoreApplication.translate)


def isolate_ltr(text: str) -> str:
    """Keep a phone number, an ID or a time left-to-right inside Hebrew text (LRI … PDI)."""
    return f"\u2066{text}\u2069"
