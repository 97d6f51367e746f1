"""Validate `content/` against the front matter contract (`builder.schema`, docs/architecture.md) and the
vocabularies in `content/_data/`.

`validate(content_dir)` returns every problem at once, as `Diagnostic`s sorted by path and line; the line is
that of the offending key. `digest check` prints them, `digest build` refuses to write when any is an error,
and `digest serve` shows the errors in the browser.
"""

from __future__ import annotations

import os
import re
from dataclasses import dataclass
from pathlib import Path
from typing import Any

from builder.content.cachedreads import full_reading
from builder.content.frontmatter import ContentText
from builder.content.loader import ContentFile, load_content
from builder.content.yamlload import FrontMatterError
from builder.places.aliases import listed_zones
from builder.places.divisions import Place
from builder.schema import MAX_ITEMS
from builder.validate.cache import CheckedFiles
from builder.validate.data import VocabularyCheck, check_indicators, check_site_settings, check_vocabularies
from builder.validate.diagnostics import Diagnostic, FileReport, did_you_mean
from builder.validate.fields import shorten
from builder.validate.schema import check_schema

__all__ = ["has_errors", "summary", "validate"]


@dataclass
class _Parsed:
    report: FileReport
    data: dict[str, Any]
    slug: str | None


def has_errors(diagnostics: list[Diagnostic]) -> bool:
    return any(d.severity == "error" for d in diagnostics)


def summary(diagnostics: list[Diagnostic], files: int) -> str:
    """One line: `checked 12 files: 2 errors, 1 warning`."""
    errors = sum(d.severity == "error" for d in diagnostics)
    warnings = len(diagnostics) - errors

    def n(count: int, word: str) -> str:
        return f"{count} {word}{'' if count == 1 else 's'}"

    return f"checked {n(files, 'file')}: {n(errors, 'error')}, {n(warnings, 'warning')}"


def validate(
    content_dir: Path, files: list[ContentFile] | None = None, cache: Path | None = None
) -> list[Diagnostic]:
    """Every problem in `content_dir`, sorted by path and line. `files` are its initiative files as
    `load_content` read them (read here when not given). `cache`: the build's file cache folder, where the
    per-file results are kept (builder.validate.cache): an unchanged file is not checked again."""
    content_dir = Path(content_dir)
    if not content_dir.is_dir():
        return [Diagnostic(str(content_dir), None, "error", "content folder not found")]
    found: list[Diagnostic] = []
    vocab: VocabularyCheck = check_vocabularies(content_dir)
    found.extend(vocab.diagnostics)
    found.extend(check_site_settings(content_dir))
    found.extend(check_indicators(content_dir))
    zones = listed_zones(content_dir)

    checked = CheckedFiles(cache, content_dir) if cache is not None else None
    parsed: list[_Parsed] = []
    for file in load_content(content_dir) if files is None else files:
        item = _checked_file(file, vocab, zones, checked)
        if isinstance(item, _Parsed):
            parsed.append(item)
            found.extend(item.report.found)
        else:
            found.extend(item)
            salvaged = _salvaged_slug(file)
            if salvaged is not None:
                parsed.append(salvaged)
    found.extend(_stray_files(content_dir))
    found.extend(_cross_check(parsed))
    if checked is not None:
        checked.save()
    return sorted(found, key=Diagnostic.sort_key)


def file_diagnostics(content_dir: Path, file: ContentFile) -> list[Diagnostic]:
    """What `validate` finds in the one file `file` by itself (its schema, characters and body; not the
    checks across files, nor those of the vocabularies): a narrow edit's build (builder.render.narrowbuild)
    checks its edited files so, the rest of the content being the last build's."""
    item = _check_file(file, check_vocabularies(content_dir), listed_zones(content_dir))
    return item.report.found if isinstance(item, _Parsed) else item


def _checked_file(
    file: ContentFile, vocab: VocabularyCheck, zones: tuple[Place, ...], checked: CheckedFiles | None
) -> _Parsed | list[Diagnostic]:
    """`_check_file`, or what it found in the same file (same path and bytes) last time. What is kept of a
    file's data is what the cross-file checks read."""
    key = CheckedFiles.key(file) if checked is not None else None
    if checked is None or key is None:
        return _check_file(file, vocab, zones)
    found = checked.get(key)
    if isinstance(found, (_Parsed, list)):
        return found
    file = full_reading(file)  # (a reading the file cache kept without its text: read again)
    key = CheckedFiles.key(file) or key
    item = _check_file(file, vocab, zones)
    if isinstance(item, _Parsed):
        data = {name: item.data[name] for name in _CROSS_CHECKED if name in item.data}
        lines = {k: v for k, v in item.report.lines.items() if k == "slug" or k.startswith(_CROSS_CHECKED)}
        item = _Parsed(FileReport(item.report.path, lines, item.report.found), data, item.slug)
    checked.put(key, item)
    return item


def _stray_files(content_dir: Path) -> list[Diagnostic]:
    """A warning for each file directly in `content_dir` that is not read. Decided by the name first: only
    a name that is neither a content file's nor hidden nor an editor's backup is looked at on disk (a
    folder is no stray file), so the check costs no system call per content file."""
    found = []
    with os.scandir(content_dir) as entries:
        names = sorted(entry.name for entry in entries)
    for name in names:
        if name.startswith((".", "_")) or name.endswith((".md", "~", ".swp", ".tmp", ".bak")):
            continue
        path = content_dir / name
        if path.is_dir():
            continue
        found.append(
            Diagnostic(str(path), None, "warning", "not a content file: only files ending in .md are read")
        )
    return found


def _check_file(
    file: ContentFile, vocab: VocabularyCheck, zones: tuple[Place, ...]
) -> _Parsed | list[Diagnostic]:
    name = str(file.path)
    file = full_reading(file)
    if file.error is not None or file.text is None:
        error = file.error or FrontMatterError("cannot read file", None)
        return [Diagnostic(name, error.line, "error", error.message)]
    report = FileReport(name, file.lines)
    slug = check_schema(report, file.data, vocab, zones)
    _check_characters(report, file.data, "", {d.line for d in report.found if d.severity == "error"})
    _check_body(report, file.text)
    return _Parsed(report, file.data, slug)


_SLUG_LINE = re.compile(r"""^slug:[ \t]*(["']?)([A-Za-z0-9_.-]+)\1[ \t]*(?:#.*)?$""", re.M)


def _salvaged_slug(file: ContentFile) -> _Parsed | None:
    """A file whose front matter does not parse still takes part in the duplicate-slug check, with the slug
    of its top-level `slug:` line, so that a duplicate is reported with the syntax error, not after it is
    fixed. Only for files that were read (their error has a line); None when no slug line is found."""
    if file.error is None or file.error.line is None:
        return None
    try:
        text = file.path.read_bytes().decode("utf-8", errors="replace").replace("\r\n", "\n")
    except OSError:
        return None
    head, closing, _ = text.partition("\n---")  # the first line is the opening '---'
    found = _SLUG_LINE.search(head if closing else text[:10_000])
    if found is None:
        return None
    line = head.count("\n", 0, found.start()) + 1
    return _Parsed(FileReport(str(file.path), {"slug": line}), {}, found.group(2))


# C0 controls but tab and newline, DEL, C1 controls, noncharacters: invisible in an editor, and HTML forbids them
_FORBIDDEN = re.compile("[\x00-\x08\x0b-\x1f\x7f-\x9f\ufdd0-\ufdef\ufffe\uffff]")


def _forbidden(text: str) -> str | None:
    """`the character U+0001` for the first forbidden character of `text`, or None."""
    found = _FORBIDDEN.search(text)
    return f"the character U+{ord(found.group()):04X}" if found else None


def _check_characters(report: FileReport, value: object, key: str, flagged: set[int | None]) -> None:
    """Every text in the front matter (YAML escapes like "\x01" can write what YAML refuses raw), but on
    the `flagged` lines, which already have an error that shows the character."""
    if isinstance(value, str):
        problem = _forbidden(value)
        if problem and report.line_of(key) not in flagged:
            report.error(
                key or None, f"'{key}' contains {problem}: delete it (it is invisible in most editors)"
            )
    elif isinstance(value, dict):
        for name, item in value.items():
            _check_characters(report, item, f"{key}.{name}" if key else str(name), flagged)
    elif isinstance(value, list):
        for index, item in enumerate(value):
            _check_characters(report, item, f"{key}.{index}", flagged)


def _check_body(report: FileReport, text: ContentText) -> None:
    found = _FORBIDDEN.search(text.body)
    if found:
        line = text.body_first_line + text.body.count("\n", 0, found.start())
        report.error(
            None,
            f"the body contains {_forbidden(found.group())}: delete it (it is invisible in most editors)",
            line=line,
        )
    if not text.body.strip():
        report.error(
            None,
            "body is empty: write the article text below the closing '---' line",
            line=text.body_first_line - 1,
        )


_CROSS_CHECKED = ("parent", "related")  # the fields of a file's data _cross_check reads (and their lines)


def _cross_check(parsed: list[_Parsed]) -> list[Diagnostic]:
    """Duplicate slugs, and parent / related slugs that name no initiative."""
    owners: dict[str, list[_Parsed]] = {}
    for item in parsed:
        if item.slug:
            owners.setdefault(item.slug, []).append(item)
    found: list[Diagnostic] = []
    for slug, items in owners.items():
        if len(items) < 2:
            continue
        for item in items:
            others = ", ".join(o.report.path for o in items if o is not item)
            found.append(
                Diagnostic(
                    item.report.path,
                    item.report.line_of("slug"),
                    "error",
                    f"duplicate slug '{slug}' (also in {others})",
                )
            )
    slugs = set(owners)
    for item in parsed:
        report = FileReport(item.report.path, item.report.lines)
        targets: list[tuple[str, str]] = []
        parent = item.data.get("parent")
        if isinstance(parent, str) and parent.strip():
            targets.append(("parent", parent))
        related = item.data.get("related")
        for key in ("pin", "block"):
            values = related.get(key) if isinstance(related, dict) else None
            if isinstance(values, list) and len(values) <= MAX_ITEMS:
                targets += [(f"related.{key}.{i}", v) for i, v in enumerate(values) if isinstance(v, str)]
        for key, target in targets:
            label = key if key == "parent" else key.rsplit(".", 1)[0]
            if item.slug and target == item.slug:
                report.error(key, f"{label} '{target}' is this initiative itself")
            elif target not in slugs:
                hint = did_you_mean(target, slugs)
                report.error(key, f"{label} '{shorten(target)}' does not name an existing initiative{hint}")
        if isinstance(related, dict):
            pin, block = related.get("pin"), related.get("block")
            if isinstance(pin, list) and isinstance(block, list):
                for both in sorted(
                    {p for p in pin if isinstance(p, str)} & {b for b in block if isinstance(b, str)}
                ):
                    report.warning("related.block", f"'{both}' is both pinned and blocked; blocking wins")
        found.extend(report.found)
    return found
