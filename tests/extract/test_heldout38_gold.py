"""Ingest of the thirty-eighth held-out pages (tests/corpus/heldout38) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 15 provinces, every level: two provinces, two cities, six counties, three townships, four
communities and villages with a 小区 and a 网格 among them, and a commentary with no place) are PDF extractions of
printed pages only: half the seeds' common damage in fresh instances (a glued `本报讯（记者 … 通讯员` cut inside the
credit, a `△…　记者 … 摄` caption inside a quoted sentence, a bare-name body whose headline is the page's last two
lines bold-doubled by runs, a kicker and two headlines stacked at the top over 14-character bodies with glued
`本报某地…电（…）` datelines, `图为…供图` inside a sentence and `（下转第4版）`, a two-line page head, a column label over a
no-place commentary signed `（name）` at its end, a page with no blank line at all: an interview with a headline wrapped
over two lines, a `——访` deck and `记者：` turns, then a `简　讯` column with credits glued to the items' last lines),
half new printed layouts: a 时间轴 box of year/event line pairs inside a feature, a `【小贴士】` service box (hours,
place, phone), a 调研报告 excerpt by a 调研组 with `一、` section heads and a closing `（执笔：…）` line, a 光荣榜 box of
`name　unit　title` rows between two paragraphs, a 留言板 item (a net user's dated message, `【部门回复】`, a reply signed
by unit and date, no byline), a 人物 profile whose pull quote is bold-doubled character by character inside a sentence
at the column break, a 示意图 map's labels, symbols and `制图：` credit as scattered short lines, a 综述 with bold
lead-in sentences. Its gold was written by a colleague who did not read the code, in session 38 (sources kept outside
the repo).

Kept BLIND in session 38 and scored at its start (7064a89a) and after its first merges (bec3784d: the layouts38 set,
tidy38): the same at both ends, articles 17/18 with 2 spurious files (the 留言板's label and its `【部门回复】` written
as articles of their own; the `简　讯` column's first item merged into the interview above it on the page with no blank
line), titles 14/18 (the 调研组 byline taken as the title, the pull quote's opening taken as the profile's title, the
留言板's question headline lost), subtitles 15/18, bylines 15/18, region 17/18, level 16/18, theme F1 0.791, metrics R
129/145 and P 129/140 (the 简讯's figures inside the interview), practices R 43/49 and P 43/46, captions 2/2, bodies
with a byline or headline 1, broken paragraphs 0/81. Committed as a dev set at those numbers.

Round h38c: a briefs column's spaced name (`简　讯`) under a finished sentence leaves no sentence open, so the page
with no blank line is split at it (blanklines): articles 18/18 (2 spurious), titles 15/18, subtitles 16/18, bylines
17/18, region 18/18, level 17/18, theme F1 0.837, metrics R 139/145 P 139/140, practices R 46/49 P 46/46.

Round h38a: titles 14 -> 15/18, subtitles 15 -> 17/18, bylines 15 -> 16/18, metrics R 129 -> 130/145 and P 129/140 ->
130/141 on the blind code (p04's 调研报告: the `…调研组` line under the deck the byline, `（执笔：…）` furniture; p04's
光荣榜 rows out of the body, unscored; p01#2's `…中，有近六成建成于2000年以前` a share of the counted group); p05#2's gold
subtitle corrected to its kicker `乡村振兴进行时` (the gold format's kicker rule, as heldout27, heldout30 and layouts17
score it). With h38c's round: titles 16/18, subtitles 18/18, bylines 18/18, metrics R 140/145 P 140/141.

Round h38b: the 留言板 item one article (the board's label furniture, the citizen's question apart under it its
headline by its `？`, the `【部门回复】` label inside the item furniture; a reply's lengthened hours and `最后100米` no
metrics), the bold pull quote doubled character by character read halved (furniture, no title), the spaced genre
label `人　物` over a headline and its byline furniture, courses counted by 门. Alone on the blind code: spurious 2 ->
0, titles 14 -> 16/18, level 16 -> 17/18, metrics R 129 -> 134/145 P 129/140 -> 134/145, practices R 43 -> 46/49 P
43/46 -> 46/49, bodies with a byline or headline 1 -> 0. With h38a's and h38c's rounds: articles 18/18 (0 spurious),
titles 18/18, subtitles 18/18, bylines 18/18, region 18/18, level 18/18, theme F1 0.837, metrics R 145/145 P
145/146, practices R 49/49 P 49/49, bodies with a byline or headline 0, broken paragraphs 0/80.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout38 --gold tests/corpus/heldout38-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT38 = scoring.HERE / "heldout38"
HELDOUT38_GOLD = scoring.HERE / "heldout38-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.836,
    "metric_recall": 145 / 145,
    "metric_precision": 145 / 146,
    "practice_recall": 49 / 49,
    "practice_precision": 49 / 49,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}


class TestHeldout38Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT38, HELDOUT38_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0  # blind 2; h38b 0
    CAPTIONS_RECOVERED = 2
