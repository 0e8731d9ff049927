"""The app shell: Hebrew and right-to-left by default, English on request, schema problems explained."""

from __future__ import annotations

from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget
from pytestqt.qtbot import QtBot

from reinex_desktop.domain.schema_report import Finding, Reason, SchemaReport
from reinex_desktop.services.context import AppContext
from reinex_desktop.ui.main_window import MainWindow
from tests.ui.conftest import save_png


def _nav_texts(window: MainWindow) -> list[str]:
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None
    return [nav.item(i).text() for i in range(nav.count())]


def test_starts_in_hebrew_right_to_left_and_switches_to_english(
    qtbot: QtBot, hebrew_app: QApplication, owner_context: AppContext
) -> None:
    window = MainWindow(owner_context, language="he")
    qtbot.addWidget(window)
    window.show()
    assert hebrew_app.layoutDirection() == Qt.LayoutDirection.RightToLeft
    assert window.isRightToLeft()
    assert window.windowTitle() == "ריינקס — עמדת קבלה"
    assert "היום" in _nav_texts(window)
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None and nav.mapTo(window, nav.rect().topLeft()).x() > window.width() // 2
    save_png(window, "main_window_he")

    window.set_language("en")
    assert hebrew_app.layoutDirection() == Qt.LayoutDirection.LeftToRight
    assert window.windowTitle() == "Reinex — reception desk"
    assert "Today" in _nav_texts(window)
    nav = window.findChild(QListWidget, "navigation")
    assert nav is not None and nav.mapTo(window, nav.rect().topLeft()).x() < window.width() // 2


def test_schema_upgrade_required_is_explained_not_crashed(
    qtbot: QtBot, hebrew_app: QApplication, owner_context: AppContext
) -> None:
    report = SchemaReport(missing_columns=("students.special_rate",))
    window = MainWindow(owner_context, language="he", schema=report)
    qtbot.addWidget(window)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "נדרש עדכון סכמה" in texts
    assert any("schema apply" in text for text in texts)
    assert window.findChild(QListWidget, "schemaMissing").item(0).text() == "students.special_rate"
    assert window.section_keys == []


def test_a_login_that_sees_no_rows_is_told_so_not_shown_an_empty_calendar(
    qtbot: QtBot, hebrew_app: QApplication, owner_context: AppContext
) -> None:
    report = SchemaReport(findings=(Finding("lesson_instances", Reason.NO_ROWS),), login="desk2")
    window = MainWindow(owner_context, language="he", schema=report)
    qtbot.addWidget(window)
    texts = [label.text() for label in window.findChildren(QLabel)]
    assert "משתמש מסד הנתונים הזה אינו יכול לעבוד עם נתוני המרפאה" in texts
    message = window.findChild(QLabel, "schemaMessages").text()
    assert "desk2" in message and "app_user" in message and "lesson_instances" in message
    assert window.section_keys == []
