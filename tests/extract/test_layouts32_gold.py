"""Ingest of the invented pages of session 32 (tests/corpus/layouts32) into a brand-new folder, scored against their
gold.

Six invented printed pages (13 articles; 黑龙江 江西 贵州 浙江 四川 湖南 广东 陕西 山东; a city, six counties, four
townships, a village and a community acting, one commentary with no place) showing printed layouts no earlier set
used: a 图片新闻 page of three photo stories (a photo headline over a caption-story of three sentences and the
photographer's credit, alone or glued to the last sentence); a county paper with its staff line (`本版责编 … 校对 …
组版 …`) in the middle of a column, between two lines of a sentence, and a `记者手记` with its own headline signed
`（…）` after a report; a table of towns and figures extracted one cell a line inside an article; a notice box
(`征订启事`, `招聘公告` with prices, dates and phone numbers) between two articles under rules; a 会议 report listing
its speakers with their titles and places, and a `本报评论员` commentary after it; a 人物 profile (`——记…` subtitle)
with a `人物档案` / `■简历` sidebar box between two paragraphs; plus the seeds' common damage (wraps of 13–22
characters, `本报讯（…）` glued to leads, captions with credits inside sentences, headlines stacked at the top). Gold
written from the clean texts before any ingest of the pages was run. A dev set: open for tuning.

Start (069d74c, clean worktree): articles 13/13 with 1 spurious file, titles 13/13, subtitles 13/13, bylines 10/13,
region 13/13, level 13/13, theme F1 0.720, metrics R 47/49 P 47/49, practices R 15/16 P 15/15, captions 2/2, bodies
with a caption or a byline 0, broken paragraphs 0. The misses were the new layouts': the photo stories' credits
read as captions without text (no byline), the profile box read as a byline (`简历`) over a new article taking the
profile's last three paragraphs, the `招聘公告` box read as the first article's last section (its `10名` a metric).
The gold's optional per-unit norm 10至15户 was then given both bounds, as heldout15 and heldout18 give them, and
p06#1's organization-system made optional, as heldout2's gold makes it for a 党员中心户 article: the same code
scores theme F1 0.750 and metrics P 47/48 against the gold as committed, the rest as above.

After the profile box, the notice box and the photo stories' credits (furnitureboxes.profile_box, notice's
`公告`/`通告` labels, captions.sign_photo_stories) and three theme kinds (党员中心户 → member-management too; a
crop's growers, 茶农 茶园; 划分为…片区 a grid): no spurious file, bylines 13/13, theme F1 0.923, metrics R 49/49 P
49/49 (51/51 since 426211e made the two area-scope counts required, as every set's), practices R 16/16 P 16/16;
then the same kinds in other printed instances (perturb --set layouts32: wrap12/19/24 bylines 13/13, noblank no
spurious file). Left: p01#2 (members patrolling a river by stretches, 一段一员 包干: no theme) and
p04#1 (a meeting's 网格党支部: organization-system beside grid-governance).

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/layouts32 --gold tests/corpus/layouts32-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

LAYOUTS32 = scoring.HERE / "layouts32"
LAYOUTS32_GOLD = scoring.HERE / "layouts32-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 13 / 13,
    "titles_exact": 13 / 13,
    "subtitles_exact": 13 / 13,
    "bylines_exact": 13 / 13,
    "region_exact": 13 / 13,
    "level_exact": 13 / 13,
    "theme_f1": 0.96,  # 0.923 -> 0.960: p04's meeting demands (会议要求，各地要…) count as plans (session 34)
    "metric_recall": 49 / 49,
    "metric_precision": 49 / 49,
    "practice_recall": 16 / 16,
    "practice_precision": 16 / 16,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}


class TestLayouts32Gold(GoldRatchet):
    PAGES, GOLD = LAYOUTS32, LAYOUTS32_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 2
