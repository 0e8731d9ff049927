"""Payroll export to "WorkSessions": no duplicates, links both ways, corrections follow (plan §4.2.8)."""

from __future__ import annotations

import threading
from collections.abc import Iterator
from datetime import timedelta
from decimal import Decimal

import pytest
import sqlalchemy as sa
from PySide6.QtWidgets import QApplication
from sqlalchemy.engine import Engine

from reinex_desktop.cli import main
from reinex_desktop.data import tables as t
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.clinic_time import clinic_zone, local_date
from reinex_desktop.domain.payroll.commands import ExportPayroll
from reinex_desktop.domain.payroll.export import Month
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.text import DomainError
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.services.payroll import export_payroll, payroll_csv, payroll_month
from reinex_desktop.sync.mutations import Outcome
from tests.ledger_world import NOW, World, build_world

D = Decimal
ZONE = clinic_zone()


@pytest.fixture
def world(pg_engine: Engine) -> Iterator[World]:
    yield build_world(pg_engine)
    pg_engine.dispose()  # give the pooled connections back to the server now, not at the end of the run


def completed_lessons(world: World, count: int = 3) -> tuple[Month, list[object]]:
    """`count` attended lessons in the current month (hours apart, same day), by one instructor."""
    service = AttendanceService(world.context())
    student = world.student()
    lessons = []
    for i in range(count):
        lesson, [pid] = world.lesson(student, start=NOW - timedelta(minutes=30 + 50 * i))
        service.mark_attended(lesson, pid)
        lessons.append((lesson, pid))
    return Month.of(local_date(NOW - timedelta(minutes=30 + 50 * (count - 1)), ZONE)), lessons


def test_export_twice_creates_no_duplicate_and_links_both_ways(world: World) -> None:
    month, _ = completed_lessons(world)
    context = world.context()

    first = export_payroll(context, month)
    second = export_payroll(context, month)

    assert first.earnings_exported == 3 and first.total_payment == D("330.00")
    assert second.work_session_ids == () and second.earnings_exported == 0
    sessions = world.rows(t.WorkSessionRow)
    assert len(sessions) == len(first.work_session_ids) >= 1
    earnings = world.rows(t.EarningRow)
    for session in sessions:
        assert session.metadata_["source_system"] == "reinex"
        linked = {str(e.id) for e in earnings if e.work_session_id == session.id}
        assert set(session.metadata_["source_ref"]) == linked
        assert session.entry_type == "session" and session.rate_used == D("110") and not session.deleted
    assert all(e.work_session_id is not None for e in earnings)
    assert sum(s.total_payment for s in sessions) == D("330.00")
    assert sum(s.sessions_count for s in sessions) == 3
    assert payroll_month(context, month).pending == ()


def test_the_database_generates_the_work_session_ids(world: World) -> None:
    month, _ = completed_lessons(world, 1)
    result = export_payroll(world.context(), month)
    with world.engine.connect() as connection:
        default = connection.execute(
            sa.text(
                "SELECT column_default FROM information_schema.columns "
                "WHERE table_name = 'WorkSessions' AND column_name = 'id'"
            )
        ).scalar()
    assert default == "gen_random_uuid()"
    assert [s.id for s in world.rows(t.WorkSessionRow)] == list(result.work_session_ids)


def test_a_correction_after_export_goes_to_payroll_as_a_negative_row(world: World) -> None:
    month, [(lesson, pid), *_] = completed_lessons(world)
    context = world.context()
    export_payroll(context, month)
    AttendanceService(context).correct(lesson, pid, reason="לא התקיים")

    pending = payroll_month(context, month)
    assert pending.pending_earnings == 1 and pending.pending_total == D("-110.00")
    result = export_payroll(context, month)
    assert result.total_payment == D("-110.00")
    negative = [s for s in world.rows(t.WorkSessionRow) if s.total_payment < 0]
    assert len(negative) == 1 and negative[0].sessions_count == -1
    [summary] = payroll_month(context, month).instructors
    assert summary.lessons == 2 and summary.total == D("220.00") and summary.pending_total == 0


def test_an_earning_corrected_before_any_export_never_reaches_payroll(world: World) -> None:
    month, [(lesson, pid), *_] = completed_lessons(world)
    context = world.context()
    AttendanceService(context).correct(lesson, pid, reason="טעות")
    result = export_payroll(context, month)
    assert result.earnings_exported == 2 and result.total_payment == D("220.00")
    assert export_payroll(context, month).earnings_exported == 0


def test_two_exports_at_once_create_each_row_once(world: World) -> None:
    month, _ = completed_lessons(world)
    owner = Actor(None, "דנה", "owner")
    results = []
    threads = [
        threading.Thread(target=lambda: results.append(world.apply(ExportPayroll(str(month)), owner))) for _ in range(3)
    ]
    for thread in threads:
        thread.start()
    for thread in threads:
        thread.join()
    assert {r.outcome for r in results} == {Outcome.APPLIED}
    sessions = world.rows(t.WorkSessionRow)
    refs = [ref for s in sessions for ref in s.metadata_["source_ref"]]
    assert len(refs) == len(set(refs)) == 3


def test_only_the_payroll_permission_exports(world: World) -> None:
    month, _ = completed_lessons(world, 1)
    for role in (Role.ADMIN, Role.OFFICE, Role.INSTRUCTOR, Role.READ_ONLY):
        with pytest.raises(DomainError, match="may not"):
            export_payroll(world.context(role), month)
    verdict = world.apply(ExportPayroll(str(month)), Actor(None, "מנהלת", "admin"))
    assert verdict.outcome is Outcome.REJECTED and world.rows(t.WorkSessionRow) == []


def test_csv_has_a_bom_hebrew_headers_and_one_line_per_earning(world: World) -> None:
    month, _ = completed_lessons(world, 2)

    def hebrew(_context: str, source: str) -> str:
        return {"Instructor": "מדריך/ה", "No": "לא"}.get(source, source)

    text = payroll_csv(world.context(), month, hebrew)
    assert text.startswith("\ufeffמדריך/ה,")
    rows = text.strip().split("\r\n")
    assert len(rows) == 3 and rows[1].startswith("יעל לוי,101,") and rows[1].split(",")[8] == "לא"


def test_the_command_line_exports_once_and_says_so(
    qapp: QApplication, world: World, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    """`qapp` first: the command reuses the running application instead of creating a bare core one."""
    month, _ = completed_lessons(world)
    assert main(["--lang", "en", "payroll", "export", "--month", str(month), "--database-url", pg_url]) == 0
    first = capsys.readouterr().out
    assert main(["--lang", "en", "payroll", "export", "--month", str(month), "--database-url", pg_url]) == 0
    second = capsys.readouterr().out
    assert "work sessions created from 3 lesson earnings" in first and "330.00" in first
    assert "nothing to export" in second
    assert len({ref for s in world.rows(t.WorkSessionRow) for ref in s.metadata_["source_ref"]}) == 3
    assert main(["--lang", "en", "payroll", "summary", "--month", str(month), "--database-url", pg_url]) == 0
    assert "יעל לוי: 3 lessons" in capsys.readouterr().out


def test_the_command_line_refuses_a_bad_month_clearly(
    qapp: QApplication, pg_url: str, capsys: pytest.CaptureFixture[str]
) -> None:
    assert main(["--lang", "en", "payroll", "export", "--month", "11/2026", "--database-url", pg_url]) == 2
    assert "YYYY-MM" in capsys.readouterr().err
