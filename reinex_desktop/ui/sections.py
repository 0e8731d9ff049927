"""The sections of the main window. Only sections that really work are listed here.

A feature adds one `Section` to `registered_sections()`; the factory builds its widget from the
`AppContext` and may offer `show_date(date)` so `--view KEY --date D` can open it on a day.
"""

from __future__ import annotations

from collections.abc import Callable
from dataclasses import dataclass

from PySide6.QtWidgets import QWidget

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP
from reinex_desktop.services.context import AppContext, UserContext

#: Other names `--view` accepts for a section.
VIEW_ALIASES = {"today": "overview"}


@dataclass(frozen=True)
class Section:
    key: str
    title: str  # source text in the "Sections" context
    factory: Callable[[AppContext], QWidget]
    visible: Callable[[UserContext], bool] = lambda _user: True


def _plans(user: UserContext) -> bool:
    """Managers plan the schedule, unless the organization took `reinex_schedule_manage` away."""
    from reinex_desktop.domain.permissions import MANAGER_ROLES, Permission

    return user.role in MANAGER_ROLES and user.can(Permission.SCHEDULE_MANAGE)


def _may_confirm(user: UserContext) -> bool:
    from reinex_desktop.domain.permissions import Permission

    return user.can(Permission.WHATSAPP_MANUAL) and user.can(Permission.ATTENDANCE_MARK)


def registered_sections() -> list[Section]:
    from reinex_desktop.domain.permissions import MANAGER_ROLES, Permission
    from reinex_desktop.services.waiting_list.access import can_view as can_view_waiting_list
    from reinex_desktop.ui.calendar import DAY_SECTION_TITLE, WEEK_SECTION_TITLE
    from reinex_desktop.ui.calendar.day_view import DayCalendarView
    from reinex_desktop.ui.calendar.week_view import WeekCalendarView
    from reinex_desktop.ui.confirmations import SECTION_TITLE as CONFIRMATIONS_SECTION_TITLE
    from reinex_desktop.ui.confirmations.confirmations_view import ConfirmationsView
    from reinex_desktop.ui.generation import GENERATION_SECTION_TITLE, TEMPLATES_SECTION_TITLE
    from reinex_desktop.ui.generation.generation_view import GenerationView
    from reinex_desktop.ui.generation.templates_view import TemplatesView
    from reinex_desktop.ui.money import PAYROLL_SECTION_TITLE
    from reinex_desktop.ui.money.payroll_view import PayrollView
    from reinex_desktop.ui.overview_view import OverviewView
    from reinex_desktop.ui.payments import REGISTER_SECTION_TITLE
    from reinex_desktop.ui.payments.register_view import CashRegisterView
    from reinex_desktop.ui.settings import SETTINGS_SECTION_TITLE
    from reinex_desktop.ui.settings.settings_view import SettingsView
    from reinex_desktop.ui.students import SECTION_TITLE as STUDENTS_SECTION_TITLE
    from reinex_desktop.ui.students.roster_view import StudentsView
    from reinex_desktop.ui.waiting_list import SECTION_TITLE as WAITING_SECTION_TITLE
    from reinex_desktop.ui.waiting_list.view import WaitingListView

    return [
        Section("day", DAY_SECTION_TITLE, DayCalendarView),
        Section("week", WEEK_SECTION_TITLE, WeekCalendarView, lambda user: user.role in MANAGER_ROLES),
        Section("confirmations", CONFIRMATIONS_SECTION_TITLE, ConfirmationsView, _may_confirm),
        Section("overview", QT_TRANSLATE_NOOP("Sections", "Today"), OverviewView),
        Section("students", STUDENTS_SECTION_TITLE, StudentsView),
        Section("waiting_list", WAITING_SECTION_TITLE, WaitingListView, can_view_waiting_list),
        Section("generation", GENERATION_SECTION_TITLE, GenerationView, _plans),
        Section("templates", TEMPLATES_SECTION_TITLE, TemplatesView, _plans),
        Section(
            "register", REGISTER_SECTION_TITLE, CashRegisterView, lambda user: user.can(Permission.FINANCIALS_VIEW)
        ),
        Section("payroll", PAYROLL_SECTION_TITLE, PayrollView, lambda user: user.can(Permission.PAYROLL_MANAGE)),
        Section("settings", SETTINGS_SECTION_TITLE, SettingsView, lambda user: user.can(Permission.SETTINGS_MANAGE)),
    ]
