"""The column order tab of the settings screen: reorder with the keyboard and buttons, save, and the
day calendar follows; rendered in Hebrew."""

from __future__ import annotations

from dataclasses import dataclass
from uuid import UUID

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QLabel, QListWidget, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.ui.settings.settings_view import SettingsView
from tests.calendar_fixtures import DAY, CalendarWorld
from tests.ui.conftest import save_png


@dataclass
class Clinic:
    world: CalendarWorld
    avi: UUID
    dana: UUID
    tamar: UUID


@pytest.fixture
def clinic(sqlite_engine: Engine) -> Clinic:
    world = CalendarWorld(sqlite_engine)
    clinic = Clinic(world, world.instructor("אבי", color="#ff7043"), world.instructor("דנה"), world.instructor("תמר"))
    world.instructor("גלית", active=False)
    return clinic


def test_reorder_save_and_the_day_calendar_follows(hebrew_app: QApplication, qtbot: QtBot, clinic: Clinic) -> None:
    context = clinic.world.context(Role.OWNER)
    view = SettingsView(context)
    qtbot.addWidget(view)
    view.resize(900, 480)
    view.show()
    view.activateWindow()
    qtbot.waitActive(view)
    view.show_tab(5)
    listing = view.findChild(QListWidget, "instructorOrder")
    up = view.findChild(QPushButton, "moveInstructorUp")
    down = view.findChild(QPushButton, "moveInstructorDown")
    assert [listing.item(r).text() for r in range(listing.count())] == ["אבי", "דנה", "תמר"]
    assert view.changed_values() == {}

    listing.setFocus()
    listing.setCurrentRow(2)
    assert up.isEnabled() and not down.isEnabled()
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    qtbot.keyClick(listing, Qt.Key.Key_Up, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier)
    assert listing.currentRow() == 0 and not up.isEnabled()
    listing.setCurrentRow(1)  # אבי
    down.click()
    assert [listing.item(r).text() for r in range(listing.count())] == ["תמר", "דנה", "אבי"]
    assert view.changed_values() == {"instructor_order": [str(clinic.tamar), str(clinic.dana), str(clinic.avi)]}
    save_png(view, "settings_column_order")

    view.save()
    assert "1" in view.findChild(QLabel, "settingsStatus").text()
    assert clinic.world.gateway().setting_values()["instructor_order"] == [
        str(clinic.tamar),
        str(clinic.dana),
        str(clinic.avi),
    ]
    columns = CalendarService(context).open_day(DAY).layout.columns
    assert [c.instructor.id for c in columns] == [clinic.tamar, clinic.dana, clinic.avi]
    assert [e.entity_id for e in clinic.world.gateway().audit_events(entity_type="Settings")] == ["instructor_order"]
    assert view.changed_values() == {}
    assert [listing.item(r).text() for r in range(listing.count())] == ["תמר", "דנה", "אבי"]
