"""What the services layer may ask of synchronisation, whatever the backend.

`SyncEngine` (the cache) implements it; `LocalOnly` stands for a backend written directly (the
embedded database), where there is nothing to send and nothing to resolve.
"""

from __future__ import annotations

from collections.abc import Callable
from datetime import datetime
from typing import Protocol
from uuid import UUID

from reinex_desktop.domain.sync.attention import AttentionItem, Resolution
from reinex_desktop.domain.sync.status import LOCAL_STATUS, SyncStatus
from reinex_desktop.sync.mutations import MutationResult

#: Called with the new status and the data areas that changed (possibly none).
SyncListener = Callable[[SyncStatus, frozenset[str]], None]


class SyncControl(Protocol):
    def status(self) -> SyncStatus: ...

    def attention(self) -> list[AttentionItem]: ...

    def resolve(self, mutation_id: UUID, resolution: Resolution) -> bool: ...

    def keep_mine(self, mutation_id: UUID) -> MutationResult | None:
        """Send the write again over the other change (conflicts only); None when there is no such item."""
        ...

    def lesson_start(self, lesson_id: UUID) -> datetime | None: ...

    def sync_now(self) -> None:
        """Retry now: clears backoff, sends the queue and pulls, in the background."""
        ...

    def subscribe(self, listener: SyncListener) -> None: ...

    def unsubscribe(self, listener: SyncListener) -> None: ...


class LocalOnly:
    """The embedded database: always "local", never anything waiting."""

    def status(self) -> SyncStatus:
        return LOCAL_STATUS

    def attention(self) -> list[AttentionItem]:
        return []

    def resolve(self, mutation_id: UUID, resolution: Resolution) -> bool:
        return False

    def keep_mine(self, mutation_id: UUID) -> MutationResult | None:
        return None

    def lesson_start(self, lesson_id: UUID) -> datetime | None:
        return None

    def sync_now(self) -> None:
        return None

    def subscribe(self, listener: SyncListener) -> None:
        return None

    def unsubscribe(self, listener: SyncListener) -> None:
        return None
