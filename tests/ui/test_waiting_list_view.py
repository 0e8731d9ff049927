"""The waiting list section on the small demo clinic, in Hebrew, operated from the keyboard."""

from __future__ import annotations

from datetime import date, time, timedelta

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QDialogButtonBox, QMessageBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.sections import registered_sections
from reinex_desktop.ui.waiting_list.convert_dialog import ConvertDialog
from reinex_desktop.ui.waiting_list.editor import EntryEditorDialog
from reinex_desktop.ui.waiting_list.view import WaitingListView
from tests.ui.conftest import save_png

TODAY = date(2026, 11, 22)
NOW = local_to_utc(TODAY, time(8), clinic_zone())


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    load_demo(sqlite_engine, "small", today=TODAY)
    return sqlite_engine


def context(engine: Engine, role: Role = Role.ADMIN) -> AppContext:
    gateway = TenantDbGateway(engine, clock=fixed_clock(NOW))
    return AppContext(gateway=gateway, user=UserContext.for_role(role, "דנה"), clock=fixed_clock(NOW))


def open_view(qtbot: QtBot, ctx: AppContext) -> WaitingListView:
    view = WaitingListView(ctx)
    qtbot.addWidget(view)
    view.resize(1500, 800)
    view.show()
    view.entries.setFocus()
    QApplication.processEvents()
    return view


def test_the_section_lists_entries_in_queue_order_with_matches_and_filters(
    hebrew_app: QApplication, qtbot: QtBot, qtmodeltester: object, demo_engine: Engine
) -> None:
    view = open_view(qtbot, context(demo_engine))
    rows = view.entries_model.rows
    assert len(rows) == 14
    flags = [item.entry.priority_flag for item in rows]
    assert flags == sorted(flags, reverse=True)
    assert view.entries_model.data(view.entries_model.index(0, 0)) == "★"
    assert view.matches_model.rowCount() > 0 and view.matches_model.rows == rows[0].candidates
    assert "זמן פנוי של" in view.matches_model.data(view.matches_model.index(0, 4))
    qtmodeltester.check(view.entries_model)  # type: ignore[attr-defined]
    qtmodeltester.check(view.matches_model)  # type: ignore[attr-defined]
    qtbot.keyClick(view.entries, Qt.Key.Key_Down)
    assert view.matches_model.rows == rows[1].candidates
    save_png(view, "waiting-list-he")
    view.priority.setChecked(True)
    assert all(item.entry.priority_flag for item in view.entries_model.rows) and view.entries_model.rows
    view.priority.setChecked(False)
    service = rows[0].entry.desired_service_id
    view.service.setCurrentIndex(view.service.findData(str(service)))
    assert {item.entry.desired_service_id for item in view.entries_model.rows} == {service}
    view.service.setCurrentIndex(0)
    teacher = rows[0].candidates[0].instructor_id
    view.instructor.setCurrentIndex(view.instructor.findData(str(teacher)))
    assert all(c.instructor_id == teacher for item in view.entries_model.rows for c in item.candidates)


def test_booking_a_match_from_the_keyboard_declined_then_created(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine
) -> None:
    ctx = context(demo_engine, Role.OFFICE)
    view = open_view(qtbot, ctx)
    first = view.entries_model.rows[0]
    best = first.candidates[0]
    window = (best.start - timedelta(hours=1), best.end + timedelta(hours=1))
    before = ctx.gateway.lessons_between(*window)
    assert not view.series_button.isVisible()  # the office books; managers make series
    qtbot.keyClick(view.entries, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = view.findChild(ConvertDialog)
    assert dialog is not None and dialog.isVisible()
    save_png(dialog, "waiting-list-convert-he")
    qtbot.keyClick(dialog, Qt.Key.Key_Escape)  # Cancel is the default: nothing is written
    assert ctx.gateway.lessons_between(*window) == before
    assert ctx.gateway.waiting_list_entry(first.entry.id).status is WaitingListStatus.OPEN
    dialog.deleteLater()
    qtbot.keyClick(view.entries, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    dialog = next(d for d in view.findChildren(ConvertDialog) if d.isVisible())
    dialog.create_button.setFocus()
    qtbot.keyClick(dialog.create_button, Qt.Key.Key_Space)
    assert not dialog.isVisible()
    created = [lesson for lesson in ctx.gateway.lessons_between(*window) if lesson not in before]
    assert len(created) == 1 and created[0].datetime_start == best.start
    assert first.entry.student_id in {p.student_id for p in created[0].participants}
    stored = ctx.gateway.waiting_list_entry(first.entry.id)
    assert stored.status is WaitingListStatus.MATCHED and stored.metadata["matched_lesson_id"] == str(created[0].id)
    assert first.entry.id not in [item.entry.id for item in view.entries_model.rows]


def test_a_new_entry_from_the_keyboard_with_the_duplicate_question(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    ctx = context(demo_engine, Role.OFFICE)
    view = open_view(qtbot, ctx)
    flagged = next(item.entry for item in view.entries_model.rows if item.entry.metadata.get("duplicate_of"))
    qtbot.keyClick(view.entries, Qt.Key.Key_N, Qt.KeyboardModifier.ControlModifier)
    editor = view.findChild(EntryEditorDialog)
    assert editor is not None and editor.isVisible()
    assert editor.picker.choose(flagged.student_id)
    editor.service.setCurrentIndex(editor.service.findData(str(flagged.desired_service_id)))
    qtbot.keyClick(editor.days[1], Qt.Key.Key_Space)
    asked: list[str] = []

    def decline(*args: object, **kwargs: object) -> QMessageBox.StandardButton:
        asked.append(str(args[2]))
        return QMessageBox.StandardButton.Cancel

    monkeypatch.setattr(QMessageBox, "question", decline)
    save = editor.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save)
    save.setFocus()
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert asked and "כפל" in asked[0] and editor.isVisible()
    before = len(ctx.gateway.waiting_list_entries())
    monkeypatch.setattr(QMessageBox, "question", lambda *a, **k: QMessageBox.StandardButton.Save)
    qtbot.keyClick(save, Qt.Key.Key_Space)
    assert not editor.isVisible()
    assert len(ctx.gateway.waiting_list_entries()) == before + 1
    save_png(view, "waiting-list-after-new-he")


def test_instructors_do_not_see_the_section_and_read_only_cannot_write(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine
) -> None:
    section = next(s for s in registered_sections() if s.key == "waiting_list")
    assert not section.visible(context(demo_engine, Role.INSTRUCTOR).user)
    assert section.visible(context(demo_engine, Role.OFFICE).user)
    view = open_view(qtbot, context(demo_engine, Role.READ_ONLY))
    assert view.entries_model.rows
    assert not view.new_button.isVisible() and not view.book_button.isVisible()


def test_the_student_profile_opens_the_entry_editor_for_that_student(
    hebrew_app: QApplication, qtbot: QtBot, demo_engine: Engine
) -> None:
    from reinex_desktop.ui.students.profile_dialog import StudentProfileDialog
    from reinex_desktop.ui.waiting_list.profile_page import WaitingListProfilePage

    ctx = context(demo_engine, Role.OFFICE)
    student = ctx.gateway.waiting_list_entries()[0].student_id
    dialog = StudentProfileDialog(ctx, student)
    qtbot.addWidget(dialog)
    dialog.show()
    qtbot.waitUntil(lambda: dialog.findChild(WaitingListProfilePage) is not None)
    page = dialog.findChild(WaitingListProfilePage)
    assert page.new_button.isVisibleTo(page)
    page.new_button.setFocus()
    qtbot.keyClick(page.new_button, Qt.Key.Key_Space)
    editor = page.findChild(EntryEditorDialog)
    assert editor is not None and editor.picker.current_student().id == student
    instructor = StudentProfileDialog(context(demo_engine, Role.INSTRUCTOR), student)
    qtbot.addWidget(instructor)
    assert instructor.findChild(WaitingListProfilePage) is None
