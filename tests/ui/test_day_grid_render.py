"""The day screen and its printed sheet on the demo clinic, in Hebrew: rendered to PNG and PDF."""

from __future__ import annotations

import re
import shutil
import subprocess
from datetime import date, time
from pathlib import Path

import pytest
from PySide6.QtGui import QImage
from PySide6.QtWidgets import QApplication
from pytestqt.qtbot import QtBot

from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.clinic_time import clinic_zone, local_to_utc
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.calendar.pinboard import MemoryPinStore
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.calendar.day_view import DayCalendarView
from reinex_desktop.ui.calendar.printing import SheetKind, print_day_pdf
from tests.ui.conftest import ARTIFACTS, save_png

TODAY = date(2026, 11, 22)
MONDAY = date(2026, 11, 23)


@pytest.fixture
def demo_context(sqlite_engine, monkeypatch: pytest.MonkeyPatch) -> AppContext:
    load_demo(sqlite_engine, "small", today=TODAY)
    now = local_to_utc(MONDAY, time(10, 20), clinic_zone())
    return AppContext(TenantDbGateway(sqlite_engine), UserContext.for_role(Role.OFFICE, "דנה"), clock=lambda: now)


def pdf_pages(path: Path) -> int:
    data = path.read_bytes()
    pages = len(re.findall(rb"/Type\s*/Page(?![a-z])", data))
    if shutil.which("pdfinfo"):
        info = subprocess.run(["pdfinfo", str(path)], capture_output=True, text=True, check=True).stdout
        assert re.search(rf"^Pages:\s+{pages}$", info, re.M), info
        assert "(A4)" in info
    return pages


def test_demo_day_in_hebrew_renders_to_png(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    view = DayCalendarView(demo_context, pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.resize(1500, 900)
    view.show()
    view.show_date(MONDAY)
    QApplication.processEvents()
    blocks = view.view.layout.blocks
    assert len(view.view.layout.columns) == 8 and len(blocks) > 15
    assert view.title.text() == "יום שני, 23 בנובמבר 2026"
    view.grid.select_lesson(blocks[len(blocks) // 2].lesson_id)
    view._load_details()
    QApplication.processEvents()
    path = save_png(view, "day_calendar_he")
    image = QImage(str(path))
    assert image.width() == 1500 and image.height() == 900
    # The time column is painted at the right of the cells (Hebrew): its labels are there.
    time_column = view.grid.time_column.mapTo(view, view.grid.time_column.rect().topLeft())
    assert time_column.x() > view.grid.mapTo(view, view.grid.viewport().geometry().center()).x()


def test_day_sheet_pdf_has_one_page_per_sheet(qtbot: QtBot, hebrew_app: QApplication, demo_context) -> None:
    view = DayCalendarView(demo_context, pin_store=MemoryPinStore())
    qtbot.addWidget(view)
    view.show_date(MONDAY)
    day = view.view
    ARTIFACTS.mkdir(exist_ok=True)
    busy = len({b.column for b in day.layout.blocks})
    per_instructor = ARTIFACTS / "day_sheet_per_instructor.pdf"
    assert print_day_pdf(day, per_instructor, SheetKind.PER_INSTRUCTOR, now=demo_context.clock()) == busy
    assert pdf_pages(per_instructor) == busy
    everyone = ARTIFACTS / "day_sheet_all_instructors.pdf"
    assert print_day_pdf(day, everyone, SheetKind.PER_INSTRUCTOR, now=demo_context.clock(), only_busy=False) == 8
    assert pdf_pages(everyone) == 8
    grid = ARTIFACTS / "day_sheet_grid.pdf"
    assert print_day_pdf(day, grid, SheetKind.GRID, now=demo_context.clock()) == 1
    assert pdf_pages(grid) == 1
    if shutil.which("pdftotext"):
        text = subprocess.run(["pdftotext", str(per_instructor), "-"], capture_output=True, text=True).stdout
        assert "בנובמבר" in text or "רבמבונב" in text
