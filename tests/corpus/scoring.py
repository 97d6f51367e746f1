"""Score ingest on the invented corpus (tests/corpus/pages) against its hand-made gold (tests/corpus/gold.yaml).

The pages are ingested exactly as a new user would: `digest ingest --seeds PAGES --content NEW` into a brand-new
temporary folder (nothing copied into it), then the written files are read back, aligned to the gold articles
(same page; first sentence found in the body, title similarity — part numbers may differ) and measured with the
issue-14 measures. `python -m tests.corpus.scoring` prints the scoreboard and the misses per article;
tests/extract/test_corpus_gold.py holds the thresholds. `--pages DIR --gold FILE` scores another set of pages
(the held-out pages: `--pages tests/corpus/heldout --gold tests/corpus/heldout-gold.yaml`,
thresholds in tests/extract/test_heldout_gold.py).
"""

from __future__ import annotations

import argparse
import contextlib
import difflib
import io
import re
import tempfile
from collections import Counter
from dataclasses import dataclass, field
from pathlib import Path

import yaml

from builder.text.widths import printed_text
from tests.support.gold_scoring import _metric_key, _norm_practice

HERE = Path(__file__).resolve().parent
PAGES = HERE / "pages"
GOLD = HERE / "gold.yaml"

# A paragraph is whole when it ends a sentence: 。！？… possibly followed by closing quotes or brackets; on a page
# set vertically, their vertical presentation forms (︒︕︖, ﹂﹄︶: heldout29 p01).
_SENTENCE_END = re.compile(r"[。！？…︒︕︖][”’」』）)﹂﹄︶]*$")
_MARKERS = ("下转", "上接", "△", "供图", "本组图片", "图片由")
_PHOTO_CREDIT = re.compile(r"(摄[）)]?$|\s摄(\s|$))")


@dataclass
class Written:
    """One file that ingest wrote, reduced to what the measures read."""

    path: Path
    page: str
    part: int
    meta: dict
    paragraphs: list[str]
    announcing: frozenset[int] = frozenset()  # paragraphs (by index) ending in a colon right over a table

    @property
    def body(self) -> str:
        return "\n\n".join(self.paragraphs)


@dataclass
class CorpusScores:
    gold_articles: int = 0
    found: int = 0
    spurious: int = 0
    titles: int = 0
    headlines_printed: int = 0  # gold titles printed on the page (title_printed not false)
    headlines: int = 0  # of those, the titles exact
    subtitles: int = 0
    subtitles_printed: int = 0
    subtitles_recovered: int = 0
    bylines: int = 0
    bodies: int = 0
    bodies_with_captions: int = 0
    bodies_with_bylines: int = 0
    captions_gold: int = 0
    captions_recovered: int = 0
    paragraphs: int = 0
    broken_paragraphs: int = 0
    region_right: int = 0
    level_right: int = 0
    sidecar_articles: int = 0
    sidecar_right: int = 0
    theme_tp: int = 0
    theme_fp: int = 0
    theme_fn: int = 0
    metric_gold: int = 0
    metric_found: int = 0
    metric_predicted: int = 0
    practice_gold: int = 0
    practice_found: int = 0
    practice_predicted: int = 0
    practice_correct: int = 0
    check_passes: bool = False
    check_output: str = ""
    misses: dict[str, list[str]] = field(default_factory=dict)

    def share(self, part: int, whole: int) -> float:
        return part / whole if whole else 0.0

    @property
    def measures(self) -> dict[str, float]:
        """Every measure as a number in [0, 1] (caption leaks and broken paragraphs: lower is better)."""
        n = self.gold_articles
        p = self.share(self.theme_tp, self.theme_tp + self.theme_fp)
        r = self.share(self.theme_tp, self.theme_tp + self.theme_fn)
        return {
            "articles_found": self.share(self.found, n),
            "titles_exact": self.share(self.titles, n),
            "printed_titles_exact": self.share(self.headlines, self.headlines_printed),
            "subtitles_exact": self.share(self.subtitles, n),
            "bylines_exact": self.share(self.bylines, n),
            "bodies_with_caption_text": self.share(self.bodies_with_captions, self.bodies),
            "bodies_with_byline_or_title": self.share(self.bodies_with_bylines, self.bodies),
            "broken_paragraphs": self.share(self.broken_paragraphs, self.paragraphs),
            "region_exact": self.share(self.region_right, n),
            "level_exact": self.share(self.level_right, n),
            "theme_f1": 2 * p * r / (p + r) if p + r else 0.0,
            "metric_recall": self.share(self.metric_found, self.metric_gold),
            "metric_precision": self.share(self.metric_found, self.metric_predicted),
            "practice_recall": self.share(self.practice_found, self.practice_gold),
            "practice_precision": self.share(self.practice_correct, self.practice_predicted),
        }

    def reaches(self, measure: str, threshold: float) -> bool:
        """A ratchet's "at least": the share or F1 `measure` is at or above `threshold` (1e-9 absorbs the float
        rounding of a threshold written as a fraction such as 14/19)."""
        return self.measures[measure] >= threshold - 1e-9

    def stays_within(self, count: str, threshold: int) -> bool:
        """A ratchet's "at most": the count `count` (caption leaks, bylines in bodies, broken paragraphs) is at
        or below `threshold` — counted, not a share of the files written, which fewer spurious files would raise."""
        return getattr(self, count) <= threshold

    def table(self) -> str:
        n, m = self.gold_articles, self.measures
        rows = [
            (
                "articles found",
                f"{m['articles_found']:.1%} ({self.found}/{n}); {self.spurious} spurious file(s)",
            ),
            (
                "exact titles",
                f"{m['titles_exact']:.1%} ({self.titles}/{n}); printed headlines "
                f"{self.headlines}/{self.headlines_printed} (a title made for an untitled report is "
                "indicative only, tests/gold/README.md)",
            ),
            (
                "subtitle exact (null = null)",
                f"{m['subtitles_exact']:.1%} ({self.subtitles}/{n}); printed "
                f"subtitles recovered {self.subtitles_recovered}/{self.subtitles_printed}",
            ),
            ("bylines exact", f"{m['bylines_exact']:.1%} ({self.bylines}/{n})"),
            (
                "bodies with caption/credit/marker",
                f"{self.bodies_with_captions}/{self.bodies}; captions recovered "
                f"{self.captions_recovered}/{self.captions_gold}",
            ),
            ("bodies with a byline or headline", f"{self.bodies_with_bylines}/{self.bodies}"),
            (
                "broken paragraphs",
                f"{m['broken_paragraphs']:.1%} ({self.broken_paragraphs}/{self.paragraphs})",
            ),
            ("region (3 levels) exact", f"{m['region_exact']:.1%} ({self.region_right}/{n})"),
            ("level exact", f"{m['level_exact']:.1%} ({self.level_right}/{n})"),
            ("publication/date/page (sidecar)", f"{self.sidecar_right}/{self.sidecar_articles}"),
            ("theme F1", f"{m['theme_f1']:.3f}"),
            ("metric recall", f"{m['metric_recall']:.1%} ({self.metric_found}/{self.metric_gold})"),
            (
                "metric precision",
                f"{m['metric_precision']:.1%} ({self.metric_found}/{self.metric_predicted})",
            ),
            ("practice recall", f"{m['practice_recall']:.1%} ({self.practice_found}/{self.practice_gold})"),
            (
                "practice precision",
                f"{m['practice_precision']:.1%} ({self.practice_correct}/{self.practice_predicted})",
            ),
            ("digest check on the new folder", "passes" if self.check_passes else "FAILS"),
        ]
        return "\n".join(f"{name + ':':34} {value}" for name, value in rows)


# ------------------------------------------------------------------------------------------- running ingest


def _digest(*argv: str) -> tuple[int, str]:
    """Run one `digest` command in-process; (exit code, everything it printed)."""
    from builder.cli import main

    out = io.StringIO()
    with contextlib.redirect_stdout(out), contextlib.redirect_stderr(out):
        code = main(list(argv))
    return code, out.getvalue()


def ingest_new_folder(pages: Path, content: Path) -> str:
    """Ingest `pages` into the brand-new folder `content`, as a new user would; what ingest printed."""
    code, printed = _digest("ingest", "--seeds", str(pages), "--content", str(content), "-q")
    return f"exit {code}\n{printed}"


_NOT_PROSE = re.compile(r"^(?:#|\||\*\*[^*\n]+\*\*\s*$)")  # a heading, a table, a table's title


def read_written(content: Path) -> list[Written]:
    """Every Markdown file ingest wrote: front matter and body paragraphs (headings, tables and a table's bold
    title left out)."""
    written = []
    for path in sorted(content.glob("*.md")):
        _, front, body = path.read_text(encoding="utf-8").split("---\n", 2)
        meta = yaml.safe_load(front) or {}
        source = meta.get("source") or {}
        chunks = [p.strip() for p in re.split(r"\n\s*\n", body)]
        chunks = [p for p in chunks if p]
        paragraphs: list[str] = []
        announcing: set[int] = set()
        for index, chunk in enumerate(chunks):
            if _NOT_PROSE.match(chunk):  # (a body may open with a heading)
                continue
            following = chunks[index + 1] if index + 1 < len(chunks) else ""
            if chunk.endswith(("：", ":")) and following.startswith(("|", "**")):
                announcing.add(
                    len(paragraphs)
                )  # `…情况如下：` announces the table under it: a finished sentence
            paragraphs.append(chunk)
        written.append(
            Written(
                path,
                str(source.get("file")),
                int(source.get("part") or 0),
                meta,
                paragraphs,
                frozenset(announcing),
            )
        )
    return written


# ------------------------------------------------------------------------------------------------ alignment


def squash(text: str | None) -> str:
    """Text compared without whitespace, its numbers and Latin letters in one width (as ingest writes them)."""
    return printed_text(re.sub(r"\s", "", text or ""))


def _affinity(gold: dict, file: Written) -> float:
    """How well a written file fits a gold article: its first sentence in the body, and title likeness."""
    body = squash(file.body)
    first = squash(gold["first_sentence"])[:20]
    score = (2.0 if first in body else 0.0) + (1.0 if body.startswith(first) else 0.0)
    return (
        score + difflib.SequenceMatcher(None, squash(gold["title"]), squash(file.meta.get("title"))).ratio()
    )


def align(gold: dict[str, dict], written: list[Written]) -> dict[str, Written | None]:
    """Gold key → the written file of the same page that is that article (None: not found)."""
    pairs = []
    for key, g in gold.items():
        page = key.split("#")[0]
        for file in written:
            if file.page == page and (score := _affinity(g, file)) >= 0.6:
                pairs.append((score, key, id(file), file))
    aligned: dict[str, Written | None] = dict.fromkeys(gold)
    taken: set[int] = set()
    for _, key, ident, file in sorted(pairs, key=lambda x: -x[0]):
        if aligned[key] is None and ident not in taken:
            aligned[key] = file
            taken.add(ident)
    return aligned


# ------------------------------------------------------------------------------------------------- measures


def norm_byline(text: str | None) -> str:
    """A byline compared without whitespace, ornaments (■ ●) and one pair of enclosing brackets."""
    text = squash(text).lstrip("■●◆")
    return text[1:-1] if text.startswith("（") and text.endswith("）") else text


def norm_subtitle(text: str | None) -> str:
    return squash(text).lstrip("—-")


def _caption_leaks(file: Written, gold_captions: list[str]) -> list[str]:
    """What in the body is caption text, a photo credit or a jump line."""
    leaks = [c for c in gold_captions if c and squash(c) in squash(file.body)]
    leaks += [m for m in _MARKERS if m in file.body]
    leaks += [p[-20:] for p in file.paragraphs if _PHOTO_CREDIT.search(p)]
    return leaks


def _byline_leaks(file: Written, printed: list[str]) -> list[str]:
    """Bylines and headlines of the page (as the gold has them) that stand in the body's paragraphs."""
    body = squash(file.body)
    return [text for text in printed if text and squash(text) in body]


def _score_layout(s: CorpusScores, gold: dict[str, dict], written: list[Written]) -> None:
    """Measures over every written body: caption, byline and headline leaks, and broken paragraphs."""
    captions_by_page: dict[str, list[str]] = {}
    bylines_by_page: dict[str, list[str]] = {}
    for key, g in gold.items():
        page = key.split("#")[0]
        for c in g.get("captions") or []:
            captions_by_page.setdefault(page, []).extend(x for x in (c["text"], c["credit"]) if x)
        bylines_by_page.setdefault(page, []).extend([norm_byline(g.get("byline")), g["title"]])
    for key, g in gold.items():  # a headline the article's own lead or close repeats word for word is no leak
        page = key.split("#")[0]
        said = squash(f"{g.get('first_sentence') or ''}{g.get('last_sentence') or ''}")
        bylines_by_page[page] = [
            text for text in bylines_by_page[page] if not text or squash(text) not in said
        ]
    for file in written:
        s.bodies += 1
        leaks = _caption_leaks(file, captions_by_page.get(file.page, []))
        if leaks:
            s.bodies_with_captions += 1
            s.misses.setdefault(f"{file.page} ({file.path.name})", []).append(
                f"caption text in body: {leaks}"
            )
        if printed := _byline_leaks(file, bylines_by_page.get(file.page, [])):
            s.bodies_with_bylines += 1
            s.misses.setdefault(f"{file.page} ({file.path.name})", []).append(
                f"byline or headline in body: {printed}"
            )
        for index, p in enumerate(file.paragraphs):
            s.paragraphs += 1
            if not _SENTENCE_END.search(p) and index not in file.announcing:
                s.broken_paragraphs += 1
                s.misses.setdefault(f"{file.page} ({file.path.name})", []).append(
                    f"broken paragraph …{p[-15:]}"
                )


def _score_text_fields(s: CorpusScores, g: dict, meta: dict, miss: list[str]) -> None:
    """Title, subtitle, byline, captions and page metadata of one found article."""
    source = meta.get("source") or {}
    checks = [
        ("titles", "title", squash(g["title"]), squash(meta.get("title"))),
        ("subtitles", "subtitle", norm_subtitle(g.get("subtitle")), norm_subtitle(meta.get("subtitle"))),
        ("bylines", "byline", norm_byline(g.get("byline")), norm_byline(source.get("byline"))),
    ]
    for counter, name, want, got in checks:
        if want == got:
            setattr(s, counter, getattr(s, counter) + 1)
        else:
            miss.append(f"{name} {got or None!r} != {want or None!r}")
    if g.get("subtitle"):
        s.subtitles_printed += 1
        s.subtitles_recovered += norm_subtitle(g["subtitle"]) == norm_subtitle(meta.get("subtitle"))
    got_captions = {squash(c.get("text")) for c in meta.get("captions") or [] if isinstance(c, dict)}
    for c in g.get("captions") or []:
        s.captions_gold += 1
        s.captions_recovered += squash(c["text"]) in got_captions
    if g.get("publication"):
        s.sidecar_articles += 1
        got = (source.get("publication"), str(meta.get("date")), source.get("page"))
        if got == (g["publication"], str(g["date"]), g["page"]):
            s.sidecar_right += 1
        else:
            miss.append(f"publication/date/page {got} != {(g['publication'], g['date'], g['page'])}")


def _score_place(s: CorpusScores, g: dict, meta: dict, miss: list[str]) -> None:
    region = meta.get("region") or {}
    got = (region.get("province"), region.get("city"), region.get("county"))
    accepted = [(g["region"]["province"], g["region"]["city"], g["region"]["county"])]
    accepted += [(r.get("province"), r.get("city"), r.get("county")) for r in g.get("region_alt") or []]
    if got in accepted:
        s.region_right += 1
    else:
        miss.append(f"region {got} != {accepted[0]}")
    if meta.get("level") == g.get("level"):
        s.level_right += 1
    else:
        miss.append(f"level {meta.get('level')} != {g.get('level')}")


def _score_themes(s: CorpusScores, g: dict, themes: list[str], miss: list[str]) -> None:
    optional = set(g.get("themes_optional") or [])
    got = {t for t in themes if t not in optional}
    want = set(g.get("themes") or [])
    s.theme_tp += len(got & want)
    s.theme_fp += len(got - want)
    s.theme_fn += len(want - got)
    if got != want:
        miss.append(f"themes {sorted(got)} != {sorted(want)}")


def _score_metrics(s: CorpusScores, g: dict, metrics: list[dict], miss: list[str]) -> None:
    want = Counter(_metric_key(m["value"], m["unit"]) for m in g.get("metrics") or [])
    optional = Counter(_metric_key(m["value"], m["unit"]) for m in g.get("metrics_optional") or [])
    got = Counter(_metric_key(m.get("value"), m.get("unit")) for m in metrics)
    found = want & got
    extra = got - want
    ignored = extra & optional
    s.metric_gold += sum(want.values())
    s.metric_found += sum(found.values())
    s.metric_predicted += sum(got.values()) - sum(ignored.values())
    if want - got:
        miss.append(f"metrics missed {sorted((want - got).elements())}")
    if extra - ignored:
        labels = {_metric_key(m.get("value"), m.get("unit")): m.get("label") for m in metrics}
        miss.append(f"metrics extra {[(k, labels.get(k)) for k in sorted((extra - ignored).elements())]}")


def _score_practices(s: CorpusScores, g: dict, practices: list[str], miss: list[str]) -> None:
    want = {_norm_practice(x) for x in g.get("practices") or []}
    optional = {_norm_practice(x) for x in g.get("practices_optional") or []}
    got = {_norm_practice(str(x)) for x in practices}
    s.practice_gold += len(want)
    s.practice_found += len(want & got)
    s.practice_predicted += len(got - (optional - want))
    s.practice_correct += len(got & want)
    if want - got:
        miss.append(f"practices missed {sorted(want - got)}")
    if got - want - optional:
        miss.append(f"practices extra {sorted(got - want - optional)}")


def score(gold: dict[str, dict], written: list[Written]) -> CorpusScores:
    """All measures of `written` (one ingest's files) against `gold`."""
    s = CorpusScores(gold_articles=len(gold))
    aligned = align(gold, written)
    s.spurious = len(written) - sum(1 for f in aligned.values() if f is not None)
    for key, g in gold.items():
        miss = s.misses.setdefault(key, [])
        file = aligned[key]
        printed = g.get("title_printed") is not False
        s.headlines_printed += printed
        if file is None:
            miss.append("not found (merged into another article or lost)")
            s.metric_gold += len(g.get("metrics") or [])
            s.practice_gold += len(g.get("practices") or [])
            s.theme_fn += len(g.get("themes") or [])
            continue
        s.found += 1
        meta = file.meta
        s.headlines += printed and squash(g["title"]) == squash(meta.get("title"))
        _score_text_fields(s, g, meta, miss)
        _score_place(s, g, meta, miss)
        _score_themes(s, g, list(meta.get("themes") or []), miss)
        _score_metrics(s, g, [m for m in meta.get("metrics") or [] if isinstance(m, dict)], miss)
        _score_practices(s, g, list(meta.get("practices") or []), miss)
    _score_layout(s, gold, written)
    for file in written:
        if file not in aligned.values():
            s.misses.setdefault(f"{file.page} ({file.path.name})", []).append(
                f"spurious article: {file.meta.get('title')!r}"
            )
    return s


def run(pages: Path = PAGES, gold_file: Path = GOLD) -> CorpusScores:
    """Ingest `pages` into a brand-new temporary folder, score it against `gold_file`, run `digest check` on it."""
    gold = yaml.safe_load(gold_file.read_text(encoding="utf-8"))
    with tempfile.TemporaryDirectory(prefix="corpus-") as tmp:
        content = Path(tmp) / "content"
        printed = ingest_new_folder(pages, content)
        scores = score(gold, read_written(content))
        code, checked = _digest("check", "--content", str(content), "-q")
    scores.check_passes = code == 0
    scores.check_output = f"ingest: {printed}\ncheck: exit {code}\n{checked}"
    return scores


def _arguments(argv: list[str] | None = None) -> argparse.Namespace:
    parser = argparse.ArgumentParser(
        prog="python -m tests.corpus.scoring", description=__doc__.split("\n")[0]
    )
    parser.add_argument("--pages", type=Path, default=PAGES, help="folder of raw pages (default: the corpus)")
    parser.add_argument(
        "--gold", type=Path, default=GOLD, help="gold file for those pages (default: gold.yaml)"
    )
    return parser.parse_args(argv)


if __name__ == "__main__":
    arguments = _arguments()
    result = run(arguments.pages, arguments.gold)
    for where, misses in result.misses.items():
        for line in misses:
            print(f"{where}: {line}")
    print()
    print(result.check_output.strip())
    print()
    print(result.table())
