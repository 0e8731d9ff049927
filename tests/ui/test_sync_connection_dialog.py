"""The connection dialog: embedded, tenant database or web backend; test connection; secrets to the keyring."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import pytest
import sqlalchemy as sa
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QApplication, QCheckBox, QComboBox, QLineEdit, QPushButton, QRadioButton
from pytestqt.qtbot import QtBot
from sqlalchemy.engine import make_url

from reinex_desktop.data.engine import open_engine
from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.sync.profile import BackendKind
from reinex_desktop.services.sync.connection import ConnectionService
from reinex_desktop.sync.credentials import ProfileStore, SecretStore
from reinex_desktop.ui.sync.connection_dialog import ConnectionDialog
from tests.conftest import PgDatabases
from tests.sync.sync_fixtures import ORG, RunningBackend, clone, ensure_seeded_template, running_backend
from tests.ui.conftest import save_png

MANAGER = Actor(None, "דנה", "owner")


@pytest.fixture(autouse=True)
def _inline_operations(monkeypatch: pytest.MonkeyPatch) -> None:
    monkeypatch.setenv("REINEX_SYNC_OPERATIONS", "1")


@pytest.fixture
def seeded_url(pg_databases: PgDatabases) -> str:
    return clone(pg_databases, ensure_seeded_template(pg_databases))


@pytest.fixture
def web(seeded_url: str) -> Iterator[RunningBackend]:
    engine = open_engine(seeded_url)
    with running_backend(engine) as running:
        yield running
    engine.dispose()


@pytest.fixture
def service(tmp_path: Path) -> ConnectionService:
    keyring_file = PlaintextKeyring()
    keyring_file.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    return ConnectionService(ProfileStore(tmp_path / "connections.json"), SecretStore(keyring_file))


def _field(dialog: ConnectionDialog, name: str) -> QLineEdit:
    edit = dialog.findChild(QLineEdit, name)
    assert edit is not None
    return edit


def _button(dialog: ConnectionDialog, name: str) -> QPushButton:
    button = dialog.findChild(QPushButton, name)
    assert button is not None
    return button


def _choose(dialog: ConnectionDialog, text: str) -> None:
    next(b for b in dialog.findChildren(QRadioButton) if b.text() == text).click()


def _combo(dialog: ConnectionDialog, name: str) -> QComboBox:
    combo = dialog.findChild(QComboBox, name)
    assert combo is not None
    return combo


def test_a_database_profile_is_tested_and_saved_without_its_password(
    qtbot: QtBot, hebrew_app: QApplication, service: ConnectionService, seeded_url: str, tmp_path: Path
) -> None:
    dialog = ConnectionDialog(service=service, decided_by=MANAGER)
    qtbot.addWidget(dialog)
    dialog.show()
    assert dialog.profile().kind is BackendKind.EMBEDDED
    _choose(dialog, "מסד הנתונים של המרכז (PostgreSQL)")
    address = make_url(seeded_url).set(drivername="postgresql", password="s3cret-pass")
    _field(dialog, "databaseUrl").setText(address.render_as_string(hide_password=False))
    dialog.findChild(QCheckBox, "verifyFull").setChecked(False)  # type: ignore[union-attr]
    _button(dialog, "testConnection").click()
    assert dialog.result_text == "החיבור תקין ומסד הנתונים של המרכז שלם."
    save_png(dialog, "sync_connection_database_he")
    _button(dialog, "saveConnection").click()
    assert dialog.result_text == "בחרו את התפקיד של מי שעובדים בעמדה הזו."  # who works here is part of the profile
    role, staff = _combo(dialog, "deskRole"), _combo(dialog, "deskStaff")
    role.setCurrentIndex(role.findData("instructor"))
    _button(dialog, "saveConnection").click()
    assert dialog.result_text.startswith("בחרו את המדריך")  # an instructor's desk names the instructor
    assert staff.count() > 2  # the clinic's instructors, listed by the connection test
    staff.setCurrentIndex(2)
    chosen = staff.currentData()

    _button(dialog, "saveConnection").click()
    written = (tmp_path / "connections.json").read_text(encoding="utf-8")
    assert "s3cret-pass" not in written
    saved = service.current()
    assert saved.kind is BackendKind.DATABASE and "s3cret-pass" not in saved.database_url
    assert service.has_secret(saved)
    assert (saved.role, saved.staff_id) == ("instructor", chosen)
    engine = open_engine(seeded_url)
    try:
        with engine.connect() as connection:
            decided = connection.execute(
                sa.text("SELECT actor_name, actor_role, after FROM audit_events WHERE action = 'desk_profile.bind'")
            ).one()
    finally:
        engine.dispose()
    assert decided.actor_name == "דנה" and decided.actor_role == "owner"  # the manager's decision, audited
    assert decided.after["role"] == "instructor" and decided.after["staff_id"] == chosen


def test_only_a_manager_binds_a_database_desk_and_nothing_is_saved_otherwise(
    qtbot: QtBot, hebrew_app: QApplication, service: ConnectionService, seeded_url: str, tmp_path: Path
) -> None:
    dialog = ConnectionDialog(service=service, decided_by=Actor(None, "קבלה", "office"))
    qtbot.addWidget(dialog)
    _choose(dialog, "מסד הנתונים של המרכז (PostgreSQL)")
    _field(dialog, "databaseUrl").setText(make_url(seeded_url).set(drivername="postgresql").render_as_string())
    dialog.findChild(QCheckBox, "verifyFull").setChecked(False)  # type: ignore[union-attr]
    role = _combo(dialog, "deskRole")
    role.setCurrentIndex(role.findData("owner"))
    _button(dialog, "saveConnection").click()
    assert dialog.result_text.startswith("רק בעלים או מנהל")
    assert not (tmp_path / "connections.json").exists()


def test_a_web_backend_profile_signs_in_and_says_as_whom(
    qtbot: QtBot, hebrew_app: QApplication, service: ConnectionService, web: RunningBackend
) -> None:
    dialog = ConnectionDialog(service=service)
    qtbot.addWidget(dialog)
    dialog.show()
    _choose(dialog, "שרת האינטרנט")
    _field(dialog, "webUrl").setText(web.url)
    _field(dialog, "organization").setText(ORG)
    _field(dialog, "token").setText("stolen-token")
    _button(dialog, "testConnection").click()
    assert dialog.result_text == "הסיסמה או האסימון נדחו."
    _field(dialog, "token").setText("office-token")
    _button(dialog, "testConnection").click()
    assert dialog.result_text == "החיבור תקין: מרכז רכיבה, מחוברים בתפקיד משרד."
    save_png(dialog, "sync_connection_web_he")


def test_an_incomplete_form_is_explained_and_nothing_is_saved(
    qtbot: QtBot, hebrew_app: QApplication, service: ConnectionService, tmp_path: Path
) -> None:
    dialog = ConnectionDialog(service=service)
    qtbot.addWidget(dialog)
    _choose(dialog, "שרת האינטרנט")
    _field(dialog, "webUrl").setText("http://clinic.example.org")
    _button(dialog, "saveConnection").click()
    assert "https://" in dialog.result_text and "מזהה הארגון" in dialog.result_text
    assert dialog.isVisible() or not (tmp_path / "connections.json").exists()
    assert not (tmp_path / "connections.json").exists()
