"""`reinex-desktop receipts export`: one GreenInvoice document per payment and a CSV summary, gated."""

from __future__ import annotations

import csv
import json
from datetime import timedelta
from decimal import Decimal
from pathlib import Path

import pytest
from sqlalchemy.engine import Engine

from reinex_desktop.cli import main
from reinex_desktop.data import tables as t
from reinex_desktop.domain.payments.payments import PaymentDetails, PaymentMethod
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services import payments
from tests.ledger_world import NOW, build_world

D = Decimal


def test_export_writes_each_payment_once_with_its_lessons(
    pg_engine: Engine, pg_url: str, tmp_path: Path, capsys: pytest.CaptureFixture[str]
) -> None:
    world = build_world(pg_engine)
    student = world.student("נועה", metadata_={"national_id": "123456782"})
    _lesson, [pid] = world.lesson(student, start=NOW - timedelta(days=2))
    with world.session() as session, session.begin():
        row = session.get(t.ParticipantRow, pid)
        assert row is not None
        row.participant_status, row.price_charged = "attended", D("220")
    world.setting("receipts", {"dealer_type": "licensed", "vat_rate": "18"})
    office = world.context(Role.OFFICE)
    kept = payments.record_payment(office, student_id=student, amount=D("300"), method=PaymentMethod.CASH)
    voided = payments.record_payment(
        office,
        student_id=student,
        amount=D("50"),
        method=PaymentMethod.BANK_TRANSFER,
        details=PaymentDetails(transfer_reference="A1"),
    )
    payments.void_payment(world.context(Role.OWNER), voided, "כפילות")
    day = NOW.date().isoformat()
    out = tmp_path / "out"
    args = ["--lang", "he", "receipts", "export", "--from", day, "--to", day, "--out", str(out)]

    assert main([*args, "--database-url", pg_url]) == 2
    assert "GreenInvoice" in capsys.readouterr().err and not out.exists()

    for _ in range(2):
        assert main([*args, "--database-url", pg_url, "--greeninvoice-enabled"]) == 0
    said = capsys.readouterr().out
    assert "1" in said and "receipts.csv" in said
    [document] = sorted(out.glob("receipt-*.json"))
    body = json.loads(document.read_text(encoding="utf-8"))
    assert str(kept) in document.name and body["type"] == 320 and body["client"]["taxId"] == "123456782"
    assert [line["price"] for line in body["income"]] == [220.0, 80.0]
    assert body["income"][0]["description"].startswith("רכיבה טיפולית")
    with (out / "receipts.csv").open(encoding="utf-8-sig") as handle:
        rows = list(csv.DictReader(handle))
    assert [(r["payment_id"], r["total"], r["vat"]) for r in rows] == [(str(kept), "300.00", "45.76")]
