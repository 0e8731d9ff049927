"""Words and formats of the students screens, translated at display time.

Dates are DD/MM/YYYY, times 24-hour, day names from the locale (Hebrew by default); phone
numbers, ID numbers and amounts stay left-to-right inside Hebrew text.
"""

from __future__ import annotations

from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from typing import Any
from zoneinfo import ZoneInfo

from PySide6.QtCore import QCoreApplication, QDate, QLocale

from reinex_desktop.domain.charging.balances import BalanceLevel
from reinex_desktop.domain.enums import (
    DocumentationStatus,
    FlagSeverity,
    Gender,
    NotificationMethod,
    OnboardingStatus,
    OtpChannel,
    OtpStatus,
    Relationship,
    WaitingListStatus,
)
from reinex_desktop.domain.students.validation import national_phone
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.ui.formats import money, short_date
from reinex_desktop.ui.labels import isolate_ltr, label
from reinex_desktop.ui.money.labels import payer_label

CONTEXT = "StudentTexts"

_WORDS_BY_MEMBER: tuple[tuple[Enum, str], ...] = (
    (BalanceLevel.LOW, QT_TRANSLATE_NOOP("StudentTexts", "Balance low")),
    (BalanceLevel.EXHAUSTED, QT_TRANSLATE_NOOP("StudentTexts", "Balance used up")),
    (FlagSeverity.LOW, QT_TRANSLATE_NOOP("StudentTexts", "Low")),
    (FlagSeverity.MEDIUM, QT_TRANSLATE_NOOP("StudentTexts", "Medium")),
    (FlagSeverity.HIGH, QT_TRANSLATE_NOOP("StudentTexts", "High")),
    (OtpStatus.PENDING, QT_TRANSLATE_NOOP("StudentTexts", "Pending")),
    (OtpStatus.VERIFIED, QT_TRANSLATE_NOOP("StudentTexts", "Verified")),
    (OtpStatus.EXPIRED, QT_TRANSLATE_NOOP("StudentTexts", "Expired")),
    (OtpStatus.CANCELLED, QT_TRANSLATE_NOOP("StudentTexts", "Cancelled")),
    (OtpChannel.WHATSAPP, QT_TRANSLATE_NOOP("StudentTexts", "WhatsApp")),
    (OtpChannel.EMAIL, QT_TRANSLATE_NOOP("StudentTexts", "E-mail")),
    (WaitingListStatus.OPEN, QT_TRANSLATE_NOOP("StudentTexts", "Open")),
    (WaitingListStatus.MATCHED, QT_TRANSLATE_NOOP("StudentTexts", "Matched")),
    (WaitingListStatus.CLOSED, QT_TRANSLATE_NOOP("StudentTexts", "Closed")),
    (Gender.FEMALE, QT_TRANSLATE_NOOP("StudentTexts", "Female")),
    (Gender.MALE, QT_TRANSLATE_NOOP("StudentTexts", "Male")),
    (DocumentationStatus.UNDOCUMENTED, QT_TRANSLATE_NOOP("StudentTexts", "Not documented")),
    (DocumentationStatus.DOCUMENTED, QT_TRANSLATE_NOOP("StudentTexts", "Documented")),
)
#: Keyed by (type, value): members of different enums may share a value ("low", "open").
_WORDS = {(type(member), member.value): text for member, text in _WORDS_BY_MEMBER}

#: Field names of the student and guardian, for the import preview and the editors.
FIELD_NAMES = {
    "first_name": QT_TRANSLATE_NOOP("StudentTexts", "First name"),
    "middle_name": QT_TRANSLATE_NOOP("StudentTexts", "Middle name"),
    "last_name": QT_TRANSLATE_NOOP("StudentTexts", "Last name"),
    "national_id": QT_TRANSLATE_NOOP("StudentTexts", "ID number"),
    "date_of_birth": QT_TRANSLATE_NOOP("StudentTexts", "Date of birth"),
    "default_notification_method": QT_TRANSLATE_NOOP("StudentTexts", "Messages by"),
    "special_rate": QT_TRANSLATE_NOOP("StudentTexts", "Special rate"),
    "onboarding_status": QT_TRANSLATE_NOOP("StudentTexts", "Onboarding"),
    "notes_internal": QT_TRANSLATE_NOOP("StudentTexts", "Internal notes"),
    "medical_flags": QT_TRANSLATE_NOOP("StudentTexts", "Medical flags"),
    "gender": QT_TRANSLATE_NOOP("StudentTexts", "Gender (for messages)"),
    "is_active": QT_TRANSLATE_NOOP("StudentTexts", "Active"),
    "guardian_first_name": QT_TRANSLATE_NOOP("StudentTexts", "Contact's first name"),
    "guardian_last_name": QT_TRANSLATE_NOOP("StudentTexts", "Contact's last name"),
    "guardian_relationship": QT_TRANSLATE_NOOP("StudentTexts", "Relationship"),
    "guardian_phone": QT_TRANSLATE_NOOP("StudentTexts", "Contact's phone"),
    "guardian_email": QT_TRANSLATE_NOOP("StudentTexts", "Contact's e-mail"),
}


def payer_text(payer: str, package_name: object = None) -> str:
    """Who pays a commitment: a named package, or the payer as the money screens name it."""
    return str(package_name) if package_name else payer_label(payer)


translate = QCoreApplication.translate


def tr(text: str) -> str:
    return QCoreApplication.translate(CONTEXT, text)


def word(value: Enum) -> str:
    """The display name of an enum member (the shared labels first, then this area's)."""
    if isinstance(value, Relationship | NotificationMethod | OnboardingStatus):
        return label(value)
    source = _WORDS.get((type(value), value.value))
    return tr(source) if source else label(value)


def field_name(key: str) -> str:
    source = FIELD_NAMES.get(key)
    return tr(source) if source else key


def day_text(day: date | None) -> str:
    return short_date(day) if day else ""


def weekday_name(day_of_week: int) -> str:
    """0 = Sunday … 6 = Saturday, in the interface language."""
    qt_day = 7 if day_of_week == 0 else day_of_week  # Qt counts Monday = 1 … Sunday = 7
    return QLocale().dayName(qt_day, QLocale.FormatType.LongFormat)


def moment_text(instant: datetime | None, zone: ZoneInfo) -> str:
    """ "יום שלישי 24/11/2026 16:00" in the clinic's zone."""
    if instant is None:
        return ""
    local = instant.astimezone(zone)
    day = QLocale().dayName(QDate(local.year, local.month, local.day).dayOfWeek(), QLocale.FormatType.ShortFormat)
    return f"{day} {isolate_ltr(local.strftime('%d/%m/%Y %H:%M'))}"


def money_text(value: Decimal | None) -> str:
    if value is None:
        return ""
    return money(value)


def phone_text(phone: str | None) -> str:
    return isolate_ltr(national_phone(phone)) if phone else ""


def value_text(key: str, value: Any) -> str:
    """A field's value for the import preview and the profile."""
    if value is None or value == "" or value == ():
        return "—"
    if isinstance(value, bool):
        return translate("StudentTexts", "Yes") if value else translate("StudentTexts", "No")
    if isinstance(value, Enum):
        return word(value)
    if isinstance(value, date):
        return day_text(value)
    if isinstance(value, Decimal):
        return money_text(value)
    if key == "guardian_phone":
        return phone_text(str(value))
    if key in ("national_id", "guardian_email"):
        return isolate_ltr(str(value))
    return str(value)
