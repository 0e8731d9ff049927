"""The Today screen on the demo clinic: each line counts what the place that resolves it shows, and a
click opens that place on the right day."""

from __future__ import annotations

import threading
import uuid
from collections import Counter
from datetime import date, time, timedelta
from decimal import Decimal

import pytest
from PySide6.QtCore import Qt
from PySide6.QtWidgets import QApplication, QPushButton
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.charging.balances import BalanceLevel
from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc, local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.confirmations.states import PENDING
from reinex_desktop.domain.enums import DocumentationStatus, LessonStatus
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.attention import AttentionItem
from reinex_desktop.domain.sync.status import SyncState, SyncStatus
from reinex_desktop.domain.waiting_list.commands import EntryDetails
from reinex_desktop.i18n import install_language
from reinex_desktop.services.calendar.day import CalendarService
from reinex_desktop.services.commitments import balance_warnings, create_commitment
from reinex_desktop.services.confirmations import ConfirmationsService
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.overview import today_overview
from reinex_desktop.services.waiting_list.entries import create_entry
from reinex_desktop.sync.control import LocalOnly, SyncListener
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui import overview_view
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.confirmations.confirmations_view import ConfirmationsView
from reinex_desktop.ui.main_window import MainWindow
from reinex_desktop.ui.overview_view import OverviewView
from reinex_desktop.ui.students.profile_dialog import StudentProfileDialog
from reinex_desktop.ui.students.roster_view import StudentsView
from reinex_desktop.ui.sync.attention_panel import AttentionDialog
from reinex_desktop.ui.waiting_list.view import WaitingListView
from tests.calendar_fixtures import DAY, CalendarWorld, at
from tests.ui.conftest import RunningLoop, save_png

TODAY = date(2026, 11, 22)  # a Sunday
NEXT = date(2026, 11, 23)  # the next business day
ZONE = clinic_zone()
NOW = local_to_utc(TODAY, time(8), ZONE)


@pytest.fixture(autouse=True)
def inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


@pytest.fixture
def demo_engine(sqlite_engine: Engine) -> Engine:
    load_demo(sqlite_engine, "small", today=TODAY)
    return sqlite_engine


def context(engine: Engine, role: Role = Role.ADMIN) -> AppContext:
    gateway = TenantDbGateway(engine, clock=fixed_clock(NOW))
    return AppContext(gateway=gateway, user=UserContext.for_role(role, "דנה"), clock=fixed_clock(NOW))


def lines(view: OverviewView) -> dict[str, list[QPushButton]]:
    found: dict[str, list[QPushButton]] = {}
    for button in view.buttons:
        found.setdefault(button.objectName().removeprefix("attention_"), []).append(button)
    return found


def unconfirmed_families(ctx: AppContext, day: date) -> int:
    return sum(1 for entry in ConfirmationsService(ctx).open_day(day).families if entry.family.state in PENDING)


def undocumented_by_day(ctx: AppContext) -> Counter[date]:
    """Completed lessons without documentation, by clinic day, over the last 30 days."""
    start, _ = day_bounds_utc(TODAY - timedelta(days=30), ZONE)
    end, _ = day_bounds_utc(TODAY, ZONE)
    return Counter(
        lesson.datetime_start.astimezone(ZONE).date()
        for lesson in ctx.gateway.lessons_between(start, end)
        if lesson.status is LessonStatus.COMPLETED and lesson.documentation_status is DocumentationStatus.UNDOCUMENTED
    )


def open_today(qtbot: QtBot, ctx: AppContext, language: str = "he") -> tuple[MainWindow, OverviewView]:
    window = MainWindow(ctx, language=language)
    qtbot.addWidget(window)
    window.resize(1300, 860)
    window.show()
    view = window.open_section("overview")
    assert isinstance(view, OverviewView)
    QApplication.processEvents()
    return window, view


def test_each_line_counts_what_its_place_shows(qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine) -> None:
    ctx = context(demo_engine)
    window, view = open_today(qtbot, ctx)
    found = lines(view)
    assert view.overview is not None and view.overview.next_day.day == NEXT
    unconfirmed = unconfirmed_families(ctx, NEXT)
    assert unconfirmed > 0
    [button] = found["unconfirmed"]
    assert str(unconfirmed) in button.text() and "משפחות" in button.text()
    undocumented = undocumented_by_day(ctx)
    recent = sorted(undocumented, reverse=True)[:5]
    assert [item.day for item in view.overview.attention if item.kind == "undocumented"] == recent
    assert [item.count for item in view.overview.attention if item.kind == "undocumented"] == [
        undocumented[day] for day in recent
    ]
    marked = {day: len(CalendarService(ctx).open_day(day).conflicts) for day in (TODAY, NEXT)}
    shown = {item.day: item.count for item in view.overview.attention if item.kind == "conflicts"}
    assert shown == {day: n for day, n in marked.items() if n}
    warnings = balance_warnings(ctx)
    low = [s for s, ws in warnings.items() if all(w.level is BalanceLevel.LOW for w in ws)]
    exhausted = [s for s, ws in warnings.items() if any(w.level is BalanceLevel.EXHAUSTED for w in ws)]
    assert [item.count for item in view.overview.attention if item.kind == "low_balance"] == ([len(low)] if low else [])
    assert [item.count for item in view.overview.attention if item.kind == "exhausted"] == (
        [len(exhausted)] if exhausted else []
    )
    assert "sync" not in found  # nothing waits in an embedded clinic
    assert view.today_card.values["lessons"].text() == str(view.overview.today.lessons)
    save_png(window, "today_he")
    install_language(hebrew_app, "en")
    window.close()
    window, view = open_today(qtbot, ctx, "en")
    [button] = lines(view)["unconfirmed"]
    assert button.text().startswith(f"{unconfirmed} families not yet confirmed for ")
    save_png(window, "today_en")


def test_a_click_opens_the_place_that_resolves_it(qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine) -> None:
    ctx = context(demo_engine)
    window, view = open_today(qtbot, ctx)
    qtbot.mouseClick(lines(view)["unconfirmed"][0], Qt.MouseButton.LeftButton)
    section = window.current_section()
    assert isinstance(section, ConfirmationsView) and section.current_day() == NEXT
    window.open_section("overview")
    undocumented = lines(view)["undocumented"]
    qtbot.mouseClick(undocumented[1], Qt.MouseButton.LeftButton)
    section = window.current_section()
    day = sorted(undocumented_by_day(ctx), reverse=True)[1]
    assert isinstance(section, DayCalendarView) and section.current_day() == day
    window.open_section("overview")
    [conflicts] = lines(view)["conflicts"]
    qtbot.mouseClick(conflicts, Qt.MouseButton.LeftButton)
    section = window.current_section()
    assert isinstance(section, DayCalendarView) and section.current_day() == NEXT
    window.open_section("overview")
    qtbot.mouseClick(lines(view)["low_balance"][0], Qt.MouseButton.LeftButton)
    assert isinstance(window.current_section(), StudentsView)


def test_the_lines_follow_the_desks_writes(qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine) -> None:
    ctx = context(demo_engine)
    _window, view = open_today(qtbot, ctx)
    before = unconfirmed_families(ctx, NEXT)
    service = ConfirmationsService(ctx)
    family = next(e.family for e in service.open_day(NEXT).families if e.family.state in PENDING)
    service.confirm(family)  # announces "lessons": the screen reloads on the notice
    qtbot.waitUntil(lambda: str(before - 1) in lines(view)["unconfirmed"][0].text())


def test_lines_follow_permissions(qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine) -> None:
    reader = OverviewView(context(demo_engine, Role.READ_ONLY))  # may not confirm
    qtbot.addWidget(reader)
    assert "unconfirmed" not in lines(reader) and "undocumented" in lines(reader)
    instructor = OverviewView(context(demo_engine, Role.INSTRUCTOR))  # no financials
    qtbot.addWidget(instructor)
    assert "low_balance" not in lines(instructor) and "exhausted" not in lines(instructor)


class WaitingSync(LocalOnly):
    """A sync with one write the server refused: the line the desk must resolve."""

    def attention(self) -> list[AttentionItem]:
        return [AttentionItem(uuid.uuid4(), "lesson.move", "rejected", NOW)]


def test_the_other_lines_open_their_places(qtbot: QtBot, hebrew_app: QApplication, sqlite_engine: Engine) -> None:
    world = CalendarWorld(sqlite_engine)
    avi, riding = world.instructor("אבי"), world.service("רכיבה")
    world.capability(avi, riding)
    noa, tal = world.student("נועה", "כהן", phone="050-1234567"), world.student("טל", "מזרחי")
    office = world.context(Role.OFFICE)
    world.lesson(avi, riding, at(DAY, "10:00"), 45, [tal], status="cancelled_student")
    create_entry(office, noa, EntryDetails(riding))
    owner = world.context(Role.OWNER)
    create_commitment(
        owner,
        student_id=tal,
        service_id=riding,
        total_amount=Decimal(100),
        payer_type="private",
        unit_price=Decimal(100),
    )
    ctx = AppContext(gateway=owner.gateway, user=owner.user, clock=owner.clock, sync=WaitingSync())
    window, view = open_today(qtbot, ctx)
    found = lines(view)
    assert [b.text() for b in found["waiting_matches"]] == ["מקום אחד שהתפנה מתאים למשפחה מרשימת ההמתנה"]
    qtbot.mouseClick(found["waiting_matches"][0], Qt.MouseButton.LeftButton)
    assert isinstance(window.current_section(), WaitingListView)
    window.open_section("overview")
    [low] = lines(view)["low_balance"]
    assert low.text() == "תלמיד אחד שהיתרה שלו עומדת להיגמר"
    qtbot.mouseClick(low, Qt.MouseButton.LeftButton)
    profile = window.findChild(StudentProfileDialog)
    assert profile is not None and profile.isVisible()
    profile.close()
    [sync] = lines(view)["sync"]
    assert sync.text() == "שינוי אחד צריך טיפול לפני שיסונכרן"
    qtbot.mouseClick(sync, Qt.MouseButton.LeftButton)
    dialog = window.findChild(AttentionDialog)
    assert dialog is not None and dialog.isVisible()
    dialog.close()


def test_notices_during_a_background_reload_give_one_more_reload(
    qtbot: QtBot,
    hebrew_app: QApplication,
    demo_engine: Engine,
    running_loop: RunningLoop,
    monkeypatch: pytest.MonkeyPatch,
) -> None:
    monkeypatch.delenv("REINEX_SYNC_OPERATIONS")
    ctx = context(demo_engine)
    calls: list[date] = []

    def counted(context: AppContext, day: date) -> object:
        calls.append(day)
        return today_overview(context, day)

    monkeypatch.setattr(overview_view, "today_overview", counted)
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    service = ConfirmationsService(ctx)
    before = unconfirmed_families(ctx, NEXT)
    family = next(e.family for e in service.open_day(NEXT).families if e.family.state in PENDING)
    service.confirm(family)  # while the first reload runs
    for _ in range(3):
        ctx.notices.data_did_change("lessons")
    running_loop.until(lambda: view.overview is not None and not view._loading)
    assert len(calls) == 2  # the first read and one more for everything that came meanwhile
    [line] = [item for item in view.overview.attention if item.kind == "unconfirmed"]
    assert line.count == before - 1


class ReportingSync(LocalOnly):
    """A sync whose refused writes appear while the screen is open, reported on the sync's own thread."""

    def __init__(self) -> None:
        self.items: list[AttentionItem] = []
        self.listeners: list[SyncListener] = []

    def attention(self) -> list[AttentionItem]:
        return list(self.items)

    def subscribe(self, listener: SyncListener) -> None:
        self.listeners.append(listener)

    def unsubscribe(self, listener: SyncListener) -> None:
        if listener in self.listeners:
            self.listeners.remove(listener)

    def refuse_one(self) -> None:
        self.items.append(AttentionItem(uuid.uuid4(), "lesson.move", "rejected", NOW))
        status = SyncStatus(SyncState.CONFLICT, attention=len(self.items))
        for listener in list(self.listeners):
            worker = threading.Thread(target=listener, args=(status, frozenset()))
            worker.start()
            worker.join()


def test_a_refused_write_appears_without_any_data_notice(
    qtbot: QtBot, hebrew_app: QApplication, demo_engine: Engine
) -> None:
    sync = ReportingSync()
    base = context(demo_engine)
    ctx = AppContext(gateway=base.gateway, user=base.user, clock=base.clock, sync=sync)
    view = OverviewView(ctx)
    qtbot.addWidget(view)
    assert "sync" not in lines(view)
    sync.refuse_one()
    qtbot.waitUntil(lambda: "sync" in lines(view))
    assert lines(view)["sync"][0].text() == "שינוי אחד צריך טיפול לפני שיסונכרן"
