"""Receipt documents for GreenInvoice (Morning), prepared at the desk and exported (plan §6.3 MVP).

Each payment that is not void becomes one document in the shape of GreenInvoice's
`POST /documents` body, so the bookkeeper can import it and the later API step sends it as it is:

- `type`: 400 (receipt, קבלה) for an exempt dealer (עוסק פטור); 320 (tax invoice/receipt,
  חשבונית מס/קבלה) for a licensed dealer (עוסק מורשה) — the clinic's `receipts` setting;
- `date` (the payment's date), `lang` "he", `currency` "ILS", `vatType` 1 (exempt) or 0 (default),
  `signed` true, `rounding` false, `remarks` (the desk's notes), `description`;
- `client`: `name`, `taxId` (the Israeli ID number), `emails`, `phone`, `add` false;
- `income`: one line per charge the payment paid (a lesson with its date, or a package), and one
  line "advance payment" for money not yet taken by a charge; `quantity` 1, `price`, `currency`,
  `vatType` 1 (VAT included in the price) for a licensed dealer or 2 (exempt), `vatRate`;
- `payment`: one line: `type` 1 cash, 2 check (`chequeNum`, `bankName`, the check's date as
  `date`), 3 credit card (`cardNum` = last four digits, `dealType` 1 regular or 2 installments,
  `numPayments`), 4 bank transfer (`transactionId`), 10 payment app (`appType`); `price`, `currency`.

The `green-invoice` package on PyPI types the same body (its `IDocumentDraft`), but it brings
`requests` and `lxml` and keeps money as floats; the codes are facts of the API, so they are typed
here as plain enums and the amounts stay `Decimal` until the JSON is written. The document text is
Hebrew by definition (`lang` "he"), whatever language the desk's screens speak.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from datetime import date
from decimal import ROUND_HALF_UP, Decimal
from enum import IntEnum, StrEnum
from typing import Any

from reinex_desktop.domain.payments.payments import CENT, Payment, PaymentMethod

#: The `"Settings"` key of the clinic's receipt settings: {"dealer_type": "exempt"|"licensed", "vat_rate": "18"}.
SETTINGS_KEY = "receipts"
DEFAULT_VAT_PERCENT = Decimal("18")
CURRENCY = "ILS"
LANGUAGE = "he"
ADVANCE_TEXT = "תשלום על חשבון (זיכוי ביתרה)"
LESSON_TEXT = "{service} — שיעור מתאריך {day}"
PACKAGE_TEXT = "חבילה: {name}"
DESCRIPTION_TEXT = "תשלום עבור {student}"


class DealerType(StrEnum):
    EXEMPT = "exempt"  # עוסק פטור
    LICENSED = "licensed"  # עוסק מורשה


class DocumentType(IntEnum):
    TAX_INVOICE_RECEIPT = 320
    RECEIPT = 400


class DocumentVatType(IntEnum):
    DEFAULT = 0
    EXEMPT = 1


class IncomeVatType(IntEnum):
    INCLUDED = 1
    EXEMPT = 2


class GiPaymentType(IntEnum):
    CASH = 1
    CHECK = 2
    CREDIT_CARD = 3
    BANK_TRANSFER = 4
    PAYMENT_APP = 10


class DealType(IntEnum):
    REGULAR = 1
    INSTALLMENTS = 2


#: GreenInvoice's payment apps (`appType`).
APP_TYPES: Mapping[str, int] = {"bit": 1, "pepper": 2, "paybox": 3}

PAYMENT_TYPES: Mapping[PaymentMethod, GiPaymentType] = {
    PaymentMethod.CASH: GiPaymentType.CASH,
    PaymentMethod.CHECK: GiPaymentType.CHECK,
    PaymentMethod.CREDIT_CARD: GiPaymentType.CREDIT_CARD,
    PaymentMethod.BANK_TRANSFER: GiPaymentType.BANK_TRANSFER,
    PaymentMethod.PAYMENT_APP: GiPaymentType.PAYMENT_APP,
}


@dataclass(frozen=True, slots=True)
class ReceiptSettings:
    dealer: DealerType = DealerType.EXEMPT
    vat_percent: Decimal = DEFAULT_VAT_PERCENT

    @property
    def document_type(self) -> DocumentType:
        return DocumentType.RECEIPT if self.dealer is DealerType.EXEMPT else DocumentType.TAX_INVOICE_RECEIPT


def receipt_settings(raw: Mapping[str, Any]) -> ReceiptSettings:
    """The clinic's receipt settings from `"Settings"`; an exempt dealer when missing or malformed."""
    value = raw.get(SETTINGS_KEY)
    if not isinstance(value, Mapping):
        return ReceiptSettings()
    try:
        dealer = DealerType(str(value.get("dealer_type", "exempt")).strip().lower())
        vat = Decimal(str(value.get("vat_rate", DEFAULT_VAT_PERCENT)))
    except (ValueError, ArithmeticError):
        return ReceiptSettings()
    return ReceiptSettings(dealer, vat if 0 <= vat < 100 else DEFAULT_VAT_PERCENT)


@dataclass(frozen=True, slots=True)
class ReceiptClient:
    name: str
    tax_id: str = ""
    email: str = ""
    phone: str = ""


@dataclass(frozen=True, slots=True)
class IncomeLine:
    description: str
    price: Decimal
    on: date | None = None


@dataclass(frozen=True, slots=True)
class ReceiptDocument:
    """One prepared document: the payment it comes from and GreenInvoice's JSON body."""

    payment_id: str
    document_type: DocumentType
    client: ReceiptClient
    total: Decimal
    vat: Decimal
    body: Mapping[str, Any]


def lesson_line(service: str, day: date, amount: Decimal) -> IncomeLine:
    return IncomeLine(LESSON_TEXT.format(service=service, day=day.strftime("%d/%m/%Y")), amount, day)


def package_line(name: str, amount: Decimal) -> IncomeLine:
    return IncomeLine(PACKAGE_TEXT.format(name=name), amount)


def _money(value: Decimal) -> float:
    return float(value.quantize(CENT))


def vat_of(total: Decimal, settings: ReceiptSettings) -> Decimal:
    """The VAT inside a VAT-inclusive total (licensed dealer); none for an exempt dealer."""
    if settings.dealer is DealerType.EXEMPT:
        return Decimal(0)
    rate = settings.vat_percent / 100
    return (total * rate / (1 + rate)).quantize(CENT, rounding=ROUND_HALF_UP)


def payment_line(payment: Payment) -> dict[str, Any]:
    """The `payment` entry of the document: the method's code and its details."""
    details = payment.details
    line: dict[str, Any] = {
        "type": int(PAYMENT_TYPES[payment.method]),
        "date": payment.paid_on.isoformat(),
        "price": _money(payment.amount),
        "currency": CURRENCY,
    }
    if payment.method is PaymentMethod.CHECK:
        line.update(chequeNum=details.check_number, bankName=details.check_bank)
        if details.check_date is not None:
            line["date"] = details.check_date.isoformat()
    elif payment.method is PaymentMethod.CREDIT_CARD:
        installments = max(details.installments, 1)
        deal = DealType.INSTALLMENTS if installments > 1 else DealType.REGULAR
        line.update(cardNum=details.card_last_four, dealType=int(deal), numPayments=installments)
    elif payment.method is PaymentMethod.BANK_TRANSFER:
        line["transactionId"] = details.transfer_reference
    elif payment.method is PaymentMethod.PAYMENT_APP:
        app = APP_TYPES.get(details.app_name.strip().lower())
        if app is not None:
            line["appType"] = app
    return line


def receipt_document(
    payment: Payment,
    client: ReceiptClient,
    lines: list[IncomeLine],
    settings: ReceiptSettings,
    *,
    student_name: str = "",
) -> ReceiptDocument:
    """The document of one payment; income lines always add up to the payment (the rest is an advance)."""
    paid = sum((line.price for line in lines), Decimal(0))
    income = [line for line in lines if line.price > 0]
    if paid < payment.amount:
        income.append(IncomeLine(ADVANCE_TEXT, payment.amount - paid, payment.paid_on))
    exempt = settings.dealer is DealerType.EXEMPT
    vat_type = IncomeVatType.EXEMPT if exempt else IncomeVatType.INCLUDED
    income_rows = []
    for line in income:
        row: dict[str, Any] = {
            "description": line.description,
            "quantity": 1,
            "price": _money(line.price),
            "currency": CURRENCY,
            "vatType": int(vat_type),
        }
        if not exempt:
            row["vatRate"] = float(settings.vat_percent / 100)
        income_rows.append(row)
    client_body: dict[str, Any] = {"name": client.name, "add": False}
    if client.tax_id:
        client_body["taxId"] = client.tax_id
    if client.email:
        client_body["emails"] = [client.email]
    if client.phone:
        client_body["phone"] = client.phone
    body: dict[str, Any] = {
        "type": int(settings.document_type),
        "date": payment.paid_on.isoformat(),
        "lang": LANGUAGE,
        "currency": CURRENCY,
        "vatType": int(DocumentVatType.EXEMPT if exempt else DocumentVatType.DEFAULT),
        "description": DESCRIPTION_TEXT.format(student=student_name or client.name),
        "remarks": payment.notes,
        "signed": True,
        "rounding": False,
        "client": client_body,
        "income": income_rows,
        "payment": [payment_line(payment)],
    }
    return ReceiptDocument(
        str(payment.id),
        settings.document_type,
        client,
        payment.amount,
        vat_of(payment.amount, settings),
        body,
    )
