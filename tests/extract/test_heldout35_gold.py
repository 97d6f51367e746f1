"""Ingest of the thirty-fifth held-out pages (tests/corpus/heldout35) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 16 provinces, every level: a province, a city, five counties, five townships, five
communities and villages, a 小区 and a 网格 among them, and a commentary with no place) are PDF extractions of
printed pages only: half the seeds' common damage in fresh instances (a two-line page head, a glued `本报讯（…）`
cut inside the credit, a `△` caption and its credit between two lines of a sentence, a figure cut across lines, a
headline wrapped over two lines over a `本报记者` line, a bare-name body whose headline is the page's last line
bold-doubled, two headlines stacked at the top over 14-character bodies, `（下转第2版）` mid-sentence, a kicker, a
`——` subtitle and a `图为…供图` caption, a bold-doubled headline right under the body above, a glued `本报西宁…电`, a
profile and an interview under a `——访…` subtitle) and half new printed layouts: a 典型案例 in
`【案例】/【做法】/【成效】/【点评】` sections with a unit credit and a signed 点评, a 时评 whose `◎ author` line stands
above the body, a 表彰名单 set in rows after the report announcing it, a 倡议书 printed in full with its signing
units and date, an `【编者按】` box between rules over a group of two reports, a `┌数读┐` box inside a report, both
jumps on one page (a continuation from page 1 at the top, one to page 6 at the foot), a 通讯 with `◆` subheads. Its
gold was written by a colleague who did not read the code, in session 35 (sources kept outside the repo).

Kept BLIND in session 35 and scored at its start (b33f41a0) and when most of its other work had landed (f0f3e7c4):
articles 16/18 with 2 spurious files (a 倡议书 after a 表彰名单, and a report whose bold-doubled headline stands right
under the body above, merged into their neighbours; a 典型案例's head block and a piece of p01's first report
written as articles), titles
15/18, subtitles 15/18, bylines 14/18 -> 15/18, region 16/18, level 16/18, theme F1 0.800, metrics R 94/117 and P
94/106, practices R 34/53 and P 34/43, captions 1/3, bodies with a caption 1, with a byline or headline 1, broken
paragraphs 3/99. Committed as a dev set at those numbers.

Round h35a (the 倡议书 after a 表彰名单, a report under a doubled headline with names glued to a cut lead, a city
daily's page head with its editor): articles 18/18 (2 spurious), titles 17/18, subtitles 18/18, bylines 17/18,
region 18/18, level 17/18, theme F1 0.900, metrics R 104/117 P 104/106, practices R 40/53 P 40/42, bodies with a
byline or headline 0.

Round h35b (p07): a caption with no mark a character short of its indented page's column, its credit right under
it, between two sentences of a paragraph going on flush: captions 1/3 -> 2/3, bodies with a caption 1 -> 0.
Round h35b (p02): a 典型案例's bracketed `（…供稿）` credit under its headline read as the byline (the headline over
it a headline): spurious 2 -> 1, titles 15 -> 16/18, bylines 15 -> 16/18, theme F1 0.800 -> 0.829, metrics R 94 ->
102/117 and P 94/106 -> 102/114, practices R 34 -> 36/53 and P 34/43 -> 36/45 (on the base); with round h35a:
articles 18/18 (1 spurious), titles 18/18, bylines 18/18, theme F1 0.927, metrics R 112/117 P 112/114, practices R
42/53 P 42/44.
Lead's change (a verb of policy work after a township, `…街道探索社区养老…`, names no community): level 18/18.
Round h35left (p01's glued `本报讯（…通讯` / `员 …）` dateline read as one line wider than the column no longer lets
a lead line pass as a second column's head; p04#1's 表彰名单 title with `（共100名，…）` a heading, no sentence, and
`老网格` a generic noun with an age; p04#2's `周末志愿日` a day set for one kind of work): spurious 1 -> 0, captions
2/3 -> 3/3, metrics R 112 -> 117/117 and P 112/114 -> 117/118, practices R 42 -> 45/53 and P 42/44 -> 45/46.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout35 --gold tests/corpus/heldout35-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT35 = scoring.HERE / "heldout35"
HELDOUT35_GOLD = scoring.HERE / "heldout35-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.949,  # 0.927 -> 0.950: themes by kind (session 36, themes36)
    "metric_recall": 117 / 117,
    "metric_precision": 117 / 118,
    "practice_recall": 45 / 53,
    "practice_precision": 45 / 46,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 3,
}


class TestHeldout35Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT35, HELDOUT35_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 3
