"""Line labels from the gold sets: what each line of a page is (HEAD / BYLINE / BODY / CAPTION / OTHER).

Every gold set already says where each article's head and body stand on its page: the gold title (with
`title_printed`), subtitle or kicker, byline, captions and the first and last sentence are printed strings. This
module reads each page as the ingest reads it (`builder.ingest.read.read_page`, then the column unfolding and
unweaving of `builder.ingest.workers.process_page`, so the lines are the ones `classify_page` sees), locates those
strings on it, and labels every non-blank line:

- HEAD: a line (almost) wholly inside a printed title, subtitle or kicker — wrapped heads span several lines,
  bold-doubled heads (`党建党建引领引领`) are halved first (`builder.ingest.textrules.split_bold_doubled`);
- BYLINE: a line that opens with an article's byline (a `本报讯（…）` glued to the lead is a byline line);
- CAPTION: a line wholly inside a caption or its credit;
- BODY: any other line between an article's first and last sentence (a caption or credit glued inside a body line
  leaves it a body line);
- OTHER: a line outside every article (page furniture, editor's notes, boxes, jump lines).

A line cannot be labelled confidently (None: left out of training and of the measures) when a head covers only
part of it (a headline glued into a body sentence), or when it stands outside every body on a page where some
printed head or byline of the gold was not found (it may be that head), or whose gold lists no captions (the
seeds': it may be a caption).

`rule_labels` gives what the current rules decide for each line (`classify_page`'s units, their kinds mapped to
the same five labels; a body unit opening with a `本报讯（…）` byline is a byline line, as the pipeline splits it
once the lines are joined), for the comparison in tests/corpus/headtrain.py.
"""

from __future__ import annotations

import re
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.ingest import pagelines as kinds
from builder.ingest.datelines import split_baoxun
from builder.ingest.interleave_rows import unweave_page
from builder.ingest.interleave_widths import unweave_widths
from builder.ingest.read import read_page
from builder.ingest.sidebyside import unfold_page
from builder.ingest.textrules import is_continuation_marker, split_bold_doubled, undouble
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

HEAD, BYLINE, BODY, CAPTION, OTHER = "head", "byline", "body", "caption", "other"
LABELS = (HEAD, BYLINE, BODY, CAPTION, OTHER)
ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus"
_WHOLE = 0.85  # share of a line's characters a head or caption must cover for the line to be one
_BYLINE_SHARE = 0.6  # of a line a byline covers, not from its start: a closing credit in brackets
_ORDER = (
    CAPTION,
    HEAD,
    BYLINE,
)  # marks applied in this order: a head over a caption, a byline opening a line last
_PROBE = 12  # characters of a first / last sentence looked for (a caption may stand inside the sentence)


def training_sets() -> list[tuple[str, Path, Path]]:
    """The committed gold sets (name, pages folder, gold file): the seeds, the invented corpus, heldout …
    heldout14. heldout15 is being written blind and is never read here."""
    sets = [
        ("seeds", ROOT / "seeds", ROOT / "tests" / "gold" / "seeds.yaml"),
        ("corpus", CORPUS / "pages", CORPUS / "gold.yaml"),
    ]
    for number in ["", *range(2, 15)]:
        name = f"heldout{number}"
        sets.append((name, CORPUS / name, CORPUS / f"{name}-gold.yaml"))
    return sets


def eval_sets() -> list[tuple[str, Path, Path]]:
    """Sets of real text kept in /tmp (never committed, never trained on): evaluated when present."""
    found = []
    for number in range(5, 11):
        folder = Path(f"/tmp/R{number}")
        if (folder / "gold.yaml").is_file():
            found.append((f"R{number}", folder / "pages", folder / "gold.yaml"))
    return found


@dataclass
class PageLabels:
    set_name: str
    page: str
    lines: list[str]  # the page's lines as classify_page reads them
    gold: list[str | None]  # one label per line (None: blank, or not labelled confidently)
    rules: list[str | None]  # what the current rules make of each line
    missing: list[str] = field(default_factory=list)  # gold strings not found on the page


def page_text(path: Path) -> str:
    """The page as `classify_page` reads it (see builder.ingest.workers.process_page)."""
    text, printed = unfold_page(read_page(path).text)
    with data_dir_fixed():
        text, printed = unweave_page(text, printed)
        text, _ = unweave_widths(text, printed)
    return text


_KIND_LABEL = {
    kinds.HEADLINE: HEAD,
    kinds.KICKER: HEAD,
    kinds.SUBTITLE: HEAD,
    kinds.BYLINE: BYLINE,
    kinds.CAPTION: CAPTION,
    kinds.CREDIT: CAPTION,
    kinds.TEXT: BODY,
    kinds.HEADING: BODY,
    kinds.NUMBER: BODY,
    kinds.TABLE: BODY,
}


def rule_labels(text: str) -> list[str | None]:
    """The current rules' label of each line: the kind of the first unit made from it; a line no unit names
    (a wrap a rule joined) takes the label of the line above."""
    lines = text.split("\n")
    first: dict[int, str] = {}
    for unit in classify_page(text):
        label = _KIND_LABEL.get(unit.kind, OTHER)
        if label == BODY and split_baoxun(unit.text)[0]:
            label = BYLINE  # a `本报讯（…）` glued to the lead: split off once the lines are joined
        first.setdefault(unit.line, label)
    out: list[str | None] = []
    last: str | None = None
    for number, raw in enumerate(lines, start=1):
        if not raw.strip():
            out.append(None)
            continue
        last = first.get(number, last or OTHER)
        out.append(last)
    return out


def _norm(raw: str) -> str:
    """A line as the gold prints it: bold and heading marks off, a doubled bold head halved, no spaces."""
    text = raw.strip().lstrip("#").replace("**", "").replace("■", "")
    doubled = split_bold_doubled(text)
    if doubled:
        text = doubled[0] + undouble(doubled[1])
    return "".join(text.split())


def _bare(text: str | None) -> str:
    return "".join((text or "").split()).replace("■", "")


def _spans(joined: str, needle: str, start: int = 0) -> list[tuple[int, int]]:
    out, at = [], joined.find(needle, start)
    while needle and at >= 0:
        out.append((at, at + len(needle)))
        at = joined.find(needle, at + 1)
    return out


def _head_pieces(entry: dict) -> list[str]:
    """The printed head strings of one gold article: its title (a seed's `…——…` title in its two parts when
    the page prints them apart) and its subtitle or kicker."""
    pieces = []
    if entry.get("title_printed", True) and entry.get("title"):
        pieces.append(_bare(entry["title"]))
    if entry.get("subtitle"):
        pieces.append(_bare(entry["subtitle"]).lstrip("—"))
    return pieces


class _Page:
    def __init__(self, lines: list[str]) -> None:
        self.lines = lines
        self.normed = [_norm(raw) for raw in lines]
        self.joined = "".join(self.normed)
        self.owner: list[int] = []
        self.starts: list[int] = []
        for index, normed in enumerate(self.normed):
            self.starts.append(len(self.owner))
            self.owner.extend([index] * len(normed))

    def covered(self, span: tuple[int, int]) -> dict[int, tuple[float, bool]]:
        """Lines the span touches: (share of the line covered, whether the span covers the line's start)."""
        out: dict[int, tuple[float, bool]] = {}
        for index in sorted({self.owner[i] for i in range(*span)}):
            size = len(self.normed[index])
            lo, hi = max(span[0], self.starts[index]), min(span[1], self.starts[index] + size)
            out[index] = ((hi - lo) / size, lo == self.starts[index])
        return out

    def best(self, needle: str) -> tuple[int, int] | None:
        """The occurrence of `needle` that covers its lines most wholly (a head printed on its own lines
        rather than repeated in a sentence)."""
        spans = _spans(self.joined, needle)
        if not spans:
            return None
        return max(spans, key=lambda s: (min(c for c, _ in self.covered(s).values()), -s[0]))


def label_lines(lines: list[str], entries: list[dict]) -> tuple[list[str | None], list[str]]:
    """The gold label of each line (see the module's doc) and the gold strings not found."""
    page = _Page(lines)
    labels: list[str | None] = [None] * len(lines)
    body = [False] * len(lines)
    partial = [False] * len(lines)
    missing: list[str] = []
    captions_known = all("captions" in entry for entry in entries)  # the seeds' gold lists none
    marks: list[tuple[str, tuple[int, int]]] = []
    for entry in entries:
        for piece in _head_pieces(entry):
            span = page.best(piece)
            parts = [page.best(p) for p in re.split("——|：", piece) if p] if span is None else []
            if span is None and parts and all(parts):
                marks.extend((HEAD, p) for p in parts if p)
            elif span is None:
                missing.append(piece)
            else:
                marks.append((HEAD, span))
        byline = _bare(entry.get("byline")).strip("（）()")
        if byline:
            span = page.best(byline)
            if span is None:
                missing.append(byline)
            else:
                marks.append((BYLINE, span))
        for caption in entry.get("captions") or []:
            for part in (caption.get("text"), caption.get("credit")):
                span = page.best(_bare(part)) if part else None
                if span is not None:
                    marks.append((CAPTION, span))
        first, last = _bare(entry.get("first_sentence")), _bare(entry.get("last_sentence"))
        starts = _spans(page.joined, first[:_PROBE]) if first else []
        if starts:
            ends = _spans(page.joined, last[-_PROBE:], starts[0][0]) if last else []
            end = ends[0][1] if ends else starts[0][1]
            for index in page.covered((starts[0][0], end)):
                body[index] = True
        else:
            missing.append(first[:_PROBE])
    for index, raw in enumerate(lines):
        if page.normed[index]:
            labels[index] = BODY if body[index] else OTHER
            if body[index] and is_continuation_marker(raw):
                labels[index] = OTHER
    head_share = [0.0] * len(lines)
    caption_share = [0.0] * len(lines)
    for kind, span in sorted(marks, key=lambda m: _ORDER.index(m[0])):
        for index, (share, at_start) in page.covered(span).items():
            caption_share[index] += share if kind == CAPTION else 0.0
            if kind == CAPTION and caption_share[index] >= _WHOLE:
                labels[index] = CAPTION  # a caption and its credit on one line
            elif kind == HEAD and at_start:
                head_share[index] = share
            if kind == BYLINE and head_share[index] and head_share[index] + share >= _WHOLE:
                labels[index], partial[index] = HEAD, False  # a headline with its byline glued on
            elif kind == BYLINE and (at_start or share >= _BYLINE_SHARE):  # maybe in brackets
                labels[index] = BYLINE
            elif share >= _WHOLE or (kind == HEAD and labels[index] == HEAD):
                labels[index] = kind
            elif kind == HEAD:
                partial[index] = True
    for index, label in enumerate(labels):
        if partial[index] and label != HEAD:
            labels[index] = None  # a head glued into a line of something else
        elif (missing or not captions_known) and label == OTHER:
            labels[index] = None  # maybe the head or byline not found, or a caption the gold does not list
    return labels, missing


def gold_by_page(gold: Path) -> dict[str, list[dict]]:
    data = yaml.safe_load(gold.read_text(encoding="utf-8")) or {}
    pages: dict[str, list[dict]] = {}
    for key, entry in data.items():
        pages.setdefault(str(key).split("#")[0], []).append(entry)
    return pages


def load_set(name: str, pages: Path, gold: Path) -> list[PageLabels]:
    out = []
    for page, entries in sorted(gold_by_page(gold).items()):
        path = pages / page
        if not path.is_file():
            continue
        text = page_text(path)
        lines = text.split("\n")
        labels, missing = label_lines(lines, entries)
        out.append(PageLabels(name, page, lines, labels, rule_labels(text), missing))
    return out


def main() -> None:
    from collections import Counter

    for name, pages, gold in training_sets() + eval_sets():
        counts: Counter[str] = Counter()
        left = missing = 0
        for page in load_set(name, pages, gold):
            counts.update(label for label in page.gold if label)
            left += sum(
                1 for raw, label in zip(page.lines, page.gold, strict=True) if raw.strip() and label is None
            )
            missing += len(page.missing)
        print(name, dict(sorted(counts.items())), "left out:", left, "gold strings not found:", missing)


if __name__ == "__main__":
    main()
