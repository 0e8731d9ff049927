"""Started on a deployed tenant, the app says what is wrong with a login instead of an empty calendar."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QApplication, QLabel
from pytestqt.qtbot import QtBot

from reinex_desktop.app import LaunchOptions, build_context, build_gateway
from reinex_desktop.data.setup_script import apply_schema
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.schema_report import Reason, SchemaState
from reinex_desktop.ui.main_window import MainWindow
from tests.deployed_tenant import DeployedTenant


@pytest.fixture
def places(tmp_path: Path, monkeypatch: pytest.MonkeyPatch) -> Iterator[Path]:
    monkeypatch.setenv("REINEX_CONFIG_DIR", str(tmp_path / "config"))
    monkeypatch.setenv("REINEX_DATA_DIR", str(tmp_path / "data"))
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    previous = keyring.get_keyring()
    keyring.set_keyring(backend)
    yield tmp_path
    keyring.set_keyring(previous)


def test_a_login_outside_app_user_gets_the_schema_screen_with_the_named_message(
    qapp: QApplication, qtbot: QtBot, places: Path, deployed_tenant: DeployedTenant
) -> None:
    apply_schema(deployed_tenant.engine())
    options = LaunchOptions(database_url=deployed_tenant.url(deployed_tenant.logins.outsider), role=Role.OFFICE)
    opened = build_gateway(options)
    try:
        report = opened.gateway.check_schema()
        assert report.state is SchemaState.ACCESS_DENIED
        assert any(finding.reason is Reason.NO_ROWS for finding in report.findings)
        window = MainWindow(build_context(options, opened), language="en", schema=report)
        qtbot.addWidget(window)
        assert window.section_keys == []  # no calendar at all, let alone an empty one
        message = window.findChild(QLabel, "schemaMessages").text()
        assert deployed_tenant.logins.outsider in message and "member of app_user" in message
    finally:
        opened.gateway.close()


def test_the_desk_login_starts_on_the_calendar(
    qapp: QApplication, places: Path, deployed_tenant: DeployedTenant
) -> None:
    apply_schema(deployed_tenant.engine())
    opened = build_gateway(LaunchOptions(database_url=deployed_tenant.url(deployed_tenant.logins.desk)))
    try:
        assert opened.gateway.check_schema().ok
        assert [instructor.name for instructor in opened.gateway.instructors()] == ["רונית כהן"]
    finally:
        opened.gateway.close()


def test_test_connection_names_the_login_problem(qapp: QApplication, deployed_tenant: DeployedTenant) -> None:
    from reinex_desktop.domain.sync.profile import BackendKind, ConnectionProfile
    from reinex_desktop.sync.connection import check_connection

    apply_schema(deployed_tenant.engine())
    url = deployed_tenant.url(deployed_tenant.logins.outsider)
    check = check_connection(ConnectionProfile(BackendKind.DATABASE, database_url=url, verify_full=False), None)
    assert not check.ok
    text = check.message().render()
    assert "sees no rows" in text and deployed_tenant.logins.outsider in text
