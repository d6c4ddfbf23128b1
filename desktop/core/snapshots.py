"""Frozen content: a dataclass (a document's data) as plain JSON and back, and its canonical bytes and SHA-256.

An issued document is rendered from the content frozen when its record was issued, never from live rows, so its
data must survive storage exactly: decimals stay decimals, dates dates, enumerations their members. Values typed
``Any`` (the letterhead settings) keep their kind with a small tag (``{"$decimal": "70"}``).
"""

from __future__ import annotations

import dataclasses
import hashlib
import json
import types
import typing
from datetime import date, datetime
from decimal import Decimal
from enum import Enum
from functools import cache
from typing import Any


class SnapshotError(ValueError):
    """The stored content does not fit the data class (a defect, or a record edited outside the application)."""


def to_plain(value: Any) -> Any:
    """JSON-ready: dataclasses as objects, tuples as lists, decimals/dates/enums as text (tagged when untyped)."""
    if dataclasses.is_dataclass(value) and not isinstance(value, type):
        return {f.name: to_plain(getattr(value, f.name)) for f in dataclasses.fields(value)}
    if isinstance(value, Enum):
        return value.value
    if isinstance(value, bool | int | str) or value is None:
        return value
    if isinstance(value, float):
        return value
    if isinstance(value, Decimal):
        return {"$decimal": str(value)}
    if isinstance(value, datetime):
        return {"$datetime": value.isoformat()}
    if isinstance(value, date):
        return {"$date": value.isoformat()}
    if isinstance(value, tuple | list):
        return [to_plain(item) for item in value]
    if isinstance(value, dict):
        return {str(key): to_plain(item) for key, item in value.items()}
    raise SnapshotError(f"cannot freeze a value of type {type(value).__name__}")


def _untagged(value: Any) -> Any:
    """A value typed ``Any``: tagged decimals, dates and datetimes back to their kind."""
    if isinstance(value, dict):
        if len(value) == 1:
            (tag, text), = value.items()
            if tag == "$decimal":
                return Decimal(text)
            if tag == "$datetime":
                return datetime.fromisoformat(text)
            if tag == "$date":
                return date.fromisoformat(text)
        return {key: _untagged(item) for key, item in value.items()}
    if isinstance(value, list):
        return [_untagged(item) for item in value]
    return value


@cache
def _hints(cls: type) -> dict[str, Any]:
    return typing.get_type_hints(cls)


def from_plain(kind: Any, value: Any) -> Any:
    """The inverse of ``to_plain`` for the type ``kind`` (a dataclass, or any annotation it uses)."""
    if kind is Any or kind is object:
        return _untagged(value)
    origin = typing.get_origin(kind)
    if origin in (typing.Union, types.UnionType):
        options = typing.get_args(kind)
        if value is None and type(None) in options:
            return None
        for option in options:
            if option is type(None):
                continue
            try:
                return from_plain(option, value)
            except (SnapshotError, TypeError, ValueError, KeyError):
                continue
        raise SnapshotError(f"{value!r} fits none of {kind}")
    if origin is tuple:
        args = typing.get_args(kind)
        if len(args) == 2 and args[1] is Ellipsis:
            return tuple(from_plain(args[0], item) for item in value)
        return tuple(from_plain(arg, item) for arg, item in zip(args, value, strict=True))
    if origin is list:
        (arg,) = typing.get_args(kind) or (Any,)
        return [from_plain(arg, item) for item in value]
    if origin is dict:
        _, arg = typing.get_args(kind) or (str, Any)
        return {key: from_plain(arg, item) for key, item in value.items()}
    if dataclasses.is_dataclass(kind):
        if not isinstance(value, dict):
            raise SnapshotError(f"{kind.__name__}: expected an object, got {type(value).__name__}")
        hints = _hints(kind)
        names = {f.name for f in dataclasses.fields(kind)}
        return kind(**{name: from_plain(hints[name], item) for name, item in value.items() if name in names})
    if isinstance(kind, type) and issubclass(kind, Enum):
        return kind(value)
    if kind is Decimal:
        return _untagged(value) if isinstance(value, dict) else Decimal(str(value))
    if kind is datetime:
        return _untagged(value) if isinstance(value, dict) else datetime.fromisoformat(value)
    if kind is date:
        return _untagged(value) if isinstance(value, dict) else date.fromisoformat(value)
    if kind in (str, int, bool, float):
        if not isinstance(value, kind):
            raise SnapshotError(f"expected {kind.__name__}, got {value!r}")
        return value
    if kind is type(None):
        if value is not None:
            raise SnapshotError(f"expected nothing, got {value!r}")
        return None
    raise SnapshotError(f"cannot thaw a value of type {kind!r}")


def canonical_bytes(plain: Any) -> bytes:
    """The one serialisation that is hashed: sorted keys, no spaces, UTF-8."""
    return json.dumps(plain, ensure_ascii=False, sort_keys=True, separators=(",", ":")).encode("utf-8")


def content_sha256(plain: Any) -> str:
    return hashlib.sha256(canonical_bytes(plain)).hexdigest()
