"""Ingest of the thirty-fourth held-out pages (tests/corpus/heldout34) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 15 provinces, every level: a province, two cities, five counties, five townships, four
communities and villages, a 小区 and a 网格 among them, and a commentary with no place) are PDF extractions of
printed pages only: half the seeds' common damage in fresh instances (a two-line page head, `本报讯（…）` glued and
cut inside the names, a `△` caption and credit cutting an age, a bare-name body whose headline is the page's last
line bold-doubled by runs, three headlines stacked at the top over 13-character columns, a dateline cut inside its
brackets, `（下转第6版）`, a page printing no blank line with a `社区观察` commentary, a kicker over a headline, a 人物
profile under a `人　物` label whose doubled headline and `——记…` subtitle stand at the page's foot) and half new
printed layouts: a 理论周刊 essay (a bare author name over a `【关键词】` line, a closing `（作者系…）`), a 调查 report
with a table of figures as text rows, a `【微评】` box and a `【对话】` interview, a 专版 page (a banner, a
`主办单位/协办单位` line, a 经验交流 with `（一）（二）（三）` heads and a unit byline), a three-line headline whose deck
is set on two indented lines, and a jump headline pdftotext glued to the previous body's last line over a
`（上接第1版）` continuation. Its gold was written by a colleague who did not read the code, in session 34 (sources
kept outside the repo).

Kept BLIND all of session 34 and scored at its start (1378e92) and when its other work had landed (b7b1ee78): the
same at both, articles 16/18 with no spurious file (the 人物 profile under a label, whose headline stands at the
page's foot, and the continuation under a glued jump headline, merged into their neighbours), titles 13/18 (a
【关键词】 line, a 专版 banner, a profile's headline given to the report above), subtitles 13/18, bylines 13/18,
region 15/18, level 15/18, theme F1 0.818, metrics R 129/146 and P 129/147, practices R 38/43 and P 38/46, captions
3/3, bodies with a byline or headline 1, broken paragraphs 2/95. Committed as a dev set at those numbers.
Opened: a theory essay's signature over its `【关键词】` line (p02) and a 专版's banner over its sponsors' line
(p06) read: titles 15/18, bylines 14/18. A deck on two indented lines (p08) read: subtitles 14/18.
Round h34a (dashed `┈` box rules no text; a jump headline glued over `（上接第1版）`): articles 17/18, titles
16/18, subtitles 16/18, bylines 15/18, region/level 16/18, theme F1 0.884, metrics R/P 136/146, practices R 40/43.
Round h34d (a page head opening with its folio, `6　　某某报　2026年…　星期六　　责任编辑：吴　迪`, is furniture; p07's
kicker + headline no longer dropped as a piece of another article): region/level 17/18.
Round h34left (a kicker over a counted, quoted headline, `走进…` / `一个网格里的“…”`; a `人　物` label over a body
headed at the page's foot opens that feature; bare names over a column indenting no paragraph are its byline; a
`【微评】…` box glued to its label is a sidebar): articles 18/18, titles 18/18, subtitles 18/18, bylines 18/18,
region 18/18, level 17/18 (p07#2 那澜村 read as township), theme F1 0.930, metrics R/P 145/146 and 145/145,
practices R 43/43 and P 43/44.
Round h35left (p07#2: a county's bare name opening its township's, 思茅 of 思茅港镇, gives no address; a village
whose name opens with 那, named again opening a clause, is a name after its township; the headline's address
stopping at the township goes on with the body's village): level 17/18 -> 18/18.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout34 --gold tests/corpus/heldout34-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT34 = scoring.HERE / "heldout34"
HELDOUT34_GOLD = scoring.HERE / "heldout34-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.929,
    "metric_recall": 145 / 146,
    "metric_precision": 145 / 145,
    "practice_recall": 43 / 43,
    "practice_precision": 43 / 44,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 2,
}


class TestHeldout34Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT34, HELDOUT34_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 3
