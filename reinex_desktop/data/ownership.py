"""Who owns which table of a tenant's `public` schema, and what the app needs to do with each.

Real tenants share the quoted mixed-case tables with the payroll product (reference:
tenant-shared-tables.md): the app adds rows to some of them but never a column, an index or a
policy. The web app creates the lower-case Reinex tables; the app may add its own columns and
indexes there. The app's own tables exist only because of it, so it gives them the same
row-level-security policies and grants the tenant gives its own.
"""

from __future__ import annotations

#: Tables shared with the payroll product: rows only, never a column.
SHARED_TABLES = frozenset({"Employees", "Services", "Settings", "WorkSessions", "RateHistory"})

#: Tables that exist only for this app (the web app's setup does not create them).
APP_TABLES = frozenset(
    {
        "audit_events",
        "generation_runs",
        "sync_changes",
        "sync_feed_state",
        "sync_applied_mutations",
        "payments",
        "payment_allocations",
    }
)

#: The roles deployed tenants write their row-level-security policies and grants for.
TENANT_ROLES = ("authenticated", "app_user")
#: The role a desk login must be a member of (the web app and the payroll product write as it).
DESK_ROLE = "app_user"

#: What the app writes in the shared tables (it only reads the others).
SHARED_WRITES: dict[str, tuple[str, ...]] = {
    "Settings": ("INSERT", "UPDATE"),
    "Employees": ("UPDATE",),
    "WorkSessions": ("INSERT", "UPDATE"),
}
#: What the app does with its own and the Reinex tables.
OWN_WRITES = ("INSERT", "UPDATE", "DELETE")


def is_shared(table: str) -> bool:
    return table in SHARED_TABLES


def writes(table: str) -> tuple[str, ...]:
    """The privileges beyond SELECT a desk login needs on `table`."""
    if is_shared(table):
        return SHARED_WRITES.get(table, ())
    return OWN_WRITES
