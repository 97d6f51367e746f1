"""Ingest of the thirty-first held-out pages (tests/corpus/heldout31) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 17 provinces, every level: a province, two cities, nine counties, two townships, a village,
a 小区 and a 网格 acting) are PDF extractions of printed pages only: half the seeds' common damage in fresh instances
(16- to 24-character wraps with hung punctuation, `本报讯（…）` glued to leads, captions with their credits inside
sentences, one cutting a figure `约2` / `.3万人`, headlines bold-doubled at the page's foot over a body with no byline,
a kicker, headlines and a `——记…` subtitle stacked at the top, a page head at the foot, a `本报安顺12月1日电（…）`
dateline, `（下转第4版）`, numbers cut by wraps) and half new printed layouts: a 文摘 digest page whose items close with
reprint source lines (`（摘自《…》…，原题为《…》）`, `（原载《…》…，有删节）`) under a `【他山之石】` label, one with a
`原题：《…》` line under its headline, `□`/`文/` authors and a copyright notice with a phone number; a 专题 series page
(`“…”系列报道之二` over a headline spanning three columns and a two-line deck without dashes, 14-character columns, a
`（本系列报道之三将于…刊发）` trailer) with a `——访…` interview; a magazine theory page (`【摘要】`, `【关键词】`,
`【中图分类号】…【文献标识码】`, a 课题组 as author, `一、`/`（一）` heads, a folio and running head cutting a sentence)
with an 经验交流 piece closed by `（作者单位：…）`; a city daily's front page (masthead, `今日8版`, a `要闻导读` index of
other pages' headlines with leaders and page numbers, a photo caption block over the lead story, a weather line).
Its gold was written by a colleague who did not read the code, in session 31 (sources kept outside the repo).

Kept BLIND all of session 31 and scored at its start (7680a5e) and when its other work had landed (a7d2b9b): the same
at both, articles 16/18 with 2 spurious files, titles 14/18, subtitles 15/18, bylines 15/18, region 14/18, level
14/18, theme F1 0.776, metrics R 132/153 and P 132/147, practices R 35/43 and P 35/45, captions 5/6, bodies with a
byline or headline 2/18, broken paragraphs 3/129. The four pages of the seeds' kinds scored nearly perfect blind; the
misses are the new layouts' (the 文摘 page's three items read as one, the front page's index and photo block, the
series label over its deck). Opened for tuning at that point; raised after h31a's digest reprints and series heads
(articles 18/18 with 1 spurious file, titles 17/18, subtitles 18/18, bylines 17/18, region and level 17/18, theme F1
0.840, metrics R 146/153 P 146/147, practices R 40/43 P 40/44); then after h31b's front-page furniture (要闻导读 index,
organ line, weather line, the line a （下转…） cut) and 防止“…” no practice: articles 18/18 with 0 spurious, titles,
subtitles, bylines, region and level 18/18, theme F1 0.898, metrics R 151/153 P 151/152, practices R 41/43 P 41/42,
bodies with a byline 0/18; then practices P 41/41 (h31a: a doubled verb in quotes, “唠一唠”, is no name).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout31 --gold tests/corpus/heldout31-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT31 = scoring.HERE / "heldout31"
HELDOUT31_GOLD = scoring.HERE / "heldout31-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.935,  # 0.898 -> 0.917: 挂牌经营户, 门口挂着牌子 are members' signs (session 34)
    "metric_recall": 151 / 153,
    "metric_precision": 151 / 151,
    "practice_recall": 41 / 43,
    "practice_precision": 41 / 41,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 2,
}


class TestHeldout31Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT31, HELDOUT31_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 1
    CAPTIONS_RECOVERED = 5
