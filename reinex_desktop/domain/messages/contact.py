"""Links that open a message to a guardian: WhatsApp (`wa.me` with a normalized number) and `mailto:`."""

from __future__ import annotations

from collections.abc import Sequence
from urllib.parse import quote

import phonenumbers

from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.people import StudentGuardian
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP


def primary_contact(links: Sequence[StudentGuardian]) -> StudentGuardian | None:
    """Who a message about a student goes to: the primary guardian; else the student themself
    (relationship `self`); else the first with a phone or e-mail; else the first linked."""
    if not links:
        return None
    for test in (
        lambda g: g.is_primary,
        lambda g: g.relationship is Relationship.SELF,
        lambda g: bool(g.guardian.phone or g.guardian.email),
    ):
        chosen = [g for g in links if test(g)]
        if chosen:
            return chosen[0]
    return links[0]


def whatsapp_number(phone: str) -> str | None:
    """The digits `wa.me` wants (country code, no plus, no leading zero): "054-712-3456" → "972547123456".

    Numbers without a country code are read as Israeli; None when the number is not a valid phone.
    """
    try:
        number = phonenumbers.parse(phone, "IL")
    except phonenumbers.NumberParseException:
        return None
    if not phonenumbers.is_valid_number(number):
        return None
    return str(phonenumbers.format_number(number, phonenumbers.PhoneNumberFormat.E164)).lstrip("+")


def whatsapp_url(digits: str, text: str) -> str:
    return f"https://wa.me/{digits}?text={quote(text, safe='')}"


def mailto_url(address: str, subject: str, body: str) -> str:
    return f"mailto:{quote(address.strip(), safe='@')}?subject={quote(subject, safe='')}&body={quote(body, safe='')}"


NO_GUARDIAN = QT_TRANSLATE_NOOP(
    "Messages", "{student} has no guardian with contact details; add one in the student's profile."
)
NO_PHONE = QT_TRANSLATE_NOOP(
    "Messages", "{guardian} has no phone number; add one in the student's profile to send a WhatsApp message."
)
BAD_PHONE = QT_TRANSLATE_NOOP(
    "Messages", "The phone number of {guardian} ({phone}) is not valid; correct it in the student's profile."
)
NO_EMAIL = QT_TRANSLATE_NOOP(
    "Messages", "{guardian} has no e-mail address; add one in the student's profile or send the message by WhatsApp."
)


def ltr(text: str) -> str:
    """Keep a phone number left-to-right inside a Hebrew sentence (LRI … PDI)."""
    return f"\u2066{text}\u2069"
