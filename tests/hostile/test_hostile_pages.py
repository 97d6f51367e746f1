"""Hostile raw pages: what `digest ingest` makes of every kind of damaged, odd or huge input.

The main run puts every case into one seeds folder (itself named with a leading dash, Chinese and a space)
next to the five real seeds, runs `python -m builder ingest` once, and checks the exact outcome of each
file: ingested with the same articles as its clean original (once: a copy's articles are reported as
reprints of the page read first), or skipped with one message naming the file.
Memory is measured from /proc (peak resident set, VmHWM) while the command runs.
"""

from __future__ import annotations

import codecs
import os
import random
import re
import shutil
import subprocess
import sys
import tempfile
import time
import tracemalloc
from dataclasses import dataclass
from pathlib import Path

import pytest

from builder.cli import main
from builder.content.frontmatter import parse_yaml, split
from builder.extract.fields import Extracted
from builder.ingest.pipeline import ingest, process_page
from builder.ingest.read import MAX_PAGE_BYTES, PageReadError, read_page
from tests.support.cputime import children_cpu_seconds
from tests.support.repo import ROOT, SEEDS

SEED = {name[:3]: SEEDS / name for name in sorted(os.listdir(SEEDS)) if name.endswith(".txt")}
SKIPPED = "; skipped (the other pages are still ingested)"
BINARY = "file looks binary (NUL or control bytes), not a text extraction of a page"
NOT_DECODABLE = "neither UTF-8 nor GB18030/GBK text; re-save the page as UTF-8"
GB = 1_000_000_000
# Fields that depend on the article alone (not on the slug, the file name or the other articles of the run).
ARTICLE_FIELDS = ("title", "date", "region", "locality", "level", "themes", "practices", "metrics", "summary")


pytestmark = pytest.mark.usefixtures("no_fsync")  # in-process ingests skip fsync (see tests/conftest.py)


# ------------------------------------------------------------------------------------------------ helpers


@dataclass
class Run:
    code: int | None  # None: killed (see `killed`)
    stdout: str
    stderr: str
    peak_rss: int  # bytes, VmHWM of the process
    seconds: float
    killed: str = ""
    cpu_seconds: float = 0.0  # user + system, of the process and the workers it waited for


def _vm_hwm(pid: int) -> int:
    try:
        with open(f"/proc/{pid}/status", encoding="ascii") as handle:
            for line in handle:
                if line.startswith("VmHWM:"):
                    return int(line.split()[1]) * 1024
    except OSError:
        pass
    return 0


def run_measured(
    args: list[str],
    cwd: Path,
    timeout: float,
    rss_limit: int = 2 * GB,
    env: dict | None = None,
    cpu_limit: float | None = None,
) -> Run:
    """Run a command, polling its peak RSS and CPU seconds; kill it at once past `rss_limit`, `cpu_limit` or
    `timeout` (wall clock: on a loaded machine only a guard against a hang)."""
    started, cpu_started = time.monotonic(), children_cpu_seconds()
    with tempfile.TemporaryFile() as out, tempfile.TemporaryFile() as err:
        proc = subprocess.Popen(args, cwd=cwd, stdout=out, stderr=err, env=env)
        peak, killed = 0, ""
        while proc.poll() is None:
            peak = max(peak, _vm_hwm(proc.pid))
            elapsed = time.monotonic() - started
            cpu = _cpu_seconds(proc.pid) if cpu_limit is not None else 0.0
            if peak > rss_limit:
                killed = f"peak RSS {peak / 1e6:.0f} MB over the {rss_limit / 1e6:.0f} MB limit after {elapsed:.1f} s"
            elif cpu_limit is not None and cpu > cpu_limit:
                killed = f"{cpu:.0f} CPU s, over the {cpu_limit:.0f} s limit, after {elapsed:.1f} s"
            elif elapsed > timeout:
                killed = f"still running after {timeout:.0f} s (peak RSS {peak / 1e6:.0f} MB)"
            if killed:
                proc.kill()
                proc.wait()
                break
            time.sleep(0.05)
        seconds = time.monotonic() - started
        out.seek(0)
        err.seek(0)
        return Run(
            None if killed else proc.returncode,
            out.read().decode("utf-8", errors="replace"),
            err.read().decode("utf-8", errors="replace"),
            peak,
            seconds,
            killed,
            children_cpu_seconds() - cpu_started,
        )


def _cpu_seconds(pid: int) -> float:
    """User + system CPU seconds of a running process and of its children it waited for (/proc/PID/stat)."""
    try:
        with open(f"/proc/{pid}/stat", encoding="ascii") as handle:
            fields = handle.read().rsplit(")", 1)[1].split()
    except (OSError, IndexError):
        return 0.0
    return sum(int(f) for f in fields[11:15]) / os.sysconf("SC_CLK_TCK")


def digest(*args: str) -> list[str]:
    return [sys.executable, "-m", "builder", *args]


def read_content(content: Path) -> dict[tuple[str, int], dict]:
    """(source file, part) -> front matter plus `body`, for every .md file."""
    found = {}
    for path in sorted(content.glob("*.md")):
        pieces = split(path.read_text(encoding="utf-8"))
        data = parse_yaml(pieces)
        data["body"] = pieces.body
        data["path"] = path
        found[(data["source"]["file"], data["source"]["part"])] = data
    return found


def article_view(data: dict) -> dict:
    view = {key: data.get(key) for key in ARTICLE_FIELDS}
    view["byline"] = data["source"]["byline"]
    view["body"] = data["body"]
    view["review"] = sorted(data.get("review") or [])
    return view


def _sprinkle(text: str, chars: list[str], count: int, seed: int) -> str:
    rng = random.Random(seed)
    pieces = list(text)
    for _ in range(count):
        pieces.insert(rng.randrange(len(pieces)), rng.choice(chars))
    return "".join(pieces)


def _nul_at_line_start(data: bytes, after: int) -> bytes:
    cut = data.index(b"\n", after) + 1
    return data[:cut] + b"\x00" + data[cut:]


# --------------------------------------------------------------------------------------------- the inputs

SEEDS_DIR = "-原始 页面"  # a leading dash, Chinese characters and a space
CONTENT_DIR = "内容 content"


def good_inputs() -> dict[str, tuple[str, bytes]]:
    """name -> (seed whose articles it must give, bytes)."""
    text = {key: path.read_text(encoding="utf-8") for key, path in SEED.items()}
    raw = {key: path.read_bytes() for key, path in SEED.items()}
    controls = ["\x0c", "\x07", "\x01", "\x1b", "\x7f", "\x85", "\x9f", "\u200b", "\ufeff", "\u2060"]
    return {
        "page with spaces.txt": ("003", raw["003"]),
        "人民日报 第5版.txt": ("004", raw["004"]),
        "-rf --content x.txt": ("002", raw["002"]),
        "gb18030.txt": ("001", text["001"].encode("gb18030")),
        "utf16-le-bom.txt": ("002", text["002"].encode("utf-16")),  # with its byte-order mark
        "utf16-be-bom.txt": ("000", codecs.BOM_UTF16_BE + text["000"].encode("utf-16-be")),
        "utf8-bom.txt": ("000", codecs.BOM_UTF8 + raw["000"]),
        "crlf.txt": ("003", raw["003"].replace(b"\n", b"\r\n")),
        "controls.txt": ("001", _sprinkle(text["001"], controls, 80, seed=1).encode("utf-8")),
        "nul-after-8k.txt": ("004", _nul_at_line_start(raw["004"], 9000)),
    }


def bad_inputs() -> dict[str, tuple[str, bytes | None]]:
    """name -> (exact message, bytes or None for the sparse 65 MB file)."""
    raw = {key: path.read_bytes() for key, path in SEED.items()}
    text3 = SEED["003"].read_text(encoding="utf-8").split("\n")
    mid = len(text3) // 2
    mixed = "\n".join(text3[:mid]).encode("utf-8") + b"\n" + "\n".join(text3[mid:]).encode("gb18030")
    first_gb = mid + 1 + next(i for i, line in enumerate(text3[mid:]) if not line.isascii())
    truncated = raw["000"].rstrip()[:-1]  # the last character loses its last byte
    truncated_line = truncated.count(b"\n") + 1
    headlines = (
        "党旗领航\n回民区：以组织力引领城市基层治理现代化\n\n赛罕区：燃“新”之火 谱共治“新”篇\n\n"
        "金润社区：“她”力量促进基层治理提质增效\n\n万通路街道：探索深化“两企三新”党建新模式\n"
    )
    rng = random.Random(7)
    return {
        "empty.txt": ("file is empty" + SKIPPED, b""),
        "blank.txt": ("file is empty" + SKIPPED, b" \n\t\n\r\n   \n"),
        "image.txt": (BINARY + SKIPPED, b"\x89PNG\r\n\x1a\n\x00\x00\x00\rIHDR" + bytes(range(256)) * 4),
        "random-bytes.txt": (BINARY + SKIPPED, bytes(rng.randrange(256) for _ in range(4096))),
        "nul-in-first-8k.txt": (BINARY + SKIPPED, _nul_at_line_start(raw["000"], 100)),
        "mixed-utf8-gb18030.txt": (f"line {first_gb}: {NOT_DECODABLE}" + SKIPPED, mixed),
        "truncated-utf8.txt": (f"line {truncated_line}: {NOT_DECODABLE}" + SKIPPED, truncated),
        "latin.txt": (
            "file holds no Chinese text; is it a newspaper page?" + SKIPPED,
            b"just latin text\n" * 50,
        ),
        "headlines-only.txt": ("no article text found on this page; skipped", headlines.encode("utf-8")),
        "huge-65mb.txt": (
            f"file is 65 MB; pages over {MAX_PAGE_BYTES // (1024 * 1024)} MB are refused" + SKIPPED,
            None,
        ),
    }


IGNORED = {"notes.md": b"not a page", "PAGE.TXT": SEED["001"].read_bytes()}  # only *.txt is read


@pytest.fixture(scope="module")
def baseline(tmp_path_factory) -> dict[tuple[str, int], dict]:
    """The five clean seeds ingested on their own (in-process): the articles every copy must give."""
    root = tmp_path_factory.mktemp("baseline")
    content = root / "content"
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    report = ingest(SEEDS, content)
    assert report.errors == []
    return read_content(content)


@dataclass
class HostileRun:
    root: Path
    seeds: Path
    content: Path
    run: Run


@pytest.fixture(scope="module")
def hostile(tmp_path_factory) -> HostileRun:
    root = tmp_path_factory.mktemp("hostile")
    seeds = root / SEEDS_DIR
    seeds.mkdir()
    for path in SEED.values():
        shutil.copy(path, seeds / path.name)
    for name, (_, data) in good_inputs().items():
        (seeds / name).write_bytes(data)
    for name, (_, data) in bad_inputs().items():
        if data is None:
            with open(seeds / name, "wb") as handle:  # sparse: 65 MB on paper, nothing on disk
                handle.truncate(65 * 1024 * 1024)
        else:
            (seeds / name).write_bytes(data)
    for name, data in IGNORED.items():
        (seeds / name).write_bytes(data)
    (seeds / "a-folder.txt").mkdir()
    content = root / CONTENT_DIR
    shutil.copytree(ROOT / "content" / "_data", content / "_data")
    run = run_measured(
        digest("ingest", f"--seeds={SEEDS_DIR}", f"--content={CONTENT_DIR}"),
        cwd=root,
        timeout=300,
        rss_limit=GB,
    )
    return HostileRun(root, seeds, content, run)


# ------------------------------------------------------------------------------------------ the main run


def test_the_run_exits_1_in_bounded_memory(hostile):
    run = hostile.run
    assert not run.killed, run.killed
    assert run.code == 1, run.stderr[-2000:]
    assert run.peak_rss < GB
    assert "Traceback" not in run.stderr


def test_each_bad_page_is_skipped_with_one_message_naming_it(hostile):
    expected = sorted(f"{SEEDS_DIR}/{name}: error: {message}" for name, (message, _) in bad_inputs().items())
    assert sorted(hostile.run.stderr.splitlines()) == expected


def test_no_content_comes_from_a_bad_or_ignored_page(hostile):
    sources = {key[0] for key in read_content(hostile.content)}
    assert not sources & (set(bad_inputs()) | set(IGNORED) | {"a-folder.txt"})


def _same_seed_groups() -> dict[str, list[str]]:
    """Each seed's pages in this run, in the order ingest reads them: the clean original and its good copies."""
    origin = {path.name: key for key, path in SEED.items()}
    origin.update({name: seed for name, (seed, _) in good_inputs().items()})
    groups: dict[str, list[str]] = {}
    for name in sorted(origin):
        groups.setdefault(origin[name], []).append(name)
    return groups


_REPRINT = re.compile(
    r"^skipped   (?P<name>.+)#(?P<part>\d+): the same article as (?P<roundup>the roundup of )?"
    r"(?P<same>.+)#(?P<same_part>\d+) \((?P<share>\d+)% of the text in common\): a reprint, not written again$"
)


def _reprints(stdout: str) -> dict[tuple[str, int], re.Match[str]]:
    return {
        (m["name"], int(m["part"])): m for m in (_REPRINT.match(line) for line in stdout.splitlines()) if m
    }


def test_every_good_page_gives_the_articles_of_its_clean_original(hostile, baseline):
    """A seed and its good copies are one article each (builder.ingest.reprints): the page read first writes
    the clean original's articles, field for field; every other copy's articles are reported as reprints of
    them, part for part, with all their text in common — each copy read as its original reads."""
    found = read_content(hostile.content)
    reprints = _reprints(hostile.run.stdout)
    groups = _same_seed_groups()
    assert {key[0] for key in found} == {names[0] for names in groups.values()}
    for seed, (first, *copies) in groups.items():
        original = SEED[seed].name
        parts = sorted(part for (file, part) in baseline if file == original)
        assert sorted(part for (file, part) in found if file == first) == parts, first
        for part in parts:
            assert article_view(found[(first, part)]) == article_view(baseline[(original, part)]), (
                first,
                part,
            )
        for name in copies:
            assert sorted(part for (file, part) in reprints if file == name) == parts, name
            for part in parts:
                match = reprints[(name, part)]
                assert (match["same"], match["share"]) == (first, "100"), match.string
                assert match["roundup"] or int(match["same_part"]) == part, match.string


def test_the_summary_line_counts_every_article_and_error(hostile, baseline):
    found = read_content(hostile.content)
    last = hostile.run.stdout.splitlines()[-1]
    assert last == (
        f"ingest: {len(found)} created, 0 updated, 0 unchanged, 0 with editors' changes kept, "
        f"{len(bad_inputs())} error(s)"
    )
    per_seed = {key: sum(1 for file, _ in baseline if file == path.name) for key, path in SEED.items()}
    assert len(found) == sum(per_seed.values())
    assert len(_reprints(hostile.run.stdout)) == sum(per_seed[seed] for seed, _ in good_inputs().values())


def test_nothing_is_left_behind_but_content_and_its_state(hostile):
    names = sorted(p.name for p in hostile.content.iterdir())
    assert [n for n in names if not n.endswith(".md")] == [".ingest-state.json", "_data"]
    assert sorted(p.name for p in hostile.root.iterdir()) == sorted(
        [SEEDS_DIR, CONTENT_DIR, f".{CONTENT_DIR}.digest.lock"]
    )


def test_the_ingested_content_passes_digest_check(hostile, capsys):
    code = main(["check", "-q", "--content", str(hostile.content)])
    assert capsys.readouterr().out == ""
    assert code == 0


@pytest.mark.slow
def test_a_second_run_changes_nothing(hostile, tmp_path):
    shutil.copytree(hostile.root / SEEDS_DIR, tmp_path / SEEDS_DIR)
    shutil.copytree(hostile.content, tmp_path / CONTENT_DIR)
    before = {p.name: p.read_bytes() for p in (tmp_path / CONTENT_DIR).glob("*.md")}
    run = run_measured(
        digest("ingest", "-q", f"--seeds=./{SEEDS_DIR}", f"--content={CONTENT_DIR}"), tmp_path, 300
    )
    assert run.code == 1
    assert len(run.stderr.splitlines()) == len(bad_inputs())
    assert {p.name: p.read_bytes() for p in (tmp_path / CONTENT_DIR).glob("*.md")} == before


# ------------------------------------------------------------------------------------- usage edge cases


def test_a_seeds_folder_named_like_an_option_needs_the_equals_form(tmp_path, capsys):
    assert main(["ingest", "--seeds", "-x", "--content", str(tmp_path / "c")]) == 2
    assert "argument --seeds: expected one argument" in capsys.readouterr().err


@pytest.mark.parametrize("kind", ["missing", "a-file"])
def test_a_seeds_path_that_is_not_a_folder_is_a_usage_error(tmp_path, capsys, kind):
    seeds = tmp_path / "seeds"
    if kind == "a-file":
        seeds.write_text("回民区", encoding="utf-8")
    assert main(["ingest", "--seeds", str(seeds), "--content", str(tmp_path / "c")]) == 2
    assert capsys.readouterr().err == f"{seeds}: error: no such folder of raw pages (use --seeds DIR)\n"


# ------------------------------------------------------------------------------- single hostile pages


def _stub_extractor(texts, themes):
    return [Extracted() for _ in texts]


@pytest.mark.parametrize("encoding", ["utf-16-le", "utf-16-be"])
def test_utf16_without_a_byte_order_mark_is_read_as_its_utf8_original(tmp_path, encoding):
    """Chinese text in UTF-16 without a BOM (a NUL in every other byte) is recognised and read, not refused."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    (seeds / "page.txt").write_bytes(SEED["001"].read_text(encoding="utf-8").encode(encoding))
    report = ingest(seeds, tmp_path / "content", extractor=_stub_extractor)
    assert report.errors == []
    assert len(report.created) == 6
    clean = process_page(SEED["001"]).drafts
    drafts = process_page(seeds / "page.txt").drafts
    assert [(d.title, d.body, d.byline) for d in drafts] == [(d.title, d.body, d.byline) for d in clean]


@pytest.mark.parametrize(
    "chars", [["\u202e", "\u2066", "\u2069", "\u200f"], ["\u2028", "\u2029"]], ids=["bidi", "line-sep"]
)
def test_invisible_format_characters_are_removed(tmp_path, chars):
    clean = process_page(SEED["001"]).drafts
    path = tmp_path / "page.txt"
    path.write_text(_sprinkle(SEED["001"].read_text(encoding="utf-8"), chars, 60, seed=3), encoding="utf-8")
    drafts = process_page(path).drafts
    assert [(d.title, d.body, d.byline) for d in drafts] == [(d.title, d.body, d.byline) for d in clean]


def _one_megabyte_line() -> str:
    sentences = [
        line.strip()
        for path in SEED.values()
        for line in path.read_text(encoding="utf-8").split("\n")
        if len(line.strip()) > 20 and line.strip().endswith("。") and not set(line) & set("\\`*_[]<>#")
    ]
    line, index = [], 0
    size = 0
    while size < 1024 * 1024:
        sentence = sentences[index % len(sentences)]
        line.append(sentence)
        size += len(sentence.encode("utf-8"))
        index += 1
    return "".join(line)


def test_a_page_with_a_one_megabyte_line_is_one_whole_article(tmp_path):
    line = _one_megabyte_line()
    path = tmp_path / "page.txt"
    path.write_text(
        f"回民区：以组织力引领城市基层治理现代化\n\n本报讯（记者 祁晓燕）{line}\n", encoding="utf-8"
    )
    # CPU seconds of this process: a bound on the cost, not on the machine's load
    started = time.process_time()
    [draft] = process_page(path).drafts
    assert time.process_time() - started < 15
    assert draft.title == "回民区：以组织力引领城市基层治理现代化"
    assert draft.byline == "本报讯（记者 祁晓燕）"
    assert draft.body == line + "\n"


TWO_MB_LINE_CPU_SECONDS = 60  # ~19 s measured; a term quadratic in the line's sentences takes minutes


@pytest.mark.slow
def test_a_page_with_a_two_megabyte_line_ingests_in_bounded_time(tmp_path):
    """Bounded in the ingest's CPU seconds, not wall time (180 s of wall time failed once under a load of 15 with
    the CPU time of an unloaded run, ~19 s: metrics 1 MB line 4.4 s, 2 MB 12 s, metrics._skip still scans every
    masked span for every number, a quadratic term); the ingest is stopped once past the bound. The wall-clock
    limit only stops a hang."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    line = _one_megabyte_line() * 2
    (seeds / "page.txt").write_text(
        f"回民区：以组织力引领城市基层治理现代化\n\n本报讯（记者 祁晓燕）{line}\n", encoding="utf-8"
    )
    shutil.copytree(ROOT / "content" / "_data", tmp_path / "content" / "_data")
    run = run_measured(
        digest("ingest", "-q", "--seeds", "seeds", "--content", "content"),
        tmp_path,
        timeout=1200,
        cpu_limit=TWO_MB_LINE_CPU_SECONDS,
    )
    assert not run.killed, run.killed
    assert run.code == 0, run.stderr[-1000:]
    print(f"2 MB line: {run.cpu_seconds:.1f} s CPU, {run.seconds:.1f} s wall")
    assert run.cpu_seconds < TWO_MB_LINE_CPU_SECONDS, (run.cpu_seconds, run.seconds)
    [article] = read_content(tmp_path / "content").values()
    assert article["body"] == line + "\n"


def test_a_page_over_64_mb_is_refused_unread(tmp_path):
    path = tmp_path / "huge.txt"
    with open(path, "wb") as handle:
        handle.truncate(MAX_PAGE_BYTES + 1)
    with pytest.raises(PageReadError, match=r"^file is 64 MB; pages over 64 MB are refused$"):
        read_page(path)


def _big_page(tmp_path: Path, megabytes: float) -> Path:
    seed = SEED["001"].read_bytes()
    path = tmp_path / f"big-{megabytes}mb.txt"
    with open(path, "wb") as handle:
        for _ in range(int(megabytes * 1024 * 1024 // len(seed))):
            handle.write(seed)
    return path


MEMORY_PROBE = """
import sys, time
from pathlib import Path
from builder.ingest.read import read_page
started = time.monotonic()
page = read_page(Path(sys.argv[1]))
print(len(page.text), round(time.monotonic() - started, 1))
"""


def test_a_16_mb_page_is_read_in_memory_proportional_to_its_size(tmp_path):
    path = _big_page(tmp_path, 16)
    limit = 150_000_000 + 10 * path.stat().st_size  # interpreter and imports, then ten times the page
    run = run_measured([sys.executable, "-c", MEMORY_PROBE, str(path)], ROOT, timeout=60, rss_limit=limit)
    assert not run.killed, run.killed
    assert run.code == 0, run.stderr[-1000:]


def test_a_page_of_many_articles_is_segmented_in_memory_proportional_to_it(tmp_path):
    """Traced peak about 10 times the page's bytes (its lines become units); it was 25 times while every
    article's words were held at once to place the captions (send_captions_home), 1 GB for a 50 MB page."""
    process_page(SEED["001"])  # the gazetteer and the segmenter loaded before measuring
    path = tmp_path / "many.txt"
    path.write_bytes(SEED["001"].read_bytes() * 12)
    tracemalloc.start()
    try:
        drafts = process_page(path).drafts
        _, peak = tracemalloc.get_traced_memory()
    finally:
        tracemalloc.stop()
    assert len(drafts) == 6 * 12
    assert peak < 16 * path.stat().st_size


@pytest.mark.slow
def test_a_50_mb_page_is_read_in_bounded_memory(tmp_path):
    path = _big_page(tmp_path, 50)
    assert 48 * 1024 * 1024 < path.stat().st_size < MAX_PAGE_BYTES  # under the limit: it must be read
    run = run_measured(
        [sys.executable, "-c", MEMORY_PROBE, str(path)], ROOT, timeout=60, rss_limit=int(1.5 * GB)
    )
    assert not run.killed, run.killed
    assert run.code == 0, run.stderr[-1000:]


@pytest.mark.slow
def test_a_50_mb_page_ingests_in_bounded_memory(tmp_path):
    """By read.py's rule (pages over 64 MB are refused) a 50 MB page is read and ingested: 2845 copies of
    page 001 give 6 articles each. Peak RSS: 1.5 GB with issue 14's page-level steps (killed at 1 504 and
    1 513 MB), because placing the captions held every article's words at once (~25 times the page); 945 MB
    once only the words captions share were kept, 926 MB (913 s on 2 cores at load ~10, 2026-12-03) with the
    files handed to the writing threads a window at a time, not all 17 000 queued at once. The bound is 1 GB.
    CI ran past 2 400 s at 3a1e57f: line rules sliced the rest of the page for every line (quadratic, see
    tests/ingest/test_page_reading_scale.py); read lazily, 277 s and 829 MB (2 cores, load ~1, 2026-12-04).
    Since reprints (builder.ingest.reprints) the copies after the first are the same articles again: 6 written,
    every other one reported as a reprint (513 s, 725 MB at load ~20, 2026-12-05), the reprint finder's memory
    over the page's 17 000 articles within the same bound."""
    seeds = tmp_path / "seeds"
    seeds.mkdir()
    big = shutil.move(_big_page(tmp_path, 50), seeds / "big.txt")
    copies = Path(big).stat().st_size // SEED["001"].stat().st_size
    shutil.copy(SEED["003"], seeds)
    shutil.copytree(ROOT / "content" / "_data", tmp_path / "content" / "_data")
    run = run_measured(
        digest("ingest", "--seeds", "seeds", "--content", "content"),
        tmp_path,
        timeout=2400,
        rss_limit=GB,
    )
    print(f"50 MB page: {run.seconds:.0f} s, peak RSS {run.peak_rss / 1e6:.0f} MB")
    assert not run.killed, run.killed
    assert run.code == 0, run.stderr[-2000:]
    found = read_content(tmp_path / "content")
    assert sum(1 for file, _ in found if file == "big.txt") == 6
    reprints = [key for (key, _part) in _reprints(run.stdout) if key == "big.txt"]
    assert len(reprints) == 6 * (copies - 1)
    assert sum(1 for file, _ in found if file == SEED["003"].name) == len(process_page(SEED["003"]).drafts)


SEGMENT_PROBE = """
import sys, time
from pathlib import Path
from builder.ingest.pipeline import process_page
started = time.process_time()
print(len(process_page(Path(sys.argv[1])).drafts), time.process_time() - started)
"""


@pytest.mark.slow
def test_a_2_mb_page_segments_in_time_linear_in_its_size(tmp_path):
    """A 2 MB page (seeds/001 ×113, 52 000 lines) segments in CPU time growing with its size, not faster: four
    times the text of a 0.5 MB page takes at most eight times its time (linear: four; a rule reading the page
    from each line: sixteen). Its CPU time alone is no test (13-20 s here, more on a loaded CI machine; CI failed
    twice on a fixed 20 s): the speed is bench/run.py's ingest throughput; the timeout only stops a hang."""
    seconds = {}
    for megabytes in (0.5, 2):
        path = _big_page(tmp_path, megabytes)
        run = run_measured([sys.executable, "-c", SEGMENT_PROBE, str(path)], ROOT, timeout=240)
        assert not run.killed, run.killed
        assert run.code == 0, run.stderr[-1000:]
        drafts, seconds[megabytes] = run.stdout.split()
        assert drafts == str(6 * int(megabytes * 1024 * 1024 // SEED["001"].stat().st_size))
    growth = float(seconds[2]) / float(seconds[0.5])
    print(f"0.5 MB: {float(seconds[0.5]):.1f} s, 2 MB: {float(seconds[2]):.1f} s CPU (x{growth:.1f})")
    assert growth < 8, f"CPU time grew x{growth:.1f} for x4 the text: {seconds}"
