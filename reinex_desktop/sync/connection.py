"""From a connection profile to a backend: the remote, the cache in front of it, "test connection".

Called by the composition root (which chooses) and by the connection dialog's service (which tests).
TLS: the web backend is spoken to over https with certificate verification (plain http only to this
computer); a PostgreSQL profile asks for `sslmode=verify-full` unless the user turned it off.
"""

from __future__ import annotations

import logging
from dataclasses import dataclass
from typing import Any
from urllib.parse import urlsplit
from uuid import UUID

from sqlalchemy.engine import make_url

from reinex_desktop.domain.audit import Actor
from reinex_desktop.domain.identity import BindDeskProfile, membership_in
from reinex_desktop.domain.permissions import Role
from reinex_desktop.domain.sync.profile import BackendKind, ConnectionCheck, ConnectionProfile, is_loopback
from reinex_desktop.domain.sync.status import Problem
from reinex_desktop.domain.text import Message
from reinex_desktop.sync.cache import CachedGateway, open_cached_gateway, replica
from reinex_desktop.sync.credentials import cache_path
from reinex_desktop.sync.errors import BackendError, BackendRefused
from reinex_desktop.sync.feed import Remote
from reinex_desktop.sync.mutations import Mutation, Outcome

log = logging.getLogger(__name__)

MEMBERSHIP_KEY = "membership"


def database_url(profile: ConnectionProfile, password: str | None) -> str:
    """The profile's PostgreSQL URL with the password from the keyring and the TLS mode."""
    url = make_url(profile.database_url.strip())
    if url.drivername in ("postgresql", "postgres"):
        url = url.set(drivername="postgresql+psycopg")
    if password:
        url = url.set(password=password)
    if profile.verify_full and "sslmode" not in url.query:
        url = url.update_query_dict({"sslmode": "verify-full"})
    return url.render_as_string(hide_password=False)


def open_remote(profile: ConnectionProfile, secret: str | None, *, timeout: float = 15.0) -> Remote:
    if profile.kind is BackendKind.DATABASE:
        from reinex_desktop.data.engine import open_engine
        from reinex_desktop.sync.tenant_db.remote import TenantDbRemote

        connect = {"connect_timeout": max(1, int(min(timeout, 5.0)))}
        engine = open_engine(database_url(profile, secret), connect_args=connect)
        return TenantDbRemote(engine)
    if profile.kind is BackendKind.WEB:
        from reinex_desktop.sync.bff import BffGateway

        return BffGateway(profile.web_url, token=secret or "", org_id=profile.org_id, timeout=timeout)
    raise ValueError("the embedded database has no remote")


@dataclass
class OpenedCache:
    gateway: CachedGateway
    #: The signed-in user's organization entry from the web backend (role, permissions), if any.
    membership: dict[str, Any] | None


def open_cache(profile: ConnectionProfile, secret: str | None) -> OpenedCache:
    """The cache of `profile` in front of its remote; the working set is fetched now if the file is new.

    Never raises for an unreachable backend: the cache opens with what it holds and says "offline".
    """
    remote = open_remote(profile, secret)
    gateway, hygiene = open_cached_gateway(cache_path(profile), remote)
    if hygiene.damaged_copy:
        log.error("the cache of %s was rebuilt; %d unsent writes recovered", profile.kind, hygiene.recovered)
    membership = None
    if not gateway.sync.puller.bootstrapped():
        gateway.sync.run_once()  # the first start needs the working set; later starts show the cache at once
    if profile.kind is BackendKind.WEB:
        membership = _remembered_membership(gateway, _membership(remote, profile.org_id))
    return OpenedCache(gateway, membership)


def _remembered_membership(gateway: CachedGateway, fresh: dict[str, Any] | None) -> dict[str, Any]:
    """Who is signed in as the web backend last said it — role, organization overrides, user id and
    own staff row — kept in the cache for offline starts; read-only when it never said."""
    with gateway.store.write_connection() as connection:
        if fresh is not None:
            replica.set_state(connection, MEMBERSHIP_KEY, fresh)
            return fresh
        remembered = replica.get_state(connection, MEMBERSHIP_KEY)
    return dict(remembered) if remembered else {"role": Role.READ_ONLY.value, "user": {}}


def _membership(remote: Any, org_id: str) -> dict[str, Any] | None:
    try:
        context = remote.user_context()
    except BackendError:
        return None
    return membership_in(context, org_id)


def check_connection(profile: ConnectionProfile, secret: str | None) -> ConnectionCheck:
    """Reach the backend with these settings, sign in, and look at the tenant schema."""
    if profile.kind is BackendKind.EMBEDDED:
        return ConnectionCheck(ok=True)
    try:
        remote = open_remote(profile, secret, timeout=8.0)
    except (ValueError, TypeError) as error:
        log.info("connection settings rejected: %s", error)
        return ConnectionCheck(ok=False, problem=Problem.BAD_REQUEST)
    try:
        organization = role = ""
        if profile.kind is BackendKind.WEB:
            membership = _membership_or_raise(remote, profile.org_id)
            organization, role = str(membership.get("name") or profile.org_id), str(membership.get("role", ""))
        report = remote.check_schema()
        staff: tuple[tuple[str, str], ...] = ()
        if report.ok:
            remote.horizon()  # the change feed is there too
            if profile.kind is BackendKind.DATABASE:
                staff = _staff(remote)
        return ConnectionCheck(
            ok=report.ok,
            missing=report.missing,
            organization=organization,
            role=role,
            staff=staff,
            schema_problem=None if report.ok else report.message(),
        )
    except BackendError as error:
        return ConnectionCheck(ok=False, problem=error.problem)
    finally:
        remote.close()


def _staff(remote: Remote) -> tuple[tuple[str, str], ...]:
    gateway = getattr(remote, "gateway", None)  # a tenant database's own reads
    if gateway is None:
        return ()
    return tuple((str(person.id), person.name) for person in gateway.instructors())


def record_binding(profile: ConnectionProfile, secret: str | None, decided_by: Actor) -> Message | None:
    """Record in the tenant's audit trail that `decided_by` bound this database profile to its role
    and staff member; the refusal or the problem when it could not be recorded (then nothing is saved)."""
    remote = open_remote(profile, secret, timeout=8.0)
    try:
        command = BindDeskProfile(
            database=describe(profile),
            role=profile.role,
            staff_id=UUID(profile.staff_id) if profile.staff_id else None,
        )
        verdict = remote.apply(Mutation.of(command, decided_by))
    except BackendError as error:
        return ConnectionCheck(ok=False, problem=error.problem).message()
    finally:
        remote.close()
    if verdict.outcome is Outcome.APPLIED:
        return None
    return verdict.message or ConnectionCheck(ok=False, problem=Problem.BAD_REQUEST).message()


def _membership_or_raise(remote: Any, org_id: str) -> dict[str, Any]:
    membership = membership_in(remote.user_context(), org_id)
    if membership is None:
        raise BackendRefused(Problem.FORBIDDEN, "not a member of the organization")
    return membership


def describe(profile: ConnectionProfile) -> str:
    """A short label for the status bar: the database name or the web backend's host."""
    if profile.kind is BackendKind.DATABASE:
        try:
            return make_url(profile.database_url).database or ""
        except ValueError:
            return ""
    if profile.kind is BackendKind.WEB:
        host = urlsplit(profile.web_url).hostname or ""
        return host if not is_loopback(host) else f"{host}:{urlsplit(profile.web_url).port or ''}".rstrip(":")
    return ""
