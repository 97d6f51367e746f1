"""Digests of values, the same for equal values in any process (the input digests of pages,
builder.render.incremental): `value_digest` by a canonical encoding, `fast_digest` through pickle at C speed."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import pickle
import re
from typing import Any


def feed(h: Any, value: Any) -> None:
    """Feed a canonical encoding of `value` to the hash `h` (independent of object identity and of the
    order of sets; an object it cannot encode makes its page always dirty, never wrongly clean)."""
    if value is None or isinstance(value, (bool, int, float)):
        h.update(f"{type(value).__name__}:{value!r};".encode())
    elif isinstance(value, str):
        h.update(f"s{len(value)}:".encode())
        h.update(value.encode("utf-8", "surrogatepass"))
    elif isinstance(value, (list, tuple)):
        h.update(f"l{len(value)}[".encode())
        for item in value:
            feed(h, item)
        h.update(b"]")
    elif isinstance(value, dict):
        h.update(f"d{len(value)}{{".encode())
        for key, item in dict.items(value):
            feed(h, key)
            feed(h, item)
        h.update(b"}")
    elif isinstance(value, (set, frozenset)):
        h.update(b"set")
        feed(h, sorted(repr(v) for v in value))
    elif isinstance(value, enum.Enum):
        h.update(f"e{value!r};".encode())
    elif dataclasses.is_dataclass(value) and not isinstance(value, type):
        h.update(f"c{type(value).__qualname__}(".encode())
        for f in dataclasses.fields(value):
            feed(h, getattr(value, f.name))
        h.update(b")")
    elif type(value).__module__ == "numpy" and hasattr(value, "item"):
        h.update(f"np{type(value).__name__}:".encode())
        feed(h, value.item() if getattr(value, "ndim", 0) == 0 else value.tolist())
    elif isinstance(value, re.Pattern):
        h.update(f"re{value.flags}:".encode())
        feed(h, value.pattern)
    else:
        h.update(pickle.dumps(object()))  # unknown: a fresh object's bytes never match the last build


def value_digest(value: Any) -> bytes:
    """A digest of `value` (a page's input), the same for equal values in any process."""
    h = hashlib.blake2b(digest_size=16)
    feed(h, value)
    return h.digest()


class _ValueHash(io.RawIOBase):
    """A file that hashes what is written to it."""

    def __init__(self) -> None:
        self.h = hashlib.blake2b(digest_size=16)

    def writable(self) -> bool:
        return True

    def write(self, data: Any) -> int:
        self.h.update(data)
        return len(data)


def fast_digest(value: Any) -> bytes:
    """`value_digest` through pickle without its memo (so object identity does not count), at C speed.
    Sets pickle in hash order, which varies between processes: a value holding one then only looks
    changed (rendered again), never unchanged when it is not."""
    sink = _ValueHash()
    pickler = pickle.Pickler(sink, protocol=pickle.HIGHEST_PROTOCOL)
    pickler.fast = True  # no memo: equal values give equal bytes
    try:
        pickler.dump(value)
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, RecursionError):
        return value_digest(value)
    return sink.h.digest()
