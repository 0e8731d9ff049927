"""The weekly templates screen: new series, a change from a date (a new version), single dates, end."""

from __future__ import annotations

from datetime import time, timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import QItemSelectionModel
from PySide6.QtWidgets import QApplication, QComboBox, QDialogButtonBox, QLabel, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine
from sqlalchemy.orm import Session

from reinex_desktop.data import tables as t
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.generation.overrides_dialog import OverridesDialog
from reinex_desktop.ui.generation.template_editor import TemplateEditorDialog, qdate
from reinex_desktop.ui.generation.templates_view import EndSeriesDialog, TemplatesView
from tests.generation_world import World, build_world
from tests.ui.conftest import save_png


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def _view(qtbot: QtBot, engine: Engine) -> TemplatesView:
    context = AppContext(gateway=TenantDbGateway(engine), user=UserContext.for_role(Role.OWNER, "דנה"))
    view = TemplatesView(context)
    qtbot.addWidget(view)
    view.resize(1300, 700)
    view.show()
    return view


def _settle() -> None:
    app = QApplication.instance()
    assert app is not None
    app.processEvents()


def _templates(engine: Engine) -> list[t.TemplateRow]:
    with Session(engine) as session:
        return list(session.scalars(sa.select(t.TemplateRow).order_by(t.TemplateRow.version)))


def _save(dialog: object) -> None:
    buttons = dialog.findChild(QDialogButtonBox)  # type: ignore[attr-defined]
    buttons.button(QDialogButtonBox.StandardButton.Save).click()


def test_the_list_and_its_filters(
    hebrew_app: QApplication, qtbot: QtBot, qtmodeltester: object, world: World, sqlite_engine: Engine
) -> None:
    view = _view(qtbot, sqlite_engine)
    assert view.proxy.rowCount() == 6
    qtmodeltester.check(view.proxy.sourceModel())  # type: ignore[attr-defined]
    search = view.findChild(QLineEdit, "templateSearch")
    assert search is not None
    search.setText("תלמיד3")
    assert view.proxy.rowCount() == 1
    search.clear()
    instructor = view.findChild(QComboBox, "templatesInstructor")
    assert instructor is not None
    instructor.setCurrentIndex(instructor.findText("אבי לוי"))
    assert view.proxy.rowCount() == 3  # tue_09 and the two group members
    _settle()
    save_png(view, "templates_list")


def test_a_change_from_a_date_creates_a_new_version(
    hebrew_app: QApplication, qtbot: QtBot, world: World, sqlite_engine: Engine
) -> None:
    view = _view(qtbot, sqlite_engine)
    assert view.select(world.templates["sun_10"])
    view.findChild(QPushButton, "changeTemplate").click()
    dialog = view.findChild(TemplateEditorDialog)
    assert dialog is not None and dialog.isVisible()
    assert dialog.findChild(QLabel, "templateExplain").text()
    dialog.start.setCurrentIndex(dialog.start.findData("12:30"))
    dialog.from_date.setDate(qdate(world.first + timedelta(days=7)))
    _settle()
    save_png(dialog, "template_change_dialog")
    _save(dialog)
    rows = [r for r in _templates(sqlite_engine) if r.student_id == world.students[0]]
    assert [(r.version, r.time_of_day) for r in rows] == [(1, time(10)), (2, time(12, 30))]
    assert rows[0].valid_until == world.first + timedelta(days=6)
    assert rows[1].valid_from == world.first + timedelta(days=7) and rows[1].supersedes_template_id == rows[0].id
    status = view.findChild(QLabel, "templatesStatus")
    assert status is not None and status.text()
    assert view.selected() is not None and view.selected().template.id == rows[1].id  # type: ignore[union-attr]


def test_a_refused_change_keeps_the_dialog_open_with_the_reason(
    hebrew_app: QApplication, qtbot: QtBot, world: World, sqlite_engine: Engine
) -> None:
    view = _view(qtbot, sqlite_engine)
    view.select(world.templates["mon_11"])
    view.findChild(QPushButton, "changeTemplate").click()
    dialog = view.findChild(TemplateEditorDialog)
    assert dialog is not None
    _save(dialog)  # nothing changed
    assert dialog.isVisible() and dialog.error.text()
    assert len(_templates(sqlite_engine)) == 6


def test_a_new_series(hebrew_app: QApplication, qtbot: QtBot, world: World, sqlite_engine: Engine) -> None:
    view = _view(qtbot, sqlite_engine)
    view.findChild(QPushButton, "newTemplate").click()
    dialog = view.findChild(TemplateEditorDialog)
    assert dialog is not None
    dialog.student.setCurrentIndex(dialog.student.findText("תלמיד2 ישראלי"))
    dialog.weekday.setCurrentIndex(4)
    dialog.start.setCurrentIndex(dialog.start.findData("17:00"))
    dialog.from_date.setDate(qdate(world.first))
    _settle()
    save_png(dialog, "template_new_dialog")
    _save(dialog)
    assert not dialog.isVisible(), dialog.error.text()
    assert len(_templates(sqlite_engine)) == 7
    assert view.proxy.rowCount() == 7


def test_single_dates_and_ending_a_series(
    hebrew_app: QApplication, qtbot: QtBot, qtmodeltester: object, world: World, sqlite_engine: Engine
) -> None:
    view = _view(qtbot, sqlite_engine)
    view.select(world.templates["sun_10"])
    view.findChild(QPushButton, "templateDates").click()
    dialog = view.findChild(OverridesDialog)
    assert dialog is not None
    dialog.day.setDate(qdate(world.first))
    dialog.note.setText("יום הורים")
    dialog.save.click()
    assert dialog.model.rowCount() == 1
    dialog.findChild(QRadioButton, "overrideModify").setChecked(True)
    dialog.day.setDate(qdate(world.first + timedelta(days=7)))
    dialog.instructor.setCurrentIndex(dialog.instructor.findText("אבי לוי"))
    dialog.save.click()
    assert dialog.model.rowCount() == 2
    qtmodeltester.check(dialog.model)  # type: ignore[attr-defined]
    dialog.day.setDate(qdate(world.first + timedelta(days=1)))  # a Monday: not a date of the series
    dialog.save.click()
    assert dialog.error.text() and dialog.model.rowCount() == 2
    _settle()
    save_png(dialog, "template_single_dates")
    dialog.table.selectionModel().setCurrentIndex(
        dialog.model.index(0, 0),
        QItemSelectionModel.SelectionFlag.ClearAndSelect | QItemSelectionModel.SelectionFlag.Rows,
    )
    dialog.remove.click()
    assert dialog.model.rowCount() == 1
    dialog.close()

    view.findChild(QPushButton, "endTemplate").click()
    ending = view.findChild(EndSeriesDialog)
    assert ending is not None
    ending.last.setDate(qdate(world.first + timedelta(days=3)))
    ending.accept()
    row = next(r for r in _templates(sqlite_engine) if r.id == world.templates["sun_10"])
    assert row.valid_until == world.first + timedelta(days=3)
