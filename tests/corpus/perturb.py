"""New printed instances of the damage a committed page set already shows: variant page sets with the same gold.

Every rule of ingest reaches 100 % on the open invented sets, and a blind set of the SAME kinds of damage scores far
lower: its instances differ (another column width, no blank line, a page head repeated elsewhere). This module
makes such instances from a set's pages, each a perturbation that keeps the set's gold true (no sentence's text
changes, only how the page prints it), and scores them:

    python -m tests.corpus.perturb --set heldout9 --out /tmp/variants          # writes the variants
    python -m tests.corpus.perturb --set heldout9 --out /tmp/variants --score  # and prints a drop table

A variant set is `OUT/<set>/<kind>/` (the pages, their sidecars) beside `OUT/<set>/<kind>-gold.yaml` (the set's gold:
page names are kept, so the keys are too). The kinds (KINDS):

- `plain`: the page decoded and written again as UTF-8 with LF line ends (the control: other kinds start from it);
- `wrap12` … `wrap24`: every body paragraph re-wrapped at 12, 15, 19 or 24 characters (a run of ASCII letters
  or digits is never cut; closing punctuation hangs at the line's end). The
  paragraphs are read by an independent re-wrapper (`paragraph_runs`), never by ingest's own readers: a line
  goes on the one above only where the original line lengths prove it (the line above is as wide as its column
  and ends no sentence) and the line itself is a body line (as wide as its column, or its paragraph's last line
  ending a sentence), neither indented nor printed twice on the page; everything else (headlines, bylines, captions wider than the column, furniture) stays
  the line it was. A page whose columns the extraction mixed (a gold sentence not printed in one run, lines side
  by side after a gap, or named in MIXED_COLUMNS) is copied as printed;
- `noblank`: every blank line removed; `doubleblank`: every blank line doubled;
- `crlf`: CRLF line ends; `gbk`: encoded as GBK (a page GBK cannot encode stays UTF-8);
- `head_top`, `head_bottom`, `head_mid`: the page head `HEADER` inserted as the first line, the last line, or
  between the two text lines nearest the page's middle (a running head repeated where a column goes on);
- `fullwidth`: ASCII digits printed full width (`２０２６`), the lines not re-wrapped: a line with digits grows wider
  than its column (a page setting them full width lays them out a cell each), so read its drops with that in mind;
- `trailing`: two spaces after every line;
- lines moved or added (tests/corpus/perturb_moves.py): `head_end`, `footer`, `footer_tight`, `spaced_head`,
  `spaced_head_fw`, `byline_end`, `interleave1`, `interleave3`, `interleave5`, `interleave8`; and `beside13`,
  `beside17` (two articles re-wrapped and printed side by side on the same lines, `beside`).

Drop table: `--score` ingests each variant into a brand-new folder (tests/corpus/scoring.py) and prints, per kind,
articles found, spurious files, exact titles, subtitles and bylines, broken paragraphs, and each one's change
against `plain`.
tests/corpus/test_perturb.py holds a slow ratchet on a few cheap variants.
"""

from __future__ import annotations

import argparse
import re
import shutil
import unicodedata
from collections import Counter
from collections.abc import Callable
from dataclasses import dataclass
from pathlib import Path

import yaml

from tests.corpus import goldcheck
from tests.corpus.perturb_moves import MOVES, article_pair

HERE = Path(__file__).resolve().parent
HEADER = "2026年5月12日 星期二  第3版  责任编辑 王某"
WRAP_WIDTHS = (12, 15, 19, 24)
BESIDE_WIDTHS = (13, 17)  # the columns real pages print side by side
BESIDE_GAP = 4  # spaces between the widest left line and the right column
# Pages whose columns the extraction mixed in blocks (each block's sentences whole, so the gold check below
# cannot see it): a re-wrap would join two columns' lines into one paragraph. Named after reading each page.
MIXED_COLUMNS: dict[str, frozenset[str]] = {}

_SENTENCE_END = re.compile(r"[。！？…][”’」』）)]*$")
_CLOSING = set("，。、；：？！”’）》」』〉】…—·%")
_OPENING = set("“‘（《「『〈【")
_INDENT = re.compile(r"^(?:\u3000+| {2,})")
_SIDE_GAP = re.compile(r"\S(?:\u3000{2,}| {3,}|\t)\S")
_ASCII_WORD = re.compile(r"[0-9A-Za-z.%+]+|.", re.DOTALL)


# ---------------------------------------------------------------------------------------------- widths


def width(text: str) -> float:
    """Printed width in characters, as the sets' columns are counted (a digit or letter is one)."""
    return float(len(text))


def column_width(lines: list[str]) -> float:
    """The width most lines of a run print at (the column's): the most common width of lines 5 or wider, the
    wider on a tie; 0 when no line is."""
    widths = Counter(round(width(line.rstrip()) * 2) / 2 for line in lines if width(line.rstrip()) >= 5)
    if not widths:
        return 0.0
    return max(widths.items(), key=lambda item: (item[1], item[0]))[0]


# ------------------------------------------------------------------------------------------- paragraphs


@dataclass
class Run:
    """A piece of a page: a paragraph's text to re-wrap (`lines` joined, `indent` kept) or a line kept as it is."""

    lines: list[str]
    indent: str = ""
    rewrap: bool = False


def _is_full(line: str, col: float) -> bool:
    return col > 0 and col - 1.0 <= width(line.rstrip()) <= col + 1.0


def _goes_on(above: str, line: str, col: float, kept: Callable[[str], bool]) -> bool:
    """`line` goes on the paragraph whose line `above` is: `above` fills its column, and `line` is a body line
    (as wide, or its paragraph's last line ending a sentence), neither indented nor set beside another column."""
    if not _is_full(above, col) or _INDENT.match(line) or not line.strip() or _SIDE_GAP.search(line.strip()):
        return False
    if kept(line):
        return False
    if _SENTENCE_END.search(above.rstrip()):
        return False  # a finished sentence may end its paragraph, even its article (a page with no indent)
    ends = bool(_SENTENCE_END.search(line.rstrip()))
    return _is_full(line, col) or (ends and width(line.rstrip()) < col)


def paragraph_runs(lines: list[str], heads: tuple[str, ...] = ()) -> list[Run]:
    """The page's lines as runs: paragraphs the line lengths prove (re-wrapped) and lines kept as printed (a
    line the page prints twice, a running head; a line holding or inside one of `heads`, the gold's headlines,
    bylines and captions)."""
    runs: list[Run] = []
    group: list[str] = []

    def close_group() -> None:
        col = column_width(group) if len(group) >= 3 else page_col
        i = 0
        while i < len(group):
            line = group[i]
            if _SIDE_GAP.search(line.strip()) or not _is_full(line, col) or kept(line):
                runs.append(Run([line]))
                i += 1
                continue
            j = i + 1
            while j < len(group) and _goes_on(group[j - 1], group[j], col, kept):
                j += 1
            indent = _INDENT.match(line)
            finished = bool(_SENTENCE_END.search(group[j - 1].rstrip()))
            # one line not ending a sentence is a headline, subtitle or byline as wide as the column: kept
            runs.append(Run(group[i:j], indent.group(0) if indent else "", rewrap=j - i > 1 or finished))
            i = j
        group.clear()

    page_col = column_width(lines)
    printed = Counter(line.strip() for line in lines if line.strip())
    repeated = {line for line, n in printed.items() if n > 1}

    def kept(line: str) -> bool:
        flat = _squash(line)
        return line.strip() in repeated or any(
            (len(flat) >= 2 and flat in head) or (len(head) >= 4 and head in flat) for head in heads
        )

    for line in lines:
        if line.strip():
            group.append(line)
            continue
        close_group()
        runs.append(Run([line]))
    close_group()
    return runs


def wrap_text(text: str, indent: str, col: int) -> list[str]:
    """`text` in lines of at most `col` characters (the first after `indent`), ASCII words whole, closing
    punctuation hanging at a line's end, an opening one never ending a line."""
    lines: list[str] = []
    line, used = indent, width(indent)
    for piece in _ASCII_WORD.findall(text):
        w = width(piece)
        if piece.isspace() and used + w > col:
            continue  # a space the break swallows
        if used + w > col and line.strip() and piece[0] not in _CLOSING:
            carry = ""
            while line and line[-1] in _OPENING:
                carry, line = line[-1] + carry, line[:-1]
            lines.append(line.rstrip())
            line, used = carry, width(carry)
        line += piece
        used += w
    if line.strip():
        lines.append(line)
    return lines


def rewrap(text: str, col: int, heads: tuple[str, ...] = ()) -> str:
    """The page with every paragraph the line lengths prove re-wrapped at `col` characters (`heads`: what
    paragraph_runs keeps as printed)."""
    out: list[str] = []
    for run in paragraph_runs(text.split("\n"), heads):
        if not run.rewrap:
            out.extend(run.lines)
            continue
        body = (run.lines[0][len(run.indent) :] + "".join(run.lines[1:])).rstrip()
        out.extend(wrap_text(body, run.indent, col))
    return "\n".join(out)


# ----------------------------------------------------------------------------------------- whole pages


def _squash(text: str) -> str:
    return re.sub(r"\s", "", text)


def _beside(line: str) -> bool:
    """Two columns' text side by side on the line: 6 characters or more on each side of a wide gap."""
    parts = re.split(r"\u3000{2,}| {3,}|\t", line.strip())
    return len(parts) >= 2 and sum(width(part) >= 6 for part in parts) >= 2


def columns_in_order(text: str, gold: dict[str, dict], page: str) -> bool:
    """Every gold first and last sentence of the page printed in one run (its columns not mixed), and no
    line holding two columns side by side."""
    if sum(_beside(line) for line in text.split("\n")) >= 3:
        return False
    flat = _squash(text)
    for key, g in gold.items():
        if key.split("#")[0] != page:
            continue
        for sentence in (g.get("first_sentence"), g.get("last_sentence")):
            if sentence and _squash(sentence) not in flat:
                return False
    return True


def page_heads(gold: dict[str, dict], page: str) -> tuple[str, ...]:
    """The page's headlines, subtitles, bylines and captions (text and credit) in the gold, squashed."""
    heads: list[str] = []
    for key, g in gold.items():
        if key.split("#")[0] == page:
            heads += [g.get("title"), g.get("subtitle"), g.get("kicker"), g.get("byline")]
            heads += [x for c in g.get("captions") or [] for x in (c.get("text"), c.get("credit"))]
    return tuple(_squash(h) for h in heads if h and _squash(h))


def _insert_middle(text: str, line_in: str) -> str:
    lines = text.split("\n")
    middle = len(lines) // 2
    slots = [i for i in range(1, len(lines)) if lines[i - 1].strip() and lines[i].strip()]
    if not slots:
        return text
    at = min(slots, key=lambda i: (abs(i - middle), i))
    return "\n".join([*lines[:at], line_in, *lines[at:]])


def _blank_lines(text: str, times: int) -> str:
    out: list[str] = []
    for line in text.split("\n"):
        out.extend([line] * (times if not line.strip() else 1))
    return "\n".join(out)


_FULLWIDTH_DIGITS = str.maketrans("0123456789", "０１２３４５６７８９")

# kind -> the page's text made into the variant's (the gold and the page's name given for the re-wraps' check).
TextChange = Callable[[str, dict, str], str]


def _rewrap_kind(col: int) -> TextChange:
    def change(text: str, gold: dict, page: str) -> str:
        return rewrap(text, col, page_heads(gold, page)) if columns_in_order(text, gold, page) else text

    return change


KINDS: dict[str, TextChange] = {
    "plain": lambda text, gold, page: text,
    **{f"wrap{col}": _rewrap_kind(col) for col in WRAP_WIDTHS},
    "noblank": lambda text, gold, page: "\n".join(x for x in text.split("\n") if x.strip()),
    "doubleblank": lambda text, gold, page: _blank_lines(text, 2),
    "crlf": lambda text, gold, page: text,
    "gbk": lambda text, gold, page: text,
    "head_top": lambda text, gold, page: f"{HEADER}\n{text}",
    "head_bottom": lambda text, gold, page: f"{text.rstrip()}\n{HEADER}\n",
    "head_mid": lambda text, gold, page: _insert_middle(text, HEADER),
    "fullwidth": lambda text, gold, page: text.translate(_FULLWIDTH_DIGITS),
    "trailing": lambda text, gold, page: "\n".join(x + "  " if x.strip() else x for x in text.split("\n")),
}


def _in_order(change: TextChange) -> TextChange:
    """`change` on a page whose columns are printed in order (columns_in_order); others are left as printed."""

    def guarded(text: str, gold: dict, page: str) -> str:
        return change(text, gold, page) if columns_in_order(text, gold, page) else text

    return guarded


def layout_width(text: str) -> int:
    """Display columns of `text` as a layout extraction lays it out: a wide (CJK, full-width) character two."""
    return sum(2 if unicodedata.east_asian_width(ch) in "WF" else 1 for ch in text)


def beside(col: int) -> TextChange:
    """The page's first two articles (perturb_moves.article_pair) re-wrapped at `col` characters and printed
    side by side on the same lines: each left line padded with spaces to one edge, the right line after it."""

    def change(text: str, gold: dict, page: str) -> str:
        lines = text.split("\n")
        pair = article_pair(lines, gold, page)
        if pair is None:
            return text
        start_a, stop_a, start_b, stop_b = pair
        heads = page_heads(gold, page)
        left = rewrap("\n".join(lines[start_a:stop_a]), col, heads).split("\n")
        right = rewrap("\n".join(lines[start_b:stop_b]), col, heads).split("\n")
        edge = max(layout_width(line.rstrip()) for line in left) + BESIDE_GAP
        rows: list[str] = []
        for i in range(max(len(left), len(right))):
            one = left[i].rstrip() if i < len(left) else ""
            two = right[i].rstrip() if i < len(right) else ""
            rows.append(one + " " * (edge - layout_width(one)) + two if two else one)
        return "\n".join(lines[:start_a] + rows + lines[stop_b:])

    return change


# moved and added lines (perturb_moves.py); a move that reads the articles' order runs on pages printed in order
KINDS |= {
    kind: change if kind.startswith(("footer", "spaced")) else _in_order(change)
    for kind, change in MOVES.items()
} | {f"beside{col}": _in_order(beside(col)) for col in BESIDE_WIDTHS}


def page_bytes(kind: str, text: str) -> bytes:
    """The variant's text as the file's bytes (UTF-8 and LF unless the kind is about them)."""
    if kind == "crlf":
        return text.replace("\n", "\r\n").encode("utf-8")
    if kind == "gbk":
        try:
            return text.encode("gbk")
        except UnicodeEncodeError:
            return text.encode("utf-8")
    return text.encode("utf-8")


def read_page(path: Path) -> str:
    """The page's text (any encoding the sets use, LF line ends, no BOM)."""
    return goldcheck.page_text(path).lstrip("\ufeff").replace("\r", "")


def set_paths(name: str) -> tuple[Path, Path]:
    """A committed set's pages folder and gold file."""
    return HERE / name, HERE / f"{name}-gold.yaml"


def write_variant(pages: Path, gold_file: Path, kind: str, out: Path) -> tuple[Path, Path]:
    """Write the `kind` variant of the set (`pages`, `gold_file`) into `out/<kind>/`; its pages and gold."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    target = out / kind
    if target.exists():
        shutil.rmtree(target)
    target.mkdir(parents=True)
    skipped = MIXED_COLUMNS.get(pages.name, frozenset())
    change = KINDS[kind]
    for path in sorted(pages.iterdir()):
        if path.suffix != ".txt":
            shutil.copy(path, target / path.name)
            continue
        text = read_page(path)
        if not (kind.startswith("wrap") and path.name in skipped):
            text = change(text, gold, path.name)
        (target / path.name).write_bytes(page_bytes(kind, text))
    gold_out = out / f"{kind}-gold.yaml"
    shutil.copy(gold_file, gold_out)
    return target, gold_out


# ------------------------------------------------------------------------------------------------ scoring

MEASURES = ("found", "spurious", "titles", "subtitles", "bylines", "broken_paragraphs")


def score_variants(
    name: str, out: Path, kinds: list[str], paths: tuple[Path, Path] | None = None
) -> dict[str, dict[str, int]]:
    """Each kind's counts (MEASURES, and the articles of the gold) for the set `name` (its pages folder and gold
    `paths`, a committed set's when None), its variants written under `out/<name>/`."""
    from tests.corpus import scoring

    pages, gold_file = paths or set_paths(name)
    rows: dict[str, dict[str, int]] = {}
    for kind in kinds:
        variant, gold_out = write_variant(pages, gold_file, kind, out / name)
        scores = scoring.run(variant, gold_out)
        rows[kind] = {m: getattr(scores, m) for m in MEASURES} | {"n": scores.gold_articles}
    return rows


def drop_table(name: str, rows: dict[str, dict[str, int]]) -> str:
    """One line per kind: each count and its change against `plain` (spurious files and broken paragraphs:
    more is worse)."""
    base = rows.get("plain") or next(iter(rows.values()))
    lines = [f"{name:10} {'kind':12} " + " ".join(f"{m[:9]:>12}" for m in MEASURES)]
    for kind, row in rows.items():
        cells = [f"{row[m]:>3} ({row[m] - base[m]:+d})".rjust(12) for m in MEASURES]
        lines.append(f"{name:10} {kind:12} " + " ".join(cells))
    return "\n".join(lines)


def _arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.corpus.perturb", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--set", required=True, help="a committed set's name (heldout9, layouts17, …)")
    parser.add_argument(
        "--pages", type=Path, help="a pages folder outside the repo (with --gold; --set names it)"
    )
    parser.add_argument("--gold", type=Path, help="the gold file of --pages")
    parser.add_argument("--out", required=True, type=Path, help="folder the variants are written into")
    parser.add_argument("--kinds", nargs="*", default=list(KINDS), choices=list(KINDS), metavar="KIND")
    parser.add_argument("--score", action="store_true", help="score every variant and print the drop table")
    arguments = parser.parse_args(argv)
    if (arguments.pages is None) != (arguments.gold is None):
        parser.error(
            "--pages and --gold go together: give both (a set outside the repo) or neither (--set names a committed set)"
        )
    pages_dir, gold_path = (arguments.pages, arguments.gold) if arguments.pages else set_paths(arguments.set)
    for what, path in (("pages folder", pages_dir), ("gold file", gold_path)):
        if not path.exists():
            parser.error(
                f"{path}: no such {what}"
                + ("" if arguments.pages else f" (is {arguments.set!r} a committed set? ls tests/corpus)")
            )
    return arguments


if __name__ == "__main__":
    arguments = _arguments()
    given = (
        (arguments.pages.resolve(), arguments.gold.resolve()) if arguments.pages and arguments.gold else None
    )
    if arguments.score:
        kinds = ["plain", *[k for k in arguments.kinds if k != "plain"]]
        print(drop_table(arguments.set, score_variants(arguments.set, arguments.out, kinds, given)))
    else:
        pages_dir, gold_path = given or set_paths(arguments.set)
        for kind_name in arguments.kinds:
            print(write_variant(pages_dir, gold_path, kind_name, arguments.out / arguments.set)[0])
