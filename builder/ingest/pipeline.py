"""The ingest pipeline: raw pages -> drafts -> extraction -> merge with content/ -> atomic writes -> report.

`ingest` never raises for bad input and returns a Report; builder.commands.ingest takes the lock, prints
the report and chooses the exit code.
"""

from __future__ import annotations

import threading
from collections.abc import Callable, Iterator, Sequence
from pathlib import Path
from typing import Any

from builder.content.loader import DATA_DIR, Vocabulary, load_vocabulary
from builder.extract.fields import ArticleText, Extracted, article_text, extract_all
from builder.extract.keywords import keywords_from_terms
from builder.extract.practices import load_stopwords
from builder.ingest.draft import Draft
from builder.ingest.draftmatter import render_job
from builder.ingest.ingestplan import plan_ingest
from builder.ingest.ingestwrite import write_plan
from builder.ingest.madetitles import retitle
from builder.ingest.report import Report
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
from builder.util.fs import remove_stale_temporary_files
from builder.util.progress import SILENT, Progress

PLACES = "places.yaml"
PRACTICE_STOPWORDS = "practice-stopwords.txt"
__all__ = [
    "PageResult",
    "ingest",
    "process_page",
    "seed_paths",
]
Extractor = Callable[[Sequence[ArticleText], dict], list[Extracted]]


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
        planned = plan_ingest(drafts, extracted, known, content_dir, report, page_paths)
        # rendered by the workers while this process writes the state, then written as they come
        texts = workers.imap(render_job, [(item[4], item[5]) for item in planned.items])
        write_plan(
            planned, progress.track(texts, "writing", len(planned.items), "files"), content_dir, report
        )
    return report
