"""The settings section: loads, validates, saves only what changed, colors; rendered in Hebrew."""

from __future__ import annotations

from datetime import date
from decimal import Decimal

import pytest
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLabel, QPlainTextEdit, QSpinBox
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.charging.settings import CancellationRule
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.settings import KEY_CLINIC_NAME
from reinex_desktop.services.settings import load_settings
from reinex_desktop.ui.sections import registered_sections
from reinex_desktop.ui.settings.settings_view import SettingsView
from tests.ledger_world import World, build_world
from tests.ui.conftest import save_png


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    world = build_world(sqlite_engine)
    world.setting(KEY_CLINIC_NAME, "מרכז רעות לרכיבה טיפולית")
    return world


def status(view: SettingsView) -> str:
    return view.findChild(QLabel, "settingsStatus").text()


def test_settings_round_trip_through_the_screen(hebrew_app: QApplication, qtbot: QtBot, world: World) -> None:
    view = SettingsView(world.context(Role.ADMIN))
    qtbot.addWidget(view)
    view.resize(1100, 640)
    for index, name in enumerate(("settings_hours", "settings_charging", "settings_messages", "settings_scheduling")):
        view.show_tab(index)
        save_png(view, name)
    assert view.changed_values() == {}

    view.findChild(QCheckBox, "open_5").setChecked(False)
    view.findChild(QComboBox, "closes_0").setCurrentText("19:00")
    view.hours.add_closure(date(2026, 12, 31))
    view.findChild(QSpinBox, "noShowPercent").setValue(50)
    view.charging.add_window(48, 50)
    view.findChild(QSpinBox, "undoWindow").setValue(45)
    assert set(view.changed_values()) == {
        "business_hours",
        "clinic_closures",
        "no_show_charge_percent",
        "cancellation_rules",
        "generation_undo_window_minutes",
    }
    view.save()
    assert "5" in status(view)
    snapshot = load_settings(world.context())
    assert snapshot.clinic.hours_on(5) is None and snapshot.clinic.hours_on(0)[1].hour == 19  # type: ignore[index]
    assert date(2026, 12, 31) in snapshot.clinic.closures
    assert snapshot.charging.no_show_percent == Decimal(50)
    assert CancellationRule(48, Decimal(50)) in snapshot.charging.cancellation_rules
    assert snapshot.clinic.undo_window_minutes == 45
    assert len(world.gateway.audit_events(entity_type="Settings")) == 5
    assert view.changed_values() == {}


def test_a_bad_template_is_explained_while_typing_and_not_saved(
    hebrew_app: QApplication, qtbot: QtBot, world: World
) -> None:
    view = SettingsView(world.context())
    qtbot.addWidget(view)
    editor = view.findChild(QPlainTextEdit, "template_reminder")
    editor.setPlainText("שלום {parent}")
    assert "{parent}" in view.findChild(QLabel, "preview_reminder").text()
    view.save()
    assert "{parent}" in status(view)
    assert "message_templates" not in world.gateway.setting_values()
    editor.setPlainText("שלום {guardian}, נתראה ב{day}")
    assert "נתראה ביום שלישי" in view.findChild(QLabel, "preview_reminder").text()


def test_colors_apply_at_once_and_stay_unique(hebrew_app: QApplication, qtbot: QtBot, world: World) -> None:
    view = SettingsView(world.context())
    qtbot.addWidget(view)
    view.colors.color_requested.emit(world.instructor_id, "#2e7d32")
    view.show_tab(4)
    view.resize(900, 400)
    save_png(view, "settings_colors")
    assert {i.id: i.color for i in load_settings(world.context()).instructors}[world.instructor_id] == "#2e7d32"
    view.colors.color_requested.emit(world.other_instructor_id, "#2E7D32")
    assert "⚠" in status(view)
    assert {i.id: i.color for i in load_settings(world.context()).instructors}[world.other_instructor_id] is None


def test_only_owner_and_admin_see_the_section(world: World) -> None:
    section = next(s for s in registered_sections() if s.key == "settings")
    assert {role for role in Role if section.visible(world.context(role).user)} == {Role.OWNER, Role.ADMIN}
