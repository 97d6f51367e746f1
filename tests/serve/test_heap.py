"""digest serve's heap (builder.serve.heap): what a build leaves alive is frozen out of the next build's
garbage collections; the cyclic garbage frozen with it is freed by `collect`, which the dev server runs once
it has been idle for IDLE_S after a rebuild."""

from __future__ import annotations

import gc
import time
import weakref
from pathlib import Path

import pytest

from builder.serve import heap, live
from builder.serve.live import DevServer
from tests.support.editing import make_content


class Node:
    """An object in a reference cycle: only the cyclic collector frees it."""

    def __init__(self) -> None:
        self.me = self


@pytest.fixture(autouse=True)
def _thawed():  # type: ignore[no-untyped-def]
    """Each test starts and ends with nothing frozen (the rest of the test run collects as usual)."""
    heap.collect()
    gc.unfreeze()
    yield
    heap.collect()
    gc.unfreeze()


def test_a_build_freezes_what_is_alive_and_collect_frees_the_frozen_cycles() -> None:
    node = Node()
    dead = weakref.ref(node)
    heap.kept()
    assert heap.untidy()
    assert gc.is_tracked(node) and gc.get_freeze_count() > 0
    del node
    gc.collect()
    assert dead() is not None  # frozen: a full collection does not look at it
    assert heap.collect() >= 1
    assert dead() is None and not heap.untidy()
    assert gc.get_freeze_count() > 0  # what is still alive is frozen again
    assert heap.collect() == 0  # nothing built since: nothing to do


def test_the_dev_server_tidies_once_after_a_quiet_moment(
    tmp_path: Path, monkeypatch: pytest.MonkeyPatch
) -> None:
    calls: list[int] = []
    server = DevServer(
        make_content(tmp_path),
        tmp_path / "site",
        build=lambda content, out: None,
        theme_dir=tmp_path / "theme",
        quiet=True,
        tidy=lambda: calls.append(1),
    )
    server.idle()
    assert calls == []  # nothing built yet
    assert server.rebuild() is True
    server.idle()
    assert calls == []  # too soon: the open pages are reloading
    monkeypatch.setattr(live, "IDLE_S", 0.0)
    time.sleep(0.01)
    server.idle()
    server.idle()
    assert calls == [1]  # once per rebuild
    server.rebuild()
    server.idle()
    assert calls == [1, 1]
