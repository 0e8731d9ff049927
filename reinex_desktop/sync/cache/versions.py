"""Base versions: a queued write never claims to have seen a version its desk did not see.

Invariant. The base version a write carries to the server is one of:
  * the `updated_at` the desk read (from a pull, or the row as the user saw it), sent unchanged; or
  * when the write was made on top of an earlier write of the same desk that is still queued, the
    version that earlier write *produced on the server*, as its own acknowledged verdict reports it
    (`updated_at` of the applied verdict, the same on every replay of that verdict).
It is never a fresh read of the server's current row: that row may hold another desk's change made
after ours, and sending its version would apply our write over a change nobody at this desk saw
(a lost update). When the produced version is unknown (the earlier write conflicted, was refused,
or its verdict names no version), the optimistic local version is sent as it is; the server finds
no such version and answers CONFLICT — a question for the user, never a silent overwrite.
"""

from __future__ import annotations

from collections.abc import Mapping
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Connection

from reinex_desktop.sync.cache import outbox, replica
from reinex_desktop.sync.cache import store_tables as st

_SOURCE = sa.text(
    "SELECT seq FROM cache_outbox WHERE state = 'applied' AND EXISTS "
    "(SELECT 1 FROM json_each(cache_outbox.local_versions) WHERE json_each.value = :base) "
    "ORDER BY seq DESC LIMIT 1"
)


def produced_version(verdict: Mapping[str, Any] | None) -> str | None:
    """The `updated_at` an applied write stamped on the rows it wrote, as its verdict states it."""
    value = ((verdict or {}).get("result") or {}).get("updated_at")
    return str(value) if value else None


def known_mappings(connection: Connection) -> dict[str, str]:
    """Local optimistic version → the version the desk's own acknowledged write produced."""
    return {a: b for a, b in connection.execute(sa.select(st.version_map.c.local, st.version_map.c.remote))}


def server_version_for(connection: Connection, base: str) -> str | None:
    """The server version that the applied write which produced the local version `base` wrote.

    None when no applied write of this desk produced `base` (it was read from the server, or the write
    behind it conflicted or was refused) or when its verdict names no version."""
    seq = connection.execute(_SOURCE, {"base": base}).scalar()
    if seq is None:
        return None
    source = outbox.find_seq(connection, int(seq))
    produced = produced_version(source.result) if source is not None else None
    if produced is None:
        return None
    replica.map_versions(connection, {base: produced})
    return produced
