"""Receipt documents for GreenInvoice: table-driven over every payment method and both dealer kinds.

From the issue's text: income total = payment total; type 400 for an exempt dealer and 320 with
VAT for a licensed one; Hebrew text and the Israeli ID present; method codes and their details.
"""

from __future__ import annotations

import json
import uuid
from datetime import date
from decimal import Decimal

import pytest

from reinex_desktop.domain.payments.payments import Payment, PaymentDetails, PaymentMethod
from reinex_desktop.domain.payments.receipts import (
    DealerType,
    ReceiptClient,
    ReceiptSettings,
    lesson_line,
    package_line,
    receipt_document,
    receipt_settings,
)

D = Decimal
DAY = date(2026, 3, 8)
CLIENT = ReceiptClient("רחל כהן", "123456782", "rachel@example.com", "050-1234567")

#: method, details, the GreenInvoice payment type and the details it must carry.
METHODS = [
    (PaymentMethod.CASH, PaymentDetails(), 1, {}),
    (
        PaymentMethod.CHECK,
        PaymentDetails(check_number="1001", check_bank="לאומי", check_date=date(2026, 4, 1)),
        2,
        {"chequeNum": "1001", "bankName": "לאומי", "date": "2026-04-01"},
    ),
    (
        PaymentMethod.CREDIT_CARD,
        PaymentDetails(card_last_four="4242", installments=3),
        3,
        {"cardNum": "4242", "dealType": 2, "numPayments": 3},
    ),
    (PaymentMethod.CREDIT_CARD, PaymentDetails(card_last_four="1111"), 3, {"dealType": 1, "numPayments": 1}),
    (PaymentMethod.BANK_TRANSFER, PaymentDetails(transfer_reference="TX-77"), 4, {"transactionId": "TX-77"}),
    (PaymentMethod.PAYMENT_APP, PaymentDetails(app_name="Bit"), 10, {"appType": 1}),
]
DEALERS = [
    (ReceiptSettings(DealerType.EXEMPT), 400, 1, 2, D("0")),
    (ReceiptSettings(DealerType.LICENSED, D("18")), 320, 0, 1, D("76.27")),
]


@pytest.mark.parametrize(("method", "details", "code", "expected"), METHODS)
@pytest.mark.parametrize(("settings", "doc_type", "doc_vat", "income_vat", "vat"), DEALERS)
def test_every_method_and_dealer(
    method: PaymentMethod,
    details: PaymentDetails,
    code: int,
    expected: dict[str, object],
    settings: ReceiptSettings,
    doc_type: int,
    doc_vat: int,
    income_vat: int,
    vat: Decimal,
) -> None:
    payment = Payment(uuid.uuid4(), uuid.uuid4(), D("500"), DAY, method, "דנה", details, notes="תודה")
    lines = [lesson_line("רכיבה טיפולית", date(2026, 3, 1), D("220")), package_line("10 שיעורים", D("200"))]
    document = receipt_document(payment, CLIENT, lines, settings, student_name="נועה כהן")
    body = json.loads(json.dumps(document.body, ensure_ascii=False))

    assert sum(D(str(row["price"])) for row in body["income"]) == D("500")
    assert sum(D(str(row["price"])) for row in body["payment"]) == D("500")
    assert (body["type"], body["vatType"], body["currency"], body["lang"]) == (doc_type, doc_vat, "ILS", "he")
    assert {row["vatType"] for row in body["income"]} == {income_vat}
    assert ("vatRate" in body["income"][0]) is (settings.dealer is DealerType.LICENSED)
    assert document.vat == vat
    assert body["client"]["taxId"] == "123456782" and body["client"]["emails"] == ["rachel@example.com"]
    assert body["client"]["name"] == "רחל כהן" and body["client"]["phone"] == "050-1234567"
    descriptions = [row["description"] for row in body["income"]]
    assert descriptions[0] == "רכיבה טיפולית — שיעור מתאריך 01/03/2026"
    assert descriptions[1] == "חבילה: 10 שיעורים" and "זיכוי" in descriptions[2]
    assert all(any("\u0590" <= ch <= "\u05ff" for ch in text) for text in descriptions)
    [line] = body["payment"]
    assert line["type"] == code and line["price"] == 500.0
    assert {key: line[key] for key in expected} == expected


def test_the_dealer_setting_is_read_from_the_clinic_settings() -> None:
    assert receipt_settings({}).dealer is DealerType.EXEMPT
    licensed = receipt_settings({"receipts": {"dealer_type": "licensed", "vat_rate": "17"}})
    assert licensed.dealer is DealerType.LICENSED and licensed.vat_percent == D("17")
    assert receipt_settings({"receipts": {"dealer_type": "nonsense"}}).dealer is DealerType.EXEMPT
