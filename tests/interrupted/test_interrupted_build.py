"""Interrupted build: SIGKILL of `digest build` at random points, failures at chosen points, builds at once.

`digest build` renders into a fresh `.<out>.build-*` folder beside `--out` and swaps it in with one rename
(renameat2 RENAME_EXCHANGE when the site exists). So after any kill, `site/` must be absent (first build),
the complete old site or the complete new site, byte for byte the same as reference trees built beforehand,
and the next build must succeed, give the new site and clear what the killed one left behind. Two builds
of one `--out` at once: the second is refused by the lock with a clear message, or both are safe.

The SIGKILL runs are slow (real `python -m builder build` processes, killed after a random delay or as soon
as the output's parent folder shows a chosen change); the simulated failures run by default.
"""

from __future__ import annotations

import contextlib
import fcntl
import io
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass, replace
from pathlib import Path

import pytest

import builder.render.site as site_stage
from builder.commands.build import run_build
from builder.util import libc
from builder.util.fs import directory_lock
from tests.support.fixture_site import INITIATIVES, write_content

KILLS = int(os.environ.get("BUILD_KILLS", "30"))
LOCKED = "another digest command is already writing here; wait for it to finish and run this command again"


# ------------------------------------------------------------------------------------------------ helpers


def tree(folder: Path) -> dict[str, bytes] | None:
    """Every file of a folder by relative path (None if there is no folder)."""
    if not folder.is_dir():
        return None
    return {
        p.relative_to(folder).as_posix(): p.read_bytes() for p in sorted(folder.rglob("*")) if p.is_file()
    }


def new_content(folder: Path) -> Path:
    """The fixture as edited later: two titles and a body changed, one initiative removed, one added."""
    items = [i for i in INITIATIVES if i.slug != "saihan-district-new-groups"]
    changed = []
    for item in items:
        if item.slug == "huimin-district-organizational-strength":
            item = replace(
                item, title="回民区：组织力引领城市基层治理（修订）", body=item.body + "\n补充的一段。\n"
            )
        elif item.slug == "tianfu-new-area-micro-grids":
            item = replace(item, title="天府新区：微网格（修订）")
        changed.append(item)
    added = replace(INITIATIVES[2], slug="wantonglu-subdistrict-second-report", title="万通路街道：续篇")
    return write_content(folder, [*changed, added])


def build_cmd(content: Path, out: Path) -> list[str]:
    return [sys.executable, "-m", "builder", "build", "-q", "--content", str(content), "--out", str(out)]


def run_cli(content: Path, out: Path) -> subprocess.CompletedProcess[str]:
    return subprocess.run(build_cmd(content, out), capture_output=True, text=True, timeout=300, check=False)


def leftovers(out: Path) -> list[str]:
    return sorted(p.name for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.build-"))


def state(out: Path, refs: dict[str, dict[str, bytes] | None], where: str) -> str:
    """Which reference `out` holds ('absent', 'old', 'new'); fails on anything else (half a site)."""
    now = tree(out)
    for name, ref in refs.items():
        if now == ref:
            return name
    assert now is not None
    names = {name: ref for name, ref in refs.items() if ref is not None}
    nearest = min(names, key=lambda n: len(set(now) ^ set(names[n])))
    ref = names[nearest]
    missing = sorted(set(ref) - set(now))[:5]
    extra = sorted(set(now) - set(ref))[:5]
    differ = sorted(k for k in set(now) & set(ref) if now[k] != ref[k])[:5]
    raise AssertionError(
        f"{where}: {out} is no complete site (nearest {nearest}: {missing=} {extra=} {differ=})"
    )


def run_quietly(content: Path, out: Path) -> tuple[int, str]:
    """`digest build` in this process: (exit code, what it printed on stderr)."""
    err = io.StringIO()
    with contextlib.redirect_stderr(err):
        code = run_build(content, out, quiet=True)
    return code, err.getvalue()


@dataclass(frozen=True)
class Refs:
    old: Path  # content folders
    new: Path
    site_old: Path  # their sites, built uninterrupted
    site_new: Path


@pytest.fixture(scope="module")
def refs(tmp_path_factory: pytest.TempPathFactory) -> Refs:
    root = tmp_path_factory.mktemp("interrupted-build")
    old, new = write_content(root / "old"), new_content(root / "new")
    for name, content in (("old", old), ("new", new)):
        code, err = run_quietly(content, root / f"ref-{name}" / "site")
        assert code == 0, err
    return Refs(old, new, root / "ref-old" / "site", root / "ref-new" / "site")


def cli_seconds(refs: Refs, tmp_path: Path) -> float:
    """How long one uninterrupted CLI build takes here (and that it gives the reference site)."""
    started = time.monotonic()
    result = run_cli(refs.new, tmp_path / "timed" / "site")
    assert result.returncode == 0, result.stderr
    assert tree(tmp_path / "timed" / "site") == tree(refs.site_new)
    return time.monotonic() - started


def references(refs: Refs, *, first: bool) -> dict[str, dict[str, bytes] | None]:
    found: dict[str, dict[str, bytes] | None] = {"new": tree(refs.site_new)}
    if first:
        found["absent"] = None
    else:
        found["old"] = tree(refs.site_old)
    assert found["new"] and (first or found["old"] != found["new"])
    return found


# --------------------------------------------------------------------------- failures at a chosen point


class Crash(Exception):
    pass


@pytest.mark.parametrize("after", [0, 40, 98])
def test_a_build_that_fails_while_writing_leaves_the_old_site(refs, tmp_path, monkeypatch, after) -> None:
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    real = site_stage.render_site

    def failing(*args, **kwargs):  # type: ignore[no-untyped-def]
        for number, item in enumerate(real(*args, **kwargs)):
            if number == after:
                raise Crash(f"render failed after {after} files")
            yield item

    monkeypatch.setattr(site_stage, "render_site", failing)
    code, err = run_quietly(refs.new, out)
    assert code == 1
    assert f"render failed after {after} files" in err and f"{out} was left as it was" in err
    assert tree(out) == tree(refs.site_old)
    assert leftovers(out) == []


@pytest.mark.parametrize(
    "failing",
    [1, 2],
    ids=["first-rename", "second-rename"],
)
def test_a_failing_fallback_swap_leaves_the_old_site(refs, tmp_path, monkeypatch, failing) -> None:
    """No renameat2 exchange here, and one of the two renames of the fallback swap fails."""
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    monkeypatch.setattr(libc, "exchange_directories", lambda a, b: False)
    real_rename = os.rename
    calls = []

    def rename(src, dst):  # type: ignore[no-untyped-def]
        calls.append((Path(src).name, Path(dst).name))
        if len(calls) == failing:
            raise OSError(5, "Input/output error")
        return real_rename(src, dst)

    monkeypatch.setattr(os, "rename", rename)
    code, err = run_quietly(refs.new, out)
    assert code == 1 and f"{out} was left as it was" in err
    assert calls[0] == ("site", ".site.build-old")
    assert tree(out) == tree(refs.site_old)
    monkeypatch.undo()
    assert run_quietly(refs.new, out)[0] == 0
    assert tree(out) == tree(refs.site_new)
    assert leftovers(out) == []


KILL_BETWEEN_RENAMES = """
import os, signal, sys
from builder.commands.build import run_build
from builder.util import libc
libc.exchange_directories = lambda a, b: False  # a file system without RENAME_EXCHANGE
real, calls = os.rename, []
def rename(src, dst):
    calls.append(dst)
    if len(calls) == 2:  # the old site is aside, the new one not yet in place
        os.kill(os.getpid(), signal.SIGKILL)
    return real(src, dst)
os.rename = rename
sys.exit(run_build(sys.argv[1], sys.argv[2], quiet=True))
"""


@pytest.mark.parametrize("then", ["new", pytest.param("old", marks=pytest.mark.slow)])
def test_a_kill_between_the_two_renames_of_the_fallback_swap_loses_nothing(refs, tmp_path, then) -> None:
    """Without RENAME_EXCHANGE the swap takes two renames; a kill between them leaves no `site/` but the
    complete old site beside it, which the next build puts back (or replaces with the new one)."""
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    killed = subprocess.run(
        [sys.executable, "-c", KILL_BETWEEN_RENAMES, str(refs.new), str(out)],
        capture_output=True,
        timeout=300,
    )
    assert killed.returncode == -signal.SIGKILL, killed.stderr
    assert not out.exists()
    assert tree(tmp_path / ".site.build-old") == tree(refs.site_old)
    code, err = run_quietly(refs.new if then == "new" else refs.old, out)
    assert code == 0, err
    assert tree(out) == tree(refs.site_new if then == "new" else refs.site_old)
    assert leftovers(out) == []


def test_what_a_killed_build_leaves_is_cleared_by_the_next(refs, tmp_path) -> None:
    """A half-written temporary folder, the half-deleted old site of the fallback swap, a broken body cache
    and build stamp, and the lock file of a dead process: the next build succeeds, gives the new site and
    removes the debris."""
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    half = tmp_path / ".site.build-k3j9x_2a"
    shutil.copytree(refs.site_new, half)
    for path in sorted(half.rglob("*.html"))[::2]:
        path.write_bytes(path.read_bytes()[:100])
    (tmp_path / ".site.build-old").mkdir()
    (tmp_path / ".site.build-old" / "index.html").write_text("old", encoding="utf-8")
    cache = tmp_path / ".cache"
    cache.mkdir()
    (cache / "digest-site-bodies.json").write_text('{"version": "x", "entr', encoding="utf-8")
    (cache / ".digest-site-bodies.json.q8w7e6r5.tmp").write_text("{", encoding="utf-8")
    (cache / "digest-site-stamp.json").write_text('{"version": 1, "content": [', encoding="utf-8")
    holder = subprocess.Popen(
        [
            sys.executable,
            "-c",
            "import fcntl, os, sys, time\n"
            f"fd = os.open({str(tmp_path / '.site.digest.lock')!r}, os.O_RDWR | os.O_CREAT)\n"
            "fcntl.flock(fd, fcntl.LOCK_EX)\nprint('locked', flush=True)\ntime.sleep(60)\n",
        ],
        stdout=subprocess.PIPE,
        text=True,
    )
    assert holder.stdout is not None and holder.stdout.readline() == "locked\n"
    holder.send_signal(signal.SIGKILL)
    holder.wait()
    code, err = run_quietly(refs.new, out)
    assert code == 0, err
    assert tree(out) == tree(refs.site_new)
    assert leftovers(out) == []


def test_a_second_build_while_one_holds_the_lock_is_refused(refs, tmp_path) -> None:
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    with directory_lock(out):
        code, err = run_quietly(refs.new, out)
    assert code == 1
    assert err == f"digest build: {out}: {LOCKED}\n"
    assert tree(out) == tree(refs.site_old)


def test_a_symlinked_out_folder_is_built_through_or_refused(refs, tmp_path) -> None:
    target = tmp_path / "www" / "site"
    shutil.copytree(refs.site_old, target)
    link = tmp_path / "site"
    link.symlink_to(target, target_is_directory=True)
    code, err = run_quietly(refs.new, link)
    assert link.is_symlink(), "the link was replaced by a folder"
    if code == 0:
        assert tree(link) == tree(refs.site_new)
    else:
        assert code == 2 and "symbolic link" in err, err
        assert tree(target) == tree(refs.site_old)
    assert leftovers(link) == [] and leftovers(target) == []


# -------------------------------------------------------------------------------------- SIGKILL, slow


def _temp_dirs(out: Path) -> list[Path]:
    try:
        return [p for p in out.parent.iterdir() if p.name.startswith(f".{out.name}.build-") and p.is_dir()]
    except FileNotFoundError:
        return []


def _count_files(folder: Path) -> int:
    total = 0
    for _dirpath, _dirs, files in os.walk(folder):
        total += len(files)
    return total


def _inode(path: Path) -> int | None:
    try:
        return path.stat().st_ino
    except FileNotFoundError:
        return None


def kill_at(content: Path, out: Path, trigger: tuple[str, float]) -> bool:
    """Start a build, SIGKILL it at the trigger; True if it was still running then.

    ("time", s): s seconds after the start.  ("files", k): once the temporary folder holds k files (inside
    the write phase whatever the machine's speed).  ("swap", 0): as soon as `out` is another folder (right
    after the rename, while the old tree is being deleted).
    """
    kind, value = trigger
    inode = _inode(out)
    proc = subprocess.Popen(build_cmd(content, out), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    began = time.monotonic()
    while proc.poll() is None:
        if kind == "time":
            fire = time.monotonic() - began >= value
        elif kind == "files":
            fire = any(_count_files(d) >= value for d in _temp_dirs(out))
        else:
            fire = _inode(out) != inode
        if fire:
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.005 if kind == "time" else 0.0002)
    return False


def triggers(rng: random.Random, seconds: float, files: int, count: int) -> list[tuple[str, float]]:
    """A third after a random delay, a half at a random file of the write phase, the rest at the swap."""
    found: list[tuple[str, float]] = []
    for i in range(count):
        if i % 6 in (0, 3):
            found.append(("time", round(rng.uniform(0.0, seconds * 1.1), 3)))
        elif i % 6 == 5:
            found.append(("swap", 0))
        else:
            found.append(("files", rng.randint(1, files)))
    return found


@pytest.mark.slow
def test_killed_first_builds_leave_no_site_or_the_complete_one(refs, tmp_path) -> None:
    expected = references(refs, first=True)
    out = tmp_path / "out" / "site"
    rng = random.Random(8)
    seen: dict[str, int] = {}
    seconds = cli_seconds(refs, tmp_path)
    for number, trigger in enumerate(triggers(rng, seconds, len(expected["new"] or {}), KILLS // 2)):
        if out.parent.exists():
            shutil.rmtree(out.parent)
        out.parent.mkdir()
        killed = kill_at(refs.new, out, trigger)
        got = state(out, expected, f"kill {number} at {trigger} ({'killed' if killed else 'finished'})")
        seen[got] = seen.get(got, 0) + 1
        if number % 3 == 2:
            result = run_cli(refs.new, out)
            assert result.returncode == 0, result.stderr
            assert state(out, expected, f"build after kill {number}") == "new"
            assert leftovers(out) == []
    assert seen.get("absent", 0) >= 2 and seen.get("new", 0) >= 1, seen
    print(f"states after {KILLS // 2} kills of a first build: {seen}")


@pytest.mark.slow
def test_killed_rebuilds_leave_the_old_or_the_new_site(refs, tmp_path) -> None:
    """Kills while the new content replaces a built site; each run starts from what the last kill left."""
    expected = references(refs, first=False)
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    rng = random.Random(20250627)
    seen: dict[str, int] = {}
    debris: set[str] = set()
    seconds = cli_seconds(refs, tmp_path)
    for number, trigger in enumerate(triggers(rng, seconds, len(expected["new"] or {}), KILLS)):
        killed = kill_at(refs.new, out, trigger)
        got = state(out, expected, f"kill {number} at {trigger} ({'killed' if killed else 'finished'})")
        seen[got] = seen.get(got, 0) + 1
        debris |= set(leftovers(out))
        if number % 4 == 3:
            result = run_cli(refs.new, out)
            assert result.returncode == 0, result.stderr
            assert state(out, expected, f"build after kill {number}") == "new"
            assert leftovers(out) == []
        if got == "new" or number % 4 == 3:
            shutil.rmtree(out)
            shutil.copytree(refs.site_old, out)
    result = run_cli(refs.new, out)
    assert result.returncode == 0, result.stderr
    assert state(out, expected, "final build") == "new"
    assert leftovers(out) == []
    assert seen.get("old", 0) >= 3 and seen.get("new", 0) >= 1, seen
    print(f"states after {KILLS} kills: {seen}; temporary folders left by kills: {len(debris)}")


def _wait_until_locked(lock: Path, proc: subprocess.Popen[str], seconds: float = 60) -> bool:
    """Poll until another process holds the flock on `lock` (True), or `proc` ended first (False)."""
    deadline = time.monotonic() + seconds
    while time.monotonic() < deadline and proc.poll() is None:
        if lock.exists():
            fd = os.open(lock, os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(fd, fcntl.LOCK_UN)
            except BlockingIOError:
                return True
            finally:
                os.close(fd)
        time.sleep(0.001)
    return False


@pytest.mark.slow
def test_a_build_started_while_another_writes_is_refused(refs, tmp_path) -> None:
    """The first build is stopped (SIGSTOP) while it holds the lock, so the second surely meets it."""
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    first = subprocess.Popen(
        build_cmd(refs.new, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:
        assert _wait_until_locked(tmp_path / ".site.digest.lock", first), (
            "the first build never took the lock"
        )
        first.send_signal(signal.SIGSTOP)
        second = run_cli(refs.new, out)
    finally:
        first.send_signal(signal.SIGCONT)
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 1
    assert second.stderr == f"digest build: {out}: {LOCKED}\n"
    assert tree(out) == tree(refs.site_new)
    assert leftovers(out) == []


@pytest.mark.slow
def test_two_builds_started_together_are_safe(refs, tmp_path) -> None:
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    procs = [
        subprocess.Popen(build_cmd(content, out), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True)
        for content in (refs.new, refs.new)
    ]
    results = [(p.wait(timeout=300), p.communicate()[1]) for p in procs]
    assert sorted(code for code, _ in results) in ([0, 0], [0, 1]), results
    for code, err in results:
        assert code == 0 or err == f"digest build: {out}: {LOCKED}\n", err
    assert tree(out) == tree(refs.site_new)
    assert leftovers(out) == []


@pytest.mark.slow
def test_a_build_through_a_symlink_meets_the_lock_of_a_build_through_the_real_path(refs, tmp_path) -> None:
    target = tmp_path / "www" / "site"
    shutil.copytree(refs.site_old, target)
    link = tmp_path / "site"
    link.symlink_to(target, target_is_directory=True)
    first = subprocess.Popen(
        build_cmd(refs.new, target), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    try:  # stop the first build in its write phase, its temporary folder half full
        deadline = time.monotonic() + 60
        while first.poll() is None and time.monotonic() < deadline:
            if any(_count_files(d) >= 10 for d in _temp_dirs(target)):
                first.send_signal(signal.SIGSTOP)
                break
            time.sleep(0.0002)
        assert first.poll() is None, "the first build ended before it could be stopped"
        second = run_cli(refs.new, link)
    finally:
        first.send_signal(signal.SIGCONT)
    _, err = first.communicate(timeout=300)
    assert link.is_symlink(), "the link was replaced by a folder"
    state(target, references(refs, first=False), "after both builds")  # never half a site
    assert first.returncode == 0, err
    assert second.returncode == 1 and second.stderr.endswith(f"{LOCKED}\n"), second.stderr
    assert tree(target) == tree(refs.site_new)
    assert leftovers(link) == [] and leftovers(target) == []


@pytest.mark.slow
def test_many_builds_at_once_are_safe(refs, tmp_path) -> None:
    out = tmp_path / "site"
    shutil.copytree(refs.site_old, out)
    procs = [
        subprocess.Popen(build_cmd(refs.new, out), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE)
        for _ in range(4)
    ]
    codes = [p.wait(timeout=300) for p in procs]
    assert 0 in codes and set(codes) <= {0, 1}, codes
    print(f"exit codes of 4 builds at once: {codes}")
    for proc, code in zip(procs, codes, strict=True):
        assert proc.stderr is not None
        message = proc.stderr.read().decode("utf-8")
        assert code == 0 or message == f"digest build: {out}: {LOCKED}\n", message
    assert tree(out) == tree(refs.site_new)
    assert leftovers(out) == []
