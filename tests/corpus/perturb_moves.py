"""Perturbations that move or add whole lines (tests/corpus/perturb.py's KINDS holds them): printed instances real
pages show that keep a set's gold true (no sentence's text changes, every headline and byline is still printed;
only where the page prints it, or what it prints between).

- `head_end`: the page's last article's head (its kicker, headline and subtitle lines) printed after the paragraph
  ending its last sentence (a headline box the extraction read after its column);
- `footer` / `footer_tight`: the editors' footer `责任编辑 … 美术编辑 …` and a `第N版` line at the page's foot, after a
  blank line or right under the last line;
- `spaced_head` / `spaced_head_fw`: a headline of 12 characters or fewer printed alone on its line, a space (ASCII
  or full width) between every two characters (a spaced-out head);
- `byline_end`: every byline printed alone on its line (a reporter line, not a `本报讯` dateline) moved under the
  line ending its article's last sentence (a credit printed at the article's end);
- `interleave1` / `interleave3` / `interleave5` / `interleave8`: the first two articles printed one after the
  other, each from its first head or body line to its last sentence's paragraph, read line by line (left, right,
  left, …) or in blocks of 3, 5 or 8 lines of each (two columns side by side read by an extraction block by
  block; the second's headline comes between two blocks of the first);
- `beside13` / `beside17` (tests/corpus/perturb.py, it re-wraps): the same two articles' paragraphs re-wrapped at
  13 or 17 characters and printed side by side on the same lines, the right column at one display column (a CJK
  character two wide) after the widest left line and a gap of four spaces (`pdftotext -layout`).

A page where the gold's lines cannot be found whole (or whose columns are already mixed) is left as printed.
"""

from __future__ import annotations

import itertools
import re
from collections.abc import Callable
from dataclasses import dataclass

FOOTER_EDITORS = "责任编辑 周海峰  美术编辑 吴蓉  校对 孙琳"
FOOTER_PAGE = "第6版"
SPACED_MAX = 12
_DATELINE = re.compile(r"讯|电[（(]|^[（(]|[）)]$")  # a dateline opening its lead, a bracketed credit


def _squash(text: str | None) -> str:
    return re.sub(r"\s", "", text or "")


@dataclass(frozen=True)
class Span:
    """Lines `first` … `last` of the page hold a text; `whole`: they hold nothing else."""

    first: int
    last: int
    whole: bool


def find(lines: list[str], text: str | None, start: int = 0) -> Span | None:
    """Where the page's lines from `start` print `text` (whitespace ignored), first occurrence; None if nowhere."""
    target = _squash(text)
    if not target:
        return None
    flat: list[str] = []
    owner: list[int] = []
    for i in range(start, len(lines)):
        piece = _squash(lines[i])
        flat.append(piece)
        owner.extend([i] * len(piece))
    joined = "".join(flat)
    at = joined.find(target)
    if at < 0:
        return None
    first, last = owner[at], owner[at + len(target) - 1]
    held = "".join(_squash(lines[i]) for i in range(first, last + 1))
    return Span(first, last, held == target)


def page_articles(gold: dict[str, dict], page: str) -> list[dict]:
    """The page's gold entries in reading order."""
    parts = [(int(key.split("#")[1]), g) for key, g in gold.items() if key.split("#")[0] == page]
    return [g for _, g in sorted(parts, key=lambda item: item[0])]


def _paragraph_end(lines: list[str], line: int, stop: int) -> int:
    """The last line of the paragraph holding `line` (the run of non-blank lines), not reaching `stop`."""
    while line + 1 < min(stop, len(lines)) and lines[line + 1].strip():
        line += 1
    return line


# ------------------------------------------------------------------------------------------------ kinds


def head_end(text: str, gold: dict, page: str) -> str:
    lines = text.split("\n")
    articles = page_articles(gold, page)
    if not articles:
        return text
    g = articles[-1]
    title = find(lines, g.get("title"))
    if not g.get("title_printed", True) or title is None or not title.whole:
        return text
    first, last = title.first, title.last
    if g.get("kicker"):
        kicker = find(lines, g["kicker"])
        if kicker is None or not kicker.whole or kicker.last != first - 1:
            return text  # a kicker printed apart from its headline: the head is not one block
        first = kicker.first
    if g.get("subtitle"):
        below = _squash(lines[last + 1]).lstrip("—-") if last + 1 < len(lines) else ""
        if below != _squash(g["subtitle"]).lstrip("—-"):
            return text  # a subtitle not printed on the line under its headline: left
        last += 1
    end = find(lines, g.get("last_sentence"), last + 1)
    if end is None:
        return text
    end_line = _paragraph_end(lines, end.last, len(lines))
    block = lines[first : last + 1]
    drop = set(range(first, last + 1))
    if not lines[last + 1].strip() and (first == 0 or not lines[first - 1].strip()):
        drop.add(last + 1)  # the head stood apart: one blank line goes with it
    after = lines[end_line + 1 :]
    kept = [line for i, line in enumerate(lines[: end_line + 1]) if i not in drop]
    return "\n".join([*kept, "", *block, *([""] if after and after[0].strip() else []), *after])


def footer(text: str, gold: dict, page: str, gap: bool = True) -> str:
    body = text.rstrip()
    return body + ("\n\n" if gap else "\n") + f"{FOOTER_EDITORS}\n{FOOTER_PAGE}\n"


def spaced_head(space: str) -> Callable[[str, dict, str], str]:
    def change(text: str, gold: dict, page: str) -> str:
        lines = text.split("\n")
        for g in page_articles(gold, page):
            title = _squash(g.get("title"))
            if not g.get("title_printed", True) or not 2 <= len(title) <= SPACED_MAX:
                continue
            for i, line in enumerate(lines):
                if _squash(line) == title:
                    indent = line[: len(line) - len(line.lstrip())]
                    lines[i] = indent + space.join(title)
                    break
        return "\n".join(lines)

    return change


def byline_end(text: str, gold: dict, page: str) -> str:
    lines = text.split("\n")
    moves: list[tuple[int, int]] = []  # (byline's line, the line it goes under)
    for g in page_articles(gold, page):
        byline = _squash(g.get("byline"))
        if not byline or _DATELINE.search(byline):
            continue
        span = find(lines, byline)
        if span is None or not span.whole or span.first != span.last:
            continue
        end = find(lines, g.get("last_sentence"), span.last + 1)
        if end is None or not _squash(lines[end.last]).endswith(_squash(g["last_sentence"])[-4:]):
            continue  # the last sentence does not end its line (a credit glued to it): left
        moves.append((span.first, end.last))
    if not moves:
        return text
    taken = {line for line, _ in moves}
    under = {target: lines[line] for line, target in moves}
    out: list[str] = []
    for i, line in enumerate(lines):
        if i not in taken:
            out.append(line)
        if i in under:
            out.append(under[i].strip())
    return "\n".join(out)


def _article_start(lines: list[str], g: dict) -> int | None:
    spans = [find(lines, g.get(key)) for key in ("kicker", "title", "subtitle", "byline", "first_sentence")]
    found = [s.first for s in spans if s is not None]
    return min(found) if found else None


def article_pair(lines: list[str], gold: dict, page: str) -> tuple[int, int, int, int] | None:
    """The page's first two articles printed one after the other: (start_a, stop_a, start_b, stop_b), the lines
    of each from its first head or body line to its last sentence's paragraph (stops exclusive, the blank lines
    between them left out); None when no two are."""
    articles = page_articles(gold, page)
    for a, b in itertools.pairwise(articles):
        start_a, start_b = _article_start(lines, a), _article_start(lines, b)
        end_a = find(lines, a.get("last_sentence"), start_a or 0)
        end_b = find(lines, b.get("last_sentence"), start_b or 0)
        if None in (start_a, start_b, end_a, end_b) or not start_a < end_a.last < start_b <= end_b.first:
            continue
        stop_a = start_b
        while stop_a > start_a and not lines[stop_a - 1].strip():
            stop_a -= 1
        nxt = articles.index(b) + 1
        start_c = _article_start(lines, articles[nxt]) if nxt < len(articles) else None
        stop_b = _paragraph_end(lines, end_b.last, start_c if start_c is not None else len(lines)) + 1
        return start_a, stop_a, start_b, stop_b
    return None


def interleave(k: int) -> Callable[[str, dict, str], str]:
    """Two articles read in blocks of `k` lines of each (k = 1: line by line, left, right, left, …, a row
    printing a blank line only where both columns leave one)."""

    def change(text: str, gold: dict, page: str) -> str:
        lines = text.split("\n")
        pair = article_pair(lines, gold, page)
        if pair is None:
            return text
        start_a, stop_a, start_b, stop_b = pair
        left, right = lines[start_a:stop_a], lines[start_b:stop_b]
        mixed: list[str] = []
        for i in range(0, max(len(left), len(right)), k):
            block = left[i : i + k] + right[i : i + k]
            if k == 1:  # a row: a blank line only where both columns print none
                block = [line for line in block if line.strip()] or [""]
            mixed += block
        return "\n".join(lines[:start_a] + mixed + lines[stop_b:])

    return change


MOVES: dict[str, Callable[[str, dict, str], str]] = {
    "head_end": head_end,
    "footer": footer,
    "footer_tight": lambda text, gold, page: footer(text, gold, page, gap=False),
    "spaced_head": spaced_head(" "),
    "spaced_head_fw": spaced_head("\u3000"),
    "byline_end": byline_end,
    "interleave1": interleave(1),
    "interleave3": interleave(3),
    "interleave5": interleave(5),
    "interleave8": interleave(8),
}
