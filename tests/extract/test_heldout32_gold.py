"""Ingest of the thirty-second held-out pages (tests/corpus/heldout32) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 14 provinces, every level: two provinces, three cities, seven counties, two townships, two
villages, a 小区 and a 网格 acting) are PDF extractions of printed pages only: half the seeds' common damage in fresh
instances (a two-line page head, `本报讯（…）` glued to leads and cut by the wrap, `△`/`图为…` captions with their `…摄`
credits inside sentences and figures, a body under bare names whose headline is bold-doubled at the page's foot, both
headlines stacked at the top, `（下转第2版）`, a `今日谈` commentary by `本报评论员`, a kicker, a page head at the foot;
widths counted in display cells, so numbers and phone numbers are cut at varying places) and half new printed
layouts: a press-conference transcript page (a `新闻发布厅` label, a `┌│└` box of speakers and host, turns opened by a
speaker line alone or a questioner named by medium); a reporter's stay diary (`【蹲点日记】`, entries headed by date,
weather and temperature lines, a closing stay credit); a 组合报道 (a banner headline and an unlabelled group lead over
three reports, a `■记者观察` box at the foot); a magazine page (a 案例 with 【案例背景】【主要做法】【工作成效】 heads and an
expert's signed 【专家点评】, a folio between articles, a 综述 whose numbered heads are bold-doubled).
Its gold was written by a colleague who did not read the code, in session 32 (sources kept outside the repo).

Kept BLIND all of session 32 and scored at its start (069d74c) and when its other work had landed (47d0274): the
same at both, articles 18/18 with 5 spurious files (the 组合报道's banner and lead, the 案例's section heads and 点评),
titles 15/18, subtitles 18/18, bylines 16/18, region 16/18, level 16/18, theme F1 0.909, metrics R 124/133 and
P 124/124, practices R 36/40 and P 36/37, captions 3/3, bodies with a byline or headline 0, broken paragraphs 1/88.
The four pages of the seeds' kinds scored nearly perfect blind (one bold-doubled headline with quotes inside it,
a press conference's province not read); the misses are the new layouts' (the 案例 page's section heads read as
articles and its title lost, the diary's label and stay credit glued to its title and byline, the 组合报道's banner).
Opened for tuning at the session's end. Tuned (h32b): p03's stacked bold-doubled headline with quotes read once,
p04's 【蹲点日记】 label and closing stay credit, p02/p07's 我省/全市 on the province's or municipality's paper
(region and level 18/18).
Tuned (h32a): the 案例's bracketed section heads under its head kept inside it, the expert's signed 【专家点评】
and the `■记者观察` box sidebars, the 组合报道's label, banner and group lead furniture: spurious 5 -> 0, theme F1
0.933, metrics R 132/133 P 132/132, practices R 38/40 P 38/39; with h32b's: titles 18/18, bylines 18/18.
Session 33 (tidy33): p04's 新建的“邻里中心”, a scheme set up right before its quote: practices R 39/40 P 39/40.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout32 --gold tests/corpus/heldout32-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT32 = scoring.HERE / "heldout32"
HELDOUT32_GOLD = scoring.HERE / "heldout32-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.932,
    "metric_recall": 133 / 133,
    "metric_precision": 133 / 133,
    "practice_recall": 39 / 40,
    "practice_precision": 39 / 40,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 1,
}


class TestHeldout32Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT32, HELDOUT32_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 3
