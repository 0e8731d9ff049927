"""JSON for domain dataclasses: one codec for the outbox, the HTTP gateway and the audit trail.

`to_json` turns dataclasses, UUIDs, Decimals, dates, times, aware datetimes and enums into JSON
values (money as strings, never floats); `from_json(cls, value)` rebuilds a typed value from the
dataclass's annotations.
"""

from __future__ import annotations

import dataclasses
import types
import typing
from collections.abc import Mapping
from datetime import date, datetime, time
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any, TypeVar, Union, get_args, get_origin
from uuid import UUID
from zoneinfo import ZoneInfo

T = TypeVar("T")


def to_json(value: Any) -> Any:
    if value is None or isinstance(value, bool | int | str):
        return value
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, float):
        return value
    if isinstance(value, Decimal):
        return str(value)
    if isinstance(value, UUID):
        return str(value)
    if isinstance(value, datetime):
        if value.tzinfo is None:
            raise ValueError("naive datetime cannot be encoded")
        return value.isoformat()
    if isinstance(value, date | time):
        return value.isoformat()
    if isinstance(value, ZoneInfo):
        return value.key
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_json(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Mapping):
        return {str(k): to_json(v) for k, v in value.items()}
    if isinstance(value, list | tuple | set | frozenset):
        return [to_json(v) for v in value]
    raise TypeError(f"cannot encode {type(value).__name__}")


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_json(kind: Any, value: Any) -> Any:
    """Decode `value` into the type `kind` (a dataclass, a scalar type or a typing construct)."""
    if kind is Any or kind is object:
        return value
    origin = get_origin(kind)
    if origin in (Union, types.UnionType):
        if value is None:
            return None
        options = [arg for arg in get_args(kind) if arg is not type(None)]
        return from_json(options[0], value) if len(options) == 1 else value
    if value is None:
        return None
    if origin in (tuple,):
        args = get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_json(args[0], item) for item in value)
        return tuple(from_json(arg, item) for arg, item in zip(args, value, strict=True))
    if origin in (list,):
        return [from_json(get_args(kind)[0], item) for item in value]
    if origin in (frozenset, set):
        return frozenset(from_json(get_args(kind)[0], item) for item in value)
    if origin in (dict, Mapping) or kind in (dict, Mapping) or origin is typing.Mapping:
        return dict(value)
    if isinstance(kind, type):
        return _scalar(kind, value)
    return value


def _scalar(kind: type, value: Any) -> Any:
    if dataclasses.is_dataclass(kind):
        hints = _hints(kind)
        known = {f.name for f in dataclasses.fields(kind) if f.init}
        return kind(**{k: from_json(hints[k], v) for k, v in dict(value).items() if k in known})
    if issubclass(kind, Enum):
        return kind(value)
    if kind is UUID:
        return value if isinstance(value, UUID) else UUID(str(value))
    if kind is Decimal:
        return Decimal(str(value))
    if kind is datetime:
        parsed = value if isinstance(value, datetime) else datetime.fromisoformat(str(value))
        if parsed.tzinfo is None:
            raise ValueError("naive datetime in JSON")
        return parsed
    if kind is date:
        return value if isinstance(value, date) else date.fromisoformat(str(value))
    if kind is time:
        return value if isinstance(value, time) else time.fromisoformat(str(value))
    if kind is bool:
        if not isinstance(value, bool):
            raise ValueError("expected a boolean")
        return value
    if kind in (int, str, float):
        return kind(value)
    return value


def decode(cls: type[T], value: Any) -> T:
    result: T = from_json(cls, value)
    return result
