"""Sentences of the receipts export and the cash register that the command line and the screens share."""

from __future__ import annotations

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Payments"

RECEIPTS_OFF = QT_TRANSLATE_NOOP("Payments", "Receipts for GreenInvoice are not enabled for this organization.")
BAD_RANGE = QT_TRANSLATE_NOOP("Payments", "The first day must not be after the last day.")
EXPORTED = QT_TRANSLATE_NOOP("Payments", "{count} receipts written to {folder}; summary in {summary}.")
NOTHING = QT_TRANSLATE_NOOP("Payments", "No payments from {first} to {last}; only the empty summary was written.")
NEED_DATABASE = QT_TRANSLATE_NOOP("Payments", "Give the database with --database-url URL.")


def receipts_off() -> DomainError:
    return DomainError(Message(CONTEXT, RECEIPTS_OFF), code="forbidden")


def bad_range() -> DomainError:
    return DomainError(Message(CONTEXT, BAD_RANGE), code="invalid_range")
