"""After a change from a date that created a new version, the templates screen offers a reset forward
of that series from that date, which opens Weekly generation preselected and previewed."""

from __future__ import annotations

from datetime import timedelta

import pytest
from PySide6.QtWidgets import QApplication, QDateEdit, QDialogButtonBox, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import Engine

from reinex_desktop.domain.generation.runs import RunKind
from reinex_desktop.domain.permissions import Role
from reinex_desktop.services.context import AppContext, UserContext
from reinex_desktop.sync.tenant_db import TenantDbGateway
from reinex_desktop.ui.generation.generation_view import GenerationView
from reinex_desktop.ui.generation.requests import ResetForwardRequest
from reinex_desktop.ui.generation.template_editor import TemplateEditorDialog, pydate, qdate
from reinex_desktop.ui.generation.templates_view import TemplatesView
from reinex_desktop.ui.main_window import MainWindow
from tests.generation_world import World, build_world
from tests.ui.conftest import save_png


@pytest.fixture
def world(sqlite_engine: Engine) -> World:
    return build_world(sqlite_engine)


def _change_from(view: TemplatesView, world: World, days: int) -> None:
    assert view.select(world.templates["sun_10"])
    view.findChild(QPushButton, "changeTemplate").click()
    dialog = view.findChild(TemplateEditorDialog)
    dialog.start.setCurrentIndex(dialog.start.findData("12:30"))
    dialog.from_date.setDate(qdate(world.first + timedelta(days=days)))
    dialog.findChild(QDialogButtonBox).button(QDialogButtonBox.StandardButton.Save).click()


def test_a_new_version_offers_a_reset_forward_that_opens_generation(
    hebrew_app: QApplication, qtbot: QtBot, world: World, sqlite_engine: Engine
) -> None:
    context = AppContext(gateway=TenantDbGateway(sqlite_engine), user=UserContext.for_role(Role.OWNER, "דנה"))
    window = MainWindow(context, language="he")
    qtbot.addWidget(window)
    window.resize(1300, 760)
    window.show()
    view = window.open_section("templates")
    assert isinstance(view, TemplatesView)
    offer = view.findChild(QPushButton, "resetForwardAfterChange")
    assert offer.isHidden()

    _change_from(view, world, 7)
    since = world.first + timedelta(days=7)
    new_version = view.selected().template.id  # type: ignore[union-attr]
    assert not offer.isHidden() and f"{since.day}.{since.month}.{since.year}" in offer.text()
    hebrew_app.processEvents()  # let the layouts take the new texts in
    assert offer.width() >= offer.sizeHint().width()
    save_png(window, "templates_reset_forward_offer")

    with qtbot.waitSignal(view.open_requested) as signal:
        offer.click()
    assert signal.args == ["generation", ResetForwardRequest((new_version,), since)]
    assert offer.isHidden()
    generation = window.current_section()
    assert isinstance(generation, GenerationView)
    assert generation.findChild(QRadioButton, "modeReset").isChecked()
    assert pydate(generation.findChild(QDateEdit, "rangeFirst").date()) == since
    preview = generation._preview  # the preview ran at once
    assert preview is not None and preview.kind is RunKind.RESET_FORWARD
    assert preview.first == since and preview.template_ids == (new_version,)
    hebrew_app.processEvents()
    save_png(window, "generation_reset_forward_from_templates")
