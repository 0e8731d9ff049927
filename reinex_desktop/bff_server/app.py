"""A web backend that speaks the BFF conventions (reference/bff-conventions.md) over a real tenant.

It serves the endpoints the web backend already has (`/api/lessons`, `/api/services`,
`/api/instructors`, `/api/settings`, `/api/user-context`, `/api/health`) and the ones the desktop
needs (`/api/desktop/*`, see `sync/bff/openapi.yaml`), reusing `TenantDbGateway` for reads and
`apply` and `TenantDbFeed` for the change feed. Bearer auth, `org_id` on every call, the `{data: …}`
envelope, 401/403/424/409 and `Idempotency-Key` behave as the contract says.
"""

from __future__ import annotations

import json
import logging
import threading
import time
import uuid
from collections.abc import Callable, Mapping
from dataclasses import dataclass, field, replace
from datetime import datetime
from typing import Any

import sqlalchemy as sa
from sqlalchemy.engine import Engine
from sqlalchemy.exc import SQLAlchemyError
from starlette.applications import Starlette
from starlette.concurrency import run_in_threadpool
from starlette.requests import Request
from starlette.responses import JSONResponse, Response
from starlette.routing import Route

from reinex_desktop.bff_server.auth import Member, bearer_token
from reinex_desktop.bff_server.faults import Fault, FaultPlan
from reinex_desktop.data import tables as t
from reinex_desktop.domain.codec import to_json
from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.bff import wire
from reinex_desktop.sync.errors import BackendError
from reinex_desktop.sync.feed import Window
from reinex_desktop.sync.mutations import Mutation, MutationResult, Outcome
from reinex_desktop.sync.rows import encode_row, table_named
from reinex_desktop.sync.tenant_db.feed import TenantDbFeed
from reinex_desktop.sync.tenant_db.gateway import TenantDbGateway
from reinex_desktop.sync.tenant_db.remote import TenantDbRemote

log = logging.getLogger(__name__)

#: Idempotency keys that are not UUIDs map to mutation ids in this namespace.
IDEMPOTENCY_NAMESPACE = uuid.UUID("5d0c3b8e-9a43-4d0e-8a55-3a4b1f0de7a1")


class ApiError(Exception):
    def __init__(self, status: int, error: str, **extra: Any) -> None:
        super().__init__(error)
        self.status = status
        self.body = {"error": error, **extra}


@dataclass
class ServerConfig:
    engine: Engine
    tokens: Mapping[str, Member]
    org_names: Mapping[str, str] = field(default_factory=dict)
    #: Each organization's permission overrides (the web app's `organizations.permissions`, plan §7.2).
    org_permissions: Mapping[str, Mapping[str, bool]] = field(default_factory=dict)
    schema_ttl: float = 5.0


class Backend:
    """What the routes share: the tenant, the members, the fault plan, a cached schema check."""

    def __init__(self, config: ServerConfig) -> None:
        self.config = config
        self.gateway = TenantDbGateway(config.engine)
        self._writers: dict[str, TenantDbGateway] = {}
        self.feed = TenantDbFeed(config.engine)
        self.faults = FaultPlan()
        self._schema: tuple[float, SchemaReport, str | None] | None = None
        self._lock = threading.Lock()
        self._pruned_at = time.monotonic()

    def prune_now_and_then(self) -> None:
        """Trim the change feed about once an hour (entries older than 30 days)."""
        with self._lock:
            if time.monotonic() - self._pruned_at < 3600:
                return
            self._pruned_at = time.monotonic()
        self.feed.prune()

    def writer(self, org_id: str) -> TenantDbGateway:
        """The gateway that applies an organization's writes: its handlers check the writer's role
        with that organization's overrides, as the backend keeps them, not as the client says."""
        with self._lock:
            gateway = self._writers.get(org_id)
            if gateway is None:
                overrides = dict(self.config.org_permissions.get(org_id, {}))
                gateway = TenantDbGateway(self.config.engine, permission_overrides=overrides)
                self._writers[org_id] = gateway
        return gateway

    def member(self, request: Request) -> Member:
        token = bearer_token(request)
        if token is None:
            raise ApiError(401, "missing_auth", message="missing bearer")
        member = self.config.tokens.get(token)
        if member is None:
            raise ApiError(401, "invalid_token", message="invalid or expired token")
        return member

    def org(self, request: Request, member: Member, body: Mapping[str, Any] | None = None) -> str:
        org_id = (body or {}).get("org_id") if body is not None else request.query_params.get("org_id")
        if not org_id:
            raise ApiError(400, "missing_org_id")
        if str(org_id) not in member.org_ids:
            raise ApiError(403, "not_a_member")
        self.require_schema()
        return str(org_id)

    def require_schema(self) -> None:
        with self._lock:
            cached = self._schema
            if cached is None or time.monotonic() - cached[0] > self.config.schema_ttl:
                report = self.gateway.check_schema()
                feed_problem = None
                if report.ok:
                    try:
                        self.feed.check()
                    except BackendError as error:
                        feed_problem = error.detail
                cached = (time.monotonic(), report, feed_problem)
                self._schema = cached
        _at, report, feed_problem = cached
        if not report.ok:
            raise ApiError(424, "schema_upgrade_required", details={"missing": list(report.missing)})
        if feed_problem:
            raise ApiError(424, "schema_upgrade_required", details={"missing": ["sync_changes triggers"]})


def _envelope(data: Any, status: int = 200, **extra: Any) -> JSONResponse:
    return JSONResponse({"data": data, **extra}, status_code=status)


def _json_body(request_body: bytes) -> dict[str, Any]:
    try:
        body = json.loads(request_body or b"{}")
    except ValueError:
        raise ApiError(400, "invalid_json") from None
    if not isinstance(body, dict):
        raise ApiError(400, "invalid_json")
    return body


def _fault_response(fault: Fault) -> Response | None:
    if fault.delay:
        time.sleep(fault.delay)
    if fault.garbage:
        return Response(
            b"<html>upstream gateway</html>{", status_code=fault.status or 200, media_type="application/json"
        )
    if fault.status is not None:
        return JSONResponse(fault.body or {"error": f"http_{fault.status}"}, status_code=fault.status)
    return None


def _endpoint(backend: Backend, handler: Callable[[Backend, Request, bytes], Response]) -> Callable[..., Any]:
    async def run(request: Request) -> Response:
        fault = backend.faults.take(request.url.path)
        if fault is not None:
            answer = await run_in_threadpool(_fault_response, fault)
            if answer is not None:
                return answer
        body = await request.body()
        try:
            return await run_in_threadpool(handler, backend, request, body)
        except ApiError as error:
            return JSONResponse(error.body, status_code=error.status)

    return run


# --- the web backend's own endpoints -------------------------------------------------------------


def health(backend: Backend, request: Request, body: bytes) -> Response:
    return _envelope({"status": "ok", "time": to_json(backend.gateway.clock())})


def user_context(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    employees = table_named("Employees")
    try:
        with backend.config.engine.connect() as connection:
            row = connection.execute(sa.select(employees).where(employees.c.id == member.user_id)).first()
    except SQLAlchemyError:  # a tenant without a readable "Employees": the user has no staff row here
        log.warning("user-context: the staff row could not be read", exc_info=True)
        row = None
    employee = encode_row(employees, row._mapping) if row is not None else None
    return _envelope(member.user_context(backend.config.org_names, backend.config.org_permissions, employee))


def _query_datetime(request: Request, name: str) -> datetime:
    raw = request.query_params.get(name)
    if not raw:
        raise ApiError(400, f"missing_{name}")
    try:
        value = datetime.fromisoformat(raw.replace("Z", "+00:00"))
    except ValueError:
        raise ApiError(400, f"invalid_{name}") from None
    if value.tzinfo is None:
        raise ApiError(400, f"invalid_{name}")
    return value


def _query_uuid(request: Request, name: str) -> uuid.UUID | None:
    raw = request.query_params.get(name)
    if not raw:
        return None
    try:
        return uuid.UUID(raw)
    except ValueError:
        raise ApiError(400, f"invalid_{name}") from None


def _rows_by_id(backend: Backend, table: sa.Table, ids: list[Any]) -> dict[Any, dict[str, Any]]:
    if not ids:
        return {}
    with backend.config.engine.connect() as connection:
        rows = connection.execute(sa.select(table).where(table.c.id.in_(ids))).all()
    return {row._mapping["id"]: encode_row(table, row._mapping) for row in rows}


def lessons_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    start, end = _query_datetime(request, "startDate"), _query_datetime(request, "endDate")
    lessons = backend.gateway.lessons_between(
        start, end, instructor_id=_query_uuid(request, "instructor_id"), student_id=_query_uuid(request, "student_id")
    )
    instances = _rows_by_id(backend, table_named("lesson_instances"), [lesson.id for lesson in lessons])
    participant_ids = [p.id for lesson in lessons for p in lesson.participants]
    participants = _rows_by_id(backend, table_named("lesson_participants"), participant_ids)
    students = _rows_by_id(
        backend, table_named("students"), list({p.student_id for lesson in lessons for p in lesson.participants})
    )
    data = []
    for lesson in lessons:
        row = dict(instances[lesson.id])
        row["lesson_participants"] = [
            {
                **participants[p.id],
                "student": {
                    key: students.get(p.student_id, {}).get(key)
                    for key in ("id", "first_name", "middle_name", "last_name")
                },
            }
            for p in lesson.participants
        ]
        data.append(row)
    return _envelope(data)


def services_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    ids = [service.id for service in backend.gateway.services()]
    rows = _rows_by_id(backend, table_named("Services"), ids)
    return _envelope([rows[i] for i in ids])


def instructors_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    include_inactive = request.query_params.get("include_inactive", "").lower() == "true"
    ids = [instructor.id for instructor in backend.gateway.instructors(include_inactive=include_inactive)]
    rows = _rows_by_id(backend, table_named("Employees"), ids)
    profiles_table = table_named("instructor_profiles")
    with backend.config.engine.connect() as connection:
        profiles = {
            row._mapping["employee_id"]: encode_row(profiles_table, row._mapping)
            for row in connection.execute(sa.select(profiles_table).where(profiles_table.c.employee_id.in_(ids)))
        }
    return _envelope([{**rows[i], "instructor_profile": profiles.get(i)} for i in ids])


def _setting_rows(backend: Backend) -> list[dict[str, Any]]:
    table = table_named("Settings")
    with backend.config.engine.connect() as connection:
        rows = connection.execute(sa.select(table).order_by(table.c.key)).all()
    return [encode_row(table, row._mapping) for row in rows]


def settings_endpoint(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    if request.method == "GET":
        backend.org(request, member)
        return _envelope(_setting_rows(backend))
    payload = _json_body(body)
    org_id = backend.org(request, member, payload)
    key, value = payload.get("key"), payload.get("settings_value")
    if not isinstance(key, str) or not key:
        raise ApiError(400, "missing_key")
    base = payload.get("updated_at") if request.method == "PUT" else None
    base_version = datetime.fromisoformat(base) if isinstance(base, str) else None
    mutation = Mutation(
        kind=SaveSetting.KIND,
        payload=to_json(SaveSetting(key, value)),
        actor=member.actor(),
        mutation_id=_mutation_id(request, None),
        base_version=base_version,
    )
    return _verdict_response(backend, org_id, mutation)


# --- the desktop's endpoints ---------------------------------------------------------------------


def _mutation_id(request: Request, fallback: uuid.UUID | None) -> uuid.UUID:
    key = request.headers.get("idempotency-key")
    if not key:
        return fallback or uuid.uuid4()
    try:
        return uuid.UUID(key)
    except ValueError:
        return uuid.uuid5(IDEMPOTENCY_NAMESPACE, key)


def _verdict_response(backend: Backend, org_id: str, mutation: Mutation) -> Response:
    verdict = backend.writer(org_id).apply(mutation)
    fault = backend.faults.take("/api/desktop/mutations", after_apply=True)
    if fault is not None:
        time.sleep(fault.delay)
        if fault.status is not None:
            return JSONResponse({"error": f"http_{fault.status}"}, status_code=fault.status)
    return _verdict_to_http(verdict)


def _verdict_to_http(verdict: MutationResult) -> Response:
    data = verdict.to_wire()
    if verdict.outcome is Outcome.CONFLICT:
        return _envelope(data, 409, error="version_conflict", current=data.get("current"))
    if verdict.outcome is Outcome.REJECTED:
        code = str((verdict.result or {}).get("code") or "rejected")
        message = verdict.message.render() if verdict.message else code
        return _envelope(data, 422, error=code, message=message)
    return _envelope(data)


def mutations_post(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    payload = _json_body(body)
    org_id = backend.org(request, member, payload)
    try:
        mutation = Mutation.from_wire(payload["mutation"])
    except (KeyError, TypeError, ValueError):
        raise ApiError(400, "invalid_mutation") from None
    key = request.headers.get("idempotency-key")
    if key is None:
        raise ApiError(400, "missing_idempotency_key")
    if _mutation_id(request, None) != mutation.mutation_id:
        raise ApiError(400, "idempotency_key_mismatch")
    # The server, not the client, says who is writing.
    return _verdict_response(backend, org_id, replace(mutation, actor=member.actor()))


def mutations_batch_post(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    payload = _json_body(body)
    org_id = backend.org(request, member, payload)
    if request.headers.get("idempotency-key") is None:
        raise ApiError(400, "missing_idempotency_key")
    try:
        mutations = [replace(Mutation.from_wire(item), actor=member.actor()) for item in payload["mutations"]]
    except (KeyError, TypeError, ValueError):
        raise ApiError(400, "invalid_mutation") from None
    remote = TenantDbRemote(backend.config.engine, gateway=backend.writer(org_id), feed=backend.feed)
    result = remote.apply_batch(mutations)
    fault = backend.faults.take("/api/desktop/mutations", after_apply=True)
    if fault is not None:
        time.sleep(fault.delay)
        if fault.status is not None:
            return JSONResponse({"error": f"http_{fault.status}"}, status_code=fault.status)
    error = result.error
    stopped = {"problem": error.problem.value, "detail": error.detail} if error else None
    verdicts = [v.to_wire() for v in result.verdicts]
    return _envelope({"verdicts": verdicts, "stopped": stopped, "commit_point": result.commit_point})


def read_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    name = request.path_params["method"]
    if name not in wire.read_methods():
        raise ApiError(404, "unknown_read", method=name)
    try:
        arguments = wire.decode_arguments(name, request.query_params)
    except (TypeError, ValueError, KeyError):
        raise ApiError(400, "invalid_arguments", method=name) from None
    result = getattr(backend.gateway, name)(**arguments)
    return _envelope(wire.encode_result(name, result))


def horizon_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    return _envelope({"cursor": backend.feed.horizon()})


def changes_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    cursor = request.query_params.get("cursor")
    if not cursor:
        raise ApiError(400, "missing_cursor")
    backend.prune_now_and_then()
    try:
        limit = max(1, min(10_000, int(request.query_params.get("limit", "2000"))))
        batch = backend.feed.changes_since(cursor, limit=limit)
    except ValueError:
        raise ApiError(400, "invalid_cursor") from None
    return _envelope(
        {
            "cursor": batch.cursor,
            "more": batch.more,
            "reset": batch.reset,
            "changes": [{"table": c.table, "key": c.key, "row": c.row} for c in batch.changes],
        }
    )


def _known_table(name: Any) -> str:
    if not isinstance(name, str) or name not in t.metadata.tables or name in t.UNFED_TABLES:
        raise ApiError(400, "unknown_table")
    return name


def rows_post(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    payload = _json_body(body)
    backend.org(request, member, payload)
    table = _known_table(payload.get("table"))
    keys = payload.get("keys")
    if not isinstance(keys, list) or not all(isinstance(k, str) for k in keys):
        raise ApiError(400, "invalid_keys")
    try:
        return _envelope(backend.feed.rows(table, keys))
    except ValueError:
        raise ApiError(400, "invalid_keys") from None


def _window(request: Request) -> Window | None:
    if "start" not in request.query_params:
        return None
    return Window(_query_datetime(request, "start"), _query_datetime(request, "end"))


def snapshot_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    table = _known_table(request.query_params.get("table"))
    limit = max(1, min(20_000, int(request.query_params.get("limit", "5000"))))
    page = backend.feed.snapshot(table, after=request.query_params.get("after"), limit=limit, window=_window(request))
    return _envelope({"rows": list(page.rows), "next_after": page.next_after})


def window_get(backend: Backend, request: Request, body: bytes) -> Response:
    member = backend.member(request)
    backend.org(request, member)
    window = _window(request)
    if window is None:
        raise ApiError(400, "missing_start")
    fresh = backend.feed.lessons_window(window)
    return _envelope({"tables": {name: list(rows) for name, rows in fresh.tables.items()}})


ROUTES: tuple[tuple[str, Callable[[Backend, Request, bytes], Response], tuple[str, ...]], ...] = (
    ("/api/health", health, ("GET",)),
    ("/api/user-context", user_context, ("GET",)),
    ("/api/lessons", lessons_get, ("GET",)),
    ("/api/services", services_get, ("GET",)),
    ("/api/instructors", instructors_get, ("GET",)),
    ("/api/settings", settings_endpoint, ("GET", "POST", "PUT")),
    ("/api/desktop/mutations", mutations_post, ("POST",)),
    ("/api/desktop/mutations/batch", mutations_batch_post, ("POST",)),
    ("/api/desktop/read/{method}", read_get, ("GET",)),
    ("/api/desktop/horizon", horizon_get, ("GET",)),
    ("/api/desktop/changes", changes_get, ("GET",)),
    ("/api/desktop/rows", rows_post, ("POST",)),
    ("/api/desktop/snapshot", snapshot_get, ("GET",)),
    ("/api/desktop/window", window_get, ("GET",)),
)


def build_app(config: ServerConfig) -> Starlette:
    backend = Backend(config)
    routes = [Route(path, _endpoint(backend, handler), methods=list(methods)) for path, handler, methods in ROUTES]
    app = Starlette(routes=routes)
    app.state.backend = backend
    app.state.faults = backend.faults
    return app
