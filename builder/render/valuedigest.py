"""Digests of values, the same for equal values in any process (the input digests of pages,
builder.render.inputdigests): `value_digest` by a canonical encoding, `fast_digest` through pickle at C speed."""

from __future__ import annotations

import dataclasses
import enum
import hashlib
import io
import pickle
import re
import threading
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


class _TextAsBytes(pickle.Pickler):
    """A pickler writing each non-ASCII string as its UTF-8 bytes (a persistent id). The C pickler writes a
    `str` through PyUnicode_AsUTF8AndSize, which keeps a UTF-8 copy inside every non-ASCII string it
    writes for as long as the string lives: digesting the site index's initiatives and fields left such a
    copy in every body, title and rendered paragraph to the end of the build (~23 MiB at N=1 000). The
    bytes `str.encode` makes die with the value's pickle."""

    def persistent_id(self, obj: Any) -> bytes | None:
        if type(obj) is str and not obj.isascii():
            return obj.encode("utf-8", "surrogatepass")
        return None


class _Pickling(threading.local):
    """One pickler per thread writing into one buffer, reused from value to value: making a pickler and a
    hashing file per value was two thirds of a small value's digest (237 000 of them in a 10 000 build)."""

    def __init__(self) -> None:
        self.reset()

    def reset(self) -> None:
        self.buffer = io.BytesIO()
        self.pickler = _TextAsBytes(self.buffer, protocol=pickle.HIGHEST_PROTOCOL)
        self.pickler.fast = True  # no memo: equal values give equal bytes


_PICKLING = _Pickling()
_KEEP_BYTES = 1 << 20  # a buffer grown past this by a large value is let go after it


def fast_digest(value: Any) -> bytes:
    """`value_digest` through pickle without its memo (so object identity does not count), at C speed.
    Sets pickle in hash order, which varies between processes: a value holding one then only looks
    changed (rendered again), never unchanged when it is not."""
    state = _PICKLING
    buffer = state.buffer
    buffer.seek(0)
    buffer.truncate()
    try:
        state.pickler.dump(value)
    except (pickle.PicklingError, TypeError, ValueError, AttributeError, RecursionError):
        state.reset()  # a dump that failed half-way leaves the pickler's frame unfinished
        return value_digest(value)
    digest = hashlib.blake2b(buffer.getbuffer(), digest_size=16).digest()
    if buffer.tell() > _KEEP_BYTES:
        state.reset()
    return digest
