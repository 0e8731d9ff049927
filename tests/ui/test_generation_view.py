"""The weekly generation screen: preview → apply → undo on the embedded demo database, in Hebrew."""

from __future__ import annotations

from datetime import timedelta

import pytest
import sqlalchemy as sa
from PySide6.QtCore import Qt
from PySide6.QtWidgets import (
    QApplication,
    QComboBox,
    QLabel,
    QLineEdit,
    QPushButton,
    QRadioButton,
    QTableView,
    QTreeView,
)
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.data import tables as t
from reinex_desktop.data.demo import load_demo
from reinex_desktop.domain.generation.access import default_range
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.calendar import prompts
from reinex_desktop.ui.generation.generation_view import REPORT_PAGE, GenerationView
from reinex_desktop.ui.generation.plan_model import Category
from tests.ui.conftest import save_png


@pytest.fixture
def demo(sqlite_engine: Engine) -> Engine:
    load_demo(sqlite_engine, "small")
    return sqlite_engine


def _settle() -> None:
    """Let pending layout requests run, as the event loop would before a paint."""
    app = QApplication.instance()
    assert app is not None
    app.processEvents()


def _count(engine: Engine, table: type) -> int:
    with engine.connect() as connection:
        return connection.scalar(sa.select(sa.func.count()).select_from(table)) or 0


def _view(qtbot: QtBot, engine: Engine, role: Role = Role.OWNER) -> GenerationView:
    context = AppContext(gateway=TenantDbGateway(engine), user=UserContext.for_role(role, "דנה"))
    view = GenerationView(context)
    qtbot.addWidget(view)
    view.resize(1400, 860)
    view.show()
    return view


def _label(view: GenerationView, name: str) -> str:
    widget = view.findChild(QLabel, name)
    assert widget is not None, name
    return widget.text()


def _button(view: GenerationView, name: str) -> QPushButton:
    button = view.findChild(QPushButton, name)
    assert button is not None, name
    return button


def test_preview_apply_undo(
    hebrew_app: QApplication, qtbot: QtBot, qtmodeltester: object, demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "ask_destructive", lambda *_args: True)  # the question has its own test
    view = _view(qtbot, demo)
    assert view.layoutDirection() == Qt.LayoutDirection.RightToLeft
    # The demo already holds the coming weeks: the default preview keeps everything.
    assert _label(view, "count_instances") == "0" and int(_label(view, "count_kept")) > 100
    assert not _button(view, "applyButton").isEnabled()
    # Three weeks on, nothing is generated yet.
    first, _last = default_range(view._context.today(), 14)
    view.show_date(first + timedelta(days=21))
    new_lessons = int(_label(view, "count_instances"))
    assert new_lessons > 50
    qtmodeltester.check(view.model)  # type: ignore[attr-defined]
    tree = view.findChild(QTreeView, "planTree")
    assert tree is not None and view.model.rowCount() >= 5  # days
    _settle()
    save_png(view, "generation_preview")

    lessons_before = _count(demo, t.InstanceRow)
    qtbot.mouseClick(_button(view, "applyButton"), Qt.MouseButton.LeftButton)
    assert view._pages.currentIndex() == REPORT_PAGE
    assert _count(demo, t.InstanceRow) == lessons_before + new_lessons
    undo = _button(view, "undoButton")
    assert undo.isVisible() and undo.isEnabled() and "29:" in undo.text()
    assert str(new_lessons) in _label(view, "reportLines")
    _settle()
    save_png(view, "generation_applied")

    with demo.begin() as connection:  # meanwhile, one new lesson was documented: undo must keep it
        documented = connection.scalar(
            sa.select(t.InstanceRow.id).order_by(t.InstanceRow.created_at.desc(), t.InstanceRow.id).limit(1)
        )
        connection.execute(
            sa.update(t.InstanceRow).where(t.InstanceRow.id == documented).values(documentation_status="documented")
        )
    qtbot.mouseClick(undo, Qt.MouseButton.LeftButton)
    assert _count(demo, t.InstanceRow) == lessons_before + 1
    assert not undo.isVisible()
    assert str(new_lessons - 1) in _label(view, "reportLines")
    kept = view.findChild(QTableView, "keptTable")
    assert kept is not None and kept.isVisible() and kept.model().rowCount() == 1
    qtmodeltester.check(kept.model())  # type: ignore[attr-defined]
    assert "מתועד" in kept.model().index(0, 4).data()
    _settle()
    save_png(view, "generation_undone")


def test_filters_narrow_the_tree(hebrew_app: QApplication, qtbot: QtBot, demo: Engine) -> None:
    view = _view(qtbot, demo)
    rows = view.model.visible_rows
    assert rows
    category = view.findChild(QComboBox, "categoryFilter")
    assert category is not None
    category.setCurrentIndex(category.findData(Category.SKIPPED.value))
    skipped = view.model.visible_rows
    assert skipped and all(row.kind.value == "skipped" for row in skipped)
    category.setCurrentIndex(category.findData(Category.ALL.value))
    student = view.findChild(QLineEdit, "studentFilter")
    assert student is not None
    name = rows[0].students[0]
    student.setText(name)
    assert view.model.visible_rows and all(name in row.students for row in view.model.visible_rows)
    instructor = view.findChild(QComboBox, "instructorFilter")
    assert instructor is not None
    student.clear()
    instructor.setCurrentIndex(1)
    chosen = {row.instructor for row in view.model.visible_rows}
    assert chosen == {instructor.currentText()}


def test_reset_forward_is_previewed_on_the_same_screen(
    hebrew_app: QApplication, qtbot: QtBot, demo: Engine, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.setattr(prompts, "ask_destructive", lambda *_args: True)  # the question has its own test
    view = _view(qtbot, demo)
    reset = view.findChild(QRadioButton, "modeReset")
    assert reset is not None
    reset.setChecked(True)
    with demo.connect() as connection:
        some = tuple(connection.scalars(sa.select(t.TemplateRow.id).where(t.TemplateRow.is_active).limit(3)))
    view.set_reset_templates(some)
    view.preview()
    assert int(_label(view, "count_remove")) > 0
    assert _button(view, "applyButton").isEnabled()
    _settle()
    save_png(view, "generation_reset_preview")
    before = _count(demo, t.InstanceRow)
    qtbot.mouseClick(_button(view, "applyButton"), Qt.MouseButton.LeftButton)
    assert view._pages.currentIndex() == REPORT_PAGE
    assert not _button(view, "undoButton").isVisible()
    assert _count(demo, t.InstanceRow) == before  # the same lessons, generated again


def test_a_refusal_is_shown_and_changes_nothing(hebrew_app: QApplication, qtbot: QtBot, demo: Engine) -> None:
    view = _view(qtbot, demo)
    view._last.setDate(view._first.date().addDays(-3))
    view.preview()
    assert "לפני" in _label(view, "generationStatus") or "before" in _label(view, "generationStatus")
    assert not _button(view, "applyButton").isEnabled()


def test_only_managers_see_generation_and_templates() -> None:
    from reinex_desktop.ui.sections import registered_sections

    def keys(role: Role) -> set[str]:
        user = UserContext.for_role(role, "x")
        return {section.key for section in registered_sections() if section.visible(user)}

    assert {"generation", "templates"} <= keys(Role.OWNER)
    assert {"generation", "templates"} <= keys(Role.ADMIN)
    for role in (Role.OFFICE, Role.INSTRUCTOR, Role.READ_ONLY):
        assert not {"generation", "templates"} & keys(role)
