""" "Add to waiting list…" from the student roster: the selected student's entry editor, from the
keyboard, saving an entry; only for whoever may manage the waiting list (never an instructor)."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.students.roster_view import StudentsView
from reinex_desktop.ui.waiting_list.editor import EntryEditorDialog
from tests.ui.conftest import save_png

TODAY = date(2026, 11, 22)
NOW = local_to_utc(TODAY, time(8), clinic_zone())
ADD = "הוספה לרשימת ההמתנה…"


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    load_demo(sqlite_engine, "small", today=TODAY)
    return sqlite_engine


def context(engine: Engine, role: Role) -> AppContext:
    gateway = TenantDbGateway(engine, clock=fixed_clock(NOW))
    return AppContext(gateway=gateway, user=UserContext.for_role(role, "דנה"), clock=fixed_clock(NOW))


def open_roster(qtbot: QtBot, ctx: AppContext) -> StudentsView:
    view = StudentsView(ctx)
    qtbot.addWidget(view)
    view.resize(1200, 700)
    view.show()
    view.activateWindow()
    QApplication.processEvents()
    return view


def test_the_roster_adds_the_selected_student_to_the_waiting_list_keyboard_only(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context(demo_engine, Role.OFFICE)
    view = open_roster(qtbot, ctx)
    qtbot.waitUntil(lambda: bool(view.shown_ids()))
    student = ctx.gateway.student(view.shown_ids()[2])
    assert student is not None
    view.focus_search()
    view.search(student.full_name)  # Hebrew typed text; QTest cannot synthesize non-Latin keys
    qtbot.keyClick(view._search, Qt.Key.Key_Down)
    assert view.current_id() == student.id
    assert ADD in [action.text() for action in view.build_menu().actions()]
    qtbot.keyClick(view._table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    editor = view.findChild(EntryEditorDialog)
    assert editor is not None and editor.isVisible()
    assert editor.picker.current_student().id == student.id
    service = editor.service.currentData()
    qtbot.keyClick(editor.days[2], Qt.Key.Key_Space)
    save_png(editor, "waiting-list-entry-from-roster-he")
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    before = len(ctx.gateway.waiting_list_entries())
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert not editor.isVisible()
    entries = ctx.gateway.waiting_list_entries()
    assert len(entries) == before + 1
    saved = next(e for e in entries if e.id == editor.saved_id)
    assert saved.student_id == student.id and str(saved.desired_service_id) == service
    assert saved.preferred_days == (2,)


@pytest.mark.parametrize("role", [Role.INSTRUCTOR, Role.READ_ONLY])
def test_no_waiting_list_action_without_the_permission(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine, role: Role
) -> None:
    view = open_roster(qtbot, context(demo_engine, role))
    view.focus_search()
    qtbot.keyClick(view._search, Qt.Key.Key_Down)
    assert ADD not in [action.text() for action in view.build_menu().actions()]
    qtbot.keyClick(view._table, Qt.Key.Key_L, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert view.findChild(EntryEditorDialog) is None
    assert view.add_current_to_waiting_list() is None


def test_the_editors_hours_read_left_to_right_in_hebrew(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine
) -> None:
    view = open_roster(qtbot, context(demo_engine, Role.OFFICE))
    qtbot.waitUntil(lambda: bool(view.shown_ids()))
    editor = view.add_current_to_waiting_list()
    assert isinstance(editor, EntryEditorDialog)
    row = editor.windows[0]
    assert editor.isRightToLeft()
    assert (row.start.text(), row.end.text()) == ("14:00", "17:00")  # not "00:14" / "00:17"
