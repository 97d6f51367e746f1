"""The ingest's plan (moved out of `pipeline`): drafts matched to the files of content/, merged with editors'
changes, new slugs chosen, reprints and pages of another page's name left out; nothing is written here. The
ingest state (STATE_FILE) is read here and written by `ingestwrite`.
"""

from __future__ import annotations

import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.content.loader import read_content_file
from builder.extract.fields import Extracted
from builder.ingest.draft import Draft
from builder.ingest.draftmatter import new_mapping
from builder.ingest.merge import IngestState, SourceState, hashes_of, merge_fields, transitional
from builder.ingest.report import Report
from builder.ingest.reprints import drop_reprints
from builder.ingest.samename import other_pages_of_the_same_name
from builder.ingest.slug import make_slug
from builder.text.romanize import pinyin

STATE_FILE = ".ingest-state.json"


_UNIT_WORDS = "(?:社区|街道|嘎查|苏木|村|乡|镇)"
# a unit ends where another unit or the name ends (长风新村街道 is one subdistrict, not 长风新村 + 街道)
_LOCAL_UNIT = re.compile(
    f"[\\u4e00-\\u9fff]+?{_UNIT_WORDS}(?=$|(?!{_UNIT_WORDS})[\\u4e00-\\u9fff]+?{_UNIT_WORDS})"
)
_LOCAL_SUFFIX = re.compile(f"{_UNIT_WORDS}$")


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


# draft, path, generated hashes, kept fields, front matter, body
_Item = tuple[Draft, Path, dict[str, list[str]], list[str], dict[str, Any], str]


@dataclass
class Plan:
    state: IngestState
    items: list[_Item]
    slugs: dict[str, str]


def plan_ingest(
    drafts: list[Draft],
    extracted: list[Extracted],
    known: dict[str, dict[str, str]],
    content_dir: Path,
    report: Report,
    page_paths: dict[str, Path] | None = None,
) -> Plan:
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
    return Plan(new_state, items, slugs)


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
