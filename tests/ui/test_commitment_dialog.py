"""Opening a commitment from the dialog: payer details, lesson count × price, clear refusals."""

from __future__ import annotations

from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.permissions import Role
from reinex_desktop.ui.money.commitment_dialog import CommitmentDialog
from tests.ledger_world import World, build_world
from tests.ui.conftest import save_png


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def test_an_hmo_commitment_from_lessons_and_price(hebrew_app: QApplication, qtbot: QtBot, world: World) -> None:
    student = world.student("נועה")
    dialog = CommitmentDialog(world.context(Role.ADMIN), student, "נועה כהן")
    qtbot.addWidget(dialog)
    dialog.payer.setCurrentIndex(dialog.payer.findData("clalit"))
    dialog.lessons.setValue(10)
    assert dialog.unit_price.text() == "220.00" and dialog.total.text() == "2200.00"
    dialog.approval.setText("CL-123456")
    dialog.show()
    save_png(dialog, "commitment_dialog")
    with qtbot.waitSignal(dialog.commitment_created):
        dialog.submit()
    [row] = world.rows(t.CommitmentRow)
    assert row.total_amount == Decimal("2200.00") and row.student_id == student and row.expires_at is not None
    assert row.metadata_["payer_type"] == "clalit" and row.metadata_["approval_number"] == "CL-123456"
    assert row.metadata_["approved_sessions"] == 10 and row.metadata_["unit_price"] == "220.00"
    assert world.gateway.audit_events(entity_type="commitments")


def test_form_17_is_required_for_meuhedet_and_bad_amounts_are_explained(
    hebrew_app: QApplication, qtbot: QtBot, world: World
) -> None:
    student = world.student()
    dialog = CommitmentDialog(world.context(), student)
    qtbot.addWidget(dialog)
    error = dialog.findChild(QLabel, "commitmentError")
    dialog.total.setText("12O0")
    dialog.submit()
    assert "12O0" in error.text()
    dialog.total.setText("1200")
    dialog.payer.setCurrentIndex(dialog.payer.findData("meuhedet"))
    dialog.submit()
    assert "17" in error.text() and world.rows(t.CommitmentRow) == []


def test_office_cannot_open_commitments(hebrew_app: QApplication, qtbot: QtBot, world: World) -> None:
    dialog = CommitmentDialog(world.context(Role.OFFICE), world.student())
    qtbot.addWidget(dialog)
    dialog.total.setText("500")
    dialog.submit()
    assert dialog.findChild(QLabel, "commitmentError").text() and world.rows(t.CommitmentRow) == []
