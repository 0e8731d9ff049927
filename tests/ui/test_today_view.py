"""The Today screen on the demo clinic: its lines count what the services count, and each opens
the place that resolves it."""

from __future__ import annotations

from datetime import date, time

import pytest
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot
from sqlalchemy import Engine

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.charging.balances import BalanceLevel
from reinex_desktop.domain.clinic_time import clinic_zone, day_bounds_utc, local_date, local_to_utc
from reinex_desktop.domain.clock import fixed_clock
from reinex_desktop.domain.confirmations.days import next_business_day
from reinex_desktop.domain.enums import DocumentationStatus, LessonStatus
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.today import AttentionKind
from reinex_desktop.services.commitments import balance_warnings
from reinex_desktop.services.confirmations import ConfirmationsService
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.services.overview import today_overview
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.main_window import MainWindow
from reinex_desktop.i18n.install import install_language
from reinex_desktop.ui.overview_view import OverviewView
from tests.ui.conftest import save_png

TODAY = date(2026, 11, 22)  # a Sunday
NOW = local_to_utc(TODAY, time(8), clinic_zone())


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


def test_probe(hebrew_app: QApplication, demo_engine: Engine) -> None:
    ctx = context(demo_engine)
    overview = today_overview(ctx, TODAY)
    print(overview.today, overview.next_day)
    for item in overview.attention:
        print(item)
    assert False
