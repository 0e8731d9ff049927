"""Checks of what a person types about a student or a guardian: ID, phone, e-mail.

Each function returns the value in the form the tenant stores (plan §4.2.1–4.2.2), or raises a
`DomainError` whose message says what is wrong in words the reception understands.
"""

from __future__ import annotations

import re

import phonenumbers
from stdnum.exceptions import InvalidChecksum, InvalidFormat, InvalidLength, ValidationError
from stdnum.il import idnr

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Students"

_ID_FORMAT = QT_TRANSLATE_NOOP("Students", "The ID number '{value}' must contain digits only.")
_ID_LENGTH = QT_TRANSLATE_NOOP("Students", "The ID number '{value}' has more than 9 digits.")
_ID_CHECK = QT_TRANSLATE_NOOP(
    "Students", "The ID number '{value}' is not valid: its check digit does not match. Check for a typing mistake."
)
_PHONE_UNREADABLE = QT_TRANSLATE_NOOP("Students", "'{value}' is not a phone number.")
_PHONE_INVALID = QT_TRANSLATE_NOOP(
    "Students", "'{value}' is not a valid Israeli phone number (for example 052-555-1234 or 03-612-3456)."
)
_EMAIL_INVALID = QT_TRANSLATE_NOOP(
    "Students", "'{value}' is not a valid e-mail address (for example name@example.com)."
)

#: One @, no spaces, a dot in the domain, a top-level domain of two letters or more.
_EMAIL = re.compile(r"^[^\s@]+@[^\s@.]+(\.[^\s@.]+)*\.[^\s@.]{2,}$")


def _refuse(text: str, value: str, code: str) -> DomainError:
    return DomainError(Message(CONTEXT, text, {"value": value}), code=code)


def normalize_national_id(value: str) -> str:
    """An Israeli ID (teudat zehut) as 9 digits, its check digit verified (`stdnum.il.idnr`).

    Leading zeros dropped by a spreadsheet are restored ("12345674" → "012345674").
    """
    shown = value.strip()
    try:
        return str(idnr.validate(shown))
    except InvalidChecksum:
        raise _refuse(_ID_CHECK, shown, "invalid_national_id") from None
    except InvalidLength:
        raise _refuse(_ID_LENGTH, shown, "invalid_national_id") from None
    except (InvalidFormat, ValidationError):
        raise _refuse(_ID_FORMAT, shown, "invalid_national_id") from None


def normalize_phone(value: str) -> str:
    """An Israeli phone number in E.164 ("050-123-4567" → "+972501234567"), validated by `phonenumbers`."""
    shown = value.strip()
    try:
        number = phonenumbers.parse(shown, "IL")
    except phonenumbers.NumberParseException:
        raise _refuse(_PHONE_UNREADABLE, shown, "invalid_phone") from None
    if not phonenumbers.is_valid_number_for_region(number, "IL"):
        raise _refuse(_PHONE_INVALID, shown, "invalid_phone")
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164))


def national_phone(e164: str) -> str:
    """A stored phone as the reception reads and dials it ("+972501234567" → "050-123-4567")."""
    try:
        number = phonenumbers.parse(e164, "IL")
    except phonenumbers.NumberParseException:
        return e164
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.NATIONAL))


def normalize_email(value: str) -> str:
    """An e-mail address, trimmed, with its domain in lower case."""
    shown = value.strip()
    if not _EMAIL.match(shown):
        raise _refuse(_EMAIL_INVALID, shown, "invalid_email")
    local, _at, domain = shown.rpartition("@")
    return f"{local}@{domain.lower()}"


_DUPLICATE = QT_TRANSLATE_NOOP("Students", "The ID number {value} already belongs to {name}.")


def check_national_id_free(number: str | None, owner: tuple[object, str] | None, student_id: object) -> None:
    """An ID number belongs to one student only (plan §4.2.1, `metadata.national_id`).

    `owner` is the (id, name) of the student already holding `number`, if any; the refusal names
    them and carries their id so the user can open that profile instead.
    """
    if not number or owner is None or owner[0] == student_id:
        return
    params = {"value": number, "name": owner[1], "student_id": str(owner[0])}
    raise DomainError(Message(CONTEXT, _DUPLICATE, params), code="duplicate_national_id")


_NOT_FOUND = QT_TRANSLATE_NOOP("Students", "This student no longer exists.")
_EXISTS = QT_TRANSLATE_NOOP("Students", "A student with this identifier already exists.")


def student_gone() -> DomainError:
    """The refusal for a change to a student that was removed meanwhile."""
    return DomainError(Message(CONTEXT, _NOT_FOUND), code="not_found")


def student_exists() -> DomainError:
    """The refusal for creating a student whose record id is already taken (a write sent twice by hand)."""
    return DomainError(Message(CONTEXT, _EXISTS), code="exists")
