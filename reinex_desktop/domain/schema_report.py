"""What a tenant database lacks or refuses, said once and clearly.

`schema check` tells three things apart (issue "clinic-ready data layer"): the database is ready;
an upgrade is needed (the report lists what the app would add, and the command that adds it); or
the database is incompatible (an object the app cannot use as it is, named with the reason). On
top of that it says what the signed-in login cannot do: see the clinic's rows through row-level
security, read or write a table the app needs. Each finding is a translatable sentence.
"""

from __future__ import annotations

from collections.abc import Mapping
from dataclasses import dataclass
from enum import StrEnum
from typing import Any

from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "SchemaReport"
# The command that brings a tenant up to date; shown with every "upgrade needed".
FIX_COMMAND = "reinex-desktop schema apply --database-url URL"


class SchemaState(StrEnum):
    READY = "ready"
    UPGRADE_NEEDED = "upgrade_needed"
    INCOMPATIBLE = "incompatible"
    ACCESS_DENIED = "access_denied"


class Reason(StrEnum):
    """Why an object makes the database unusable, or why the login cannot work with it."""

    # A table shared with the payroll product lacks a column the app reads; the app adds none.
    SHARED_COLUMN_MISSING = "shared_column_missing"
    # An existing view lacks a column the app reads; the app never replaces another's view.
    VIEW_SHAPE = "view_shape"
    # An object has the name of one the app needs but is something else (e.g. a view, not a table).
    WRONG_KIND = "wrong_kind"
    # Row-level security lets this login see none of the table's rows.
    NO_ROWS = "no_rows"
    CANNOT_READ = "cannot_read"
    CANNOT_WRITE = "cannot_write"


ACCESS_REASONS = frozenset({Reason.NO_ROWS, Reason.CANNOT_READ, Reason.CANNOT_WRITE})


@dataclass(frozen=True, slots=True)
class Finding:
    """One object (`table`, `table.column`, a view) and the reason it is a problem."""

    object: str
    reason: Reason


_UPGRADE = QT_TRANSLATE_NOOP(
    "SchemaReport",
    "Schema upgrade required. The database lacks: {missing}. "
    "To fix it, run: reinex-desktop schema apply --database-url URL",
)

_REASON_TEXT: dict[Reason, str] = {
    Reason.SHARED_COLUMN_MISSING: QT_TRANSLATE_NOOP(
        "SchemaReport",
        "The database cannot be used as it is: {objects} is missing from a table the clinic shares with the payroll "
        "product. Reinex adds no columns to shared tables; bring the clinic's web setup up to date first.",
    ),
    Reason.VIEW_SHAPE: QT_TRANSLATE_NOOP(
        "SchemaReport",
        "The database cannot be used as it is: the existing view {objects} lacks a column Reinex reads. "
        "Reinex never replaces a view it did not create; bring the clinic's web setup up to date first.",
    ),
    Reason.WRONG_KIND: QT_TRANSLATE_NOOP(
        "SchemaReport",
        "The database cannot be used as it is: {objects} exists but is not the kind of object Reinex needs "
        "(for example a view where a table is expected). Nothing was changed.",
    ),
    Reason.NO_ROWS: QT_TRANSLATE_NOOP(
        "SchemaReport",
        "The database login {login} sees no rows of {objects}: row-level security shows the clinic's data only to "
        "members of the app_user role. Ask the clinic's administrator to make this login a member of app_user.",
    ),
    Reason.CANNOT_READ: QT_TRANSLATE_NOOP(
        "SchemaReport",
        "The database login {login} may not read {objects}. "
        "Ask the clinic's administrator to make this login a member of app_user.",
    ),
    Reason.CANNOT_WRITE: QT_TRANSLATE_NOOP(
        "SchemaReport",
        "The database login {login} may not write {objects}. "
        "Ask the clinic's administrator to make this login a member of app_user.",
    ),
}

_TITLES: dict[SchemaState, str] = {
    SchemaState.READY: QT_TRANSLATE_NOOP("SchemaReport", "The schema is complete."),
    SchemaState.UPGRADE_NEEDED: QT_TRANSLATE_NOOP("SchemaReport", "Schema upgrade required"),
    SchemaState.INCOMPATIBLE: QT_TRANSLATE_NOOP("SchemaReport", "The clinic database cannot be used as it is"),
    SchemaState.ACCESS_DENIED: QT_TRANSLATE_NOOP(
        "SchemaReport", "This database login cannot work with the clinic's data"
    ),
}


@dataclass(frozen=True, slots=True)
class SchemaReport:
    missing_tables: tuple[str, ...] = ()
    missing_columns: tuple[str, ...] = ()  # "table.column"
    # What sync needs besides tables: capture triggers, the capture function, the idempotency key.
    missing_feed: tuple[str, ...] = ()
    # Grants and row-level-security policies the upgrade would give the app's own tables.
    missing_access: tuple[str, ...] = ()
    # Objects the app cannot use as they are, and logins' problems (see `Reason`).
    findings: tuple[Finding, ...] = ()
    # The database login the access findings are about.
    login: str = ""

    @property
    def missing(self) -> tuple[str, ...]:
        """Everything `schema apply` would add."""
        return self.missing_tables + self.missing_columns + self.missing_feed + self.missing_access

    @property
    def incompatible(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.reason not in ACCESS_REASONS)

    @property
    def access(self) -> tuple[Finding, ...]:
        return tuple(f for f in self.findings if f.reason in ACCESS_REASONS)

    @property
    def state(self) -> SchemaState:
        if self.incompatible:
            return SchemaState.INCOMPATIBLE
        if self.missing:
            return SchemaState.UPGRADE_NEEDED
        if self.access:
            return SchemaState.ACCESS_DENIED
        return SchemaState.READY

    @property
    def ok(self) -> bool:
        return self.state is SchemaState.READY

    def title(self) -> Message:
        return Message(CONTEXT, _TITLES[self.state])

    def messages(self) -> tuple[Message, ...]:
        """One sentence per kind of problem, incompatibilities first, then the upgrade, then the login."""
        upgrade = [Message(CONTEXT, _UPGRADE, {"missing": ", ".join(self.missing)})] if self.missing else []
        return (*self._sentences(self.incompatible), *upgrade, *self._sentences(self.access))

    def _sentences(self, findings: tuple[Finding, ...]) -> list[Message]:
        sentences: list[Message] = []
        for reason in Reason:
            objects = [f.object for f in findings if f.reason is reason]
            if objects:
                params = {"objects": ", ".join(objects), "login": self.login}
                sentences.append(Message(CONTEXT, _REASON_TEXT[reason], params))
        return sentences

    def message(self) -> Message:
        """The first sentence of `messages()`: what matters most."""
        found = self.messages()
        return found[0] if found else self.title()

    def as_dict(self) -> dict[str, Any]:
        return {
            "missing_tables": list(self.missing_tables),
            "missing_columns": list(self.missing_columns),
            "missing_feed": list(self.missing_feed),
            "missing_access": list(self.missing_access),
            "findings": [[f.object, f.reason.value] for f in self.findings],
            "login": self.login,
        }

    @classmethod
    def from_dict(cls, data: Mapping[str, Any]) -> SchemaReport:
        """Read `as_dict()` output back; older stored reports hold only tables and columns."""
        return cls(
            tuple(data.get("missing_tables", ())),
            tuple(data.get("missing_columns", ())),
            tuple(data.get("missing_feed", ())),
            tuple(data.get("missing_access", ())),
            tuple(Finding(str(obj), Reason(reason)) for obj, reason in data.get("findings", ())),
            str(data.get("login", "")),
        )
