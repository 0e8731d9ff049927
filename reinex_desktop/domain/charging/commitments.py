"""Opening and closing commitments: packages, HMO approvals and private agreements (plan §4.2.7).

A commitment is money set aside for a student and a service, with an optional expiry and payer
metadata (`payer_type`, HMO approval or Form 17 details, the lesson price it was sold at). Its
balance is never stored: it is the total minus the consumption ledger.
"""

from __future__ import annotations

from dataclasses import dataclass
from datetime import date, datetime, time, timedelta
from decimal import Decimal
from typing import Any, ClassVar
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.charging.settings import CENT, ChargingSettings, PayerMode
from reinex_desktop.domain.clinic_time import local_to_utc
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, DomainError, Message

CONTEXT = "Charging"

_TOTAL = QT_TRANSLATE_NOOP("Charging", "The commitment's total must be more than zero.")
_TOO_LARGE = QT_TRANSLATE_NOOP("Charging", "The commitment's total is too large.")
_UNIT = QT_TRANSLATE_NOOP("Charging", "The lesson price must be more than zero.")
_SESSIONS = QT_TRANSLATE_NOOP("Charging", "The number of approved lessons must be between 1 and 500.")
_EXPIRY = QT_TRANSLATE_NOOP("Charging", "The expiry date must be after the start date.")
_PAYER = QT_TRANSLATE_NOOP("Charging", "Choose who pays: the family, a package or an HMO the clinic works with.")
_FORM17 = QT_TRANSLATE_NOOP("Charging", "A Form 17 commitment needs the form number.")
_REASON = QT_TRANSLATE_NOOP("Charging", "Closing a commitment needs a reason.")
_ALREADY_CLOSED = QT_TRANSLATE_NOOP("Charging", "This commitment is already closed.")
COMMITMENT_NOT_FOUND = QT_TRANSLATE_NOOP("Charging", "The commitment was not found.")
STUDENT_NOT_FOUND = QT_TRANSLATE_NOOP("Charging", "The student was not found.")
SERVICE_NOT_FOUND = QT_TRANSLATE_NOOP("Charging", "The service was not found or cannot be booked.")

MAX_TOTAL = Decimal("1000000")


def refusal(text: str, code: str = "invalid_commitment") -> DomainError:
    return DomainError(Message(CONTEXT, text), code=code)


@dataclass(frozen=True, slots=True)
class CreateCommitment(Command):
    """Open a commitment for a student and a service (Owner/Admin: financial management)."""

    KIND: ClassVar[str] = "money.create_commitment"
    student_id: UUID
    service_id: UUID
    total_amount: Decimal
    payer_type: str
    starts_on: date
    expires_on: date | None = None
    unit_price: Decimal | None = None
    approved_sessions: int | None = None
    approval_number: str = ""
    form17_number: str = ""
    parent_copay: Decimal | None = None
    package_name: str = ""
    notes: str = ""


@dataclass(frozen=True, slots=True)
class CloseCommitment(Command):
    """Close a commitment by hand: no further charge goes to it; its ledger stays as it is."""

    KIND: ClassVar[str] = "money.close_commitment"
    commitment_id: UUID
    reason: str


def validate_commitment(command: CreateCommitment, settings: ChargingSettings) -> dict[str, Any]:
    """Refuse a malformed commitment; return the `metadata` to store with it (plan §4.2.7)."""
    if command.total_amount <= 0:
        raise refusal(_TOTAL)
    if command.total_amount > MAX_TOTAL:
        raise refusal(_TOO_LARGE)
    if command.unit_price is not None and command.unit_price <= 0:
        raise refusal(_UNIT)
    if command.approved_sessions is not None and not 1 <= command.approved_sessions <= 500:
        raise refusal(_SESSIONS)
    if command.expires_on is not None and command.expires_on <= command.starts_on:
        raise refusal(_EXPIRY)
    payer = command.payer_type.strip().lower()
    rule = settings.payer_rule(payer)
    if rule is None:
        raise refusal(_PAYER)
    if rule.mode is PayerMode.HMO_PAYS and not command.form17_number.strip():
        raise refusal(_FORM17)
    metadata: dict[str, Any] = {"payer_type": payer, "status": "active", "starts_on": command.starts_on.isoformat()}
    if rule.label and rule.is_hmo:
        metadata["hmo_provider"] = rule.label
    if command.unit_price is not None:
        metadata["unit_price"] = str(command.unit_price.quantize(CENT))
    if command.approved_sessions is not None:
        metadata["approved_sessions"] = command.approved_sessions
    if command.approval_number.strip():
        metadata["approval_number"] = command.approval_number.strip()
    if command.form17_number.strip():
        form: dict[str, Any] = {"number": command.form17_number.strip()}
        if command.expires_on is not None:
            form["valid_until"] = command.expires_on.isoformat()
        metadata["form17"] = form
    if command.parent_copay is not None and rule.mode is PayerMode.COPAY:
        if command.parent_copay < 0:
            raise refusal(_TOTAL)
        metadata["parent_copay"] = str(command.parent_copay.quantize(CENT))
    if rule.mode is PayerMode.REIMBURSED:
        metadata["reimbursement"] = "after_payment"
    if command.package_name.strip():
        metadata["package_name"] = command.package_name.strip()
    if command.notes.strip():
        metadata["notes"] = command.notes.strip()
    return metadata


def closed_metadata(metadata: dict[str, Any], reason: str, now: datetime, by: str) -> dict[str, Any]:
    """The metadata of a commitment closed by hand; refused without a reason or when already closed."""
    if not reason.strip():
        raise refusal(_REASON)
    if str(metadata.get("status", "active")).lower() in ("closed", "cancelled"):
        raise refusal(_ALREADY_CLOSED)
    return {**metadata, "status": "closed", "closed": {"at": now.isoformat(), "by": by, "reason": reason.strip()}}


def expiry_instant(expires_on: date | None, zone: ZoneInfo) -> datetime | None:
    """A commitment valid through `expires_on` expires at the next local midnight."""
    return None if expires_on is None else local_to_utc(expires_on + timedelta(days=1), time(0), zone)
