"""Interrupted ingest: SIGKILL at random points, crashes at chosen points, and two ingests at once.

After every kill, content/ must hold, file by file, either the complete old or the complete new version
(every .md file parses and equals one of them), the ingest state must be readable JSON, and editors' edits
must never be lost: after a final uninterrupted run the tree equals that of an uninterrupted run, edits
included. Temporary files a kill leaves behind (`.<name>.<random>.tmp`, from fsutil.atomic_write_bytes) are
never read as content.

The SIGKILL tests are slow (dozens of real `python -m builder ingest` runs); the simulated crashes at a
chosen point (in-process) are quick and run by default.
"""

from __future__ import annotations

import fcntl
import io
import json
import os
import random
import shutil
import signal
import subprocess
import sys
import time
from dataclasses import dataclass
from pathlib import Path

import pytest

import builder.ingest.ingestwrite as ingestwrite
from builder.cli import main
from builder.commands.check import run_check
from builder.content.frontmatter import parse_yaml, render_file, split
from builder.content.loader import load_content
from builder.ingest.ingestplan import STATE_FILE
from builder.ingest.pipeline import ingest
from builder.util.fs import atomic_write_text
from tests.support.repo import ROOT, SEEDS

KILLS_PER_SCENARIO = int(os.environ.get("INGEST_KILLS", "36"))


pytestmark = pytest.mark.usefixtures("no_fsync")  # in-process ingests skip fsync (see tests/conftest.py)


# ------------------------------------------------------------------------------------------------ helpers


def ingest_cmd(seeds: Path, content: Path) -> list[str]:
    return [sys.executable, "-m", "builder", "ingest", "-q", "--seeds", str(seeds), "--content", str(content)]


def md_files(content: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(content.glob("*.md"))}


def temp_files(content: Path) -> list[str]:
    return sorted(p.name for p in content.iterdir() if p.name.startswith(".") and p.name.endswith(".tmp"))


def read(path: Path) -> tuple[dict, str]:
    pieces = split(path.read_text(encoding="utf-8"))
    return parse_yaml(pieces), pieces.body


def by_source(content: Path, file_prefix: str, part: int) -> Path:
    for path in sorted(content.glob("*.md")):
        data, _ = read(path)
        if data["source"]["file"].startswith(file_prefix) and data["source"]["part"] == part:
            return path
    raise AssertionError(f"no file for {file_prefix}#{part}")


def new_seeds(folder: Path) -> Path:
    """The seeds as a later edition prints them: the same articles, reworded (23 of 27 files change)."""
    folder.mkdir(parents=True, exist_ok=True)
    for path in sorted(SEEDS.glob("*.txt")):
        text = (
            path.read_text(encoding="utf-8").replace("基层治理", "基层社会治理").replace("党员", "共产党员")
        )
        (folder / path.name).write_text(text, encoding="utf-8")
    return folder


@dataclass
class Edits:
    """What the editors did to the content, and how to check it is still there."""

    title_file: str
    themes_file: str
    deleted: str
    renamed: str


EDITED_TITLE = "回民区：编辑改过的标题"
EDITED_THEMES = ["red-property"]
ADDED_PARAGRAPH = "编辑补充的一段说明。"


def apply_edits(content: Path) -> Edits:
    a = by_source(content, "001_", 1)
    data, body = read(a)
    data["title"] = EDITED_TITLE
    data["level"] = "township"
    a.write_text(render_file(data, body + "\n" + ADDED_PARAGRAPH + "\n"), encoding="utf-8")

    b = by_source(content, "002_", 1)
    data, body = read(b)
    data["themes"] = EDITED_THEMES
    data["note"] = "编辑备注"
    data["summary"] = "编辑写的摘要。"
    b.write_text(render_file(data, body), encoding="utf-8")

    c = by_source(content, "003_", 2)
    c.unlink()

    d = by_source(content, "004_", 1)
    data, body = read(d)
    data["slug"] = "renamed-by-editor"
    d.unlink()
    (content / "renamed-by-editor.md").write_text(render_file(data, body), encoding="utf-8")
    return Edits(a.name, b.name, c.name, "renamed-by-editor.md")


def assert_edits_kept(content: Path, edits: Edits) -> None:
    data, body = read(content / edits.title_file)
    assert data["title"] == EDITED_TITLE and data["level"] == "township"
    assert body.rstrip().endswith(ADDED_PARAGRAPH)
    data, _ = read(content / edits.themes_file)
    assert (
        data["themes"] == EDITED_THEMES and data["note"] == "编辑备注" and data["summary"] == "编辑写的摘要。"
    )
    assert not (content / edits.deleted).exists()
    data, _ = read(content / edits.renamed)
    assert data["slug"] == "renamed-by-editor" and data["source"]["file"].startswith("004_")


def assert_old_or_new(content: Path, old: dict[str, bytes], new: dict[str, bytes], where: str) -> bool:
    """Every .md file is complete and is its old or its new version; True if the tree mixes both."""
    now = md_files(content)
    mixed_old = mixed_new = False
    for name in sorted(set(old) | set(new) | set(now)):
        versions = {old.get(name), new.get(name)}
        assert now.get(name) in versions, f"{where}: {name} is neither its old nor its new version"
        if name in now:
            read(content / name)  # parses
        if now.get(name) != new.get(name):
            mixed_old = True
        if now.get(name) != old.get(name):
            mixed_new = True
    state = content / STATE_FILE
    if state.exists():
        json.loads(state.read_text(encoding="utf-8"))
    loaded = load_content(content)
    assert all(item.error is None for item in loaded), where
    assert not [item for item in loaded if item.path.name.endswith(".tmp")]
    return mixed_old and mixed_new


def run_once(seeds: Path, content: Path) -> float:
    started = time.monotonic()
    result = subprocess.run(
        ingest_cmd(seeds, content), capture_output=True, text=True, timeout=300, check=False
    )
    assert result.returncode == 0, result.stderr[-2000:]
    return time.monotonic() - started


def _files_now(content: Path) -> dict[str, tuple[int, int]]:
    found = {}
    for path in content.iterdir():
        if path.name.endswith(".tmp") or not path.is_file():
            continue
        try:
            info = path.stat()
        except FileNotFoundError:
            continue
        found[path.name] = (info.st_mtime_ns, info.st_size)
    return found


def _changed(start: dict[str, tuple[int, int]], content: Path) -> int:
    now = _files_now(content)
    return sum(1 for name, value in now.items() if start.get(name) != value)


def measure(seeds: Path, content: Path) -> tuple[float, int]:
    """Run once, uninterrupted: (seconds, files it changed, the state file counted once)."""
    start = _files_now(content)
    seconds = run_once(seeds, content)
    return seconds, _changed(start, content)


def kill_at(seeds: Path, content: Path, trigger: tuple[str, float]) -> bool:
    """Start an ingest and SIGKILL it at the trigger: ("time", seconds) after the start, or ("changes", k)
    as soon as k files of content/ have changed (a point inside the write phase, whatever the machine's
    speed). True if it was killed while still running."""
    kind, value = trigger
    start = _files_now(content)
    proc = subprocess.Popen(ingest_cmd(seeds, content), stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    began = time.monotonic()
    while proc.poll() is None:
        if (kind == "time" and time.monotonic() - began >= value) or (
            kind == "changes" and _changed(start, content) >= value
        ):
            proc.send_signal(signal.SIGKILL)
            proc.wait()
            return True
        time.sleep(0.0005 if kind == "changes" else 0.005)
    return False


def triggers(rng: random.Random, seconds: float, changes: int, count: int) -> list[tuple[str, float]]:
    """Two thirds inside the write phase (after 1 .. all changed files), a third at any moment of the run."""
    return [
        ("changes", rng.randint(1, max(1, changes))) if i % 3 else ("time", rng.uniform(0.0, seconds * 1.05))
        for i in range(count)
    ]


# ------------------------------------------------------------------------------------------ the states


@pytest.fixture(scope="module")
def states(tmp_path_factory):
    """Old state (an ingest, then editors' edits), new seeds, and the reference new state."""
    root = tmp_path_factory.mktemp("states")
    content = root / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    assert ingest(SEEDS, content).errors == []
    first = md_files(content)
    edits = apply_edits(content)
    old = root / "old"
    shutil.copytree(content, old)
    seeds = new_seeds(root / "new-seeds")
    reference = root / "reference"
    shutil.copytree(old, reference)
    window = measure(seeds, reference)
    assert_edits_kept(reference, edits)
    return {
        "first": first,
        "old": old,
        "seeds": seeds,
        "reference": reference,
        "edits": edits,
        "window": window,
    }


# -------------------------------------------------------------------------------------- SIGKILL, slow


@pytest.mark.slow
def test_killed_first_ingests_leave_each_file_absent_or_complete(states, tmp_path):
    """The very first ingest into an empty content/, killed at random points."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    seconds, changes = measure(SEEDS, content)
    expected = md_files(content)
    assert expected == states["first"]
    rng = random.Random(8)
    mixed = 0
    for number, trigger in enumerate(triggers(rng, seconds, changes, KILLS_PER_SCENARIO // 2)):
        shutil.rmtree(content)
        shutil.copytree(ROOT / "content" / "_data", content / "_data")
        kill_at(SEEDS, content, trigger)
        mixed += assert_old_or_new(content, {}, expected, f"kill {number} at {trigger}")
    assert mixed >= 2, "too few kills landed while files were being written"


@pytest.mark.slow
def test_killed_ingests_after_editors_changes_never_lose_an_edit(states, tmp_path):
    """New seeds over edited content: kills at random points, each run starting from what the last kill left;
    every fourth kill is followed by an uninterrupted run that must give the reference tree exactly."""
    old, new = md_files(states["old"]), md_files(states["reference"])
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    rng = random.Random(20250627)
    mixed = 0
    leftovers: set[str] = set()
    for number, trigger in enumerate(triggers(rng, *states["window"], KILLS_PER_SCENARIO)):
        kill_at(states["seeds"], content, trigger)
        mixed += assert_old_or_new(content, old, new, f"kill {number} at {trigger}")
        leftovers |= set(temp_files(content))
        if number % 4 == 3:
            run_once(states["seeds"], content)
            assert md_files(content) == new, f"after kill {number} and a full run"
            assert_edits_kept(content, states["edits"])
            shutil.rmtree(content)
            shutil.copytree(states["old"], content)
    run_once(states["seeds"], content)
    assert md_files(content) == new
    assert_edits_kept(content, states["edits"])
    assert mixed >= 3, "too few kills landed while files were being written"
    # Whatever temporary files the kills left are never content: `digest check` neither reads nor flags them.
    out = io.StringIO()
    run_check(content, out=out)
    assert ".tmp" not in out.getvalue()
    assert not [d for d in load_content(content) if d.path.name.endswith(".tmp")]
    print(
        f"{mixed} of {KILLS_PER_SCENARIO} kills left a mix of old and new files; temporary files left: {sorted(leftovers)}"
    )


@pytest.mark.slow
def test_two_ingests_at_once_one_is_refused_by_the_lock(states, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    lock = content.parent / f".{content.name}.digest.lock"
    first = subprocess.Popen(
        ingest_cmd(states["seeds"], content), stdout=subprocess.PIPE, stderr=subprocess.PIPE, text=True
    )
    deadline = time.monotonic() + 60
    while time.monotonic() < deadline and first.poll() is None:  # wait until the first holds the lock
        if lock.exists():
            fd = os.open(lock, os.O_RDWR)
            try:
                fcntl.flock(fd, fcntl.LOCK_EX | fcntl.LOCK_NB)
                fcntl.flock(fd, fcntl.LOCK_UN)
            except BlockingIOError:
                break
            finally:
                os.close(fd)
        time.sleep(0.005)
    second = subprocess.run(
        ingest_cmd(states["seeds"], content), capture_output=True, text=True, timeout=300, check=False
    )
    _, err = first.communicate(timeout=300)
    assert first.returncode == 0, err
    assert second.returncode == 1
    assert second.stderr == (
        f"error: {content}: another digest command is already writing here; "
        "wait for it to finish and run this command again\n"
    )
    assert md_files(content) == md_files(states["reference"])


@pytest.mark.slow
def test_many_ingests_at_once_are_safe(states, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    procs = [
        subprocess.Popen(
            ingest_cmd(states["seeds"], content), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        for _ in range(4)
    ]
    codes = [p.wait(timeout=300) for p in procs]
    assert 0 in codes and set(codes) <= {0, 1}
    for proc, code in zip(procs, codes, strict=True):
        if code == 1:
            assert b"another digest command is already writing here" in proc.stderr.read()
    assert md_files(content) == md_files(states["reference"])
    assert temp_files(content) == []


# --------------------------------------------------------------------- crashes at a chosen point, quick


class Crash(BaseException):
    """Stands for the process dying (SIGKILL, power cut) in the middle of the writes."""


def crash_on_write(monkeypatch, after: int) -> None:
    """Make the ingest die right before its `after`-th write of a .md file."""
    real = ingestwrite.atomic_write_text
    count = {"md": 0}

    def write(path: Path, text: str) -> bool:
        if Path(path).suffix == ".md":
            count["md"] += 1
            if count["md"] > after:
                raise Crash()
        return real(path, text)

    monkeypatch.setattr(ingestwrite, "atomic_write_text", write)


def test_a_crash_during_the_first_ingest_is_repaired_by_the_next_run(tmp_path, monkeypatch):
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    crash_on_write(monkeypatch, after=5)
    with pytest.raises(Crash):
        ingest(SEEDS, content)
    assert len(md_files(content)) == 5
    monkeypatch.undo()
    report = ingest(SEEDS, content)
    assert report.skipped == []
    assert len(md_files(content)) == 27
    assert md_files(content) == states_first_ingest(tmp_path)
    assert '"pending"' not in (content / STATE_FILE).read_text(encoding="utf-8")


def states_first_ingest(tmp_path: Path) -> dict[str, bytes]:
    reference = tmp_path / "uninterrupted"
    shutil.copytree(ROOT / "content" / "_data", reference / "_data")
    assert ingest(SEEDS, reference).errors == []
    return md_files(reference)


def test_files_written_before_a_crash_in_the_first_ingest_are_ingests_own(states, tmp_path, monkeypatch):
    """The files the crashed first run did write are refreshed by a later run with new seeds, not kept as
    if an editor had written them; the state lists the unwritten ones as pending, not as written."""
    content = tmp_path / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    crash_on_write(monkeypatch, after=5)
    with pytest.raises(Crash):
        ingest(SEEDS, content)
    monkeypatch.undo()
    written_by_crash = set(md_files(content))
    assert len(written_by_crash) == 5
    pending = json.loads((content / STATE_FILE).read_text(encoding="utf-8"))["sources"]
    assert sum(1 for entry in pending.values() if entry.get("pending")) == 27
    report = ingest(states["seeds"], content)
    assert report.errors == [] and report.kept == [] and report.skipped == []
    # The five files the crashed run wrote are ingest's own: refreshed from the new seeds under the slugs
    # they were written with, like the files of a run that was not interrupted ...
    reference = tmp_path / "reference"
    shutil.copytree(ROOT / "content" / "_data", reference / "_data")
    assert ingest(SEEDS, reference).errors == []
    assert ingest(states["seeds"], reference).errors == []
    # ... and the ones it never wrote are new: named from the new seeds, as in a first ingest of them.
    fresh = tmp_path / "fresh"
    shutil.copytree(ROOT / "content" / "_data", fresh / "_data")
    assert ingest(states["seeds"], fresh).errors == []
    written = {name: data for name, data in md_files(reference).items() if name in written_by_crash}
    assert len(written) == 5
    unwritten_fresh = {name: data for name, data in md_files(fresh).items() if name not in written_by_crash}
    assert md_files(content) == written | unwritten_fresh


@pytest.mark.parametrize("after", [0, 9, 22])
def test_a_crash_while_updating_edited_content_loses_no_edit(states, tmp_path, monkeypatch, after):
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    old, new = md_files(states["old"]), md_files(states["reference"])
    crash_on_write(monkeypatch, after=after)
    with pytest.raises(Crash):
        ingest(states["seeds"], content)
    assert_old_or_new(content, old, new, f"crash after {after} writes")
    monkeypatch.undo()
    report = ingest(states["seeds"], content)
    assert report.errors == []
    assert md_files(content) == new
    assert_edits_kept(content, states["edits"])


def test_stale_temporary_files_are_cleaned_or_git_ignored(states, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    victim = sorted(content.glob("*.md"))[0]
    stale = content / f".{victim.name}.k3j9x_2a.tmp"
    stale.write_bytes(victim.read_bytes()[:100])  # what a kill in the middle of a write leaves
    state_tmp = content / f".{STATE_FILE}.q8w7e6r5.tmp"
    state_tmp.write_text('{"version": 1, "sour', encoding="utf-8")
    assert ingest(states["seeds"], content).errors == []
    left = temp_files(content)
    ignored = subprocess.run(
        ["git", "-C", str(ROOT), "check-ignore", "--no-index", *[f"content/{name}" for name in left]],
        capture_output=True,
        text=True,
        check=False,
    )
    assert left == [] or sorted(ignored.stdout.split()) == sorted(f"content/{name}" for name in left)


def test_stale_temporary_files_are_removed_and_nothing_else(states, tmp_path):
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    (content / ".huimin-district.md.k3j9x_2a.tmp").write_text("---\ntitle: [broken\n", encoding="utf-8")
    (content / f".{STATE_FILE}.q8w7e6r5.tmp").write_text('{"version": 1, "sour', encoding="utf-8")
    (content / ".notes.tmp").write_text("an editor's own file", encoding="utf-8")
    (content / "_data" / ".themes.yaml.abcdefgh.tmp").write_text("not ours to clean", encoding="utf-8")
    assert ingest(states["seeds"], content).errors == []
    assert temp_files(content) == [".notes.tmp"]
    assert (content / "_data" / ".themes.yaml.abcdefgh.tmp").is_file()
    ignored = subprocess.run(
        ["git", "-C", str(ROOT), "check-ignore", "--no-index", "content/.huimin-district.md.k3j9x_2a.tmp"],
        capture_output=True,
        text=True,
        check=False,
    )
    assert ignored.returncode == 0, "stale temporary files must be git-ignored too"


def test_a_write_survives_another_run_removing_its_temporary_file(tmp_path, monkeypatch):
    """Two runs reaching the same folder through different paths take different locks; one run's cleanup
    may remove the other's temporary file before its rename: that write is simply done again."""
    real_replace = os.replace
    removed = []

    def replace(src, dst):
        if not removed:
            removed.append(src)
            os.unlink(src)
        return real_replace(src, dst)

    monkeypatch.setattr(os, "replace", replace)
    target = tmp_path / "a.md"
    assert atomic_write_text(target, "新内容\n")
    assert removed and target.read_text(encoding="utf-8") == "新内容\n"
    assert temp_files(tmp_path) == []


def test_stale_temporary_files_are_never_read_as_content(states, tmp_path, capsys):
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    (content / ".huimin-district.md.k3j9x_2a.tmp").write_text("---\ntitle: [broken\n", encoding="utf-8")
    (content / f".{STATE_FILE}.q8w7e6r5.tmp").write_text('{"version": 1, "sour', encoding="utf-8")
    assert not [item for item in load_content(content) if ".tmp" in item.path.name]
    main(["check", "--content", str(content)])
    assert ".tmp" not in capsys.readouterr().out
    report = ingest(states["seeds"], content)
    assert report.errors == []
    assert md_files(content) == md_files(states["reference"])


@pytest.mark.slow
def test_two_ingests_through_a_symlinked_path_are_safe(states, tmp_path):
    """The lock sits beside the folder's real path, so runs through `content/` and through a symlink to it
    meet the same lock: the ones refused exit 1, and the reference tree is left."""
    content = tmp_path / "content"
    shutil.copytree(states["old"], content)
    alias = tmp_path / "alias"
    os.symlink(content, alias)
    procs = [
        subprocess.Popen(
            ingest_cmd(states["seeds"], folder), stdout=subprocess.DEVNULL, stderr=subprocess.PIPE
        )
        for folder in (content, alias, content, alias)
    ]
    codes = [p.wait(timeout=300) for p in procs]
    assert 0 in codes and set(codes) <= {0, 1}
    assert md_files(content) == md_files(states["reference"])
    assert_edits_kept(content, states["edits"])
    json.loads((content / STATE_FILE).read_text(encoding="utf-8"))
    run_once(states["seeds"], content)
    assert md_files(content) == md_files(states["reference"])
