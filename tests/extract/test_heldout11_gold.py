"""Ingest of the eleventh held-out pages (tests/corpus/heldout11) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 北京 天津 上海 重庆 四川 江苏 浙江 山东 山西, cities no other set names: three 12-character
columns read across line by line under headlines wrapped over two lines; a profile with a kicker, its headline
printed twice on one line, a `——记…` subtitle and 【】 subheadings, GBK; an interview with `记者：` turns and a
colon headline with `本报讯（…）` glued to its line, CRLF; a table one cell a line, a footnote, a QR prompt,
headlines doubled by character; a commentary with no place and stray justification spaces; a jump page with a
pull quote printed again inside a sentence and `— 2 —` dropped into one; both captions first, then two columns
in uneven blocks, UTF-16; three columns in blocks with a 数读 box) and their gold were written by a colleague
who did not read the code (b1344e8), at the start of the session of 2026-12-04 (second). Kept BLIND all that
session and scored twice: at its start (after the first rules of the day) and at its end (e0c0a05): articles
17/18, titles 16/18, subtitles 17/18, bylines 14/18, region 14/18, level 14/18, theme F1 0.818, metrics
71/79 / 71/84, practices 29/31 / 29/35 -> 29/34, bodies with a byline or headline 2 -> 1, broken paragraphs
1/63 -> 0/62: the day's rules were for kinds this set does not show. Opened for tuning in the session of
2026-12-04 (third): a headline's tail over bare names, a commentary's signature, three columns in uneven blocks
with a 数读 box, a credited caption sent home: articles, titles, subtitles, bylines 18/18, captions 2/2, no
byline in a body (the thresholds below).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout11 --gold tests/corpus/heldout11-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT11 = scoring.HERE / "heldout11"
HELDOUT11_GOLD = scoring.HERE / "heldout11-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.979,  # 0.960 -> 0.980: themes by kind (session 36, themes36)
    "metric_recall": 80 / 81,
    "metric_precision": 80 / 81,
    "practice_recall": 30 / 31,
    "practice_precision": 30 / 32,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: headlines doubled character by character.
_UNREADABLE = [
    "p04.txt#2: title not printed: 淄博为社区工作者“减负增能”",
    "p07.txt#1: title not printed: 海州区“小巷管家”管好大民生",
    "p07.txt#2: title not printed: 毓龙街道“暖蜂驿站”温暖骑手",
]


class TestHeldout11Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT11, HELDOUT11_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 2
