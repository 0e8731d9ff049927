"""The sync status item and the "needs attention" panel, in Hebrew, over a real cache and PostgreSQL."""

from __future__ import annotations

from collections.abc import Iterator
from datetime import timedelta
from pathlib import Path

import pytest
from PySide6.QtCore import QCoreApplication
from PySide6.QtWidgets import QApplication, QMainWindow, QPushButton
from pytestqt.modeltest import ModelTester
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.bff_server.faults import Fault
from reinex_desktop.data.engine import open_engine
from reinex_desktop.domain.calendar.commands import RescheduleLesson
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.domain.sync.status import PROBLEM_NAME, Problem, SyncState
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.mutations import Mutation
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote
from reinex_desktop.ui.labels import message_text
from reinex_desktop.ui.sync.attention_panel import AttentionDialog
from reinex_desktop.ui.sync.status_item import SyncStatusWidget
from tests.conftest import PgDatabases
from tests.sync.sync_fixtures import (
    OWNER,
    Switch,
    cached,
    clone,
    ensure_seeded_template,
    running_backend,
    today_bounds,
)
from tests.ui.conftest import save_png


@pytest.fixture
def seeded_pg_engine(pg_databases: PgDatabases) -> Iterator[Engine]:
    engine = open_engine(clone(pg_databases, ensure_seeded_template(pg_databases)))
    yield engine
    engine.dispose()


@pytest.fixture
def desk(seeded_pg_engine: Engine, tmp_path: Path) -> Iterator[tuple[CachedGateway, Switch, AppContext]]:
    switch = Switch(TenantDbRemote(seeded_pg_engine))
    with cached(tmp_path / "cache.db", switch) as gateway:
        gateway.sync.run_once()
        context = AppContext(
            gateway=gateway,
            user=UserContext.for_role(Role.OFFICE, "קבלה"),
            backend_kind="database",
            backend_label="clinic",
        )
        context.sync = gateway.sync
        yield gateway, switch, context


def _window(qtbot: QtBot, context: AppContext) -> tuple[QMainWindow, SyncStatusWidget]:
    window = QMainWindow()
    qtbot.addWidget(window)
    item = SyncStatusWidget(context, window)
    window.statusBar().addPermanentWidget(item)
    window.resize(900, 120)
    window.show()
    return window, item


def test_the_embedded_database_is_shown_as_local(
    qtbot: QtBot, hebrew_app: QApplication, owner_context: AppContext
) -> None:
    _shown, item = _window(qtbot, owner_context)
    assert item.status.state is SyncState.LOCAL
    assert item.text.startswith("מסד נתוני הדגמה מובנה · במחשב הזה")


def test_offline_writes_are_counted_and_the_screens_hear_of_pulled_changes(
    qtbot: QtBot, hebrew_app: QApplication, desk: tuple[CachedGateway, Switch, AppContext]
) -> None:
    gateway, switch, context = desk
    window, item = _window(qtbot, context)
    assert "מחובר" in item.text and "סנכרון אחרון" in item.text
    switch.online = False
    changed: list[frozenset[str]] = []
    context.notices.subscribe(changed.append)
    for index in range(2):
        gateway.apply(Mutation.of(SaveSetting(f"desk_note_{index}", index), OWNER))
    gateway.sync.run_once()  # the engine reports from its own thread in the app; the relay queues it
    qtbot.waitUntil(lambda: item.status.state is SyncState.OFFLINE)
    assert "לא מחובר" in item.text and "ממתינים לשליחה: 2" in item.text
    assert "אין גישה לשרת" in item._button.toolTip()
    qtbot.waitUntil(lambda: item.width() >= item.sizeHint().width())  # the status bar lays out again
    save_png(window, "sync_status_offline_he")

    switch.online = True
    gateway.sync.sync_now()
    gateway.sync.run_once()
    qtbot.waitUntil(lambda: item.status.state is SyncState.ONLINE and item.status.pending == 0)
    assert "ממתינים" not in item.text
    # The notice of pulled changes travels through the same queued relay, one event behind the status.
    # The change feed hands out a transaction's changes once older transactions on the server have
    # ended (other clients' included): pull again until they have come.
    qtbot.waitUntil(
        lambda: gateway.sync.run_once() is None or any("settings" in areas for areas in changed), timeout=30000
    )
    qtbot.waitUntil(lambda: item.width() >= item.sizeHint().width())
    save_png(window, "sync_status_online_he")


def _conflict(gateway: CachedGateway, engine: Engine) -> LessonInstance:
    start, end = today_bounds()
    lesson = next(x for x in gateway.lessons_between(start, end) if x.participants)

    def move(hours: int) -> Mutation:
        target = lesson.datetime_start + timedelta(hours=hours)
        command = RescheduleLesson(
            lesson.id, lesson.instructor_employee_id, target, lesson.duration_minutes, accept_conflicts=True
        )
        return Mutation.of(command, OWNER, base_version=lesson.updated_at)

    assert TenantDbGateway(engine).apply(move(2)).applied  # another workstation
    assert gateway.apply(move(1)).applied
    gateway.sync.run_once()
    return lesson


def test_the_attention_panel_keeps_mine_keeps_theirs_and_rebooks(
    qtbot: QtBot,
    hebrew_app: QApplication,
    desk: tuple[CachedGateway, Switch, AppContext],
    seeded_pg_engine: Engine,
) -> None:
    gateway, _switch, context = desk
    window, item = _window(qtbot, context)
    _conflict(gateway, seeded_pg_engine)
    qtbot.waitUntil(lambda: item.status.state is SyncState.CONFLICT)
    assert "לטיפול: 1" in item.text

    dialog = AttentionDialog(context, window)
    qtbot.addWidget(dialog)
    ModelTester(None).check(dialog.model)  # type: ignore[arg-type]
    dialog.show()
    assert dialog.model.rowCount() == 1
    row = [dialog.model.data(dialog.model.index(0, column)) for column in range(4)]
    assert row[1] == "הזזת שיעור — התנגשות" and "בעמדה אחרת" in row[2] and row[3] == "דנה"
    buttons = {b.objectName(): b for b in dialog.findChildren(QPushButton)}
    assert buttons["keepMine"].isEnabled() and buttons["keepTheirs"].isEnabled() and buttons["rebook"].isEnabled()
    save_png(dialog, "sync_attention_he")

    buttons["keepTheirs"].click()
    assert dialog.model.rowCount() == 0 and not buttons["keepTheirs"].isEnabled()

    _conflict(gateway, seeded_pg_engine)
    dialog.refresh()
    buttons["keepMine"].click()
    assert dialog.model.rowCount() == 0
    assert gateway.sync.counts() == (1, 0)  # sent again, over the other change

    lesson = _conflict(gateway, seeded_pg_engine)
    dialog.refresh()
    with qtbot.waitSignal(dialog.day_requested) as requested:
        buttons["rebook"].click()
    assert requested.args == [(lesson.datetime_start + timedelta(hours=1)).astimezone(context.zone()).date()]
    assert dialog.model.rowCount() == 0


WRITE_FAULTS = {
    "server error": (Fault(status=500, path_prefix="/api/desktop/mutations"), Problem.SERVER_ERROR),
    "html page": (Fault(garbage=True, status=502, path_prefix="/api/desktop/mutations"), Problem.SERVER_ERROR),
    "garbage": (Fault(garbage=True, path_prefix="/api/desktop/mutations"), Problem.BAD_RESPONSE),
    "empty body": (Fault(raw=b"", path_prefix="/api/desktop/mutations"), Problem.BAD_RESPONSE),
    "wrong shape": (
        Fault(status=200, body={"data": {"verdicts": 7}}, path_prefix="/api/desktop/mutations"),
        Problem.BAD_RESPONSE,
    ),
}


@pytest.mark.parametrize("fault_name", list(WRITE_FAULTS))
def test_the_status_names_the_problem_when_only_writes_fail(
    qtbot: QtBot, hebrew_app: QApplication, seeded_pg_engine: Engine, tmp_path: Path, fault_name: str
) -> None:
    fault, problem = WRITE_FAULTS[fault_name]
    with running_backend(seeded_pg_engine) as backend, cached(tmp_path / "cache.db", backend.gateway()) as gateway:
        assert gateway.sync.run_once().error is None
        context = AppContext(
            gateway=gateway,
            user=UserContext.for_role(Role.OFFICE, "קבלה"),
            backend_kind="web",
            backend_label="clinic",
        )
        context.sync = gateway.sync
        _shown, item = _window(qtbot, context)
        for index in range(20):
            gateway.apply(Mutation.of(SaveSetting(f"refused_{index}", index), OWNER))
        backend.faults.add(fault)
        for _cycle in range(3):  # the failed push, then cycles in which only reads are made (backoff)
            gateway.sync.run_once()
            qtbot.waitUntil(lambda: item.status.state is SyncState.WRITES_FAILING)
        cause = QCoreApplication.translate("SyncStatus", PROBLEM_NAME[problem])
        assert item.status.write_problem is problem and item.status.pending == 20
        assert cause != PROBLEM_NAME[problem]  # in Hebrew
        assert f"({cause})" in item.text and "ממתינים לשליחה: 20" in item.text, item.text
        assert item.text.split(" · ")[1] != "מחובר"
        assert message_text(item.status.problem_message()) in item._button.toolTip()  # type: ignore[arg-type]

        backend.faults.clear()
        gateway.sync.sync_now()
        gateway.sync.run_once()
        qtbot.waitUntil(lambda: item.status.state is SyncState.ONLINE and item.status.pending == 0)
        assert "(" not in item.text.split(" · ")[1]
