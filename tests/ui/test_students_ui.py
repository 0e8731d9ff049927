"""The students screens in Hebrew: search → open profile → edit → save, guardians, import, models."""

from __future__ import annotations

from pathlib import Path

import pytest
from PySide6.QtCore import QDate, QEvent, Qt
from PySide6.QtGui import QKeyEvent
from PySide6.QtWidgets import QApplication, QComboBox, QLabel, QLineEdit, QPushButton, QTableView, QWidget
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.enums import Relationship
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.students.roster import load_roster
from reinex_desktop.ui.students import open_student
from reinex_desktop.ui.students.guardian_editor import GuardiansDialog
from reinex_desktop.ui.students.import_dialog import ImportPlanModel, ImportPreviewDialog
from reinex_desktop.ui.students.profile_dialog import StudentProfileDialog, contact_links
from reinex_desktop.ui.students.record_model import Column, RecordTableModel
from reinex_desktop.ui.students.roster_model import RosterModel
from reinex_desktop.ui.students.roster_view import StudentsView
from reinex_desktop.ui.students.student_editor import ActiveDialog, StudentEditorDialog
from tests.students_seed import Clinic, context_for, seed_clinic
from tests.ui.conftest import save_png


@pytest.fixture
def clinic(sqlite_engine: Engine) -> Clinic:
    return seed_clinic(sqlite_engine)


def child(widget: QWidget, kind: type, name: str) -> object:
    found = widget.findChild(kind, name)
    assert found is not None, name
    return found


def type_into(widget: QWidget, text: str) -> None:
    """Type `text` key by key (QTest only knows ASCII keys; Hebrew goes as key events with text)."""
    for char in text:
        for kind in (QEvent.Type.KeyPress, QEvent.Type.KeyRelease):
            QApplication.sendEvent(widget, QKeyEvent(kind, Qt.Key.Key_unknown, Qt.KeyboardModifier.NoModifier, char))


def roster_names(view: StudentsView) -> list[str]:
    table = child(view, QTableView, "studentRoster")
    model = table.model()  # type: ignore[attr-defined]
    return [model.index(row, 0).data() for row in range(model.rowCount())]


def test_search_open_profile_edit_and_save(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    context = context_for(clinic.engine, Role.ADMIN)
    view = StudentsView(context)
    qtbot.addWidget(view)
    view.resize(1200, 500)
    view.show()
    assert view.isRightToLeft()
    assert set(roster_names(view)) == {"דנה כהן", "משה לוי", "Noa Levi"}
    search = child(view, QLineEdit, "studentSearch")
    type_into(search, "כהנ")  # type: ignore[arg-type]  # a regular nun where the name has a final one
    assert roster_names(view) == ["דנה כהן"]
    save_png(view, "students_roster_search_he")
    search.clear()  # type: ignore[attr-defined]
    type_into(search, "052-765")  # type: ignore[arg-type]  # the father's phone
    assert roster_names(view) == ["דנה כהן"]

    opened: list[object] = []
    view.student_opened.connect(opened.append)
    qtbot.keyClick(search, Qt.Key.Key_Return)
    assert opened == [clinic.dana]
    dialog = next(w for w in QApplication.topLevelWidgets() if isinstance(w, StudentProfileDialog) and w.isVisible())
    qtbot.addWidget(dialog)
    assert dialog.profile is not None and dialog.profile.student.id == clinic.dana
    assert "אלרגיה לבוטנים" in child(dialog, QLabel, "profileFlags").text()  # type: ignore[attr-defined]

    editor = dialog.edit_details()
    assert isinstance(editor, StudentEditorDialog)
    assert editor.medical is not None and editor.medical.flags()[0].label == "אלרגיה לבוטנים"
    editor.last_name.setText("כהן-אלמוג")
    editor.notes.setPlainText("מגיעה עם אחיה")
    save_png(editor, "student_editor_edit_he")
    editor.save()
    assert not editor.isVisible()
    assert dialog.profile.student.last_name == "כהן-אלמוג"  # reloaded after the save
    assert dialog.windowTitle().endswith("דנה כהן-אלמוג")
    assert roster_names(view)[0] == "דנה כהן-אלמוג"  # the roster refreshed itself too
    dialog.close()


def test_roster_filter_and_keyboard(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    view = StudentsView(context_for(clinic.engine, Role.OFFICE))
    qtbot.addWidget(view)
    view.show()
    combo = child(view, QComboBox, "studentFilter")
    combo.setCurrentIndex(1)  # type: ignore[attr-defined]
    assert roster_names(view) == ["אורי שמש (לא פעיל)"]
    combo.setCurrentIndex(2)  # type: ignore[attr-defined]
    assert len(roster_names(view)) == 4
    table = child(view, QTableView, "studentRoster")
    assert table.isColumnHidden(7) is False  # office sees balance warnings (financial view)
    search = child(view, QLineEdit, "studentSearch")
    qtbot.keyClick(search, Qt.Key.Key_Down)
    assert table.currentIndex().row() == 0  # type: ignore[attr-defined]
    table.sortByColumn(1, Qt.SortOrder.DescendingOrder)  # type: ignore[attr-defined]
    assert roster_names(view)[0] == "משה לוי"  # the oldest first
    table.setCurrentIndex(table.model().index(0, 0))  # type: ignore[attr-defined]
    opened: list[object] = []
    view.student_opened.connect(opened.append)
    qtbot.keyClick(table, Qt.Key.Key_Return)  # type: ignore[arg-type]
    assert opened == [clinic.moshe]
    for widget in QApplication.topLevelWidgets():
        if isinstance(widget, StudentProfileDialog):
            widget.close()


def test_instructor_sees_only_assigned_students_and_no_edit_buttons(
    qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic
) -> None:
    context = context_for(clinic.engine, Role.INSTRUCTOR, employee_id=clinic.avi)
    view = StudentsView(context)
    qtbot.addWidget(view)
    assert roster_names(view) == ["דנה כהן"]
    assert not child(view, QPushButton, "newStudent").isVisibleTo(view)  # type: ignore[attr-defined]
    assert child(view, QTableView, "studentRoster").isColumnHidden(7)  # type: ignore[attr-defined]
    dialog = StudentProfileDialog(context, clinic.dana)
    qtbot.addWidget(dialog)
    assert not child(dialog, QPushButton, "profile_edit").isVisibleTo(dialog)  # type: ignore[attr-defined]
    assert "אלרגיה לבוטנים" in child(dialog, QLabel, "profileFlags").text()  # type: ignore[attr-defined]
    other = StudentProfileDialog(context, clinic.moshe)
    qtbot.addWidget(other)
    assert other.profile is None
    assert "משויך" in child(other, QLabel, "profileError").text()  # type: ignore[attr-defined]


def test_profile_tabs_and_contact_links(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    context = context_for(clinic.engine, Role.OWNER)
    dialog = open_student(context, clinic.dana)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 640)
    assert dialog.tab_titles() == [
        "פרטים",
        "אנשי קשר (2)",
        "שיעורים קבועים",
        "שיעורים קרובים",
        "היסטוריה",
        "התחייבויות",
        "טפסים",
        "רשימת המתנה",
        "חשבון",
    ]
    assert child(dialog, QPushButton, "contact_whatsapp").property("url") == "https://wa.me/972531234567"  # type: ignore[attr-defined]
    save_png(dialog, "student_profile_details_he")
    history = dialog.show_tab(4)
    table = child(history, QTableView, "historyTable")
    texts = [table.model().index(0, c).data() for c in range(6)]  # type: ignore[attr-defined]
    assert "לא הגיע" in texts[3] and "200.00" in texts[4] and texts[5] == "לא תועד"
    save_png(dialog, "student_profile_history_he")
    commitments = dialog.show_tab(5)
    balance = child(commitments, QTableView, "commitmentsTable").model()  # type: ignore[attr-defined]
    assert "1,150.00" in balance.index(0, 4).data()
    entries = child(commitments, QTableView, "consumptionTable").model()  # type: ignore[attr-defined]
    assert entries.rowCount() == 2
    save_png(dialog, "student_profile_commitments_he")
    new = dialog.new_commitment()  # the money screens' dialog, opened for this student
    assert new is not None and new.objectName() == "commitmentDialog" and new.isVisible()
    new.reject()
    assert child(commitments, QPushButton, "newCommitment").isVisibleTo(commitments)  # type: ignore[attr-defined]
    forms = dialog.show_tab(6)
    assert child(forms, QTableView, "otpTable").model().rowCount() == 2  # type: ignore[attr-defined]
    save_png(dialog, "student_profile_forms_he")
    dialog.close()


def test_office_profile_hides_medical_flags_and_money_management(
    qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic
) -> None:
    context = context_for(clinic.engine, Role.OFFICE)
    dialog = StudentProfileDialog(context, clinic.dana)
    qtbot.addWidget(dialog)
    assert not child(dialog, QLabel, "profileFlags").text()  # type: ignore[attr-defined]
    money = dialog.show_tab(5)
    assert money.findChild(QPushButton, "newCommitment") is None  # the office may not open commitments
    editor = dialog.edit_details()
    assert isinstance(editor, StudentEditorDialog)
    assert editor.medical is None and not editor.special_rate.isEnabled()
    editor.close()


def test_duplicate_id_offers_the_existing_profile(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    context = context_for(clinic.engine, Role.OFFICE)
    editor = StudentEditorDialog(context, None)
    qtbot.addWidget(editor)
    editor.show()
    editor.first_name.setText("נועה")
    editor.national_id.setText("123456782")
    editor.save()
    assert editor.isVisible()
    assert "משה לוי" in editor.error.text()
    requested: list[object] = []
    editor.student_requested.connect(requested.append)
    save_png(editor, "student_editor_duplicate_he")
    button = child(editor, QPushButton, "openDuplicate")
    assert button.isVisible()  # type: ignore[attr-defined]
    button.click()  # type: ignore[attr-defined]
    assert requested == [clinic.moshe]


def test_new_student_with_guardian_and_missing_relationship(
    qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic
) -> None:
    context = context_for(clinic.engine, Role.OFFICE)
    editor = StudentEditorDialog(context, None)
    qtbot.addWidget(editor)
    editor.first_name.setText("תמר")
    editor.date_of_birth.setDate(QDate(2018, 4, 12))
    assert editor.guardians is not None
    guardian = editor.guardians.add()
    guardian.first_name.setText("אורית")
    guardian.phone.setText("050-723-4567")
    guardian.accept()
    assert guardian.isVisible() and "הקרבה של אורית" in guardian.error.text()
    save_png(guardian, "guardian_missing_relationship_he")
    guardian.relationship.setCurrentIndex(guardian.relationship.findData(Relationship.MOTHER.value))
    guardian.accept()
    assert not guardian.isVisible()
    assert [link.is_primary for link in editor.guardians.links()] == [True]
    save_png(editor, "student_editor_new_he")
    saved: list[object] = []
    editor.student_saved.connect(saved.append)
    editor.save()
    assert len(saved) == 1
    (link,) = context.gateway.guardians_of([saved[0]])  # type: ignore[list-item]
    assert link.guardian.phone == "+972507234567" and link.relationship is Relationship.MOTHER


def test_guardians_dialog_refuses_two_primaries_and_saves_one(
    qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic
) -> None:
    context = context_for(clinic.engine, Role.OFFICE)
    student = context.gateway.student(clinic.dana)
    assert student is not None
    dialog = GuardiansDialog(context, student, context.gateway.guardians_of([clinic.dana]))
    qtbot.addWidget(dialog)
    editor = dialog.editor
    editor.table.selectRow(1)
    editor.make_selected_primary()
    assert [(link.first_name, link.is_primary) for link in editor.links()] == [("רותי", False), ("יוסי", True)]
    dialog.save()
    assert not dialog.error.isVisibleTo(dialog), dialog.error.text()
    assert [g.guardian.first_name for g in context.gateway.guardians_of([clinic.dana]) if g.is_primary] == ["יוסי"]


def test_deactivate_from_the_profile(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    context = context_for(clinic.engine, Role.OFFICE)
    dialog = StudentProfileDialog(context, clinic.noa)
    qtbot.addWidget(dialog)
    active = dialog.toggle_active()
    assert isinstance(active, ActiveDialog)
    active.reason.setText("סיימה טיפול")
    active.confirm()
    assert dialog.profile is not None and not dialog.profile.student.is_active
    assert child(dialog, QPushButton, "profile_active").text() == "החזרה לפעילות"  # type: ignore[attr-defined]


def test_import_preview_then_import(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic, tmp_path: Path) -> None:
    context = context_for(clinic.engine, Role.ADMIN)
    path = tmp_path / "students.csv"
    path.write_text(
        f"מזהה,שם פרטי,שם משפחה,טלפון איש הקשר\r\n{clinic.noa},,לוין,\r\n{clinic.moshe},,,123\r\n,רון,כץ,\r\n",
        encoding="utf-8-sig",
    )
    dialog = ImportPreviewDialog(context, path)
    qtbot.addWidget(dialog)
    dialog.resize(1100, 420)
    assert dialog.plan is not None and dialog.model is not None
    assert dialog.model.chosen == {2, 4}
    assert "חדשים: 1 · לעדכון: 1" in child(dialog, QLabel, "importSummary").text()  # type: ignore[attr-defined]
    save_png(dialog, "students_import_preview_he")
    dialog.model.setData(dialog.model.index(2, 0), Qt.CheckState.Unchecked.value, Qt.ItemDataRole.CheckStateRole)
    dialog.import_chosen()
    assert dialog.outcome is not None and (dialog.outcome.created, dialog.outcome.updated) == (0, 1)
    noa = context.gateway.student(clinic.noa)
    assert noa is not None and noa.last_name == "לוין"
    assert not [s for s in context.gateway.students() if s.first_name == "רון"]


def test_import_of_a_bad_file_explains_and_offers_nothing(
    qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic, tmp_path: Path
) -> None:
    path = tmp_path / "students.csv"
    path.write_bytes("מזהה,שם פרטי\r\n,דנה\r\n".encode("cp1255"))
    dialog = ImportPreviewDialog(context_for(clinic.engine, Role.ADMIN), path)
    qtbot.addWidget(dialog)
    assert dialog.plan is None and not dialog.import_button.isEnabled()
    assert "UTF-8" in dialog.error.text()


def test_models_pass_the_model_tester(
    qtmodeltester: object, hebrew_app: QApplication, clinic: Clinic, tmp_path: Path
) -> None:
    context = context_for(clinic.engine, Role.ADMIN)
    roster = RosterModel(context.zone())
    roster.set_rows(load_roster(context).rows)
    qtmodeltester.check(roster)  # type: ignore[attr-defined]
    records: RecordTableModel[str] = RecordTableModel([Column("a", str), Column("b", lambda s: s.upper())], ["x", "y"])
    qtmodeltester.check(records)  # type: ignore[attr-defined]
    path = tmp_path / "x.csv"
    path.write_text(f"id,last_name\r\n{clinic.noa},x\r\n,\r\n{clinic.moshe},CLEAR\r\n", encoding="utf-8")
    dialog = ImportPreviewDialog(context, path)
    assert dialog.model is not None
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    assert isinstance(dialog.model, ImportPlanModel)
    dialog.deleteLater()


def test_contact_links_prefer_the_primary_contact(clinic: Clinic) -> None:
    context = context_for(clinic.engine, Role.OFFICE)
    links = contact_links(tuple(context.gateway.guardians_of([clinic.dana])))
    assert links == {"call": "tel:+972531234567", "whatsapp": "https://wa.me/972531234567"}


def test_words_of_enums_that_share_a_value(hebrew_app: QApplication) -> None:
    from reinex_desktop.domain.charging.balances import BalanceLevel
    from reinex_desktop.domain.enums import FlagSeverity, OtpStatus, WaitingListStatus
    from reinex_desktop.ui.students.texts import word

    assert word(BalanceLevel.LOW) == "יתרה נמוכה" and word(FlagSeverity.LOW) == "נמוכה"
    assert word(OtpStatus.CANCELLED) == "בוטל" and word(WaitingListStatus.OPEN) == "פתוחה"


def test_a_conflicting_edit_is_shown_not_saved(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    from dataclasses import replace

    from reinex_desktop.domain.students.details import details_of
    from reinex_desktop.services.students.editing import update_student

    context = context_for(clinic.engine, Role.OFFICE)
    seen = context.gateway.student(clinic.noa)
    assert seen is not None
    editor = StudentEditorDialog(context, seen)
    qtbot.addWidget(editor)
    editor.show()
    update_student(context, seen, replace(details_of(seen), notes_internal="נשמר בעמדה אחרת"))
    editor.last_name.setText("לוין")
    editor.save()
    assert editor.isVisible() and "מישהו אחר שינה" in editor.error.text()
    stored = context.gateway.student(clinic.noa)
    assert stored is not None and stored.last_name == "Levi" and stored.notes_internal == "נשמר בעמדה אחרת"


def test_a_sibling_is_linked_to_the_same_parent(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    from reinex_desktop.ui.students.guardian_editor import GuardianDialog

    context = context_for(clinic.engine, Role.OFFICE)
    editor = StudentEditorDialog(context, None)
    qtbot.addWidget(editor)
    editor.first_name.setText("עמית")
    editor.last_name.setText("כהן")
    assert editor.guardians is not None
    picker = editor.guardians.link_existing()
    type_into(picker.filter, "053-123")
    assert picker.model.rowCount() == 1
    picker.accept()
    relationship = next(w for w in editor.guardians.findChildren(GuardianDialog) if w.isVisible())
    assert relationship.first_name.text() == "רותי" and relationship.relationship.currentData() is None
    relationship.relationship.setCurrentIndex(relationship.relationship.findData(Relationship.MOTHER.value))
    relationship.accept()
    saved: list[object] = []
    editor.student_saved.connect(saved.append)
    editor.save()
    (link,) = context.gateway.guardians_of([saved[0]])  # type: ignore[list-item]
    assert link.guardian.id == clinic.dana_mother and link.is_primary
    assert clinic.dana_mother in {g.guardian.id for g in context.gateway.guardians_of([clinic.dana])}


def test_a_new_student_has_no_date_of_birth_until_one_is_typed(hebrew_app: QApplication, clinic: Clinic) -> None:
    editor = StudentEditorDialog(context_for(clinic.engine, Role.OFFICE), None)
    assert editor.details().date_of_birth is None
    editor.date_of_birth.setDate(QDate(2018, 4, 12))
    assert editor.date_of_birth.text() == "12.4.2018"  # day first, read left to right
    editor.deleteLater()


def test_a_hidden_roster_reloads_when_shown_again(qtbot: QtBot, hebrew_app: QApplication, clinic: Clinic) -> None:
    from dataclasses import replace

    from reinex_desktop.domain.students.details import details_of
    from reinex_desktop.services.students.editing import update_student

    context = context_for(clinic.engine, Role.OFFICE)
    view = StudentsView(context)
    qtbot.addWidget(view)
    view.show()
    view.hide()
    noa = context.gateway.student(clinic.noa)
    assert noa is not None
    update_student(context, noa, replace(details_of(noa), first_name="נועה"))
    assert "Noa Levi" in roster_names(view)  # not reloaded while hidden
    view.show()
    assert "נועה Levi" in roster_names(view)
