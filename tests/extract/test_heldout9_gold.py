"""Ingest of the ninth held-out pages (tests/corpus/heldout9) into a brand-new folder, scored against their gold.

The 9 pages (20 articles; places in 吉林 黑龙江 安徽 河南 甘肃 云南 青海 宁夏: a 人物 profile with kicker, subtitle,
小标题 and an author bio; three 13-character columns mixed in uneven blocks; an interview in 记者：/name： turns and
a 评论 under a `【中原时评】` label; a headline with its `本报讯（…）` on one line, full-width digits and Chinese
numerals; stray justification spaces, a table one cell per line, footnotes; a jump page, a 图片新闻, a `【扫码看视频】`
line; two columns mixed line by line; bodies first under bare bylines with both headlines doubled at the foot;
西安区 of 辽源 and of 牡丹江) and their gold were written by a colleague who did not read the code (ba24085), and
kept blind through the session of 2026-12-04 while it tuned on heldout8 and real articles. Scored blind twice:

- at 41be638 (the session's first hour): articles 17/20 (1 spurious), titles 12/20, subtitles 15/20, bylines
  15/20, bodies with a byline or headline 2, broken paragraphs 4/64, region 13/20, level 13/20, theme F1 0.692,
  metrics 69/100 / 69/94, practices 28/37 / 28/40, captions recovered 4/4;
- at 0aa79e6 (after all the session's other ingest work): articles 18/20 (2 spurious), titles 15/20, subtitles
  17/20, bylines 18/20, bodies with a byline or headline 1, broken paragraphs 3/63, region 15/20, level 16/20,
  theme F1 0.800, metrics 75/100 / 75/94, practices 30/37 / 30/38, captions 4/4.

TUNED ON from fda89d4 (a last round of the same session: bracketed QR prompts, tables one cell a line, an
edition masthead, headlines ending in 结对, bare names starting the next report, headlines cut inside their quoted
name; a commentator's commentary has no place, summed hours, named teams, a half in words, themes for village
affairs and star-rated branches): articles 19/20 (0 spurious), titles, subtitles, bylines, region, level 19/20,
theme F1 0.926, metrics 95/100 / 95/102, practices 35/37 / 35/37, broken paragraphs 1/61 (the thresholds
below). q02#2 (three columns mixed in uneven blocks with only three lines reading on across them) is still lost.

Every written file passed `digest check`. The blind scores above are the session's honest measure on pages it never saw: better,
still short of issue 14's targets (tests/corpus/ratchet.py TARGETS). A ratchet: raise it whenever ingest gets
better, never lower it. Once rules are tuned on these pages, say so here. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout9 --gold tests/corpus/heldout9-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT9 = scoring.HERE / "heldout9"
HELDOUT9_GOLD = scoring.HERE / "heldout9-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 20 / 20,
    "titles_exact": 20 / 20,
    "subtitles_exact": 20 / 20,
    "bylines_exact": 20 / 20,
    "region_exact": 20 / 20,
    "level_exact": 20 / 20,
    "theme_f1": 0.99,
    "metric_recall": 100 / 102,
    "metric_precision": 100 / 102,
    "practice_recall": 37 / 37,
    "practice_precision": 37 / 37,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: q06's and q08's second headlines doubled by character or pairs.
_UNREADABLE = [
    "q06.txt#2: title not printed: 滨河镇“红色网格”织密服务网",
    "q08.txt#2: title not printed: 绥化市“书记领办”项目激活村集体经济",
]


class TestHeldout9Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT9, HELDOUT9_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 4
