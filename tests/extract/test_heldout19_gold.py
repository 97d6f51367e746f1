"""Ingest of the nineteenth held-out pages (tests/corpus/heldout19) into a brand-new folder, scored against their gold.

The 8 pages (19 articles; 北京 天津 上海 重庆 山西 吉林 安徽 宁夏 青海 西藏 海南, levels from province to village: an
e-paper page's source copied with its HTML entities and its 本版标题导航; GBK with a space around every digit run and
punctuation not hung, a masthead footer of numbers; CRLF with a kicker under its headline, a drop cap, a `图/本报记者`
credit cutting a word and a QR box; pdftotext of a two-page PDF with form feeds, A2/A3 running heads and Kangxi
radicals; no blank line at all with centred headlines; OCR's ASCII brackets and colons; a byline above its headline
and a headline detached at the page's end; a chart's values extracted into a column) and their gold were written by
a colleague who did not read the code, at the start of the session of 2026-12-05 (ninth). Kept BLIND until the
session's last 40 minutes and scored at its start (the code of 6377756) and at its blind end (492cac4): articles
16/19 (+1 spurious) -> 17/19 (+1), titles 13 -> 15/19, subtitles 14 -> 16/19, bylines 14 -> 15/19, region 16 ->
17/19, level 16 -> 17/19, theme F1 0.760 -> 0.830, metrics R 87 -> 94/106 and P 87/104 -> 94/103, practices R 25 ->
31/37 and P 25/31 -> 31/36, broken paragraphs 2/54 -> 1/59. The kinds of damage it shows (not its pages) reached the
colleague writing the layouts19 dev set through the lead, who read the blind writer's report: layouts19's rules are
other instances of the same kinds, so the blind end measures what carried over to new instances of known kinds.
Then opened and tuned on for 20 minutes: the thresholds below are its end (055e5e1).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout19 --gold tests/corpus/heldout19-gold.yaml`.
"""

from __future__ import annotations

import html
import unicodedata

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT19 = scoring.HERE / "heldout19"
HELDOUT19_GOLD = scoring.HERE / "heldout19-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 19 / 19,
    "titles_exact": 19 / 19,
    "subtitles_exact": 19 / 19,
    "bylines_exact": 18 / 19,
    "region_exact": 19 / 19,
    "level_exact": 19 / 19,
    "theme_f1": 0.908,  # 0.888 until the village-trades kind of sentence (R28 session)
    "metric_recall": 106 / 106,
    "metric_precision": 106 / 106,
    "practice_recall": 37 / 37,
    "practice_precision": 37 / 37,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# (goldcheck reads Chinese numerals since session 32: 一次 is the gold's value 1, readable.)
_UNREADABLE: list[str] = []


def _as_printed(text: str) -> str:
    """The page as a reader sees it, read independently of ingest: HTML entities decoded, Kangxi radicals as
    the characters they stand for."""
    text = html.unescape(text)
    return "".join(unicodedata.normalize("NFKC", c) if "\u2f00" <= c <= "\u2fdf" else c for c in text)


class TestHeldout19Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT19, HELDOUT19_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    PAGE_TEXT = _as_printed
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 2
