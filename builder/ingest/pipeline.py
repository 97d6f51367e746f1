"""The ingest pipeline: raw pages -> drafts -> extraction -> merge with content/ -> atomic writes -> report.

`ingest` never raises for bad input and returns a Report; builder.commands.ingest takes the lock, prints
the report and chooses the exit code.
"""

from __future__ import annotations

import re
import threading
from collections import deque
from collections.abc import Callable, Iterable, Iterator, Sequence
from concurrent.futures import Future, ThreadPoolExecutor
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any

from builder.content.loader import DATA_DIR, Vocabulary, load_vocabulary, read_content_file
from builder.extract.fields import ArticleText, Extracted, article_text, extract_all
from builder.extract.keywords import keywords_from_terms
from builder.extract.practices import load_stopwords
from builder.ingest.draft import Draft
from builder.ingest.draftmatter import new_mapping, render_job
from builder.ingest.madetitles import retitle
from builder.ingest.merge import IngestState, SourceState, hashes_of, merge_fields, transitional
from builder.ingest.reprints import drop_reprints
from builder.ingest.samename import other_pages_of_the_same_name
from builder.ingest.slug import make_slug
from builder.ingest.workers import (  # process_page, seed_paths, PageResult: used from here by tests and bench
    DataSetup,
    PageResult,
    Workers,
    page_job,
    planned_workers,
    prestart,
    process_page,
    seed_paths,
)
from builder.places.aliases import places_table_problem
from builder.text.romanize import pinyin
from builder.util.fs import atomic_write_text, remove_stale_temporary_files
from builder.util.progress import SILENT, Progress

STATE_FILE = ".ingest-state.json"
PLACES = "places.yaml"
WRITE_THREADS = 8
MIN_THREADED_WRITES = 64  # fewer files are written one after the other
WRITE_WINDOW = 4 * WRITE_THREADS  # files handed to the writing threads and not yet written
PRACTICE_STOPWORDS = "practice-stopwords.txt"
__all__ = [
    "STATE_FILE",
    "PageResult",
    "Report",
    "ingest",
    "process_page",
    "seed_paths",
]
Extractor = Callable[[Sequence[ArticleText], dict], list[Extracted]]


@dataclass
class Report:
    created: list[str] = field(default_factory=list)
    updated: list[str] = field(default_factory=list)
    unchanged: list[str] = field(default_factory=list)
    kept: list[tuple[str, list[str]]] = field(default_factory=list)
    skipped: list[str] = field(default_factory=list)  # deleted by an editor, or a reprint: not written
    errors: list[str] = field(default_factory=list)
    warnings: list[str] = field(default_factory=list)


_LOCAL_UNIT = re.compile(r"[\u4e00-\u9fff]+?(?:社区|街道|嘎查|苏木|村|乡|镇)")
_LOCAL_SUFFIX = re.compile(r"(?:社区|街道|嘎查|苏木|村|乡|镇)$")


def _place_for_slug(extracted: Extracted, title: str) -> str:
    """The acting unit's own name: the last locality unit below a county, else the most specific region."""
    region = extracted.region
    if extracted.level in ("township", "community") and extracted.locality:
        units = _LOCAL_UNIT.findall(extracted.locality)
        if units:
            unit = units[-1]
            suffix = _LOCAL_SUFFIX.search(unit)
            if len(unit) > 8 and suffix:  # 金海区域服务中心金润社区 -> 金润社区
                unit = unit[suffix.start() - 2 :]
            return unit
    named = region.county or region.city or region.province
    if named:
        return named
    return pinyin("".join(re.findall(r"[\u4e00-\u9fff]", title))[:4])


def _load_state(content_dir: Path, report: Report) -> IngestState:
    path = content_dir / STATE_FILE
    if not path.is_file():
        return IngestState()
    try:
        return IngestState.from_json(path.read_text(encoding="utf-8"))
    except (ValueError, OSError, UnicodeDecodeError) as exc:
        report.errors.append(
            f"{path}: error: cannot read the ingest state ({exc}); every existing file is treated as edited"
        )
        return IngestState()


def _load_romanizer() -> None:
    pinyin("回民区")


def _data_setup(content_dir: Path, vocabulary: Vocabulary, report: Report) -> DataSetup | None:
    """The places, practice stopwords and keyword word lists: the defaults (builder/data/) with the content
    folder's own files laid over them (None: a file that cannot be read, reported as an error: nothing may be
    written then)."""
    data_dir = Path(content_dir) / DATA_DIR
    if data_dir.is_symlink() and not data_dir.resolve().is_relative_to(Path(content_dir).resolve()):
        data_dir = Path(content_dir) / "_data-refused"  # as load_vocabulary: read nothing from outside
    places = data_dir / PLACES
    stopwords_file = data_dir / PRACTICE_STOPWORDS
    problem = places_table_problem(places)
    if problem:
        report.errors.append(
            f"{places}: error: {problem} (`digest check` shows where); fix it and run ingest again — "
            "nothing was written"
        )
        return None
    try:
        stopwords = load_stopwords(stopwords_file)
    except UnicodeDecodeError:
        report.errors.append(
            f"{stopwords_file}: error: not UTF-8 text; re-save it as UTF-8 and run ingest again — "
            "nothing was written"
        )
        return None
    return DataSetup(vocabulary.themes, places, stopwords, data_dir, vocabulary.practice_aliases)


def _outcomes(
    workers: Workers, paths: list[Path], builtin: bool, progress: Progress
) -> Iterator[tuple[Path, Any]]:
    """Each page with what a worker made of it, in order, as they are done (counted on `progress`)."""
    outcomes = workers.imap(page_job, [(p, builtin) for p in paths])
    return zip(paths, progress.track(outcomes, "reading", len(paths), "pages"), strict=True)


def ingest(
    seeds_dir: Path, content_dir: Path, extractor: Extractor | None = None, progress: Progress = SILENT
) -> Report:
    """Ingest every page of `seeds_dir` into `content_dir`, keeping editors' changes; never raises for bad
    input (problems go to the report). Extraction reads `content/_data/`; `extractor` replaces it (tests)."""
    report = Report()
    content_dir = Path(content_dir)
    paths = seed_paths(seeds_dir)
    count = planned_workers(paths)
    prestart(count)
    remove_stale_temporary_files(content_dir)  # debris of killed runs; the caller holds the lock
    vocabulary = load_vocabulary(content_dir)
    setup = _data_setup(content_dir, vocabulary, report)
    if setup is None:
        return report
    builtin = extractor is None or extractor is extract_all
    with Workers(setup, count) as workers:
        if workers.count > 1:  # this process waits for the workers: meanwhile, load what slugs need
            threading.Thread(target=_load_romanizer, name="load-pypinyin", daemon=True).start()
        drafts: list[Draft] = []
        extracted: list[Extracted] = []
        terms: list[dict[str, int]] = []
        known: dict[str, dict[str, str]] = {}  # draft key -> hashes the worker computed
        pages: dict[str, str] = {}
        for path, outcome in _outcomes(workers, paths, builtin, progress):
            if outcome.error is not None:
                report.errors.append(outcome.error)
                continue
            report.errors.extend(outcome.errors)
            report.warnings.extend(outcome.warnings)
            drafts.extend(outcome.drafts)
            extracted.extend(outcome.extracted)
            terms.extend(outcome.terms)
            known.update((d.key, h) for d, h in zip(outcome.drafts, outcome.hashes, strict=False))
            pages[path.name] = outcome.page_text

        themes_file = content_dir / DATA_DIR / "themes.yaml"
        if drafts and not vocabulary.themes:
            if themes_file.exists():
                # Refreshing every file without themes would wipe them: stop before writing anything.
                report.errors.append(
                    f"{themes_file}: error: cannot be read as a theme vocabulary (`digest check` shows "
                    "where); fix it and run ingest again — nothing was written"
                )
                return report
            report.warnings.append(
                f"{themes_file}: warning: the theme vocabulary is empty (`replace: true` with no themes?), "
                "so no themes are extracted"
            )
        if builtin:
            for fields, words in zip(extracted, keywords_from_terms(terms), strict=True):
                fields.keywords = list(words)
        elif drafts:
            texts = [article_text(d, pages[d.source_file]) for d in drafts]
            extracted = extractor(texts, vocabulary.themes)
            retitle(drafts, extracted, vocabulary.themes)
        page_paths = {path.name: path for path in paths}
        planned = _plan(drafts, extracted, known, content_dir, report, page_paths)
        # rendered by the workers while this process writes the state, then written as they come
        texts = workers.imap(render_job, [(item[4], item[5]) for item in planned.items])
        _write(planned, progress.track(texts, "writing", len(planned.items), "files"), content_dir, report)
    return report


# draft, path, generated hashes, kept fields, front matter, body
_Item = tuple[Draft, Path, dict[str, list[str]], list[str], dict[str, Any], str]


@dataclass
class _Plan:
    state: IngestState
    items: list[_Item]
    slugs: dict[str, str]


def _plan(
    drafts: list[Draft],
    extracted: list[Extracted],
    known: dict[str, dict[str, str]],
    content_dir: Path,
    report: Report,
    page_paths: dict[str, Path] | None = None,
) -> _Plan:
    """Match drafts to content/ files, merge with editors' changes, choose new slugs; nothing is written.
    A page that only shares its name with a page ingested before (samename) is refused: none of its drafts."""
    state = _load_state(content_dir, report)
    files = _read_existing(content_dir, report)
    drafts, extracted = _without_other_pages(drafts, extracted, files, page_paths or {}, report)
    _forget_unwritten(state, files.by_source)
    drafts, extracted = _without_reprints(drafts, extracted, files, state, report)
    slugs = _choose_slugs(drafts, extracted, files, state)
    items: list[_Item] = []
    new_state = IngestState(dict(state.sources))
    for draft, fields in zip(drafts, extracted, strict=True):
        parent = slugs.get(f"{draft.source_file}#{draft.parent_part}") if draft.parent_part else None
        mapping = new_mapping(draft, fields, slugs[draft.key], parent)
        generated = hashes_of(mapping, draft.body, known.get(draft.key))
        if draft.key in files.by_source:
            path, current, body = files.by_source[draft.key]
            merged = merge_fields(mapping, draft.body, current, body, state.sources.get(draft.key))
            items.append((draft, path, generated, merged.kept, merged.mapping, merged.body))
        elif draft.key in state.sources:  # written by an earlier run (pending entries are gone by now)
            slug = state.sources[draft.key].slug
            if slug not in files.broken:
                report.skipped.append(f"{draft.key}: {slug}.md was deleted by an editor; left deleted")
            continue
        else:
            path = Path(content_dir) / f"{slugs[draft.key]}.md"
            items.append((draft, path, generated, [], mapping, draft.body))
        new_state.sources[draft.key] = SourceState(
            slugs[draft.key],
            transitional(state.sources.get(draft.key), generated),
            written=draft.key in files.by_source,  # a new file is pending until written (see merge.py)
        )
    return _Plan(new_state, items, slugs)


@dataclass
class _ExistingFiles:
    by_source: dict[str, tuple[Path, dict[str, Any], str]]  # `file#part` -> path, front matter, body
    taken: set[str]  # slugs and file stems in use
    broken: set[str]  # stems of files that cannot be read (left untouched, reported)


def _read_existing(content_dir: Path, report: Report) -> _ExistingFiles:
    """The content folder's files, by the source part they were made from."""
    files = _ExistingFiles({}, set(), set())
    for path in sorted(Path(content_dir).glob("*.md")):
        files.taken.add(path.stem)
        loaded = read_content_file(path)
        if loaded.error is not None or loaded.text is None:
            line = f":{loaded.error.line}" if loaded.error and loaded.error.line else ""
            message = loaded.error.message if loaded.error else "unreadable"
            report.errors.append(f"{path}{line}: error: {message}; fix it, this file was left untouched")
            files.broken.add(path.stem)
            continue
        source = loaded.data.get("source")
        slug = loaded.data.get("slug")
        if isinstance(slug, str):
            files.taken.add(slug)
        if isinstance(source, dict) and "file" in source and "part" in source:
            files.by_source[f"{source['file']}#{source['part']}"] = (path, loaded.data, loaded.text.body)
    return files


def _without_other_pages(
    drafts: list[Draft],
    extracted: list[Extracted],
    files: _ExistingFiles,
    page_paths: dict[str, Path],
    report: Report,
) -> tuple[list[Draft], list[Extracted]]:
    """The drafts less those of a page whose name content/ knows from another page's text, each such page an
    error: its articles would take the place, slugs and fields of the earlier page's. A page's text is what its
    drafts print (heads, bylines, bodies, captions)."""
    by_page = [(key.rsplit("#", 1)[0], entry) for key, entry in files.by_source.items()]
    known = {name for name, _entry in by_page}
    printed: dict[str, list[str]] = {}  # only the pages content/ knows a name of (linear in the drafts)
    for draft in drafts:
        if draft.source_file in known:
            lines = printed.setdefault(draft.source_file, [])
            lines += [draft.title, draft.subtitle or "", draft.byline or "", draft.body]
            lines += [str(caption.get("text") or "") for caption in draft.captions]
    if not printed:
        return drafts, extracted
    pages = {name: "\n".join(lines) for name, lines in printed.items()}
    earlier = [  # the files of those pages only
        (name, path, f"{data.get('title') or ''}\n{body}")
        for name, (path, data, body) in by_page
        if name in pages
    ]
    others = other_pages_of_the_same_name(pages, earlier)
    for name, paths in others.items():
        shown = ", ".join(p.name for p in paths[:3]) + (
            f" and {len(paths) - 3} more" if len(paths) > 3 else ""
        )
        report.errors.append(
            f"{page_paths.get(name, name)}: error: content/ holds articles of another page of this name "
            f"({shown}), which this page does not print; give this page a name of its own (the date or the "
            "paper in it, e.g. 2026-05-12_p01.txt) and run ingest again — nothing of this page was written"
        )
    kept = [i for i, d in enumerate(drafts) if d.source_file not in others]
    return [drafts[i] for i in kept], [extracted[i] for i in kept]


def _forget_unwritten(state: IngestState, existing: dict[str, Any]) -> None:
    """Entries listed by a run that died before (or after) writing their file: written if the file is
    there, else dropped (never written: the slug is free again, the draft is new)."""
    for key, entry in list(state.sources.items()):
        if not entry.written:
            if key in existing:
                entry.written = True
            else:
                del state.sources[key]


def _without_reprints(
    drafts: list[Draft],
    extracted: list[Extracted],
    files: _ExistingFiles,
    state: IngestState,
    report: Report,
) -> tuple[list[Draft], list[Extracted]]:
    """The drafts less the new ones that repeat an article of content/ or an earlier draft (reprints.
    drop_reprints), each reported. A draft with a file or a state entry is never new: never dropped."""
    known = {key: (path.name, body) for key, (path, _data, body) in files.by_source.items()}
    new = {d.key for d in drafts if d.key not in files.by_source and d.key not in state.sources}
    kept, lines = drop_reprints(drafts, known, new)
    report.skipped.extend(lines)
    return [drafts[i] for i in kept], [extracted[i] for i in kept]


def _choose_slugs(
    drafts: list[Draft], extracted: list[Extracted], files: _ExistingFiles, state: IngestState
) -> dict[str, str]:
    """Each draft's slug: its file's, else the one the state remembers, else a new one (place + topic)."""
    slugs: dict[str, str] = {}
    taken = set(files.taken)
    overviews = {(d.source_file, d.parent_part) for d in drafts if d.parent_part}
    for draft, fields in zip(drafts, extracted, strict=True):
        existing = files.by_source.get(draft.key)
        if existing is not None and isinstance(existing[1].get("slug"), str):
            slugs[draft.key] = existing[1]["slug"]
        elif draft.key in state.sources:
            slugs[draft.key] = state.sources[draft.key].slug
        else:
            is_overview = (draft.source_file, draft.part) in overviews
            topic = "overview" if is_overview else (fields.themes[0] if fields.themes else None)
            slugs[draft.key] = make_slug(_place_for_slug(fields, draft.title), topic, taken)
            taken.add(slugs[draft.key])
    return slugs


def _write(plan: _Plan, texts: Iterable[str], content_dir: Path, report: Report) -> None:
    """The state listing old and new hashes, every file, then the state with the new hashes only. A big
    batch is written by several threads (each file atomic) as the texts come: the time goes into fsync."""
    content_dir.mkdir(parents=True, exist_ok=True)
    atomic_write_text(content_dir / STATE_FILE, plan.state.to_json())

    def write(job: tuple[Path, str]) -> tuple[bool, bool]:
        path, text = job
        existed = path.exists()
        return existed, atomic_write_text(path, text)

    jobs = ((item[1], text) for item, text in zip(plan.items, texts, strict=True))
    if len(plan.items) >= MIN_THREADED_WRITES:
        with ThreadPoolExecutor(WRITE_THREADS) as pool:
            results = list(_in_window(pool, write, jobs))
    else:
        results = [write(job) for job in jobs]
    for (draft, path, generated, kept, _mapping, _body), (existed, changed) in zip(
        plan.items, results, strict=True
    ):
        name = str(path)
        if not existed:
            report.created.append(name)
        elif changed:
            report.updated.append(name)
        else:
            report.unchanged.append(name)
        if kept:
            report.kept.append((name, kept))
        plan.state.sources[draft.key] = SourceState(plan.slugs[draft.key], generated)
    atomic_write_text(content_dir / STATE_FILE, plan.state.to_json())


def _in_window(
    pool: ThreadPoolExecutor,
    write: Callable[[tuple[Path, str]], tuple[bool, bool]],
    jobs: Iterable[tuple[Path, str]],
) -> Iterator[tuple[bool, bool]]:
    """`write` over the jobs in the pool, results in order, with at most WRITE_WINDOW files rendered and not yet
    written (all at once, a 50 MB page's 17 000 files waited in the queue together)."""
    pending: deque[Future[tuple[bool, bool]]] = deque()
    for job in jobs:
        pending.append(pool.submit(write, job))
        if len(pending) >= WRITE_WINDOW:
            yield pending.popleft().result()
    while pending:
        yield pending.popleft().result()
