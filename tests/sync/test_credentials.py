"""Connection profiles and secrets: the config file never holds a password or token; the keyring does."""

from __future__ import annotations

from pathlib import Path

import pytest
from keyring.backends.fail import Keyring as NoKeyring
from keyrings.alt.file import PlaintextKeyring
from sqlalchemy.engine import make_url

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.sync.profile import BackendKind, ConnectionProfile, validate_profile
from reinex_desktop.domain.sync.status import Problem
from reinex_desktop.services.sync.connection import ConnectionService
from reinex_desktop.sync.connection import check_connection, database_url
from reinex_desktop.sync.credentials import InsecureKeyring, ProfileStore, SecretInConfig, SecretStore, cache_path
from tests.sync.sync_fixtures import ORG, RunningBackend

PASSWORD = "Kfar-Saba-2026!"
MANAGER = Actor(None, "דנה", "owner")
TOKEN = "eyJhbGciOiJIUzI1NiJ9.c2VjcmV0LXRva2Vu.c2lnbmF0dXJl"


@pytest.fixture
def keyring_file(tmp_path: Path) -> PlaintextKeyring:
    backend = PlaintextKeyring()
    backend.file_path = str(tmp_path / "keyring.cfg")  # type: ignore[misc]
    return backend


@pytest.fixture
def service(tmp_path: Path, keyring_file: PlaintextKeyring) -> ConnectionService:
    return ConnectionService(
        ProfileStore(tmp_path / "config" / "connections.json"), SecretStore(keyring_file), binder=_recorded
    )


def _recorded(_profile: ConnectionProfile, _secret: str | None, _actor: Actor) -> None:
    """The tenant's audit trail took the binding (this file is about where secrets go)."""


def test_the_config_file_never_contains_a_password_or_token(
    service: ConnectionService, tmp_path: Path, keyring_file: PlaintextKeyring
) -> None:
    database = ConnectionProfile(
        BackendKind.DATABASE, database_url=f"postgresql://reception:{PASSWORD}@db.clinic.example/c", role="office"
    )
    # the password typed into the address moves to the keyring
    assert service.save(database, None, decided_by=MANAGER) == []
    web = ConnectionProfile(BackendKind.WEB, web_url="https://clinic.example.org", org_id=ORG)
    assert service.save(web, TOKEN) == []
    written = (tmp_path / "config" / "connections.json").read_text(encoding="utf-8")
    assert PASSWORD not in written and TOKEN not in written
    assert "db.clinic.example" in written and "clinic.example.org" in written
    stored = ProfileStore(tmp_path / "config" / "connections.json")
    saved_database = next(p for p in stored.profiles() if p.kind is BackendKind.DATABASE)
    assert saved_database.database_url == "postgresql://reception@db.clinic.example/c"
    assert stored.active() == web
    secrets = SecretStore(keyring_file)
    assert secrets.get(saved_database) == PASSWORD and secrets.get(web) == TOKEN
    assert service.has_secret(web)
    with pytest.raises(SecretInConfig):
        stored.save(ConnectionProfile(BackendKind.DATABASE, database_url=f"postgresql://u:{PASSWORD}@h/d"))
    assert PASSWORD not in str(cache_path(database))


def test_the_plaintext_keyring_is_refused_outside_tests(
    service: ConnectionService, keyring_file: PlaintextKeyring, tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    monkeypatch.delenv("REINEX_TESTING")
    with pytest.raises(InsecureKeyring):
        SecretStore(keyring_file).check()
    web = ConnectionProfile(BackendKind.WEB, web_url="https://clinic.example.org", org_id=ORG)
    problems = service.save(web, TOKEN)
    assert len(problems) == 1 and "keyring" in problems[0].text
    assert not (tmp_path / "config" / "connections.json").exists()  # nothing saved without a safe place
    assert not Path(keyring_file.file_path).exists()
    with pytest.raises(InsecureKeyring):
        SecretStore(NoKeyring()).check()


def test_profiles_are_checked_before_anything_is_saved(service: ConnectionService, tmp_path: Path) -> None:
    assert validate_profile(ConnectionProfile(BackendKind.WEB, web_url="http://clinic.example.org", org_id="x"))
    assert not validate_profile(ConnectionProfile(BackendKind.WEB, web_url="http://127.0.0.1:8765", org_id="x"))
    assert validate_profile(ConnectionProfile(BackendKind.WEB, web_url="https://clinic.example.org"))
    assert validate_profile(ConnectionProfile(BackendKind.DATABASE, database_url="mysql://h/d"))
    assert validate_profile(ConnectionProfile(BackendKind.DATABASE, database_url="postgresql://host"))
    too_long = validate_profile(ConnectionProfile(BackendKind.WEB, web_url="https://a.b", org_id="x"), "x" * 3000)
    assert too_long and "2560" in too_long[0].render()
    bad = ConnectionProfile(BackendKind.WEB, web_url="ftp://clinic", org_id="")
    assert len(service.save(bad, TOKEN)) == 2
    assert not (tmp_path / "config" / "connections.json").exists()


def test_tls_is_verified_for_the_database_unless_turned_off() -> None:
    profile = ConnectionProfile(BackendKind.DATABASE, database_url="postgresql://reception@db.example/clinic")
    url = make_url(database_url(profile, PASSWORD))
    assert url.query["sslmode"] == "verify-full" and url.password == PASSWORD
    relaxed = ConnectionProfile(BackendKind.DATABASE, database_url="postgresql://u@127.0.0.1/c", verify_full=False)
    assert "sslmode" not in make_url(database_url(relaxed, None)).query


def test_test_connection_names_what_is_wrong(backend: RunningBackend, seeded_pg_url: str) -> None:
    url = make_url(seeded_pg_url)
    good = ConnectionProfile(
        BackendKind.DATABASE, database_url=url.set(drivername="postgresql").render_as_string(), verify_full=False
    )
    assert check_connection(good, None).ok
    missing = ConnectionProfile(
        BackendKind.DATABASE, database_url=url.set(database="no_such_clinic").render_as_string(), verify_full=False
    )
    assert check_connection(missing, None).problem is Problem.UNREACHABLE
    web = ConnectionProfile(BackendKind.WEB, web_url=backend.url, org_id=ORG)
    answer = check_connection(web, "office-token")
    assert answer.ok and answer.organization == "מרכז רכיבה" and answer.role == "office"
    assert check_connection(web, "stolen").problem is Problem.UNAUTHORIZED
    assert check_connection(web, "other-org-token").problem is Problem.FORBIDDEN
