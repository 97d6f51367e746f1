"""Ingest of the twenty-third held-out pages (tests/corpus/heldout23) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 湖北 浙江 安徽 广东 山东 北京 江苏 黑龙江 山西 新疆, levels from province to village), half of
them the seeds' COMMON kinds in fresh instances (a headline cut off from its body by a `□` column label; headlines
bold-doubled character by character over three articles, captions and credits inside sentences, CRLF; GBK with no
blank line and a wrapped second headline; a 10-character column without indents, a `——` subtitle and a headline
wrapped inside a quoted name) and half NEW kinds (a pdfminer export of a front page: `(cid:NN)` placeholders, a
letter-spaced masthead with its pinyin line, a `今日导读` box of teasers ending `▶详见第N版`; a magazine spread: a
running head over every column, folios `· 36 ·` cutting sentences at column feet, `文｜本刊记者…` bylines, `作者简介：`
boxes, an editor credit printed vertically; credits only at the article's end in brackets, a reprint's `（完）` and
`（来源：…）`; one article's three column blocks extracted right to left under its headline) and their gold were written
by a colleague who did not read the code, at the start of the session of 2026-12-05 (thirteenth). Kept BLIND until
the session's last 85 minutes and scored at its start (d278e34) and at its blind end (d9b25f0, after every colleague
working on other sets had finished): nothing moved, on any line (articles 17/18 with 1 spurious, titles 13/18,
subtitles 16/18, bylines 14/18, region 16/18, level 16/18, theme F1 0.731, metrics R 75/92 and P 75/88, practices R
32/37 and P 32/36, broken paragraphs 5/73, captions 2/3, page metadata 8/8). Then opened and tuned on: the thresholds
below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout23 --gold tests/corpus/heldout23-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT23 = scoring.HERE / "heldout23"
HELDOUT23_GOLD = scoring.HERE / "heldout23-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 17 / 18,
    "subtitles_exact": 17 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.867,  # 0.800 -> 0.868: themes by kind (session 36, themes36); 0.784 -> 0.800: 产业工人 are factory workers, no village trade (session 34)
    "metric_recall": 86 / 92,
    "metric_precision": 86 / 86,
    "practice_recall": 35 / 37,
    "practice_precision": 35 / 35,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 2,
}

# goldcheck's findings the printed page cannot help, by the writer's design: p02's headlines are printed bold-doubled
# character by character (松松阳阳县县…), so no gold title is printed as one string.
_UNREADABLE = [
    "p02.txt#1: title not printed: 松阳县“乡贤议事会”激活古村落治理",
    "p02.txt#2: title not printed: 许村镇“企业党建联盟”服务家纺产业工人",
    "p02.txt#3: title not printed: 余东村：农民画里画出“共富工坊”",
]


class TestHeldout23Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT23, HELDOUT23_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 1
    CAPTIONS_RECOVERED = 2
