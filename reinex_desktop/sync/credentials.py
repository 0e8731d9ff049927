"""Connection profiles in a config file without secrets; passwords and tokens in the OS keyring.

The config file (platformdirs user config dir, `connections.json`) holds profiles as
`ConnectionProfile` fields only — a database URL is stored without its password. Secrets go to the
keyring under the service `reinex-desktop`, one entry per profile. The plaintext file backend of
`keyrings.alt` (a test dependency that silently becomes the default when installed) and the
"no backend" fallbacks are refused outside tests.
"""

from __future__ import annotations

import contextlib
import hashlib
import json
import os
import tempfile
from dataclasses import asdict
from pathlib import Path
from typing import Any

import keyring
import platformdirs
from keyring.backend import KeyringBackend

from reinex_desktop.domain.sync.profile import BackendKind, ConnectionProfile, password_in, strip_password

SERVICE = "reinex-desktop"
APP_DIR = "reinex-desktop"
CONFIG_NAME = "connections.json"


class InsecureKeyring(Exception):
    """No keyring that keeps secrets safe is available; nothing was stored."""


class SecretInConfig(ValueError):
    """A profile about to be saved still carries a secret."""


def config_dir() -> Path:
    override = os.environ.get("REINEX_CONFIG_DIR")
    return Path(override) if override else platformdirs.user_config_path(APP_DIR, appauthor=False)


def data_dir() -> Path:
    override = os.environ.get("REINEX_DATA_DIR")
    return Path(override) if override else platformdirs.user_data_path(APP_DIR, appauthor=False)


def cache_path(profile: ConnectionProfile) -> Path:
    """The cache file of a profile: one per backend and organization."""
    digest = hashlib.sha256(profile.key.encode("utf-8")).hexdigest()[:16]
    return data_dir() / "caches" / f"{profile.kind.value}-{digest}.db"


class ProfileStore:
    def __init__(self, path: Path | None = None) -> None:
        self.path = path or config_dir() / CONFIG_NAME

    def _read(self) -> dict[str, Any]:
        try:
            data = json.loads(self.path.read_text(encoding="utf-8"))
        except (OSError, ValueError):
            return {"profiles": [], "active": None}
        return data if isinstance(data, dict) else {"profiles": [], "active": None}

    def profiles(self) -> list[ConnectionProfile]:
        found = []
        for item in self._read().get("profiles", []):
            try:
                found.append(_profile(item))
            except (TypeError, ValueError, KeyError):
                continue
        return found

    def active(self) -> ConnectionProfile | None:
        data = self._read()
        for profile in self.profiles():
            if profile.key == data.get("active"):
                return profile
        return None

    def save(self, profile: ConnectionProfile, *, activate: bool = True) -> None:
        """Write `profile` (replacing one with the same key); refuses a profile that carries a secret."""
        if password_in(profile.database_url) is not None:
            raise SecretInConfig("a database URL with a password must not be written to the config file")
        data = self._read()
        kept = [p for p in self.profiles() if p.key != profile.key]
        data["profiles"] = [_plain(p) for p in [*kept, profile]]
        if activate:
            data["active"] = profile.key
        self.path.parent.mkdir(parents=True, exist_ok=True)
        with tempfile.NamedTemporaryFile("w", encoding="utf-8", dir=self.path.parent, delete=False) as handle:
            json.dump(data, handle, ensure_ascii=False, indent=2)
            temporary = Path(handle.name)
        os.replace(temporary, self.path)


def _plain(profile: ConnectionProfile) -> dict[str, Any]:
    data = asdict(profile)
    data["kind"] = profile.kind.value
    return data


def _profile(item: dict[str, Any]) -> ConnectionProfile:
    return ConnectionProfile(
        kind=BackendKind(item["kind"]),
        name=str(item.get("name", "")),
        database_url=strip_password(str(item.get("database_url", ""))),
        verify_full=bool(item.get("verify_full", True)),
        web_url=str(item.get("web_url", "")),
        org_id=str(item.get("org_id", "")),
        role=str(item.get("role", "")),
        staff_id=str(item.get("staff_id", "")),
    )


def _testing() -> bool:
    return os.environ.get("REINEX_TESTING") == "1"


def keyring_problem(backend: KeyringBackend) -> str | None:
    """Why `backend` must not hold secrets, or None when it may."""
    name = f"{type(backend).__module__}.{type(backend).__qualname__}"
    if name.startswith(("keyring.backends.fail.", "keyring.backends.null.")):
        return f"no keyring available ({name})"
    if name.startswith("keyrings.alt.") and "Encrypted" not in name and not _testing():
        return f"plaintext keyring refused ({name})"
    chained = getattr(backend, "backends", None)
    if chained is not None and not chained:
        return "no keyring available"
    return None


class SecretStore:
    """Passwords and tokens, by profile, in the OS keyring."""

    def __init__(self, backend: KeyringBackend | None = None) -> None:
        self.backend = backend or keyring.get_keyring()

    def check(self) -> None:
        problem = keyring_problem(self.backend)
        if problem:
            raise InsecureKeyring(problem)

    def get(self, profile: ConnectionProfile) -> str | None:
        self.check()
        value: str | None = self.backend.get_password(SERVICE, profile.key)
        return value

    def set(self, profile: ConnectionProfile, secret: str) -> None:
        self.check()
        self.backend.set_password(SERVICE, profile.key, secret)

    def delete(self, profile: ConnectionProfile) -> None:
        self.check()
        with contextlib.suppress(keyring.errors.PasswordDeleteError):
            self.backend.delete_password(SERVICE, profile.key)
