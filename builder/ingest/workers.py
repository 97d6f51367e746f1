"""Raw pages -> drafts -> extracted fields, page by page, in worker processes when there are many pages.

Pages are independent until keywords (TF-IDF against the whole batch) and slugs (unique across content/),
so each page is read, normalized, segmented and extracted on its own, and the pipeline puts the results
back in the order of the pages: the output does not depend on the number of workers.

Workers come from a fork server (started fresh, not forked from the ingest), so they inherit neither the
ingest's lock on content/ nor its open files: a killed ingest leaves no worker holding the lock, and the
workers end when the ingest does. Each worker reads the content folder's data (`DataSetup`) once.
`DIGEST_WORKERS=N` sets the number of workers (1: none); small batches are done in the ingest's process.
"""

from __future__ import annotations

import contextlib
import multiprocessing
import os
import select
import threading
import time
from collections import Counter
from collections.abc import Callable, Iterable, Iterator
from concurrent.futures import ProcessPoolExecutor
from concurrent.futures.process import BrokenProcessPool
from dataclasses import dataclass, field
from pathlib import Path
from typing import Any, TypeVar

from builder.content.loader import Label
from builder.extract.fields import Extracted, article_text, extract_one, keyword_document
from builder.extract.keywords import document_terms
from builder.ingest.besiderow import first_row_beside
from builder.ingest.blanklines import even_blank_runs, restore_blank_lines
from builder.ingest.browserprint import drop_print_lines
from builder.ingest.centredheads import place_heads
from builder.ingest.cidglyphs import undo_cid_glyphs
from builder.ingest.draft import Draft, drafts_from_articles
from builder.ingest.draftmatter import early_hashes
from builder.ingest.evenblocks import unweave_even_blocks
from builder.ingest.footcredits import sign_from_foot
from builder.ingest.innerheads import lift_inner_heads
from builder.ingest.interleave import deinterleave
from builder.ingest.interleave_rows import unweave_page
from builder.ingest.interleave_widths import unweave_widths
from builder.ingest.labelledfields import unlabel_heads
from builder.ingest.lateheads import lift_late_heads
from builder.ingest.lostbullets import drop_lost_bullets
from builder.ingest.madetitles import retitle
from builder.ingest.manuscripts import manuscript_marks_off
from builder.ingest.markdownexport import unmark_export
from builder.ingest.masthead import masthead_meta
from builder.ingest.microblogs import unfold_posts
from builder.ingest.midheads import lift_heads_in_sentences
from builder.ingest.numeraldates import arabic_page_heads
from builder.ingest.otherscripts import other_scripts_off
from builder.ingest.paragraphs import assemble
from builder.ingest.proofsheets import drop_margin_numbers
from builder.ingest.read import PageReadError, read_page
from builder.ingest.reversedblocks import unreverse_blocks
from builder.ingest.rubylines import drop_ruby_lines
from builder.ingest.runningheads import drop_page_lines_in_text
from builder.ingest.segment import segment
from builder.ingest.sidebyside import printed_lines, unfold_page
from builder.ingest.sidecar import SidecarError, read_sidecar
from builder.ingest.splitruns import join_split_runs
from builder.ingest.spreadheads import join_spread_heads
from builder.ingest.submissions import mail_parts_off
from builder.ingest.traditionalpages import TraditionalReading
from builder.ingest.tvscripts import unlabel_scripts
from builder.ingest.unhung import hang_punctuation
from builder.ingest.units import classify_page
from builder.ingest.watermarks import drop_watermark_lines
from builder.places import gazetteer
from builder.util.parallel import worker_count
from builder.util.paths import data_dir_fixed

T = TypeVar("T")
R = TypeVar("R")

MAX_WORKERS = 8
MIN_PARALLEL_BYTES = 1024 * 1024  # below this much raw text, starting workers costs more than it saves
MIN_PARALLEL_PAGES = 4


@dataclass
class PageResult:
    drafts: list[Draft]
    page_text: str
    errors: list[str] = field(default_factory=list)  # a broken sidecar (the page is read without it)
    warnings: list[str] = field(default_factory=list)  # articles found but not written


def process_page(path: Path) -> PageResult:
    """One raw page (and its sidecar) -> its drafts (pure apart from reading the files); the page's masthead
    gives its publication, date and page where the sidecar does not."""
    page = read_page(path)
    traditional = TraditionalReading.of(page.text)  # read as simplified, written back as printed
    text = traditional.simplified if traditional else page.text
    text, printed = drop_print_lines(
        *arabic_page_heads(*first_row_beside(*unfold_page(undo_cid_glyphs(text))))
    )
    text, printed = drop_watermark_lines(*drop_ruby_lines(text, printed))
    text, printed = drop_lost_bullets(*unmark_export(*unlabel_heads(text, printed)))
    text, printed = drop_margin_numbers(*other_scripts_off(*mail_parts_off(*unlabel_scripts(text, printed))))
    text, printed = unfold_posts(*manuscript_marks_off(text, printed))
    text, printed = join_split_runs(text, printed)
    with data_dir_fixed():  # the tokenizer of the line joins, looked for once per page
        text, printed = drop_page_lines_in_text(*even_blank_runs(text, printed))
        text, printed = unweave_page(text, printed)
        text, printed = place_heads(*hang_punctuation(*unweave_widths(text, printed)))
        text, printed = unweave_even_blocks(text, printed)
        text, printed = unreverse_blocks(*restore_blank_lines(text, printed))
        units = join_spread_heads(classify_page(text))
        printed_meta = masthead_meta(units)
        units = lift_inner_heads(lift_heads_in_sentences(lift_late_heads(units)))
        blocks = printed_lines(assemble(deinterleave(units)), printed)
        articles = sign_from_foot(segment(blocks), text.split("\n"))
    page_text = "\n".join(b.text for b in blocks)
    drafts, unwritten = drafts_from_articles(page.name, articles)
    if traditional is not None:
        for draft in drafts:
            traditional.restore_draft(draft)
        page_text, printed_meta = traditional.restore(page_text), traditional.restore_value(printed_meta)
    warnings = [f"{path.parent / line}" for line in unwritten]
    try:
        meta = {**printed_meta, **read_sidecar(path)}  # (a sidecar says better than the masthead, key by key)
    except SidecarError as exc:
        for draft in drafts:
            draft.page_meta = printed_meta
        return PageResult(drafts, page_text, [f"{exc}; the page was ingested without it"], warnings)
    for draft in drafts:
        draft.page_meta = meta
    return PageResult(drafts, page_text, [], warnings)


def seed_paths(seeds_dir: Path) -> list[Path]:
    return sorted((p for p in Path(seeds_dir).glob("*.txt") if p.is_file()), key=lambda p: p.name)


def page_error(path: Path, exc: BaseException) -> str:
    """The report line for a page that could not be ingested."""
    if isinstance(exc, PageReadError):
        return f"{path}: error: {exc}; skipped (the other pages are still ingested)"
    return f"{path}: error: could not segment this page ({type(exc).__name__}: {exc}); skipped"


# --------------------------------------------------------------------------------- the content's data


@dataclass(frozen=True)
class DataSetup:
    """The editable data of the content folder that extraction reads (`<content>/_data/`)."""

    themes: dict[str, Label]
    places_file: Path | None
    practice_stopwords: frozenset[str] | None = None  # None: the project's list
    data_dir: Path | None = None  # its terms.txt and stopwords.txt for keywords (see tokens_dir)
    practice_aliases: dict[str, str] | None = None  # variant -> name; None: the default list


_SETUP: DataSetup | None = None
_TOKENS_DIR: dict[str, Path | None] = {}  # the keyword word lists' folder for _SETUP, once decided


def configure(setup: DataSetup) -> None:
    """Use `setup` in this process (the worker initializer; the ingest's own process too)."""
    global _SETUP
    _SETUP = setup
    _TOKENS_DIR.clear()
    gazetteer.use_places_file(setup.places_file)


def _worker_init(setup: DataSetup, ingest_pid: int) -> None:
    """A worker: use `setup`, and end as soon as the ingest that started it ends (killed or not)."""
    configure(setup)
    threading.Thread(target=_exit_with, args=(ingest_pid,), name="exit-with-ingest", daemon=True).start()


def _exit_with(pid: int) -> None:
    """Block until process `pid` is gone, then end this process at once (its work is of no use)."""
    try:
        fd = os.pidfd_open(pid)  # Linux: readable once the process has ended, reaped or not
    except (AttributeError, OSError):
        fd = None
    if fd is not None:
        select.select([fd], [], [])
    else:
        while True:
            try:
                os.kill(pid, 0)
            except ProcessLookupError:
                break
            except OSError:
                pass
            time.sleep(0.5)
    os._exit(1)


def tokens_dir_of(data_dir: Path) -> Path | None:
    """The folder of the keyword word lists: the content's, as `digest build` uses them, when it has its own
    terms.txt or stopwords.txt (laid over the defaults); None (the shared default tokenizer) otherwise."""
    from builder.text.tokens import STOPWORDS_FILE, TERMS_FILE

    if any((data_dir / name).is_file() for name in (TERMS_FILE, STOPWORDS_FILE)):
        return data_dir
    return None


_TOKENIZERS: dict[tuple[Path | None, object], Any] = {}


def _tokenizer() -> Any:
    """The tokenizer of the keyword word lists in use, with the place words of the gazetteer in use: the
    shared one (`get_tokenizer`) unless it was built while another places.yaml was in use."""
    from builder.text.tokens import Tokenizer, get_tokenizer

    if "dir" not in _TOKENS_DIR:  # decided once per configure(): it reads two word lists
        _TOKENS_DIR["dir"] = tokens_dir_of(_SETUP.data_dir) if _SETUP and _SETUP.data_dir else None
    tokens_dir = _TOKENS_DIR["dir"]
    key = (tokens_dir, gazetteer.gazetteer())
    found = _TOKENIZERS.get(key)
    if found is None:
        shared = get_tokenizer(tokens_dir)
        found = shared if shared.places == gazetteer.place_words() else Tokenizer(tokens_dir)
        if len(_TOKENIZERS) >= 4:
            _TOKENIZERS.clear()
        _TOKENIZERS[key] = found
    return found


# ------------------------------------------------------------------------------------------ page jobs


@dataclass
class PageOutcome:
    """What one page gave: its drafts with their extracted fields and keyword terms, or an error line."""

    error: str | None = None
    errors: list[str] = field(default_factory=list)  # see PageResult
    warnings: list[str] = field(default_factory=list)
    drafts: list[Draft] = field(default_factory=list)
    extracted: list[Extracted] = field(default_factory=list)
    terms: list[dict[str, int]] = field(default_factory=list)  # each term of each draft, with its count
    hashes: list[dict[str, str]] = field(default_factory=list)  # see early_hashes
    page_text: str = ""  # only when the page is not extracted here (`extract=False`)


def page_job(job: tuple[Path, bool]) -> PageOutcome:
    """Read, normalize and segment one page; with `extract`, extract its articles too (needs `configure`)."""
    with data_dir_fixed():
        return _page_job(job)


def _page_job(job: tuple[Path, bool]) -> PageOutcome:
    path, extract = job
    try:
        result = process_page(path)
    except Exception as exc:  # a bug must not stop the other pages
        return PageOutcome(error=page_error(path, exc))
    if not result.drafts:
        return PageOutcome(error=f"{path}: error: no article text found on this page; skipped")
    if not extract:
        return PageOutcome(
            drafts=result.drafts, page_text=result.page_text, errors=result.errors, warnings=result.warnings
        )
    assert _SETUP is not None, "configure() first"
    texts = [article_text(d, result.page_text) for d in result.drafts]
    extracted = [
        extract_one(text, _SETUP.themes, _SETUP.practice_stopwords, _SETUP.practice_aliases) for text in texts
    ]
    retitle(result.drafts, extracted, _SETUP.themes)  # an untitled report's title, once its themes are known
    tokenizer = _tokenizer()
    terms = [dict(Counter(document_terms(keyword_document(text), tokenizer))) for text in texts]
    hashes = [early_hashes(draft, fields) for draft, fields in zip(result.drafts, extracted, strict=True)]
    return PageOutcome(
        drafts=result.drafts,
        extracted=extracted,
        terms=terms,
        hashes=hashes,
        errors=result.errors,
        warnings=result.warnings,
    )


# -------------------------------------------------------------------------------------------- workers


def _total_bytes(paths: Iterable[Path]) -> int:
    total = 0
    for path in paths:
        with contextlib.suppress(OSError):
            total += path.stat().st_size
    return total


def planned_workers(paths: list[Path]) -> int:
    """How many workers a batch of pages gets (1: none, the pages are done in this process)."""
    count = min(worker_count(), MAX_WORKERS, len(paths))
    usable = (
        count > 1
        and len(paths) >= MIN_PARALLEL_PAGES
        and _total_bytes(paths) >= MIN_PARALLEL_BYTES
        and "forkserver" in multiprocessing.get_all_start_methods()
    )
    return count if usable else 1


def _forkserver_context() -> Any:
    context = multiprocessing.get_context("forkserver")
    context.set_forkserver_preload([__name__])  # not __main__: the server imports only this module's
    return context


def prestart(count: int) -> None:
    """Start the fork server now, so that it imports the extractors while this process reads its data."""
    if count > 1:
        _forkserver_context()
        from multiprocessing import forkserver

        forkserver.ensure_running()


class Workers:
    """A context that maps page and render jobs over worker processes, in order, or in this process."""

    def __init__(self, setup: DataSetup, count: int) -> None:
        self.setup = setup
        self.count = count
        self._pool: ProcessPoolExecutor | None = None
        self._previous_places: Path | None = None

    def __enter__(self) -> Workers:
        self._previous_places = gazetteer.places_file()
        configure(self.setup)
        if self.count > 1:
            self._pool = ProcessPoolExecutor(
                self.count,
                mp_context=_forkserver_context(),
                initializer=_worker_init,
                initargs=(self.setup, os.getpid()),
            )
        return self

    def __exit__(self, *exc: object) -> None:
        global _SETUP
        if self._pool is not None:
            self._pool.shutdown(wait=True, cancel_futures=True)
            self._pool = None
        _SETUP = None
        _TOKENS_DIR.clear()
        gazetteer.use_places_file(self._previous_places)

    def map(self, func: Callable[[T], R], items: list[T]) -> list[R]:
        """`[func(item) for item in items]`, in order. If the workers die (killed, out of memory, a main
        script that starts an ingest when imported), the work is done again in this process."""
        return list(self.imap(func, items))

    def imap(self, func: Callable[[T], R], items: list[T]) -> Iterator[R]:
        """Like `map`, but the jobs start now and the results come one by one, in order, as they are done."""
        if self._pool is None or len(items) < 2:
            return (func(item) for item in items)
        chunksize = max(1, min(8, len(items) // (self.count * 8)))
        results = self._pool.map(func, items, chunksize=chunksize)

        def ordered() -> Iterator[R]:
            done = 0
            try:
                for result in results:
                    yield result
                    done += 1
                return
            except BrokenProcessPool:
                if self._pool is not None:
                    self._pool.shutdown(wait=False, cancel_futures=True)
                self._pool = None
                self.count = 1
            for item in items[done:]:
                yield func(item)

        return ordered()
