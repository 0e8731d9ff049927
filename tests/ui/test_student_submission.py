"""Reading a form submission from the student profile, in Hebrew and right-to-left."""

from __future__ import annotations

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QFont
from PySide6.QtWidgets import QApplication, QLabel, QPushButton, QTableView
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.permissions import Role
from reinex_desktop.ui.students.profile_dialog import StudentProfileDialog
from reinex_desktop.ui.students.submission_dialog import AnswersModel, SubmissionDialog
from tests.students_forms_seed import FormsSeed, seed_forms
from tests.students_seed import Clinic, context_for, seed_clinic
from tests.ui.conftest import save_png

FORMS_TAB = 6


@pytest.fixture
def seeded(sqlite_engine: Engine) -> tuple[Clinic, FormsSeed]:
    clinic = seed_clinic(sqlite_engine)
    return clinic, seed_forms(clinic)


def open_form(qtbot: QtBot, role: Role, seeded: tuple[Clinic, FormsSeed], form_name: str) -> SubmissionDialog:
    clinic, _ = seeded
    profile = StudentProfileDialog(context_for(clinic.engine, role), clinic.dana)
    qtbot.addWidget(profile)
    profile.resize(1100, 640)
    page = profile.show_tab(FORMS_TAB)
    table = page.findChild(QTableView, "formsTable")
    model = table.model()
    row = next(r for r in range(model.rowCount()) if model.index(r, 0).data() == form_name)
    table.setCurrentIndex(model.index(row, 0))
    button = page.findChild(QPushButton, "openSubmission")
    assert button.isEnabled()
    qtbot.mouseClick(button, Qt.MouseButton.LeftButton)
    dialog = profile.findChild(SubmissionDialog, "submissionDialog")
    assert dialog is not None and dialog.isVisible()
    assert dialog.isRightToLeft()
    return dialog


def test_answers_titled_flagged_and_verified(qtbot: QtBot, hebrew_app: QApplication, seeded) -> None:
    dialog = open_form(qtbot, Role.OFFICE, seeded, "שאלון רכיבה")
    assert dialog.windowTitle() == "טופס — שאלון רכיבה"
    answers = dialog.findChild(QTableView, "answersTable")
    model = answers.model()
    rows = [(model.index(r, 0).data(), model.index(r, 1).data()) for r in range(model.rowCount())]
    assert rows == [
        ("ניסיון קודם ברכיבה", "שנה"),
        ("⚠ אלרגיות ידועות", "בוטנים, דבורים"),
        ("יש קסדה אישית?", "כן"),
        ("shoe_size", "\u206631\u2069"),
    ]
    flagged = model.index(1, 1)
    assert isinstance(flagged.data(Qt.ItemDataRole.FontRole), QFont) and flagged.data(Qt.ItemDataRole.FontRole).bold()
    assert flagged.data(Qt.ItemDataRole.BackgroundRole) is not None
    assert model.index(0, 1).data(Qt.ItemDataRole.BackgroundRole) is None
    assert dialog.findChild(QLabel, "alertSummary").text() == "⚠ תשובות שהעלו התראה: 1"
    assert dialog.findChild(QLabel, "otpChannel").text() == "דוא״ל"
    assert dialog.findChild(QLabel, "otpDestination").text() == "\u2066ruti@example.com\u2069"
    assert dialog.findChild(QLabel, "otpDestination").alignment() & Qt.AlignmentFlag.AlignRight, "beside its caption"
    assert "10/11/2026 10:30" in dialog.findChild(QLabel, "otpVerifiedAt").text(), "in Jerusalem time"
    assert model.flags(model.index(0, 1)) & Qt.ItemFlag.ItemIsEditable == Qt.ItemFlag.NoItemFlags
    save_png(dialog, "student_submission_answers_he")
    dialog.close()


def test_a_sensitive_form_is_read_only_by_medical_viewers(qtbot: QtBot, hebrew_app: QApplication, seeded) -> None:
    owner = open_form(qtbot, Role.OWNER, seeded, "הצהרת בריאות")
    model = owner.findChild(QTableView, "answersTable").model()
    assert model.index(0, 0).data() == "⚠ מצב רפואי" and model.index(0, 1).data() == "אפילפסיה"
    assert model.index(0, 1).data(Qt.ItemDataRole.ToolTipRole) == "סיכון בזמן רכיבה"
    assert owner.findChild(QLabel, "withheldNote") is None
    office = open_form(qtbot, Role.OFFICE, seeded, "הצהרת בריאות")
    assert office.findChild(QTableView, "answersTable") is None
    assert office.findChild(QLabel, "alertSummary") is None
    assert not any("אפילפסיה" in label.text() for label in office.findChildren(QLabel))
    assert office.record.answers == {} and office.record.withheld
    assert office.findChild(QLabel, "withheldNote").text()
    assert office.findChild(QLabel, "otpChannel") is None, "no one-time code on this submission"
    save_png(office, "student_submission_withheld_he")


def test_answers_model_passes_the_model_tester(qtmodeltester, hebrew_app: QApplication, seeded) -> None:
    from reinex_desktop.domain.students.form_answers import answer_lines
    from reinex_desktop.services.students.profile import load_profile

    clinic, _ = seeded
    profile = load_profile(context_for(clinic.engine, Role.OWNER), clinic.dana)
    lines = [line for form in profile.forms for line in answer_lines(form)]
    assert any(line.alert for line in lines)
    qtmodeltester.check(AnswersModel(lines))
