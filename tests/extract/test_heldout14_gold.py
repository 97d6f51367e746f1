"""Ingest of the fourteenth held-out pages (tests/corpus/heldout14) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 山西 陕西 新疆 西藏 海南 重庆 北京 湖北 江西 黑龙江 安徽, cities no other set names: two
headlines stacked at the top, the first wrapped, the second sharing its line with a dateline byline, a lead opening
`本报4月8日讯` with `■记者 …` only at the end; a 人物 profile with kicker, colon headline and `——记…` subtitle,
小标题, a pull quote, `扫码看视频` and a 图片新闻 item, GBK; three 12-character columns read across line by line
under a running head repeated per column; an interview with `记者：` / name turns and a commentary boxed in ┏┃┗
rules, CRLF; a page of three 简讯 with a 【数说】 box; a city's 综述 stitching three counties under ◆ sub-headlines,
its two-line headline split by its caption, a 记者调查 with its headline doubled character by character, a numbered
list and a table one cell a line, UTF-16; every headline at the page's end, stray spaces inside words, a footnote,
a same-name 南山区; two articles told apart only by a change of column width, a 行动时间表 box, a headline one
character a line) and their gold were written by a colleague who did not read the code (08e6b43), at the start of
the session of 2026-12-04 (fourth). Kept BLIND all that session and scored at its start (the code of 3b3d6e1) and
at its end (02acc35, and the same at 17f55ee): articles 18/18 -> 17/18 (5 spurious both), titles 13/18 both, subtitles 17/18 -> 16/18,
bylines 13/18 -> 14/18, region 17/18 -> 16/18, level 17/18 -> 16/18, theme F1 0.700 -> 0.718, metrics 69/73 /
69/77 -> 63/73 / 63/77, practices 23/27 / 23/27 -> 21/27 / 21/26, broken paragraphs 5/61 both. One article was
lost to the session's rule that a marked `■记者 …` line under a last sentence signs the article above (37e75c5,
made for another set's page); the rest of the session's rules did not reach it. Open for tuning from the next
session on; the thresholds below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout14 --gold tests/corpus/heldout14-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT14 = scoring.HERE / "heldout14"
HELDOUT14_GOLD = scoring.HERE / "heldout14-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 17 / 18,  # 2abdf61: a headline wrapped after 兜起 (p06) is one headline
    "subtitles_exact": 18 / 18,
    "bylines_exact": 17 / 18,
    "region_exact": 17 / 18,
    "level_exact": 17 / 18,
    "theme_f1": 0.913,  # 0.88 (the 【数说】 box, p05, furniture) -> 0.913: a sentence counts once per theme (themes.py)
    "metric_recall": 73 / 73,
    "metric_precision": 73 / 73,
    "practice_recall": 26 / 27,
    "practice_precision": 26 / 28,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 1,
    "broken_paragraphs": 1,  # a cell table of mixed units (p06) is a table, not an article
}
# Gold the printed page cannot show as one run: a headline doubled character by character.
_UNREADABLE = ["p06.txt#2: title not printed: 龙凤镇“积分卡”为何管用"]


class TestHeldout14Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT14, HELDOUT14_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0  # p06's cell table one cell a line (`项目` / `数量`, mixed units) is no article
    CAPTIONS_RECOVERED = 0
