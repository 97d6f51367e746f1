"""The heap of `digest serve`'s process: what its builds keep alive is kept out of the garbage collector's
sight, and the garbage among it is collected while the server is idle, not during a rebuild.

A rebuild after an edit makes a few hundred thousand new objects next to the millions the session keeps
(builder.render.session); Python's cyclic collector then runs a full collection over all of them about once a
rebuild: 0.6-0.8 s of a summary edit at N=10 000. `kept()` moves every object alive after a build into the
collector's permanent generation (`gc.freeze`), so the collections during the next build look only at the
objects made since. The cyclic garbage that froze with them (a replaced object that was part of a reference
cycle, ~10 000 objects a rebuild at N=1 000) is freed by `collect()`, which the dev server calls once the
rebuild is published and nothing has changed for a while (builder.serve.live.IDLE_S).
"""

from __future__ import annotations

import gc
import threading

_lock = threading.Lock()
_untidy = False  # whether objects were frozen since the last collect()


def kept() -> None:
    """After a build: every object alive now is kept out of the collections of the next one."""
    global _untidy
    with _lock:
        gc.freeze()
        _untidy = True


def untidy() -> bool:
    """Whether a build froze objects that no collection has looked at since."""
    return _untidy


def collect() -> int:
    """Free the cyclic garbage of the objects frozen by the builds since the last call (a full collection,
    ~0.7 s at N=10 000), then freeze what is left; returns the number of unreachable objects found."""
    global _untidy
    with _lock:
        if not _untidy:
            return 0
        gc.unfreeze()
        found = gc.collect()
        gc.freeze()
        _untidy = False
        return found
