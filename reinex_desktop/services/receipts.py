"""Receipts for GreenInvoice: prepare one document per payment and export them for the bookkeeper.

Gated by `reinex_greeninvoice_enabled` (plan §7.3, needs approval). Voided payments get no
document. The export writes one JSON file per document, named by its payment, plus a CSV
summary; exporting a range again rewrites the same files, so a payment is exported once however
often the bookkeeper asks (plan §6.3: prepare and export; sending through the API comes later).
"""

from __future__ import annotations

import csv
import json
from dataclasses import dataclass
from datetime import date
from pathlib import Path
from uuid import UUID

from reinex_desktop.domain.payments import texts
from reinex_desktop.domain.payments.ledger import ChargeKind, Ledger, ledger
from reinex_desktop.domain.payments.payments import Payment
from reinex_desktop.domain.payments.receipts import (
    IncomeLine,
    ReceiptClient,
    ReceiptDocument,
    lesson_line,
    package_line,
    receipt_document,
    receipt_settings,
)
from reinex_desktop.domain.people import Student, StudentGuardian
from reinex_desktop.domain.permissions import Permission
from reinex_desktop.services.context import AppContext

SUMMARY_NAME = "receipts.csv"
SUMMARY_COLUMNS = ("payment_id", "date", "document_type", "client", "tax_id", "method", "total", "vat", "file")


@dataclass(frozen=True, slots=True)
class ReceiptExport:
    documents: tuple[ReceiptDocument, ...]
    files: tuple[Path, ...]
    summary: Path


def _client(student: Student | None, guardians: list[StudentGuardian], payment: Payment) -> ReceiptClient:
    payer = next((link.guardian for link in guardians if link.guardian.id == payment.payer_guardian_id), None)
    if payer is not None:
        tax_id = str(payer.metadata.get("national_id", "") or "") or (student.national_id if student else "") or ""
        return ReceiptClient(payer.full_name, tax_id, payer.email or "", payer.phone or "")
    name = student.full_name if student else ""
    phone = str(student.metadata.get("phone", "") or "") if student else ""
    email = str(student.metadata.get("email", "") or "") if student else ""
    return ReceiptClient(name, (student.national_id or "") if student else "", email, phone)


def _lines(account: Ledger, payment: Payment) -> list[IncomeLine]:
    paid = account.allocations.get(payment.id, {})
    lines = []
    for state in account.charges:
        amount = paid.get(state.charge.key)
        if not amount:
            continue
        charge = state.charge
        if charge.kind is ChargeKind.PACKAGE:
            lines.append(package_line(charge.description, amount))
        else:
            lines.append(lesson_line(charge.description, charge.on, amount))
    return lines


def prepare_receipts(context: AppContext, first: date, last: date) -> list[ReceiptDocument]:
    """One document per payment dated `first`..`last` that is not void (module docstring)."""
    if not context.user.can(Permission.GREENINVOICE):
        raise texts.receipts_off()
    context.user.require(Permission.FINANCIALS_VIEW)
    if first > last:
        raise texts.bad_range()
    gateway = context.gateway
    settings = receipt_settings(gateway.settings().raw)
    accounts: dict[UUID, Ledger] = {}
    documents = []
    for payment in gateway.payments_between(first, last):
        if payment.is_void:
            continue
        account = accounts.get(payment.student_id)
        if account is None:
            family = gateway.family_student_ids(payment.student_id)
            account = ledger(gateway.family_charges(family), gateway.payments_of(family))
            for member in family:
                accounts[member] = account
        student = gateway.student(payment.student_id)
        guardians = gateway.guardians_of([payment.student_id])
        client = _client(student, guardians, payment)
        documents.append(
            receipt_document(
                payment,
                client,
                _lines(account, payment),
                settings,
                student_name=student.full_name if student else "",
            )
        )
    return documents


def export_receipts(context: AppContext, first: date, last: date, folder: Path) -> ReceiptExport:
    """Write the documents of `first`..`last` into `folder`: one JSON each and `receipts.csv`."""
    documents = prepare_receipts(context, first, last)
    folder.mkdir(parents=True, exist_ok=True)
    files = []
    rows = []
    for document in documents:
        day = str(document.body["date"])
        path = folder / f"receipt-{day}-{document.payment_id}.json"
        path.write_text(json.dumps(document.body, ensure_ascii=False, indent=2) + "\n", encoding="utf-8")
        files.append(path)
        method = document.body["payment"][0]["type"]
        rows.append(
            (
                document.payment_id,
                day,
                int(document.document_type),
                document.client.name,
                document.client.tax_id,
                method,
                f"{document.total:.2f}",
                f"{document.vat:.2f}",
                path.name,
            )
        )
    summary = folder / SUMMARY_NAME
    with summary.open("w", encoding="utf-8-sig", newline="") as handle:
        writer = csv.writer(handle)
        writer.writerow(SUMMARY_COLUMNS)
        writer.writerows(rows)
    return ReceiptExport(tuple(documents), tuple(files), summary)
