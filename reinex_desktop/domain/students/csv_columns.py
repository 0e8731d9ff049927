"""The columns of the students CSV file and how their values are written and read.

The file is for the clinic's own spreadsheets (REQUIREMENTS screen 3): Hebrew headers and Hebrew
values when written; Hebrew or English headers and values accepted when read. Phone numbers are
written in national form ("050-123-4567"), which Excel keeps as text; dates as DD/MM/YYYY.
Export-only columns (weekly lessons, next lesson, instructors, medical flags) are ignored on import.
"""

from __future__ import annotations

import re
from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date, datetime, time
from decimal import Decimal
from enum import StrEnum
from typing import Any

from reinex_desktop.domain.enums import NotificationMethod, OnboardingStatus, Relationship
from reinex_desktop.domain.people import MedicalFlag
from reinex_desktop.domain.students.text_fold import fold
from reinex_desktop.domain.students.validation import national_phone

#: Hebrew day names, 0 = Sunday … 6 = Saturday (plan §4.2.5).
HEBREW_DAYS = ("ראשון", "שני", "שלישי", "רביעי", "חמישי", "שישי", "שבת")

#: Characters that make a spreadsheet run a cell as a formula (OWASP "CSV injection").
FORMULA_TRIGGERS = ("=", "+", "-", "@", "\t", "\r")


class Kind(StrEnum):
    ID = "id"
    TEXT = "text"
    NATIONAL_ID = "national_id"
    DATE = "date"
    CHOICE = "choice"
    DECIMAL = "decimal"
    BOOL = "bool"
    PHONE = "phone"
    EMAIL = "email"
    EXPORT_ONLY = "export_only"


@dataclass(frozen=True, slots=True)
class CsvColumn:
    key: str
    hebrew: str
    english: str
    kind: Kind
    #: The `CLEAR` sentinel may empty it (optional fields only).
    clearable: bool = False
    aliases: tuple[str, ...] = ()

    @property
    def importable(self) -> bool:
        return self.kind is not Kind.EXPORT_ONLY

    def names(self) -> tuple[str, ...]:
        return (self.hebrew, self.english, self.english.replace("_", " "), *self.aliases)


COLUMNS: tuple[CsvColumn, ...] = (
    CsvColumn("id", "מזהה", "id", Kind.ID, aliases=("student id", "student_id", "מזהה תלמיד")),
    CsvColumn("first_name", "שם פרטי", "first_name", Kind.TEXT),
    CsvColumn("middle_name", "שם אמצעי", "middle_name", Kind.TEXT, clearable=True),
    CsvColumn("last_name", "שם משפחה", "last_name", Kind.TEXT, clearable=True),
    CsvColumn("national_id", "תעודת זהות", "national_id", Kind.NATIONAL_ID, clearable=True, aliases=("ת.ז.", "תז")),
    CsvColumn("date_of_birth", "תאריך לידה", "date_of_birth", Kind.DATE, clearable=True, aliases=("birth date",)),
    CsvColumn("default_notification_method", "ערוץ הודעות", "notification_method", Kind.CHOICE),
    CsvColumn("special_rate", "תעריף מיוחד", "special_rate", Kind.DECIMAL, clearable=True),
    CsvColumn("onboarding_status", "סטטוס קליטה", "onboarding_status", Kind.CHOICE),
    CsvColumn("is_active", "פעיל", "active", Kind.BOOL, aliases=("is_active",)),
    CsvColumn("notes_internal", "הערות פנימיות", "notes_internal", Kind.TEXT, clearable=True, aliases=("notes",)),
    CsvColumn("guardian_first_name", "שם פרטי של איש הקשר", "guardian_first_name", Kind.TEXT),
    CsvColumn("guardian_last_name", "שם משפחה של איש הקשר", "guardian_last_name", Kind.TEXT, clearable=True),
    CsvColumn("guardian_relationship", "קרבה", "guardian_relationship", Kind.CHOICE, aliases=("relationship",)),
    CsvColumn("guardian_phone", "טלפון איש הקשר", "guardian_phone", Kind.PHONE, clearable=True),
    CsvColumn("guardian_email", "דוא״ל איש הקשר", "guardian_email", Kind.EMAIL, clearable=True),
    CsvColumn("weekly_lessons", "שיעורים קבועים", "weekly_lessons", Kind.EXPORT_ONLY),
    CsvColumn("next_lesson", "השיעור הבא", "next_lesson", Kind.EXPORT_ONLY),
    CsvColumn("instructors", "מדריכים", "instructors", Kind.EXPORT_ONLY),
    CsvColumn("medical_flags", "דגלים רפואיים", "medical_flags", Kind.EXPORT_ONLY),
)

BY_KEY: Mapping[str, CsvColumn] = {column.key: column for column in COLUMNS}
GUARDIAN_KEYS = (
    "guardian_first_name",
    "guardian_last_name",
    "guardian_relationship",
    "guardian_phone",
    "guardian_email",
)

#: Written values of the closed vocabularies; reading also accepts the English values and these aliases.
CHOICES: Mapping[str, Mapping[str, StrEnum]] = {
    "default_notification_method": {
        "וואטסאפ": NotificationMethod.WHATSAPP,
        "דוא״ל": NotificationMethod.EMAIL,
        "מייל": NotificationMethod.EMAIL,
        "email": NotificationMethod.EMAIL,
        "e-mail": NotificationMethod.EMAIL,
    },
    "onboarding_status": {
        "טרם התחיל": OnboardingStatus.NOT_STARTED,
        "ממתין לטפסים": OnboardingStatus.PENDING_FORMS,
        "מאושר": OnboardingStatus.APPROVED,
    },
    "guardian_relationship": {
        "אב": Relationship.FATHER,
        "אם": Relationship.MOTHER,
        "התלמיד עצמו": Relationship.SELF,
        "מטפל": Relationship.CARETAKER,
        "אחר": Relationship.OTHER,
        "אבא": Relationship.FATHER,
        "אמא": Relationship.MOTHER,
        "עצמו": Relationship.SELF,
        "עצמי": Relationship.SELF,
        "מטפלת": Relationship.CARETAKER,
    },
}
YES = ("כן", "yes", "true", "1", "פעיל", "active")
NO = ("לא", "no", "false", "0", "לא פעיל", "inactive")


def header_key(header: str) -> str:
    """A header folded for matching: case, spaces, underscores, quote marks and niqqud do not count."""
    return fold(header.replace("\ufeff", ""))


HEADERS: Mapping[str, CsvColumn] = {header_key(name): column for column in COLUMNS for name in column.names()}


def _written_choice(key: str, value: StrEnum) -> str:
    for text, member in CHOICES[key].items():
        if member is value:
            return text
    return str(value.value)


def read_choice(key: str, text: str) -> StrEnum | None:
    """A vocabulary value from its Hebrew or English spelling; None when unknown."""
    wanted = fold(text)
    for written, member in CHOICES[key].items():
        if fold(written) == wanted or fold(str(member.value)) == wanted:
            return member
    for member in _members(key):
        if fold(str(member.value).replace("_", " ")) == wanted:
            return member
    return None


def _members(key: str) -> tuple[StrEnum, ...]:
    kinds: Mapping[str, tuple[StrEnum, ...]] = {
        "default_notification_method": tuple(NotificationMethod),
        "onboarding_status": tuple(OnboardingStatus),
        "guardian_relationship": tuple(Relationship),
    }
    return kinds[key]


def choice_values(key: str) -> str:
    """The written values of a vocabulary, for a message telling what is accepted."""
    written: dict[StrEnum, str] = {}
    for text, member in CHOICES[key].items():
        written.setdefault(member, text)
    return ", ".join(written.values())


def format_date(day: date) -> str:
    return day.strftime("%d/%m/%Y")


_DATE_DMY = re.compile(r"^(\d{1,2})[/.\-](\d{1,2})[/.\-](\d{4})$")
_DATE_ISO = re.compile(r"^(\d{4})-(\d{1,2})-(\d{1,2})$")


def read_date(text: str) -> date | None:
    """DD/MM/YYYY (also with dots or dashes) or YYYY-MM-DD; None when neither."""
    value = text.strip()
    try:
        if match := _DATE_ISO.match(value):
            return date(int(match[1]), int(match[2]), int(match[3]))
        if match := _DATE_DMY.match(value):
            return date(int(match[3]), int(match[2]), int(match[1]))
    except ValueError:
        return None
    return None


def read_bool(text: str) -> bool | None:
    value = fold(text)
    if value in {fold(word) for word in YES}:
        return True
    if value in {fold(word) for word in NO}:
        return False
    return None


def format_money(value: Decimal) -> str:
    return f"{value:.2f}"


def format_flags(flags: tuple[MedicalFlag, ...]) -> str:
    return "; ".join(flag.label for flag in flags)


def format_weekly(slots: tuple[tuple[int, time], ...]) -> str:
    """Weekly lessons as Hebrew day names and times: "ראשון 16:00, רביעי 17:30"."""
    return ", ".join(f"{HEBREW_DAYS[day]} {at.strftime('%H:%M')}" for day, at in slots)


def format_next_lesson(local_start: datetime) -> str:
    """The next lesson as "יום שלישי 24/11/2026 16:00" (clinic local time)."""
    day = HEBREW_DAYS[(local_start.weekday() + 1) % 7]
    return f"יום {day} {format_date(local_start.date())} {local_start.strftime('%H:%M')}"


def format_value(key: str, value: Any) -> str:
    """A field's value as the CSV file (and the import preview) writes it."""
    if value is None or value == "" or value == ():
        return ""
    if isinstance(value, bool):
        return YES[0] if value else NO[0]
    if key in CHOICES and isinstance(value, StrEnum):
        return _written_choice(key, value)
    if isinstance(value, date):
        return format_date(value)
    if isinstance(value, Decimal):
        return format_money(value)
    if key == "guardian_phone":
        return national_phone(str(value))
    if key == "medical_flags":
        return format_flags(tuple(value))
    return str(value)


def neutralize(cell: str) -> str:
    """A cell that a spreadsheet would run as a formula, made inert with a leading apostrophe."""
    return "'" + cell if cell.startswith(FORMULA_TRIGGERS) else cell


def unneutralize(cell: str) -> str:
    """Undo `neutralize`: an apostrophe before a formula character is the file's own escape."""
    if len(cell) > 1 and cell[0] == "'" and cell[1] in FORMULA_TRIGGERS:
        return cell[1:]
    return cell
