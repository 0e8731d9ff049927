"""The local cache: working set in SQLite, durable outbox, pusher, puller, connectivity, start-up hygiene."""

from __future__ import annotations

from pathlib import Path
from typing import Any

from reinex_desktop.domain.clock import Clock, system_clock
from reinex_desktop.sync.cache.engine import SyncEngine
from reinex_desktop.sync.cache.gateway import CachedGateway
from reinex_desktop.sync.cache.hygiene import Hygiene, open_store
from reinex_desktop.sync.feed import Remote

__all__ = ["CachedGateway", "Hygiene", "SyncEngine", "open_cached_gateway"]


def open_cached_gateway(
    path: Path, remote: Remote, *, clock: Clock = system_clock, **engine_options: Any
) -> tuple[CachedGateway, Hygiene]:
    """Open (or create) the cache file at `path` in front of `remote`, after start-up hygiene."""
    store, hygiene = open_store(path, clock=clock)
    engine = SyncEngine(store, remote, **engine_options)
    engine.cache_rebuilt = hygiene.damaged_copy is not None
    return CachedGateway(store, remote, engine=engine), hygiene
