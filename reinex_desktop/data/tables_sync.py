"""The change feed that desktop caches pull from: one row per changed tenant row, in commit-safe order.

On PostgreSQL a trigger on every tenant table (`setup_script.sync_feed_statements`) appends a row
here in the same transaction as the change, stamped with the writing transaction's id. A reader
only hands out entries of transactions below its snapshot's `xmin` — all of them finished — so a
transaction that commits late is never skipped, whatever its `updated_at` says. Deletions (undo and
reset forward hard-delete lessons) are entries too: tombstones.
"""

from __future__ import annotations

from datetime import datetime

import sqlalchemy as sa
from sqlalchemy.orm import Mapped, mapped_column

from reinex_desktop.data.base import Base
from reinex_desktop.data.types import UtcDateTime, utcnow

#: Tenant tables whose changes are not fed to caches: the feed itself and server-side bookkeeping.
UNFED_TABLES = frozenset({"sync_changes", "sync_feed_state", "sync_applied_mutations"})


class SyncChangeRow(Base):
    __tablename__ = "sync_changes"
    __table_args__ = (sa.Index(None, "txid", "seq"), sa.Index(None, "changed_at"))

    seq: Mapped[int] = mapped_column(
        sa.BigInteger().with_variant(sa.Integer(), "sqlite"), primary_key=True, autoincrement=True
    )
    #: The writing transaction (`pg_current_xact_id()`), the first half of the feed's order.
    txid: Mapped[int] = mapped_column(sa.BigInteger)
    table_name: Mapped[str] = mapped_column(sa.Text)
    #: The changed row's primary key, as text.
    row_key: Mapped[str] = mapped_column(sa.Text)
    #: "I", "U" or "D".
    op: Mapped[str] = mapped_column(sa.Text)
    changed_at: Mapped[datetime] = mapped_column(UtcDateTime, default=utcnow, server_default=sa.func.now())


class SyncFeedStateRow(Base):
    """Bookkeeping of the feed, e.g. `pruned_below`: cursors older than that must re-fetch everything."""

    __tablename__ = "sync_feed_state"

    key: Mapped[str] = mapped_column(sa.Text, primary_key=True)
    value: Mapped[int] = mapped_column(sa.BigInteger)
