""" "Fill this slot" from the day calendar: a cancelled lesson offers the waiting families that fit it,
in queue order, with the WhatsApp offer; nothing is booked until the desk confirms."""

from __future__ import annotations

from datetime import time

import pytest
from PySide6.QtCore import Qt
from PySide6.QtGui import QGuiApplication
from PySide6.QtWidgets import QApplication, QLabel, QPlainTextEdit
from pytestqt.qtbot import QtBot

from reinex_desktop.domain.enums import WaitingListStatus
from reinex_desktop.domain.messages.templates import DEFAULT_TEMPLATES, MessageKind
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.waiting_list.commands import EntryDetails
from reinex_desktop.domain.waiting_list.entries import TimeWindow
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.services.waiting_list.entries import create_entry
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.settings.settings_view import SettingsView
from reinex_desktop.ui.waiting_list.convert_dialog import ConvertDialog
from reinex_desktop.ui.waiting_list.fill_slot import FillSlotDialog
from tests.calendar_fixtures import DAY, CalendarWorld, at
from tests.ui.conftest import save_png


@pytest.fixture
def world(sqlite_engine):
    w = CalendarWorld(sqlite_engine)
    w.avi = w.instructor("אבי")
    w.riding = w.service("רכיבה")
    w.capability(w.avi, w.riding)
    w.noa = w.student("נועה", "כהן", phone="050-1234567")
    w.yoni = w.student("יוני", "לוי", phone="052-7654321")
    w.tal = w.student("טל", "מזרחי")
    return w


def test_fill_a_cancelled_lesson_from_the_calendar_keyboard_only(
    hebrew_app: QApplication, qtbot: QtBot, world: CalendarWorld
) -> None:
    office = world.context(Role.OFFICE)
    cancelled = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.tal], status="cancelled_student")
    create_entry(office, world.noa, EntryDetails(world.riding))
    priority = create_entry(office, world.yoni, EntryDetails(world.riding, priority_flag=True, priority_reason="דחוף"))
    mornings = EntryDetails(world.riding, preferred_times=(TimeWindow(None, time(7), time(9)),))
    create_entry(office, world.tal, mornings)  # does not fit 10:00
    view = DayCalendarView(office, pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.show()
    view.show_date(DAY)
    QApplication.processEvents()
    menu = view.build_menu(cancelled, world.avi, at(DAY, "10:00"))
    fill = next(a for a in menu.actions() if a.text() == "מילוי המקום הזה…")
    fill.trigger()
    dialog = view.findChild(FillSlotDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.offers[0].entry.id == priority and len(dialog.offers) == 2
    assert "יוני" in dialog.message.toPlainText() and "10:00" in dialog.message.toPlainText()
    assert dialog.whatsapp_button.isEnabled()
    assert dialog.current().whatsapp_link("x").startswith("https://wa.me/972527654321")
    save_png(dialog, "waiting-list-fill-slot-he")
    dialog.activateWindow()
    dialog.families.setFocus()
    QApplication.processEvents()
    qtbot.keyClick(
        dialog.families, Qt.Key.Key_C, Qt.KeyboardModifier.ControlModifier | Qt.KeyboardModifier.ShiftModifier
    )
    assert QGuiApplication.clipboard().text() == dialog.message.toPlainText()
    assert world.gateway().lessons_between(at(DAY, "00:00"), at(DAY, "23:59"))[0].id == cancelled  # nothing booked
    qtbot.keyClick(dialog.families, Qt.Key.Key_B, Qt.KeyboardModifier.ControlModifier)
    convert = dialog.findChild(ConvertDialog)
    convert.create_button.setFocus()
    qtbot.keyClick(convert.create_button, Qt.Key.Key_Space)
    booked = [
        lesson
        for lesson in world.gateway().lessons_between(at(DAY, "00:00"), at(DAY, "23:59"))
        if lesson.id != cancelled
    ]
    assert len(booked) == 1 and booked[0].datetime_start == at(DAY, "10:00")
    assert [p.student_id for p in booked[0].participants] == [world.yoni]
    assert world.gateway().waiting_list_entry(priority).status is WaitingListStatus.MATCHED
    assert not dialog.isVisible()


def test_no_fill_action_for_a_running_lesson_or_an_instructor(
    hebrew_app: QApplication, qtbot: QtBot, world: CalendarWorld
) -> None:
    running = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.tal])
    view = DayCalendarView(world.context(Role.OFFICE), pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.show_date(DAY)
    menu = view.build_menu(running, world.avi, at(DAY, "10:00"))
    assert "מילוי המקום הזה…" not in [a.text() for a in menu.actions()]


def test_the_offer_follows_the_clinic_template_and_a_template_changed_in_settings(
    hebrew_app: QApplication, qtbot: QtBot, world: CalendarWorld
) -> None:
    office = world.context(Role.OFFICE)
    cancelled = world.lesson(world.avi, world.riding, at(DAY, "10:00"), 45, [world.tal], status="cancelled_student")
    lesson = world.gateway().lesson(cancelled)
    create_entry(office, world.yoni, EntryDetails(world.riding))
    dialog = FillSlotDialog(office, lesson)
    qtbot.addWidget(dialog)
    text = dialog.message.toPlainText()
    assert text.startswith("שלום הורה של יוני, כאן ")
    assert "התפנה מקום ליוני: רכיבה עם אבי ב" in text and "בשעה 10:00" in text
    assert "האם המועד מתאים ליוני?" in text and "/" not in text  # no gender recorded: neutral, no slash form

    settings = SettingsView(world.context(Role.ADMIN))
    qtbot.addWidget(settings)
    editor = settings.findChild(QPlainTextEdit, "template_waiting_list_offer")
    assert editor.toPlainText() == DEFAULT_TEMPLATES[MessageKind.WAITING_LIST_OFFER]
    editor.setPlainText("{guardian}: מקום פנוי ל{student} ב{time} אצל {instructor}. {question}")
    assert "מקום פנוי לנועה כהן ב16:30" in settings.findChild(QLabel, "preview_waiting_list_offer").text()
    settings.save()
    assert "message_templates" in world.gateway().setting_values()

    again = FillSlotDialog(office, lesson)
    qtbot.addWidget(again)
    assert again.message.toPlainText() == "הורה של יוני: מקום פנוי ליוני לוי ב10:00 אצל אבי. האם המועד מתאים ליוני?"
