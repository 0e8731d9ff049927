"""The composition root picks the backend: `--database-url`, the saved profile, or the embedded demo."""

from __future__ import annotations

from collections.abc import Iterator
from pathlib import Path

import keyring
import pytest
from keyrings.alt.file import PlaintextKeyring
from PySide6.QtWidgets import QApplication

from reinex_desktop.app import LaunchOptions, build_context, build_gateway
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.profile import BackendKind, ConnectionProfile
from reinex_desktop.domain.sync.status import SyncState
from reinex_desktop.services.sync.connection import ConnectionService
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.credentials import ProfileStore, SecretStore
from tests.sync.sync_fixtures import ORG, RunningBackend, today_bounds


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


def test_a_postgresql_url_opens_the_tenant_through_the_cache(
    qapp: QApplication, places: Path, seeded_pg_url: str
) -> None:
    opened = build_gateway(LaunchOptions(database_url=seeded_pg_url))
    gateway, kind, label = opened.gateway, opened.kind, opened.label
    try:
        assert isinstance(gateway, CachedGateway) and kind == "database" and label.startswith("reinex_test_")
        assert list((places / "data" / "caches").glob("database-*.db"))
        start, end = today_bounds()
        assert gateway.lessons_between(start, end)  # the working set was fetched at the first start
        context = build_context(LaunchOptions(database_url=seeded_pg_url), opened)
        assert context.sync is gateway.sync and context.sync.status().state is SyncState.ONLINE
    finally:
        gateway.close()


def test_a_saved_web_profile_signs_in_with_the_keyring_token_and_takes_the_role_from_the_backend(
    qapp: QApplication, places: Path, backend: RunningBackend
) -> None:
    service = ConnectionService(ProfileStore(), SecretStore())
    profile = ConnectionProfile(BackendKind.WEB, web_url=backend.url, org_id=ORG)
    assert service.save(profile, "office-token") == []
    assert "office-token" not in (places / "config" / "connections.json").read_text(encoding="utf-8")
    options = LaunchOptions(role=Role.OWNER)
    opened = build_gateway(options)
    gateway, kind, label = opened.gateway, opened.kind, opened.label
    try:
        assert isinstance(gateway, CachedGateway) and kind == "web" and label.startswith("127.0.0.1")
        context = build_context(options, opened)
        assert context.user.role is Role.OFFICE and context.user.actor.name == "קבלה"
        assert context.gateway.students()
    finally:
        gateway.close()
    backend.server.stop()  # the next start is offline: the cache and the remembered role carry on
    opened = build_gateway(options)
    gateway, kind, label = opened.gateway, opened.kind, opened.label
    try:
        context = build_context(options, opened)
        assert context.user.role is Role.OFFICE and context.gateway.students()
        status = context.sync.status()
        assert status.state is SyncState.SYNCING and status.last_sync_at is not None
        assert isinstance(gateway, CachedGateway) and gateway.sync.run_once().error is not None
        assert context.sync.status().state is SyncState.OFFLINE
    finally:
        gateway.close()


def test_without_a_profile_the_embedded_demo_is_used_directly(qapp: QApplication, places: Path) -> None:
    opened = build_gateway(LaunchOptions())
    gateway, kind = opened.gateway, opened.kind
    try:
        assert not isinstance(gateway, CachedGateway) and kind == "embedded"
        assert (places / "data").exists() and gateway.students()
        context = build_context(LaunchOptions(), opened)
        assert context.sync.status().state is SyncState.LOCAL
    finally:
        gateway.close()
