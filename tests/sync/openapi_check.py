"""The written contract checks the test web backend's answers: every JSON answer the server gives
in a test must match the response schema openapi.yaml documents for its path, method and status.

Wrapped around the test server's ASGI app by `running_backend`; answers injected by a fault plan
(marked with `FAULT_HEADER`) and 5xx answers are the point of those tests and are not checked here.
"""

from __future__ import annotations

import json
import re
from collections.abc import Awaitable, Callable, MutableMapping
from functools import cache
from pathlib import Path
from typing import Any

import yaml
from jsonschema import Draft202012Validator
from openapi_spec_validator import validate as validate_spec
from referencing import Registry, Resource
from referencing.jsonschema import DRAFT202012

from reinex_desktop.bff_server.app import FAULT_HEADER
from reinex_desktop.sync.bff import wire

OPENAPI = Path(wire.__file__).with_name("openapi.yaml")
BASE = "urn:reinex:openapi"
#: Error answers every endpoint may give by the document's stated conventions (its description):
#: missing org_id, bad token, not a member, version conflict, schema upgrade required.
CONVENTIONS = frozenset({400, 401, 403, 409, 424})

Scope = MutableMapping[str, Any]
Message = MutableMapping[str, Any]
Receive = Callable[[], Awaitable[Message]]
Send = Callable[[Message], Awaitable[None]]
App = Callable[[Scope, Receive, Send], Awaitable[None]]


@cache
def spec() -> dict[str, Any]:
    document: dict[str, Any] = yaml.safe_load(OPENAPI.read_text(encoding="utf-8"))
    validate_spec(document)
    return document


@cache
def _registry() -> Registry:
    return Registry().with_resource(BASE, Resource.from_contents(spec(), default_specification=DRAFT202012))


@cache
def _templates() -> list[tuple[re.Pattern[str], str]]:
    return [
        (re.compile("^" + re.sub(r"\\\{[^}]+\\\}", "[^/]+", re.escape(path)) + "$"), path) for path in spec()["paths"]
    ]


def _pointer(*parts: str) -> str:
    return "/".join(part.replace("~", "~0").replace("/", "~1") for part in parts)


def response_problem(method: str, path: str, status: int, body: bytes) -> str | None:
    """Why this answer does not match the written contract, or None when it does."""
    template = next((t for pattern, t in _templates() if pattern.match(path)), None)
    if template is None:
        return f"{method} {path}: no such path in openapi.yaml"
    operation = spec()["paths"][template].get(method.lower())
    if operation is None:
        return f"{method} {template}: method not documented"
    responses = operation.get("responses", {})
    key = str(status) if str(status) in responses else "default" if "default" in responses else None
    if key is None and status in CONVENTIONS:
        where: tuple[str, ...] = ("components", "schemas", "Error")
        return _mismatch(method, template, status, _pointer(*where), body)
    if key is None:
        return f"{method} {template}: status {status} not documented"
    response = responses[key]
    where = ("paths", template, method.lower(), "responses", key)
    if "$ref" in response:
        name = response["$ref"].rsplit("/", 1)[-1]
        response = spec()["components"]["responses"][name]
        where = ("components", "responses", name)
    if "application/json" not in response.get("content", {}):
        return None
    return _mismatch(method, template, status, _pointer(*where, "content", "application/json", "schema"), body)


def _mismatch(method: str, template: str, status: int, pointer: str, body: bytes) -> str | None:
    validator = Draft202012Validator({"$ref": f"{BASE}#/{pointer}"}, registry=_registry())
    errors = sorted(validator.iter_errors(json.loads(body)), key=lambda e: list(e.path))
    if errors:
        return f"{method} {template} {status}: {errors[0].message} at {list(errors[0].path)}"
    return None


class ContractCheck:
    """ASGI middleware recording every answer that breaks the written contract."""

    def __init__(self, app: Any) -> None:
        self.app: App = app
        self.state = app.state  # the fault plan and the backend, as on the app itself
        self.problems: list[str] = []

    async def __call__(self, scope: Scope, receive: Receive, send: Send) -> None:
        if scope["type"] != "http":
            await self.app(scope, receive, send)
            return
        status = 0
        injected = False
        chunks: list[bytes] = []

        async def record(message: Message) -> None:
            nonlocal status, injected
            if message["type"] == "http.response.start":
                status = message["status"]
                injected = any(name.decode().lower() == FAULT_HEADER for name, _value in message.get("headers", ()))
            elif message["type"] == "http.response.body":
                chunks.append(message.get("body", b""))
            await send(message)

        await self.app(scope, receive, record)
        body = b"".join(chunks)
        if injected or status >= 500:
            return  # injected faults and crashes have tests of their own
        try:
            json.loads(body)
        except ValueError:
            return
        problem = response_problem(scope["method"], scope["path"], status, body)
        if problem:
            self.problems.append(problem)
