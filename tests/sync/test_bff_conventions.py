"""The web backend's conventions, on the wire: the written contract (openapi.yaml) and the test server agree."""

from __future__ import annotations

import re
import uuid
from datetime import UTC, datetime, timedelta
from pathlib import Path

import httpx

import reinex_desktop.sync.tenant_db.gateway  # noqa: F401 (registers every command kind)
from reinex_desktop.bff_server.app import ROUTES
from reinex_desktop.domain.commands import Command
from reinex_desktop.domain.settings import SaveSetting
from reinex_desktop.sync.bff import wire
from reinex_desktop.sync.mutations import Mutation
from tests.sync.openapi_check import response_problem, spec
from tests.sync.sync_fixtures import ORG, OWNER, RunningBackend, audit_count

OPENAPI = Path(wire.__file__).with_name("openapi.yaml")


def documented() -> dict[str, set[str]]:
    paths: dict[str, set[str]] = {}
    current = None
    for line in OPENAPI.read_text(encoding="utf-8").splitlines():
        if match := re.fullmatch(r"  (/api/\S+):", line):
            current = match.group(1)
            paths[current] = set()
        elif current and (match := re.fullmatch(r"    (get|post|put|delete|patch):", line)):
            paths[current].add(match.group(1).upper())
        elif line and not line.startswith(" "):
            current = None
    return paths


def test_the_written_contract_lists_exactly_what_the_server_serves() -> None:
    served = {path: set(methods) for path, _handler, methods in ROUTES}
    assert documented() == served


def test_the_written_contract_names_every_kind_of_write() -> None:
    text = OPENAPI.read_text(encoding="utf-8")
    for kind in Command.kinds():
        if not Command.class_for(kind).__module__.startswith("reinex_desktop."):
            continue  # a command some test registered for itself
        area = kind.split(".")[0]
        assert f"`{kind}`" in text or f"`{area}.*`" in text, f"{kind} is not in openapi.yaml"


def test_auth_org_and_envelope(backend: RunningBackend) -> None:
    with httpx.Client(base_url=backend.url) as client:
        assert client.get("/api/health").json()["data"]["status"] == "ok"
        assert client.get("/api/services", params={"org_id": ORG}).json() == {
            "error": "missing_auth",
            "message": "missing bearer",
        }
        supabase = {"X-Supabase-Authorization": "Bearer owner-token"}
        services = client.get("/api/services", params={"org_id": ORG}, headers=supabase)
        assert services.status_code == 200 and isinstance(services.json()["data"], list)
        bearer = {"Authorization": "Bearer owner-token"}
        missing_org = client.get("/api/services", headers=bearer)
        assert (missing_org.status_code, missing_org.json()["error"]) == (400, "missing_org_id")
        stranger = client.get("/api/services", params={"org_id": "org-9"}, headers=bearer)
        assert (stranger.status_code, stranger.json()["error"]) == (403, "not_a_member")
        day = datetime.now(UTC)
        lessons = client.get(
            "/api/lessons",
            params={"org_id": ORG, "startDate": day.isoformat(), "endDate": (day + timedelta(days=7)).isoformat()},
            headers=bearer,
        ).json()["data"]
        assert lessons and all("lesson_participants" in lesson for lesson in lessons)
        assert [lesson["datetime_start"] for lesson in lessons] == sorted(x["datetime_start"] for x in lessons)


def test_writes_are_idempotent_and_stale_versions_conflict(backend: RunningBackend, seeded_pg_engine: object) -> None:
    bearer = {"Authorization": "Bearer owner-token"}
    with httpx.Client(base_url=backend.url, headers=bearer) as client:
        key = str(uuid.uuid4())
        body = {"org_id": ORG, "key": "clinic_name", "settings_value": "מרכז הרכיבה"}
        first = client.post("/api/settings", json=body, headers={"Idempotency-Key": key})
        again = client.post("/api/settings", json=body, headers={"Idempotency-Key": key})
        assert first.status_code == again.status_code == 200 and first.json() == again.json()
        assert audit_count(seeded_pg_engine, mutation_id=key) == 1  # type: ignore[arg-type]
        stale = {**body, "settings_value": "אחר", "updated_at": "2020-01-01T00:00:00+00:00"}
        conflict = client.put("/api/settings", json=stale, headers={"Idempotency-Key": str(uuid.uuid4())})
        assert conflict.status_code == 409 and conflict.json()["error"] == "version_conflict"
        assert conflict.json()["current"]["settings_value"] == "מרכז הרכיבה"

        mutation = Mutation.of(SaveSetting("clinic_name", "x"), OWNER)
        wire_body = {"org_id": ORG, "mutation": mutation.to_wire()}
        unkeyed = client.post("/api/desktop/mutations", json=wire_body)
        assert (unkeyed.status_code, unkeyed.json()["error"]) == (400, "missing_idempotency_key")
        mismatch = client.post("/api/desktop/mutations", json=wire_body, headers={"Idempotency-Key": key})
        assert (mismatch.status_code, mismatch.json()["error"]) == (400, "idempotency_key_mismatch")
        office = client.post(
            "/api/desktop/mutations",
            json=wire_body,
            headers={"Idempotency-Key": str(mutation.mutation_id), "Authorization": "Bearer office-token"},
        )
        assert office.status_code == 422 and office.json()["data"]["outcome"] == "rejected"
        assert office.json()["message"]  # the server writes as the token's user, whatever the body says


def test_the_written_contract_is_a_valid_openapi_document() -> None:
    spec()  # openapi-spec-validator raises on any error in the document


def test_an_answer_outside_the_contract_is_named() -> None:
    assert response_problem("GET", "/api/health", 200, b'{"data": {"status": "ok"}}') is None
    assert response_problem("GET", "/api/health", 200, b'{"data": {"status": 3}}') is not None
    assert "not documented" in (response_problem("GET", "/api/health", 418, b"{}") or "")
    assert "no such path" in (response_problem("GET", "/api/nothing", 200, b"{}") or "")
