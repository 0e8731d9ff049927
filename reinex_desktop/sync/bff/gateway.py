"""`BffGateway`: the Gateway over the web backend's JSON API (reference/bff-conventions.md, openapi.yaml).

Bearer token, `org_id` on every call, the `{data: …}` envelope. The web backend's own endpoints
serve lessons, services, instructors and settings (rows, mapped to domain objects with the same
mappers as the database gateway); every other read goes through the typed read endpoint
(`wire.py`), so a read added to the protocol needs no client code. Writes are mutations sent with
an `Idempotency-Key`. Every failure is a `BackendError` naming the problem; nothing is retried here
(the outbox does that).
"""

from __future__ import annotations

from collections.abc import Callable, Mapping, Sequence
from datetime import datetime
from typing import Any, TypeVar
from uuid import UUID

import httpx

from reinex_desktop.domain.catalog import Instructor, Service
from reinex_desktop.domain.lessons import LessonInstance
from reinex_desktop.domain.people import person_name
from reinex_desktop.domain.schema_report import SchemaReport
from reinex_desktop.domain.settings import ClinicSettings, parse_settings
from reinex_desktop.sync.bff import wire
from reinex_desktop.sync.errors import BackendRefused, BackendUnavailable, Problem, backend_error
from reinex_desktop.sync.feed import BatchResult, ChangeBatch, JsonRow, RowChange, RowPage, Window, WindowRows
from reinex_desktop.sync.mutations import Mutation, MutationResult
from reinex_desktop.sync.rows import orm_instance, table_named
from reinex_desktop.sync.tenant_db import mappers

T = TypeVar("T")

_STATUS_PROBLEMS = {
    400: Problem.BAD_REQUEST,
    401: Problem.UNAUTHORIZED,
    403: Problem.FORBIDDEN,
    404: Problem.BAD_REQUEST,
    424: Problem.SCHEMA_UPGRADE_REQUIRED,
}
#: Answers of the mutation endpoint that carry a verdict, not a failure.
_VERDICT_STATUSES = frozenset({200, 409, 422})


class BffGateway:
    def __init__(
        self,
        base_url: str,
        *,
        token: str,
        org_id: str,
        timeout: float = 15.0,
        transport: httpx.BaseTransport | None = None,
    ) -> None:
        self.base_url = base_url.rstrip("/")
        self.org_id = org_id
        self._client = httpx.Client(
            base_url=self.base_url,
            headers={"Accept": "application/json", **({"Authorization": f"Bearer {token}"} if token else {})},
            timeout=httpx.Timeout(timeout, connect=min(timeout, 5.0)),
            verify=True,
            transport=transport,
            follow_redirects=False,
        )

    def close(self) -> None:
        self._client.close()

    # --- transport --------------------------------------------------------------------------------

    def _request(
        self,
        method: str,
        path: str,
        *,
        params: Mapping[str, str] | None = None,
        body: Mapping[str, Any] | None = None,
        headers: Mapping[str, str] | None = None,
        verdicts: bool = False,
    ) -> tuple[int, dict[str, Any]]:
        query = {"org_id": self.org_id, **(params or {})} if body is None else dict(params or {})
        payload = {"org_id": self.org_id, **body} if body is not None else None
        try:
            response = self._client.request(method, path, params=query, json=payload, headers=headers)
        except httpx.TimeoutException as error:
            raise BackendUnavailable(Problem.TIMEOUT, f"{method} {path}: {error}") from error
        except httpx.HTTPError as error:
            raise BackendUnavailable(Problem.UNREACHABLE, f"{method} {path}: {error}") from error
        status = response.status_code
        if status >= 500:
            raise BackendUnavailable(Problem.SERVER_ERROR, f"{method} {path}: HTTP {status}")
        try:
            decoded = response.json()
        except ValueError:
            raise BackendUnavailable(Problem.BAD_RESPONSE, f"{method} {path}: not JSON (HTTP {status})") from None
        if not isinstance(decoded, dict):
            raise BackendUnavailable(Problem.BAD_RESPONSE, f"{method} {path}: not an object")
        if status in _STATUS_PROBLEMS and not (verdicts and status in _VERDICT_STATUSES):
            code = str(decoded.get("error") or decoded.get("message") or status)
            raise BackendRefused(_STATUS_PROBLEMS[status], f"{method} {path}: {code}", body=decoded)
        if status >= 300 and not (verdicts and status in _VERDICT_STATUSES):
            raise BackendUnavailable(Problem.BAD_RESPONSE, f"{method} {path}: HTTP {status}")
        if "data" not in decoded:
            raise BackendUnavailable(Problem.BAD_RESPONSE, f"{method} {path}: no data")
        return status, decoded

    def _data(self, method: str, path: str, **kwargs: Any) -> Any:
        return self._request(method, path, **kwargs)[1]["data"]

    def _decoded(self, decode: Callable[[Any], T], data: Any, path: str) -> T:
        try:
            return decode(data)
        except (TypeError, ValueError, KeyError, AttributeError, LookupError) as error:
            raise BackendUnavailable(Problem.BAD_RESPONSE, f"{path}: {error}") from error

    # --- reads with a conventional endpoint -------------------------------------------------------

    def lessons_between(
        self,
        start: datetime,
        end: datetime,
        *,
        instructor_id: UUID | None = None,
        student_id: UUID | None = None,
    ) -> list[LessonInstance]:
        params = {"startDate": start.isoformat(), "endDate": end.isoformat()}
        if instructor_id is not None:
            params["instructor_id"] = str(instructor_id)
        if student_id is not None:
            params["student_id"] = str(student_id)
        rows = self._data("GET", "/api/lessons", params=params)
        return self._decoded(lambda data: [_lesson(row) for row in data], rows, "/api/lessons")

    def services(self) -> list[Service]:
        rows = self._data("GET", "/api/services")
        return self._decoded(
            lambda data: [mappers.service(orm_instance(_T_SERVICES, r)) for r in data], rows, "services"
        )

    def instructors(self, *, include_inactive: bool = False) -> list[Instructor]:
        params = {"include_inactive": "true"} if include_inactive else {}
        rows = self._data("GET", "/api/instructors", params=params)
        return self._decoded(lambda data: [_instructor(row) for row in data], rows, "/api/instructors")

    def setting_values(self) -> dict[str, Any]:
        rows = self._data("GET", "/api/settings")
        return self._decoded(lambda data: {row["key"]: row["settings_value"] for row in data}, rows, "/api/settings")

    def settings(self) -> ClinicSettings:
        parsed, _problems = parse_settings(self.setting_values())
        return parsed

    def check_schema(self) -> SchemaReport:
        """What the tenant lacks; the backend's 424 `schema_upgrade_required` names it."""
        try:
            return self._read("check_schema", (), {})  # type: ignore[no-any-return]
        except BackendRefused as refusal:
            if refusal.problem is not Problem.SCHEMA_UPGRADE_REQUIRED:
                raise
            details = refusal.body.get("details") or {}
            missing = details.get("missing") if isinstance(details, dict) else None
            return SchemaReport(tuple(str(item) for item in missing or ("?",)))

    def user_context(self) -> dict[str, Any]:
        """The signed-in user, their organizations, role and permissions (`GET /api/user-context`)."""
        data = self._data("GET", "/api/user-context", params={})
        if not isinstance(data, dict):
            raise BackendUnavailable(Problem.BAD_RESPONSE, "/api/user-context")
        return data

    def health(self) -> dict[str, Any]:
        data = self._data("GET", "/api/health", params={})
        return data if isinstance(data, dict) else {}

    # --- every other read, generically ------------------------------------------------------------

    def _read(self, name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> Any:
        path = f"/api/desktop/read/{name}"
        data = self._data("GET", path, params=wire.encode_arguments(name, args, kwargs))
        return self._decoded(lambda value: wire.decode_result(name, value), data, path)

    # --- writes -----------------------------------------------------------------------------------

    def apply(self, mutation: Mutation) -> MutationResult:
        key = str(mutation.mutation_id)
        _status, body = self._request(
            "POST",
            "/api/desktop/mutations",
            body={"mutation": mutation.to_wire()},
            headers={"Idempotency-Key": key},
            verdicts=True,
        )
        verdict: MutationResult = self._decoded(MutationResult.from_wire, body["data"], "/api/desktop/mutations")
        if verdict.mutation_id != mutation.mutation_id:
            raise BackendUnavailable(Problem.BAD_RESPONSE, "verdict for another mutation")
        return verdict

    def apply_batch(self, mutations: Sequence[Mutation]) -> BatchResult:
        """Several mutations in one request; the server applies them in order, each in its own savepoint."""
        if not mutations:
            return BatchResult()
        _status, body = self._request(
            "POST",
            "/api/desktop/mutations/batch",
            body={"mutations": [m.to_wire() for m in mutations]},
            headers={"Idempotency-Key": str(mutations[0].mutation_id)},
        )

        def decode(data: Mapping[str, Any]) -> BatchResult:
            verdicts = [MutationResult.from_wire(item) for item in data["verdicts"]]
            if [v.mutation_id for v in verdicts] != [m.mutation_id for m in mutations[: len(verdicts)]]:
                raise ValueError("verdicts do not match the mutations sent")
            stopped = data.get("stopped")
            error = backend_error(Problem(stopped["problem"]), str(stopped.get("detail", ""))) if stopped else None
            point = data.get("commit_point")
            return BatchResult(verdicts, error, str(point) if point else None)

        return self._decoded(decode, body["data"], "/api/desktop/mutations/batch")

    # --- the change feed (Remote) -----------------------------------------------------------------

    def horizon(self) -> str:
        return str(self._data("GET", "/api/desktop/horizon")["cursor"])

    def changes_since(self, cursor: str, *, limit: int = 2000) -> ChangeBatch:
        data = self._data("GET", "/api/desktop/changes", params={"cursor": cursor, "limit": str(limit)})

        def decode(value: Mapping[str, Any]) -> ChangeBatch:
            changes = tuple(RowChange(str(c["table"]), str(c["key"]), c["row"]) for c in value["changes"])
            return ChangeBatch(str(value["cursor"]), changes, bool(value["more"]), bool(value["reset"]))

        return self._decoded(decode, data, "/api/desktop/changes")

    def rows(self, table: str, keys: Sequence[str]) -> dict[str, JsonRow | None]:
        data = self._data("POST", "/api/desktop/rows", body={"table": table, "keys": list(keys)})
        return self._decoded(lambda value: {str(k): value.get(str(k)) for k in keys}, data, "/api/desktop/rows")

    def snapshot(
        self, table: str, *, after: str | None = None, limit: int = 5000, window: Window | None = None
    ) -> RowPage:
        params = {"table": table, "limit": str(limit)}
        if after is not None:
            params["after"] = after
        if window is not None:
            params |= {"start": window.start.isoformat(), "end": window.end.isoformat()}
        data = self._data("GET", "/api/desktop/snapshot", params=params)
        return self._decoded(lambda v: RowPage(tuple(v["rows"]), v["next_after"]), data, "/api/desktop/snapshot")

    def lessons_window(self, window: Window) -> WindowRows:
        params = {"start": window.start.isoformat(), "end": window.end.isoformat()}
        data = self._data("GET", "/api/desktop/window", params=params)
        return self._decoded(
            lambda v: WindowRows(window, {name: tuple(rows) for name, rows in v["tables"].items()}),
            data,
            "/api/desktop/window",
        )


_T_SERVICES = table_named("Services")
_T_EMPLOYEES = table_named("Employees")
_T_PROFILES = table_named("instructor_profiles")
_T_INSTANCES = table_named("lesson_instances")
_T_PARTICIPANTS = table_named("lesson_participants")


def _lesson(row: Mapping[str, Any]) -> LessonInstance:
    participants = []
    for item in row.get("lesson_participants") or ():
        student = item.get("student") or {}
        name = person_name(student.get("first_name"), student.get("middle_name"), student.get("last_name"))
        participants.append(mappers.participant(orm_instance(_T_PARTICIPANTS, item), name))
    return mappers.instance(orm_instance(_T_INSTANCES, row), tuple(participants))


def _instructor(row: Mapping[str, Any]) -> Instructor:
    profile = row.get("instructor_profile")
    return mappers.instructor(orm_instance(_T_EMPLOYEES, row), orm_instance(_T_PROFILES, profile) if profile else None)


def _generic_read(name: str) -> Any:
    def read(self: BffGateway, *args: Any, **kwargs: Any) -> Any:
        return self._read(name, args, kwargs)

    read.__name__ = name
    read.__doc__ = wire.read_methods()[name].__doc__
    return read


for _name in wire.read_methods():
    if _name not in vars(BffGateway):
        setattr(BffGateway, _name, _generic_read(_name))
