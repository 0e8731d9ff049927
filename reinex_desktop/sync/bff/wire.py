"""How a Gateway read travels over HTTP when the web conventions name no endpoint for it.

`GET /api/desktop/read/{method}` carries each argument as a query parameter holding its JSON
(`domain/codec.py`), and answers `{"data": <JSON of the result>}`. Client and server both take the
argument and return types from the `Gateway` protocol's annotations, so a read method added to a
port works over HTTP with no new code on either side.
"""

from __future__ import annotations

import inspect
import json
import typing
from collections.abc import Callable, Mapping
from functools import cache
from typing import Any

from reinex_desktop.domain.codec import from_json, to_json
from reinex_desktop.sync.gateway import Gateway

_NOT_READS = frozenset({"apply", "close"})


@cache
def read_methods() -> dict[str, Callable[..., Any]]:
    """Every read of the Gateway protocol (the port protocols' methods), by name."""
    found: dict[str, Callable[..., Any]] = {}
    for base in Gateway.__mro__:
        if base in (Gateway, object, typing.Protocol, typing.Generic) or not getattr(base, "_is_protocol", False):
            continue
        for name, member in vars(base).items():
            if name.startswith("_") or name in _NOT_READS or not inspect.isfunction(member):
                continue
            found.setdefault(name, member)
    return found


@cache
def _hints(name: str) -> dict[str, Any]:
    return typing.get_type_hints(read_methods()[name])


def signature(name: str) -> inspect.Signature:
    return inspect.signature(read_methods()[name])


def encode_arguments(name: str, args: tuple[Any, ...], kwargs: Mapping[str, Any]) -> dict[str, str]:
    """Query parameters for a call `gateway.<name>(*args, **kwargs)` (defaults included)."""
    bound = signature(name).bind(None, *args, **kwargs)
    bound.apply_defaults()
    return {key: json.dumps(to_json(value)) for key, value in bound.arguments.items() if key != "self"}


def decode_arguments(name: str, params: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments from query parameters; unknown parameters (like `org_id`) are ignored."""
    hints = _hints(name)
    arguments: dict[str, Any] = {}
    for parameter in signature(name).parameters.values():
        if parameter.name == "self" or parameter.name not in params:
            continue
        arguments[parameter.name] = from_json(hints.get(parameter.name, Any), json.loads(params[parameter.name]))
    return arguments


def decode_result(name: str, data: Any) -> Any:
    return from_json(_hints(name).get("return", Any), data)
