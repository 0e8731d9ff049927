"""The change feed a cache pulls from, and the remote a cache pushes to.

A cursor is handed out by the server and means "every change of a transaction below this point
has been delivered" (see `data/tables_sync.py`). A batch carries the changed rows as they are now
(JSON, `sync/rows.py`) or `None` for a row that is gone (a tombstone), so applying batches in
order always converges on the server's state.
"""

from __future__ import annotations

from collections.abc import Mapping, Sequence
from dataclasses import dataclass, field
from datetime import datetime
from typing import Any, Protocol

from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.sync.errors import BackendError
from reinex_desktop.sync.mutations import Mutation, MutationResult

JsonRow = Mapping[str, Any]


@dataclass(frozen=True, slots=True)
class RowChange:
    table: str
    key: str
    row: JsonRow | None  # None: the row no longer exists


@dataclass(frozen=True, slots=True)
class ChangeBatch:
    cursor: str
    changes: tuple[RowChange, ...] = ()
    more: bool = False
    #: The cursor is older than what the server still keeps: fetch the working set again.
    reset: bool = False


@dataclass(frozen=True, slots=True)
class RowPage:
    rows: tuple[JsonRow, ...] = ()
    #: Key to continue after, or None on the last page.
    next_after: str | None = None


@dataclass(frozen=True, slots=True)
class Window:
    """A span of lesson start times (UTC), half-open."""

    start: datetime
    end: datetime

    def covers(self, other: Window) -> bool:
        return self.start <= other.start and other.end <= self.end


@dataclass(frozen=True, slots=True)
class WindowRows:
    """Every lesson starting in a window with its participants, as the server has them now."""

    window: Window
    tables: Mapping[str, tuple[JsonRow, ...]] = field(default_factory=dict)


@dataclass(frozen=True, slots=True)
class BatchResult:
    """The verdicts of the mutations applied (a prefix of those sent) and the failure that stopped it.

    `commit_point` is a cursor the feed passes only once it has handed out everything the batch
    wrote: until then, rows a write created under the server's own ids may not have arrived.
    """

    verdicts: list[MutationResult] = field(default_factory=list)
    error: BackendError | None = None
    commit_point: str | None = None


def cursor_key(cursor: str | None) -> tuple[int, int]:
    """Cursors compare as (transaction, sequence) pairs; None sorts first."""
    if not cursor:
        return (-1, -1)
    txid, _sep, seq = cursor.partition(":")
    return int(txid), int(seq or 0)


class ChangeFeed(Protocol):
    def horizon(self) -> str:
        """A cursor below which every change is already visible to a snapshot taken from now on."""
        ...

    def changes_since(self, cursor: str, *, limit: int = 2000) -> ChangeBatch: ...

    def rows(self, table: str, keys: Sequence[str]) -> dict[str, JsonRow | None]:
        """The rows with these keys as they are now (None for a key that does not exist)."""
        ...

    def snapshot(
        self, table: str, *, after: str | None = None, limit: int = 5000, window: Window | None = None
    ) -> RowPage:
        """Rows of `table` by key order; lessons, participants and audit events limited to `window`."""
        ...

    def lessons_window(self, window: Window) -> WindowRows: ...


class Remote(ChangeFeed, Protocol):
    """What a cache needs from the tenant: apply a mutation at most once, and the change feed."""

    def apply(self, mutation: Mutation) -> MutationResult: ...

    def apply_batch(self, mutations: Sequence[Mutation]) -> BatchResult:
        """Apply in order, each at most once; stops at the first failure (see `BatchResult`)."""
        ...

    def check_schema(self) -> SchemaReport: ...

    def close(self) -> None: ...
