"""Ingest of the thirty-seventh held-out pages (tests/corpus/heldout37) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 15 provinces, every level: two provinces, two cities, four counties, four townships, five
communities and villages with a 小区 and a 网格 among them, and a commentary with no place) are PDF extractions of
printed pages only: half the seeds' common damage in fresh instances (a glued `本报讯（记者 … 通讯员` / `…）` cut inside
the credit, a two-line `△…　记者 … 摄` caption inside a quoted sentence, a bare-name body whose headline is the page's
last two lines bold-doubled by runs, three headlines stacked over 14-character bodies with a glued `本报某地…电`
dateline cut before its bracket, a feature with a `——` subtitle, `图为…`/`…供图` inside a sentence and `（下转第4版）`
mid-sentence, a `评论` label over a 本报评论员 commentary, a kicker doubled character by character over a headline
doubled by runs and a `——记…` subtitle wrapped over two lines, a `简　讯` column with glued `（name）` credits), half
new printed layouts: a front page's masthead and 报眼 box (weather, a subscription notice, a hotline) extracted onto
the first headline's line and the lines under it, a 一图读懂 infographic's label lines each followed by its figure
alone on a line (no article), a 会议报道 ending with unindented attendee lines, an interview whose portrait caption and
credit stand between its `——访` subtitle and its reporter line, a 通报 of five numbered 典型问题 in five counties under
one provincial headline wrapped over two lines, a village report's credit alone under its last sentence. Its gold was
written by a colleague who did not read the code, in session 37 (sources kept outside the repo).

Kept BLIND in session 37 and scored at its start (b6303b67) and after its first merges (45421ea6: the layouts37 set,
tidy37, cold37): the same at both ends, articles 15/18 with 1 spurious file (three reports merged into their
neighbours: p03's second of three stacked heads, p04's 小区 report after the infographic, p08's village report after
the 通报; p06's interview written twice), titles 11/18 (the 报眼 line taken as the title, the 通报's wrapped headline
split into subtitle and title, a `——记…` subtitle's name taken as the title), subtitles 11/18, bylines 14/18, region
13/18, level 13/18, theme F1 0.698, metrics R 116/140 and P 116/145 (the infographic's figures, the next report's
figures inside a merged body), practices R 36/43 and P 36/44, captions 3/4, bodies with a byline or headline 1,
broken paragraphs 1/92. Committed as a dev set at those numbers.

Round h37b: titles and page furniture, by kind: a front page's ear box (报眼: weather wrapped, a subscription
notice, its hotline) extracted beside the first headline is furniture (p02); an interview's portrait caption over
its credit between the `——访` subtitle and the reporter line is a caption (p06#2: no spurious file, caption out of
the body); a `——记…` subtitle wrapped under a doubled headline keeps its wrap (p07#1); a `全省…会在某市召开`
headline is the province's (p06#1). Titles 11 -> 14/18, subtitles 11 -> 14/18, spurious 1 -> 0, region and level
13 -> 15/18, theme F1 0.698 -> 0.714, captions 3 -> 4/4, bodies with captions 1 -> 0; p05's broken paragraph is a
real jump (`（下转第4版）` cuts the sentence), left as it is.

Round h37a: the three merged reports, by kind: a 一图读懂 infographic (its subject, a blank line, labels each over
its figure, a `制图：` credit) is furniture, its figures no metrics (p04); one bare name alone after a blank line over
an indented lead opens the next body on a page whose headlines stand stacked at its head (p03); a body's name over
what it issues (`…办公室` / `通报…`) is one wrapped headline, and a report signed under its last sentence after an
article that opened with its byline is an article of its own (p08). On h37a's base alone: articles 15 -> 18/18,
titles 11 -> 15/18, bylines 14 -> 18/18, region and level 13 -> 16/18, theme F1 0.698 -> 0.857, metrics R 116 ->
138/140 P 116/145 -> 138/139, practices R 36 -> 41/43 P 36/44 -> 41/43, bodies with a byline or headline 1 -> 0;
with h37b's round: titles, subtitles, bylines, region and level 18/18, theme F1 0.878.

Round h37c (themes, metrics, practices by kind): theme F1 0.698 -> 0.780 (a 红色驿站 / 驿站 serving residents no
riders' rest stop; a meeting's account of the work done since a time, 会议指出，今年以来…, counted in full, not as its
demands; two gold judgement calls, volunteer-service optional on p07#1 and livelihood-services on p07#2, see their
notes), metrics R 116 -> 117/140 (boxes, 盒, counted) and P 116/145 -> 117/145 (a count right after as many quoted
names, “…”“…”“…”三种方式, restates them), practices P 36/44 -> 36/42 (a way the work is said not to be, 也不是“一…
了之”; a facility named by the care it gives, 社区养老驿站), on h37c's base alone (3ceb8e95); with h37a's and h37b's
rounds: theme F1 0.878 -> 0.950, metrics R 138 -> 139/140 and P 138/139 -> 139/139, practices P 41/43 -> 41/41.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout37 --gold tests/corpus/heldout37-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT37 = scoring.HERE / "heldout37"
HELDOUT37_GOLD = scoring.HERE / "heldout37-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 18 / 18,
    "subtitles_exact": 18 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.949,
    "metric_recall": 139 / 140,
    "metric_precision": 139 / 139,
    "practice_recall": 41 / 43,
    "practice_precision": 41 / 41,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 1,
}


class TestHeldout37Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT37, HELDOUT37_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0  # blind 1
    CAPTIONS_RECOVERED = 4
