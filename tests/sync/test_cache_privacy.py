"""The cache holds personal data: a freshly created cache, its WAL and SHM files, its folders and a
damaged copy set aside are owner-only (0600 files, 0700 folders)."""

from __future__ import annotations

import os
import stat
from collections.abc import Iterator
from pathlib import Path

import pytest

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.cache import CachedGateway
from reinex_desktop.sync.cache.hygiene import open_store
from reinex_desktop.sync.errors import BackendUnavailable, Problem
from reinex_desktop.sync.mutations import Mutation

pytestmark = pytest.mark.skipif(os.name != "posix", reason="file modes are a POSIX matter")


class Unplugged:
    def __getattr__(self, name: str) -> object:
        def fail(*_args: object, **_kwargs: object) -> object:
            raise BackendUnavailable(Problem.UNREACHABLE, "unplugged")

        return fail

    def close(self) -> None:
        return None


@pytest.fixture
def usual_umask() -> Iterator[None]:
    previous = os.umask(0o022)  # what a desktop session usually has: 0644 files, 0755 folders
    try:
        yield
    finally:
        os.umask(previous)


def _mode(path: Path) -> int:
    return stat.S_IMODE(path.stat().st_mode)


def test_a_fresh_cache_its_wal_and_its_folders_are_owner_only(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "reinex" / "caches" / "web-0123.db"
    store, _hygiene = open_store(path)
    gateway = CachedGateway(store, Unplugged())  # type: ignore[arg-type]
    try:
        assert gateway.apply(Mutation.of(SaveSetting("private_note", 1), Actor(None, "קבלה", "owner"))).applied
        companions = [Path(f"{path}{suffix}") for suffix in ("-wal", "-shm")]
        assert all(companion.exists() for companion in companions)  # the WAL is in use
        for file in [path, *companions]:
            assert _mode(file) == 0o600, f"{file.name} is {oct(_mode(file))}"
        for folder in (tmp_path / "reinex", tmp_path / "reinex" / "caches"):
            assert _mode(folder) == 0o700, f"{folder.name} is {oct(_mode(folder))}"
    finally:
        gateway.sync.stop()
        store.close()


def test_an_existing_cache_is_made_private_and_a_damaged_copy_stays_private(tmp_path: Path, usual_umask: None) -> None:
    path = tmp_path / "cache.db"
    store, _hygiene = open_store(path)
    store.close()
    os.chmod(path, 0o644)  # a file left by an older version
    store, _hygiene = open_store(path)
    assert _mode(path) == 0o600
    aside = store.set_aside()
    assert _mode(aside) == 0o600
