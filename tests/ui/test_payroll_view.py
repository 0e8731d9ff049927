"""The payroll section: a month per instructor, export in place, CSV; rendered in Hebrew."""

from __future__ import annotations

from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.ui.money.payroll_view import PayrollView
from reinex_desktop.ui.sections import registered_sections
from tests.ledger_world import NOW, World, build_world
from tests.ui.conftest import save_png


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    world = build_world(sqlite_engine)
    service = AttendanceService(world.context())
    students = [world.student(name) for name in ("נועה", "איתי", "מאיה")]
    for i, student in enumerate(students):
        for instructor in (world.instructor_id, world.other_instructor_id):
            lesson, [pid] = world.lesson(student, start=NOW - timedelta(minutes=40 + 50 * i), instructor_id=instructor)
            service.mark_attended(lesson, pid)
    return world


def test_payroll_month_export_and_csv(
    hebrew_app: QApplication, qtbot: QtBot, qtmodeltester: ModelTester, world: World, tmp_path: Path
) -> None:
    view = PayrollView(world.context())
    qtbot.addWidget(view)
    view.resize(1000, 520)
    table = view.findChild(QTableView, "payrollTable")
    qtmodeltester.check(table.model())
    assert table.model().rowCount() == 2
    names = {table.model().index(r, 0).data() for r in range(2)}
    assert names == {"יעל לוי", "אורי ברק"}
    totals = view.findChild(QLabel, "payrollTotals").text()
    assert "570.00" in totals  # 3 × 110 + 3 × 80
    save_png(view, "payroll")

    view.findChild(QPushButton, "payrollExport").click()
    view.findChild(QPushButton, "payrollConfirmExport").click()
    assert "570.00" in view.findChild(QLabel, "payrollStatus").text()
    assert all(e.work_session_id is not None for e in world.rows(t.EarningRow))
    assert not view.findChild(QPushButton, "payrollExport").isEnabled()
    save_png(view, "payroll_exported")

    target = tmp_path / "payroll.csv"
    view.save_csv(target)
    content = target.read_text(encoding="utf-8")
    assert content.startswith("\ufeff") and "יעל לוי" in content and len(content.strip().splitlines()) == 7


def test_only_the_payroll_permission_sees_the_section(world: World) -> None:
    payroll = next(s for s in registered_sections() if s.key == "payroll")
    seen = {role for role in Role if payroll.visible(world.context(role).user)}
    assert seen == {Role.OWNER}
