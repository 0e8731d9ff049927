"""The confirmations screen on the demo clinic: one message per family, answers by keyboard only,
"confirmed" recorded and audited, "not coming" with the calendar's own charge (REQUIREMENTS screen 10)."""

from __future__ import annotations

from datetime import date, time

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt, QUrl
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.attendance.rules import AttendanceAction
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.confirmations.families import FamilyFilter
from reinex_desktop.domain.confirmations.states import ConfirmationState
from reinex_desktop.domain.permissions import Role
from reinex_desktop.i18n import install_language
from reinex_desktop.services.attendance import AttendanceService
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.calendar import attendance_prompts
from reinex_desktop.ui.confirmations import not_coming_prompt
from reinex_desktop.ui.confirmations.confirmations_view import ConfirmationsView
from tests.ui.conftest import save_png

TODAY = date(2026, 11, 22)  # a Sunday
MONDAY = date(2026, 11, 23)


@pytest.fixture
def demo(sqlite_engine: Engine) -> Engine:
    load_demo(sqlite_engine, "small", today=TODAY)
    return sqlite_engine


def context_of(engine: Engine) -> AppContext:
    now = local_to_utc(TODAY, time(15), clinic_zone())
    return AppContext(TenantDbGateway(engine), UserContext.for_role(Role.OFFICE, "דנה"), clock=lambda: now)


def open_view(qtbot: QtBot, engine: Engine) -> ConfirmationsView:
    view = ConfirmationsView(context_of(engine))
    qtbot.addWidget(view)
    view.resize(1400, 800)
    view.show()
    QApplication.processEvents()
    return view


def audit_count(engine: Engine, action: str | None = None) -> int:
    query = sa.select(sa.func.count()).select_from(t.AuditEventRow)
    if action is not None:
        query = query.where(t.AuditEventRow.action == action)
    with engine.connect() as connection:
        return int(connection.execute(query).scalar_one())


def select_family_with_two_lessons(qtbot: QtBot, view: ConfirmationsView) -> int:
    """Move down the list by keyboard to the first family with more than one waiting lesson."""
    view.table.setFocus()
    for row in range(view.model.rowCount()):
        entry = view.selected()
        assert entry is not None
        if len(entry.family.pending) > 1:
            return row
        qtbot.keyClick(view.table, Qt.Key.Key_Down)
    raise AssertionError("the demo clinic has no family with two lessons that day")


def test_opens_on_the_next_business_day_with_one_message_per_family(qtbot, hebrew_app, demo) -> None:
    view = open_view(qtbot, demo)
    assert view.current_day() == MONDAY
    assert view.model.filter is FamilyFilter.NOT_ASKED and view.model.rowCount() > 5
    row = select_family_with_two_lessons(qtbot, view)
    entry = view.selected()
    assert entry is not None and view.table.currentIndex().row() == row
    names = {lesson.student_first_name for lesson in entry.family.pending}
    text = view.message.toPlainText()
    assert text == entry.text and text.startswith(f"שלום {entry.family.guardian.first_name}")
    for lesson in entry.family.pending:
        assert f"{lesson.start:%H:%M}" in text and lesson.student_first_name in text
    assert "/ה" not in text and len(names) > 1 and "יגיעו?" in text
    assert entry.whatsapp_url is not None and entry.whatsapp_url.startswith("https://wa.me/972")
    assert view.progress.text().startswith(f"{len(view.round.families)} משפחות")
    save_png(view, "confirmations_he")


def test_a_family_confirmed_in_one_keystroke_is_recorded_and_audited(qtbot, hebrew_app, demo) -> None:
    view = open_view(qtbot, demo)
    select_family_with_two_lessons(qtbot, view)
    entry = view.selected()
    assert entry is not None
    following = view.model.entry(view.table.currentIndex().row() + 1)
    audits = audit_count(demo, "attendance.confirm")
    qtbot.keyClick(view.table, Qt.Key.Key_1)
    assert audit_count(demo, "attendance.confirm") == audits + len(entry.family.pending)
    gateway = TenantDbGateway(demo)
    for lesson in entry.family.pending:
        stored = next(p for p in gateway.lesson(lesson.lesson_id).participants if p.id == lesson.participant_id)
        assert stored.attendance_confirmed_at is not None and stored.metadata["confirmation"]["by"]["name"] == "דנה"
    # The family left the "not asked" list and the next family is selected, ready for its answer.
    assert view.model.row_of(entry.family.key) == -1
    assert following is not None and view.selected().family.key == following.family.key
    view.set_filter(FamilyFilter.CONFIRMED)
    assert view.model.row_of(entry.family.key) >= 0


def test_not_coming_shows_the_charge_the_calendar_would_and_declining_writes_nothing(
    qtbot, hebrew_app, demo, monkeypatch
) -> None:
    view = open_view(qtbot, demo)
    view.table.setFocus()
    entry = view.selected()
    assert entry is not None
    lesson = entry.family.pending[0]
    calendar = AttendanceService(context_of(demo)).preview(
        lesson.lesson_id, lesson.participant_id, AttendanceAction.CANCEL_BY_STUDENT
    )
    shown: list[str] = []
    monkeypatch.setattr(
        not_coming_prompt,
        "ask_not_coming",
        lambda _parent, previews: shown.extend(not_coming_prompt.charge_lines(previews)) and False,
    )
    monkeypatch.setattr(
        "reinex_desktop.ui.confirmations.confirmations_view.ask_not_coming", not_coming_prompt.ask_not_coming
    )
    audits = audit_count(demo)
    qtbot.keyClick(view.table, Qt.Key.Key_2)
    assert shown and attendance_prompts.charge_text(calendar) in shown[0]
    assert audit_count(demo) == audits, "declining the question changes nothing"
    assert view.selected().family.key == entry.family.key


def test_the_not_coming_question_defaults_to_dont_record(qtbot, hebrew_app, demo) -> None:
    view = open_view(qtbot, demo)
    entry = view.selected()
    previews = view.service.preview_not_coming(entry.family)
    box, record = not_coming_prompt.not_coming_box(view, previews)
    assert box.defaultButton() is not record and box.escapeButton() is box.defaultButton()


def test_the_whole_round_by_keyboard(qtbot, hebrew_app, demo, monkeypatch) -> None:
    opened: list[str] = []
    monkeypatch.setattr(
        "reinex_desktop.ui.confirmations.confirmations_view.QDesktopServices.openUrl",
        lambda url: opened.append(url) or True,
    )
    monkeypatch.setattr(
        "reinex_desktop.ui.confirmations.confirmations_view.ask_not_coming", lambda _parent, _previews: True
    )
    view = open_view(qtbot, demo)
    view.table.setFocus()
    total = view.model.rowCount()
    first = view.selected()
    # C copies the message (and notes the family as asked); Enter opens WhatsApp.
    qtbot.keyClick(view.table, Qt.Key.Key_C)
    assert QGuiApplication.clipboard().text() == first.text
    assert audit_count(demo, "attendance.confirmation_request") == len(first.family.pending)
    assert view.model.rowCount() == total - 1, "an asked family moves to 'asked, no answer'"
    second = view.selected()
    qtbot.keyClick(view.table, Qt.Key.Key_Return)
    assert opened and opened[-1] == QUrl(second.whatsapp_url)
    # Ctrl+2 shows the families waiting for an answer; 3 keeps "no answer" on the first of them.
    qtbot.keyClick(view.table, Qt.Key.Key_2, Qt.KeyboardModifier.ControlModifier)
    assert view.model.filter is FamilyFilter.WAITING and view.model.rowCount() == 2
    waiting = view.selected()
    qtbot.keyClick(view.table, Qt.Key.Key_3)
    assert audit_count(demo, "attendance.confirmation_request") == len(first.family.pending) + len(
        second.family.pending
    ) + len(waiting.family.pending)
    assert {lesson.state for lesson in view.model.entry(view.model.row_of(waiting.family.key)).family.lessons} >= {
        ConfirmationState.NO_ANSWER
    }
    # 2 records "not coming" (the question answered yes): the student cancelled, charged by the rules.
    target = view.selected()
    qtbot.keyClick(view.table, Qt.Key.Key_2)
    assert audit_count(demo, "attendance.cancel_by_student") >= len(target.family.pending)
    # Ctrl+4 lists everyone; the progress line counts the answers.
    qtbot.keyClick(view.table, Qt.Key.Key_4, Qt.KeyboardModifier.ControlModifier)
    assert view.model.rowCount() == len(view.round.families)
    after = view.model.entry(view.model.row_of(target.family.key)).family
    waited = {lesson.participant_id for lesson in target.family.pending}
    assert {lesson.state for lesson in after.lessons if lesson.participant_id in waited} == {
        ConfirmationState.NOT_COMING
    }
    assert view.round.progress.waiting >= 1 and "ממתינ" in view.progress.text()


def test_renders_in_english_left_to_right(qtbot, hebrew_app, demo) -> None:
    install_language(hebrew_app, "en")
    view = open_view(qtbot, demo)
    assert view.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert view.title.text().startswith("Confirmations for Monday")
    assert view.progress.text().startswith(f"{len(view.round.families)} families")
    save_png(view, "confirmations_en")


def test_the_families_model_passes_the_model_tester(qtbot, hebrew_app, demo, qtmodeltester) -> None:
    view = open_view(qtbot, demo)
    qtmodeltester.check(view.model)
    view.set_filter(FamilyFilter.ALL)
    qtmodeltester.check(view.model)


def test_the_student_editor_keeps_the_gender_in_metadata(qtbot, hebrew_app, demo) -> None:
    from PySide6.QtWidgets import QComboBox

    from reinex_desktop.domain.enums import Gender
    from reinex_desktop.ui.students.student_editor import StudentEditorDialog

    context = context_of(demo)
    student = next(s for s in context.gateway.students() if s.gender is None)
    editor = StudentEditorDialog(context, student)
    qtbot.addWidget(editor)
    combo = editor.findChild(QComboBox, "gender")
    assert combo.currentData() == "" and combo.count() == 3
    combo.setCurrentIndex(combo.findData(Gender.FEMALE.value))
    editor.save()
    saved = context.gateway.student(student.id)
    assert saved.gender is Gender.FEMALE and saved.metadata.get("national_id") == student.national_id
    events = context.gateway.audit_events(entity_type="students", entity_id=str(student.id))
    assert events and events[0].after == {"gender": "female"}
    again = StudentEditorDialog(context, saved)
    qtbot.addWidget(again)
    assert again.findChild(QComboBox, "gender").currentData() == "female"


def test_settings_show_the_family_template_with_its_placeholders(qtbot, hebrew_app, demo) -> None:
    from PySide6.QtWidgets import QLabel, QPlainTextEdit

    from reinex_desktop.ui.settings.settings_view import SettingsView

    view = SettingsView(AppContext(TenantDbGateway(demo), UserContext.for_role(Role.OWNER, "דנה")))
    qtbot.addWidget(view)
    view.resize(1100, 900)
    view.show_tab(2)
    editor = view.findChild(QPlainTextEdit, "template_family_confirmation")
    preview = view.findChild(QLabel, "preview_family_confirmation")
    assert "{lessons}" in editor.toPlainText() and "האם נועה ודן יגיעו?" in preview.text()
    assert "{children}" in view.findChild(QLabel, "placeholderHelp").text()
    editor.setPlainText("שלום {guardian} {student}")  # {student} belongs to the one-lesson messages
    assert "{student}" in preview.text() and "⚠" in preview.text()
    save_png(view, "settings_messages_family_he")


def test_counts_use_the_plural_forms_of_each_language(qtbot, hebrew_app, demo) -> None:
    from reinex_desktop.domain.confirmations.families import RoundProgress

    view = open_view(qtbot, demo)
    one = RoundProgress(families=1, confirmed=1, not_coming=0, waiting=2, not_asked=0)
    assert view.progress_text(one) == "משפחה אחת: אחת אישרה, 0 לא מגיעות, 2 ממתינות לתשובה, 0 עוד לא נשאלו"
    install_language(hebrew_app, "en")
    assert view.progress_text(one) == "1 family: 1 confirmed, 0 not coming, 2 waiting for an answer, 0 not asked yet"
    assert view.progress_text(RoundProgress(2, 0, 0, 0, 2)).startswith("2 families:")
