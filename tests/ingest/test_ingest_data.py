"""`digest ingest` reads the content folder's own editable data (`<content>/_data/`), and its page work may
run in worker processes without changing a byte of the output.

The data: places.yaml (zones, aliases, townships for the region), practice-stopwords.txt (quoted strings that
are never practices), themes.yaml; the defaults ship in builder/data/, a file in `<content>/_data/` is laid over
its default, and an edit made there is used by the next ingest, even in the same process.
"""

from __future__ import annotations

import os
import shutil
import signal
import subprocess
import sys
import time
import uuid
from pathlib import Path

import pytest

import builder.ingest.ingestwrite as ingestwrite
import builder.ingest.workers as pages
from builder.content.frontmatter import parse_yaml, split
from builder.content.loader import load_vocabulary
from builder.ingest.ingestplan import STATE_FILE
from builder.ingest.merge import IngestState
from builder.ingest.pipeline import ingest
from builder.places import gazetteer as gz
from builder.schema import LATE_FIELDS
from builder.util.paths import DEFAULT_DATA_DIR
from tests.support.repo import SEEDS

TIANFU = ("000_adb58d31f99fa87b.txt", 3)  # 成都市委副书记、市长王凤朝赴四川天府新区调研…
TIANFU_ZONE = """  - name: 天府新区
    also: [四川天府新区, 成都天府新区]
    province: 四川省
    city: 成都市
    level: county
"""


@pytest.fixture(autouse=True)
def _no_fsync(monkeypatch):
    monkeypatch.setattr(os, "fsync", lambda fd: None)


def content_folder(tmp_path: Path) -> Path:
    """A new content folder with an empty `_data/`: the defaults of builder/data/ apply."""
    content = tmp_path / "content"
    (content / "_data").mkdir(parents=True)
    return content


def seeds_folder(tmp_path: Path, names: list[str]) -> Path:
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for name in names:
        shutil.copy(SEEDS / name, seeds / name)
    return seeds


def front_matter(content: Path, file: str, part: int) -> dict:
    for path in sorted(content.glob("*.md")):
        data = parse_yaml(split(path.read_text(encoding="utf-8")))
        if data["source"]["file"] == file and data["source"]["part"] == part:
            return data
    raise AssertionError(f"no file for {file}#{part}")


def md_files(content: Path) -> dict[str, bytes]:
    return {p.name: p.read_bytes() for p in sorted(content.glob("*.md"))}


def test_the_places_file_of_the_content_folder_decides_the_region(tmp_path):
    content = content_folder(tmp_path)
    places = content / "_data" / "places.yaml"
    default_table = (DEFAULT_DATA_DIR / "places.yaml").read_text(encoding="utf-8")
    assert TIANFU_ZONE in default_table
    seeds = seeds_folder(tmp_path, [TIANFU[0]])
    assert ingest(seeds, content).errors == []
    assert front_matter(content, *TIANFU)["region"]["county"] == "天府新区"  # the default table

    # `replace: true`: the folder's table instead of the default one (here: without the zone).
    places.write_text("replace: true\n" + default_table.replace(TIANFU_ZONE, ""), encoding="utf-8")
    assert ingest(seeds, content).errors == []
    without = front_matter(content, *TIANFU)["region"]
    assert without["county"] != "天府新区"

    # An editor adds an alias: 四川天府新区 is read as 双流区 (of 成都市) from the next ingest on.
    places.write_text(
        "replace: true\n"
        + default_table.replace(TIANFU_ZONE, "").replace(
            "aliases:\n", "aliases:\n  - {alias: [四川天府新区], of: 双流区, city: 成都市}\n", 1
        ),
        encoding="utf-8",
    )
    assert ingest(seeds, content).errors == []
    assert front_matter(content, *TIANFU)["region"]["county"] == "双流区"

    # ... and the file gone: the default zone again, and the shared gazetteer is the default one afterwards.
    places.unlink()
    assert ingest(seeds, content).errors == []
    assert front_matter(content, *TIANFU)["region"] == {
        "province": "四川省",
        "city": "成都市",
        "county": "天府新区",
        "code": "510100",
    }
    assert gz.places_file() == gz.PLACES_FILE


def test_an_entry_of_the_folder_replaces_the_default_entry_with_the_same_key(tmp_path):
    content = content_folder(tmp_path)
    (content / "_data" / "places.yaml").write_text(
        "aliases:\n  - {alias: [四川天府新区], of: 双流区, city: 成都市}\n"
        "zones:\n  - {name: 天府新区, also: [成都天府新区], province: 四川省, city: 成都市, level: county}\n",
        encoding="utf-8",
    )
    seeds = seeds_folder(tmp_path, [TIANFU[0]])
    assert ingest(seeds, content).errors == []
    assert front_matter(content, *TIANFU)["region"]["county"] == "双流区"


def test_the_practice_stopwords_of_the_content_folder_are_used(tmp_path):
    content = content_folder(tmp_path)
    seeds = seeds_folder(tmp_path, [TIANFU[0]])
    assert ingest(seeds, content).errors == []
    assert "立园满园" in front_matter(content, *TIANFU)["practices"]
    stopwords = content / "_data" / "practice-stopwords.txt"
    stopwords.write_text("# added to the default list\n立园满园\n", encoding="utf-8")
    assert ingest(seeds, content).errors == []
    assert "立园满园" not in front_matter(content, *TIANFU)["practices"]
    stopwords.write_text("立园满园\n-立园满园\n", encoding="utf-8")  # `-word` removes it again
    assert ingest(seeds, content).errors == []
    assert "立园满园" in front_matter(content, *TIANFU)["practices"]


def test_the_keyword_word_lists_of_the_content_folder_are_used(tmp_path):
    content = content_folder(tmp_path)
    seeds = seeds_folder(tmp_path, [TIANFU[0]])
    assert ingest(seeds, content).errors == []
    assert "科技创新" not in front_matter(content, *TIANFU)["keywords"]
    terms = content / "_data" / "terms.txt"
    terms.write_text("科技创新\n", encoding="utf-8")
    assert ingest(seeds, content).errors == []
    assert "科技创新" in front_matter(content, *TIANFU)["keywords"]


@pytest.mark.parametrize(
    ("name", "data", "message"),
    [
        ("places.yaml", "zones: [unclosed\n", "cannot be read as YAML"),
        ("places.yaml", "- just a list\n", "must be a mapping"),
        ("practice-stopwords.txt", "立园满园\n".encode("gb18030"), "not UTF-8"),
    ],
)
def test_unreadable_data_stops_ingest_before_anything_is_written(tmp_path, name, data, message):
    content = content_folder(tmp_path)
    target = content / "_data" / name
    target.write_bytes(data if isinstance(data, bytes) else data.encode("utf-8"))
    report = ingest(seeds_folder(tmp_path, [TIANFU[0]]), content)
    assert len(report.errors) == 1 and str(target) in report.errors[0] and message in report.errors[0]
    assert "nothing was written" in report.errors[0]
    assert md_files(content) == {} and not (content / STATE_FILE).exists()


def test_a_new_content_folder_without_data_gets_the_defaults(tmp_path):
    content = tmp_path / "new"
    report = ingest(seeds_folder(tmp_path, [TIANFU[0]]), content)
    assert report.errors == [] and report.warnings == []
    data = front_matter(content, *TIANFU)
    assert data["region"]["county"] == "天府新区"
    assert data["themes"]
    assert set(data["themes"]) <= set(load_vocabulary(content).themes)


# ------------------------------------------------------------------------------------------------ workers


def test_workers_write_the_same_bytes_as_one_process(tmp_path, monkeypatch):
    sequential = content_folder(tmp_path / "one")
    monkeypatch.setenv("DIGEST_WORKERS", "1")
    assert ingest(SEEDS, sequential).errors == []

    parallel = content_folder(tmp_path / "two")
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    monkeypatch.setattr(pages, "MIN_PARALLEL_BYTES", 0)
    started = []
    real_init = pages.Workers.__init__

    def init(self, *args, **kwargs):
        real_init(self, *args, **kwargs)
        started.append(self.count)

    monkeypatch.setattr(pages.Workers, "__init__", init)
    assert ingest(SEEDS, parallel).errors == []
    assert started == [2]
    assert md_files(parallel) == md_files(sequential)
    assert (parallel / STATE_FILE).read_bytes() == (sequential / STATE_FILE).read_bytes()


def test_files_written_by_threads_are_the_same_and_reported_in_order(tmp_path, monkeypatch):
    one = content_folder(tmp_path / "one")
    first = ingest(SEEDS, one)
    monkeypatch.setattr(ingestwrite, "MIN_THREADED_WRITES", 1)
    threads = content_folder(tmp_path / "threads")
    second = ingest(SEEDS, threads)
    assert md_files(threads) == md_files(one)
    assert (threads / STATE_FILE).read_bytes() == (one / STATE_FILE).read_bytes()
    assert [Path(name).name for name in second.created] == [Path(name).name for name in first.created]
    assert ingest(SEEDS, threads).unchanged == second.created


def test_the_hashes_a_worker_computes_are_those_of_the_written_fields(tmp_path, monkeypatch):
    """Workers hash the fields a page alone decides; the merge must see the same hashes as if computed after."""
    content = content_folder(tmp_path)
    assert ingest(SEEDS, content).errors == []
    monkeypatch.setattr(pages, "_SETUP", None)  # restored afterwards
    pages.configure(pages.DataSetup(load_vocabulary(content).themes, content / "_data" / "places.yaml"))
    try:
        outcome = pages.page_job((SEEDS / TIANFU[0], True))
    finally:
        gz.use_places_file(gz.PLACES_FILE)
    state = IngestState.from_json((content / STATE_FILE).read_text(encoding="utf-8"))
    for draft, hashes in zip(outcome.drafts, outcome.hashes, strict=True):
        assert set(hashes) == {*state.sources[draft.key].hashes} - LATE_FIELDS
        for name, value in hashes.items():
            assert state.sources[draft.key].hashes[name] == [value], (draft.key, name)


def test_a_page_that_fails_in_a_worker_is_reported_and_the_others_written(tmp_path, monkeypatch):
    seeds = seeds_folder(tmp_path, sorted(p.name for p in SEEDS.glob("*.txt")))
    (seeds / "005_empty.txt").write_bytes(b"")
    (seeds / "006_binary.txt").write_bytes(b"\x00\x01\x02" * 100)
    monkeypatch.setenv("DIGEST_WORKERS", "2")
    monkeypatch.setattr(pages, "MIN_PARALLEL_BYTES", 0)
    report = ingest(seeds, content_folder(tmp_path))
    assert [e.split(": error: ")[0] for e in report.errors] == [
        str(seeds / "005_empty.txt"),
        str(seeds / "006_binary.txt"),
    ]
    assert len(report.created) == 27


def _processes_with(marker: str) -> list[int]:
    found = []
    for entry in Path("/proc").iterdir():
        if not entry.name.isdigit():
            continue
        try:
            if marker.encode() in (entry / "environ").read_bytes():
                found.append(int(entry.name))
        except OSError:
            continue
    return found


@pytest.mark.slow
@pytest.mark.skipif(not Path("/proc/self/environ").exists(), reason="needs /proc")
def test_a_killed_ingest_leaves_no_worker_and_no_lock_behind(tmp_path):
    """Workers start from a fork server, not from the ingest: they do not hold its lock on content/, and they
    end when the ingest is killed. 12 copies of the seeds (1.2 MB) make the ingest start workers."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    for copy in range(12):
        for path in sorted(SEEDS.glob("*.txt")):
            shutil.copy(path, seeds / f"{copy:02d}{path.name}")
    content = content_folder(tmp_path)
    marker = f"DIGEST_TEST_MARK={uuid.uuid4().hex}"
    env = {**os.environ, "DIGEST_WORKERS": "2", marker.split("=")[0]: marker.split("=")[1]}
    cmd = [sys.executable, "-m", "builder", "ingest", "-q", "--seeds", str(seeds), "--content", str(content)]
    proc = subprocess.Popen(cmd, env=env, stdout=subprocess.DEVNULL, stderr=subprocess.DEVNULL)
    deadline = time.monotonic() + 60
    while len(_processes_with(marker)) < 3 and time.monotonic() < deadline:  # ingest, fork server, a worker
        time.sleep(0.05)
    assert len(_processes_with(marker)) >= 3, "the ingest did not start workers"
    proc.send_signal(signal.SIGKILL)
    proc.wait(timeout=30)
    deadline = time.monotonic() + 30
    while _processes_with(marker) and time.monotonic() < deadline:
        time.sleep(0.1)
    assert _processes_with(marker) == []
    rerun = subprocess.run(
        [*cmd[:-5], "--seeds", str(seeds), "--content", str(content)],
        env={**os.environ, "DIGEST_WORKERS": "2"},
        capture_output=True,
        text=True,
        timeout=300,
        check=False,
    )
    assert rerun.returncode == 0, rerun.stderr[-2000:]
    # the copies' articles are reprints of the first copy's (builder.ingest.reprints): each is written or
    # reported, none lost
    reprints = [
        line for line in rerun.stdout.splitlines() if line.startswith("skipped") and "a reprint" in line
    ]
    assert len(reprints) == 11 * 27
    assert len(md_files(content)) + len(reprints) == 12 * 27


def test_a_brand_new_folder_ingests_and_builds_with_no_other_step(tmp_path):
    """`digest ingest --seeds PAGES --content NEW` then `digest build --content NEW` (issue 14 item 4), on the
    invented corpus: every file gets themes of the default vocabulary and a slug with its topic."""
    from builder.cli import main
    from tests.corpus.scoring import PAGES

    content, site = tmp_path / "new", tmp_path / "site"
    assert main(["ingest", "-q", "--seeds", str(PAGES), "--content", str(content)]) == 0
    assert not (content / "_data").exists()  # nothing copied into the folder
    themes = set(load_vocabulary(content).themes)
    files = sorted(content.glob("*.md"))
    assert len(files) >= 25
    for path in files:
        data = parse_yaml(split(path.read_text(encoding="utf-8")))
        assert data["themes"] and set(data["themes"]) <= themes, path.name
        assert any(slug in path.stem for slug in data["themes"]), path.name  # the slug has its topic
    assert main(["build", "-q", "--content", str(content), "--out", str(site)]) == 0
    assert (site / "index.html").is_file()
    assert {p.name for p in (site / "themes").iterdir() if p.is_dir()} >= {
        "livelihood-services",  # themes the corpus gold requires of several articles
        "volunteer-service",
    }
