"""How a Gateway read travels over HTTP when the web conventions name no endpoint for it.

`GET /api/desktop/read/{method}` carries each argument as a query parameter holding its JSON
(`domain/codec.py`), and answers `{"data": <JSON of the result>}`. Client and server both take the
argument and return types from the `Gateway` protocol's annotations, so a read method added to a
port works over HTTP with no new code on either side.
"""

from __future__ import annotations

import collections.abc
import dataclasses
import inspect
import json
import types
import typing
from collections.abc import Callable, Mapping
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, Union
from uuid import UUID
from zoneinfo import ZoneInfo

from reinex_desktop.domain.codec import to_json
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
    hints = _hints(name)
    return {
        key: json.dumps(typed_json(hints.get(key, Any), value))
        for key, value in bound.arguments.items()
        if key != "self"
    }


def encode_result(name: str, value: Any) -> Any:
    return typed_json(_hints(name).get("return", Any), value)


def decode_arguments(name: str, params: Mapping[str, str]) -> dict[str, Any]:
    """Keyword arguments from query parameters; unknown parameters (like `org_id`) are ignored."""
    hints = _hints(name)
    arguments: dict[str, Any] = {}
    for parameter in signature(name).parameters.values():
        if parameter.name == "self" or parameter.name not in params:
            continue
        arguments[parameter.name] = typed(hints.get(parameter.name, Any), json.loads(params[parameter.name]))
    return arguments


def decode_result(name: str, data: Any) -> Any:
    return typed(_hints(name).get("return", Any), data)


# --- a decoder for every annotation the domain uses ---------------------------------------------

_SEQUENCES = (list, collections.abc.Sequence, collections.abc.Iterable, collections.abc.Collection)
_MAPPINGS = (dict, collections.abc.Mapping, collections.abc.MutableMapping)
_SETS = (set, frozenset, collections.abc.Set, collections.abc.MutableSet)


_TAG = "$reinex"
_TAGGED: tuple[tuple[str, type], ...] = (
    ("datetime", datetime),
    ("date", date),
    ("time", time),
    ("decimal", Decimal),
    ("uuid", UUID),
)


def typed_json(kind: Any, value: Any) -> Any:
    """JSON of `value` as `typed` rebuilds it: plain `to_json`, except that where the annotation says
    `Any` a date, time, decimal or UUID is tagged, so it comes back as what it was, not as a string."""
    if kind is Any or kind is object or isinstance(kind, typing.TypeVar):
        return _tagged(value)
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if value is None:
        return None
    if origin in (Union, types.UnionType):
        options = [arg for arg in args if arg is not type(None)]
        return typed_json(options[0], value) if len(options) == 1 else to_json(value)
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return [typed_json(args[0], item) for item in value]
        return [typed_json(arg, item) for arg, item in zip(args, value, strict=True)]
    if origin in _MAPPINGS:
        value_kind = args[1] if len(args) == 2 else Any
        return {str(to_json(k)): typed_json(value_kind, v) for k, v in value.items()}
    if origin in _SETS or origin in _SEQUENCES:
        item = args[0] if args else Any
        return [typed_json(item, element) for element in value]
    if isinstance(kind, type) and dataclasses.is_dataclass(kind) and dataclasses.is_dataclass(value):
        return {name: typed_json(hint, getattr(value, name)) for name, hint in _fields(kind)}
    return to_json(value)


def _tagged(value: Any) -> Any:
    for tag, kind in _TAGGED:
        if isinstance(value, kind):
            return {_TAG: tag, "value": to_json(value)}
    if isinstance(value, Mapping):
        return {str(to_json(k)): _tagged(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [_tagged(v) for v in value]
    return to_json(value)


def _untagged(value: Any) -> Any:
    if isinstance(value, dict):
        if set(value) == {_TAG, "value"}:
            kind = dict(_TAGGED)[value[_TAG]]
            return _scalar(kind, value["value"])
        return {k: _untagged(v) for k, v in value.items()}
    if isinstance(value, list):
        return [_untagged(v) for v in value]
    return value


def typed(kind: Any, value: Any) -> Any:
    """Rebuild a value of type `kind` from its JSON (`typed_json`), nested containers and mapping keys included."""
    if kind is Any or kind is object or isinstance(kind, typing.TypeVar):
        return _untagged(value)
    origin = typing.get_origin(kind)
    args = typing.get_args(kind)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        options = [arg for arg in args if arg is not type(None)]
        return typed(options[0], value) if len(options) == 1 else value
    if value is None:
        return None
    if origin is tuple:
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(typed(args[0], item) for item in value)
        return tuple(typed(arg, item) for arg, item in zip(args, value, strict=True))
    if origin in _SETS or kind in (set, frozenset):
        item = args[0] if args else Any
        return frozenset(typed(item, element) for element in value)
    if origin in _MAPPINGS or kind in (dict, Mapping):
        key_kind, value_kind = args if len(args) == 2 else (Any, Any)
        return {typed(key_kind, k): typed(value_kind, v) for k, v in dict(value).items()}
    if origin in _SEQUENCES or kind in (list, tuple):
        item = args[0] if args else Any
        return [typed(item, element) for element in value]
    if isinstance(kind, type):
        return _scalar(kind, value)
    return value


@cache
def _fields(kind: type) -> tuple[tuple[str, Any], ...]:
    hints = typing.get_type_hints(kind)
    return tuple((f.name, hints.get(f.name, Any)) for f in dataclasses.fields(kind) if f.init)


def _scalar(kind: type, value: Any) -> Any:
    if dataclasses.is_dataclass(kind):
        data = dict(value)
        return kind(**{name: typed(hint, data[name]) for name, hint in _fields(kind) if name in data})
    if issubclass(kind, Enum):
        return kind(value)
    if kind is UUID:
        return UUID(str(value))
    if kind is Decimal:
        return Decimal(str(value))
    if kind is datetime:
        parsed = datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            raise ValueError("naive datetime in JSON")
        return parsed
    if kind is date:
        return date.fromisoformat(str(value))
    if kind is time:
        return time.fromisoformat(str(value))
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError("expected a boolean")
        return value
    if kind in (int, float, str):
        return kind(value)
    if kind is ZoneInfo:
        return ZoneInfo(str(value))
    return value
