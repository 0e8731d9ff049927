"""Connection profiles: where the desk's data lives (REQUIREMENTS "Backends and offline").

A profile never holds a secret: the tenant database password and the web backend token live in
the operating system's keyring. `validate_profile` names each problem in a sentence the user can
act on; a profile with problems is never saved.
"""

from __future__ import annotations

import ipaddress
from dataclasses import dataclass
from enum import StrEnum
from urllib.parse import urlsplit
from uuid import UUID

from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.status import Problem
from reinex_desktop.domain.text import QT_TRANSLATE_NOOP, Message

CONTEXT = "ConnectionProfile"


class BackendKind(StrEnum):
    EMBEDDED = "embedded"
    DATABASE = "database"
    WEB = "web"


@dataclass(frozen=True, slots=True)
class ConnectionProfile:
    kind: BackendKind = BackendKind.EMBEDDED
    name: str = ""
    #: PostgreSQL URL without the password, e.g. postgresql://reception@db.example.org:5432/clinic
    database_url: str = ""
    #: Require TLS with a verified certificate and host name (`sslmode=verify-full`).
    verify_full: bool = True
    web_url: str = ""
    org_id: str = ""
    #: Who works at this desk on a tenant database: the role and the staff member (`"Employees".id`)
    #: an Owner or Admin bound the profile to when it was made. The web backend says it itself.
    role: str = ""
    staff_id: str = ""

    @property
    def key(self) -> str:
        """Stable identity for the keyring entry and the cache file of this profile."""
        if self.kind is BackendKind.DATABASE:
            return f"database:{strip_password(self.database_url)}"
        if self.kind is BackendKind.WEB:
            return f"web:{self.web_url.rstrip('/')}#{self.org_id}"
        return "embedded"


def strip_password(url: str) -> str:
    """The URL without any password it may carry (`user:secret@host` → `user@host`)."""
    parts = urlsplit(url)
    if parts.password is None:
        return url
    user = parts.username or ""
    host = parts.hostname or ""
    if ":" in host:
        host = f"[{host}]"
    netloc = f"{user}@{host}" if user else host
    if parts.port:
        netloc = f"{netloc}:{parts.port}"
    return parts._replace(netloc=netloc).geturl()


def password_in(url: str) -> str | None:
    return urlsplit(url).password


def is_loopback(host: str | None) -> bool:
    if not host:
        return False
    if host == "localhost":
        return True
    try:
        return ipaddress.ip_address(host).is_loopback
    except ValueError:
        return False


_NEED_DB_URL = QT_TRANSLATE_NOOP(
    "ConnectionProfile", "Enter the database address, e.g. postgresql://user@host:5432/clinic."
)
_BAD_DB_URL = QT_TRANSLATE_NOOP("ConnectionProfile", "The database address must start with postgresql://.")
_NEED_DB_NAME = QT_TRANSLATE_NOOP("ConnectionProfile", "The database address must name a host and a database.")
_NEED_WEB_URL = QT_TRANSLATE_NOOP(
    "ConnectionProfile", "Enter the web backend address, e.g. https://clinic.example.org."
)
_NEED_HTTPS = QT_TRANSLATE_NOOP(
    "ConnectionProfile", "The web backend address must use https:// (plain http only on this computer)."
)
_NEED_ORG = QT_TRANSLATE_NOOP("ConnectionProfile", "Enter the organization identifier.")
_NEED_ROLE = QT_TRANSLATE_NOOP("ConnectionProfile", "Choose the role of the people who work at this desk.")
_NEED_STAFF = QT_TRANSLATE_NOOP(
    "ConnectionProfile", "Choose the instructor this desk belongs to; an instructor sees only their own lessons."
)
_BAD_STAFF = QT_TRANSLATE_NOOP("ConnectionProfile", "The staff member is not a valid identifier.")
_NEED_SECRET = QT_TRANSLATE_NOOP("ConnectionProfile", "Enter the password or token.")
_SECRET_TOO_LONG = QT_TRANSLATE_NOOP(
    "ConnectionProfile", "The password or token is longer than the keyring can keep ({limit} characters)."
)

#: Windows Credential Manager keeps at most 2,560 bytes per secret.
SECRET_LIMIT = 2560


def validate_profile(profile: ConnectionProfile, secret: str | None = None) -> list[Message]:
    """Every problem of `profile` (and of its secret when given), as sentences; empty when it can be saved."""
    problems: list[Message] = []
    if profile.kind is BackendKind.DATABASE:
        url = profile.database_url.strip()
        parts = urlsplit(url)
        if not url:
            problems.append(Message(CONTEXT, _NEED_DB_URL))
        elif parts.scheme not in ("postgresql", "postgres", "postgresql+psycopg"):
            problems.append(Message(CONTEXT, _BAD_DB_URL))
        elif not parts.hostname or not parts.path.strip("/"):
            problems.append(Message(CONTEXT, _NEED_DB_NAME))
    elif profile.kind is BackendKind.WEB:
        parts = urlsplit(profile.web_url.strip())
        if not profile.web_url.strip() or not parts.hostname:
            problems.append(Message(CONTEXT, _NEED_WEB_URL))
        elif parts.scheme != "https" and not (parts.scheme == "http" and is_loopback(parts.hostname)):
            problems.append(Message(CONTEXT, _NEED_HTTPS))
        if not profile.org_id.strip():
            problems.append(Message(CONTEXT, _NEED_ORG))
    if secret is not None and profile.kind is not BackendKind.EMBEDDED:
        if not secret and profile.kind is BackendKind.WEB:
            problems.append(Message(CONTEXT, _NEED_SECRET))
        if len(secret.encode("utf-8")) > SECRET_LIMIT:
            problems.append(Message(CONTEXT, _SECRET_TOO_LONG, {"limit": SECRET_LIMIT}))
    return problems


def binding_problems(profile: ConnectionProfile) -> list[Message]:
    """A database profile names the desk's role, and the instructor when the role is Instructor
    (checked when it is saved; testing the connection needs neither)."""
    problems: list[Message] = []
    if profile.role not in {role.value for role in Role}:
        problems.append(Message(CONTEXT, _NEED_ROLE))
    elif profile.role == Role.INSTRUCTOR.value and not profile.staff_id:
        problems.append(Message(CONTEXT, _NEED_STAFF))
    if profile.staff_id:
        try:
            UUID(profile.staff_id)
        except ValueError:
            problems.append(Message(CONTEXT, _BAD_STAFF))
    return problems


_CHECK_OK = QT_TRANSLATE_NOOP("ConnectionProfile", "The connection works and the clinic database is complete.")
_CHECK_OK_AS = QT_TRANSLATE_NOOP("ConnectionProfile", "The connection works: {organization}, signed in as {role}.")
_CHECK_SCHEMA = QT_TRANSLATE_NOOP(
    "ConnectionProfile", "Connected, but the clinic database needs a schema upgrade. It lacks: {missing}."
)
_CHECK_FAILED: dict[Problem, str] = {
    Problem.UNREACHABLE: QT_TRANSLATE_NOOP(
        "ConnectionProfile", "The server cannot be reached. Check the address, the network and the certificate."
    ),
    Problem.TIMEOUT: QT_TRANSLATE_NOOP("ConnectionProfile", "The server did not answer in time."),
    Problem.SERVER_ERROR: QT_TRANSLATE_NOOP("ConnectionProfile", "The server answered with an error."),
    Problem.BAD_RESPONSE: QT_TRANSLATE_NOOP(
        "ConnectionProfile", "The address answers, but not like a Reinex web backend."
    ),
    Problem.UNAUTHORIZED: QT_TRANSLATE_NOOP("ConnectionProfile", "The password or token was refused."),
    Problem.FORBIDDEN: QT_TRANSLATE_NOOP("ConnectionProfile", "This user is not a member of that organization."),
    Problem.SCHEMA_UPGRADE_REQUIRED: _CHECK_SCHEMA,
    Problem.FEED_MISSING: QT_TRANSLATE_NOOP(
        "ConnectionProfile", "The clinic database lacks the change log for workstations; run the schema upgrade."
    ),
    Problem.BAD_REQUEST: QT_TRANSLATE_NOOP("ConnectionProfile", "The server refused the request."),
}
_NO_KEYRING = QT_TRANSLATE_NOOP(
    "ConnectionProfile",
    "No secure password store is available on this computer, so the password cannot be kept. "
    "Install or unlock the system keyring and try again.",
)


@dataclass(frozen=True, slots=True)
class ConnectionCheck:
    """The answer of "test connection"."""

    ok: bool
    problem: Problem | None = None
    missing: tuple[str, ...] = ()
    organization: str = ""
    role: str = ""
    #: The schema check's own sentence when the database is in the way or the login may not work with it.
    schema_problem: Message | None = None
    #: The active instructors of a tenant database, (id, name), to bind a desk profile to.
    staff: tuple[tuple[str, str], ...] = ()

    def message(self, role_label: str = "") -> Message:
        if self.schema_problem is not None and not self.missing:
            return self.schema_problem
        if self.ok and not self.missing:
            if self.organization:
                return Message(
                    CONTEXT, _CHECK_OK_AS, {"organization": self.organization, "role": role_label or self.role}
                )
            return Message(CONTEXT, _CHECK_OK)
        if self.missing:
            return Message(CONTEXT, _CHECK_SCHEMA, {"missing": ", ".join(self.missing)})
        return Message(
            CONTEXT,
            _CHECK_FAILED.get(self.problem or Problem.UNREACHABLE, _CHECK_FAILED[Problem.UNREACHABLE]),
            {"missing": ""},
        )


def no_keyring_message() -> Message:
    return Message(CONTEXT, _NO_KEYRING)
