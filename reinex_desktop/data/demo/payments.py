"""Payments at the demo clinic's desk: every method, a void, a package sold at the desk, families in
credit and in debt, and today's takings for the cash-up."""

from __future__ import annotations

from datetime import timedelta
from decimal import Decimal
from typing import Any
from uuid import UUID

from reinex_desktop.data.demo.context import DemoContext
from reinex_desktop.data.demo.people import StudentPlan
from reinex_desktop.data.demo.rows import DemoRows
from reinex_desktop.domain.catalog import GENERAL_RATE_SERVICE_ID
from reinex_desktop.domain.payments.packages import SALE_PRICE, SOLD_AT_DESK

DESK = ("רונית (מזכירות)", "אורית (מנהלת)")
METHODS: tuple[tuple[str, dict[str, Any]], ...] = (
    ("cash", {}),
    ("check", {"check_number": "004512", "check_bank": "לאומי"}),
    ("credit_card", {"card_last_four": "4580", "installments": 1}),
    ("credit_card", {"card_last_four": "1234", "installments": 3}),
    ("bank_transfer", {"transfer_reference": "העברה 88213"}),
    ("payment_app", {"app_name": "Bit"}),
)
PACKAGE_PRICE = Decimal("1800.00")
PACKAGE_LESSONS = 10


def add_payments(ctx: DemoContext, rows: DemoRows, students: list[StudentPlan]) -> None:
    rng = ctx.rng("payments")
    new_id = ctx.ids("payments")
    payers: dict[UUID, UUID] = {}
    for link in rows.tables.get("student_guardians", []):
        if link.get("is_primary") or link["student_id"] not in payers:
            payers[link["student_id"]] = link["guardian_id"]
    active = [s for s in students if s.is_active]
    chosen = rng.sample(active, min(len(active), len(METHODS) + 2))
    services = [r["id"] for r in rows.tables.get("Services", []) if r["id"] != GENERAL_RATE_SERVICE_ID]
    if not chosen or not services:
        return

    def payment(student: StudentPlan, amount: Decimal, days_ago: int, method: str, details: dict[str, Any]) -> UUID:
        day = ctx.today - timedelta(days=days_ago)
        at = ctx.at(day, 9 + rng.randrange(8), rng.choice((0, 15, 30, 45)))
        identifier = new_id()
        rows.add(
            "payments",
            {
                "id": identifier,
                "student_id": student.id,
                "payer_guardian_id": None if student.is_adult else payers.get(student.id),
                "amount": amount,
                "paid_on": day,
                "method": method,
                "details": details or None,
                "notes": None,
                "taken_by": rng.choice(DESK),
                "taken_by_id": None,
                "created_at": at,
                "updated_at": at,
                "metadata": {"demo": True},
            },
        )
        return identifier

    for index, (student, (method, details)) in enumerate(zip(chosen, METHODS, strict=False)):
        amount = Decimal(rng.choice((180, 220, 360, 440, 500)))
        payment(student, amount, 0 if index < 3 else rng.randrange(1, 21), method, details)

    # A mistake voided by the manager, and the right amount entered again.
    typo = chosen[0]
    wrong = payment(typo, Decimal("2200.00"), 0, "cash", {})
    wrong_row = rows.tables["payments"][-1]
    wrong_row.update(voided_at=wrong_row["created_at"] + timedelta(minutes=5), voided_by=DESK[1])
    wrong_row["void_reason"] = "הוקלד סכום שגוי (2200 במקום 220)"
    assert wrong_row["id"] == wrong

    # A package sold at the desk and paid in part: this family owes the rest.
    buyer = chosen[-1]
    sold = ctx.today - timedelta(days=12)
    package = new_id()
    rows.add(
        "commitments",
        {
            "id": package,
            "student_id": buyer.id,
            "service_id": services[0],
            "total_amount": PACKAGE_PRICE,
            "created_at": ctx.at(sold, 11),
            "expires_at": ctx.at(sold + timedelta(days=365), 23, 59),
            "metadata": {
                "payer_type": "private",
                "status": "active",
                "starts_on": sold.isoformat(),
                "package_name": f"כרטיסייה {PACKAGE_LESSONS} מפגשים",
                "approved_sessions": PACKAGE_LESSONS,
                "unit_price": str(PACKAGE_PRICE / PACKAGE_LESSONS),
                SOLD_AT_DESK: True,
                SALE_PRICE: str(PACKAGE_PRICE),
                "created_by": DESK[0],
            },
        },
    )
    first = payment(buyer, Decimal("1000.00"), 12, "credit_card", {"card_last_four": "9921", "installments": 2})
    rows.add(
        "payment_allocations",
        {
            "id": new_id(),
            "payment_id": first,
            "lesson_participant_id": None,
            "commitment_id": package,
            "amount": Decimal("1000.00"),
            "created_at": ctx.at(sold, 11, 5),
        },
    )
