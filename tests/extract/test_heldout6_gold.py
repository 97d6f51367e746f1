"""Ingest of the sixth held-out pages (tests/corpus/heldout6) into a brand-new folder, scored against their gold.

The 8 pages (20 articles; places in 内蒙古, 上海, 天津, 贵州, 广东, 浙江, 黑龙江 no other set names; a kicker and its
headline on one line, a Q&A interview, three 9-character columns, a list of cases, a reprint with 来源/编辑 lines,
captions with no mark, a commentary with no place) and their gold were written by a colleague who did not read the
code. Scored blind at 59b6a80 (the session's start) and again at 65b984f (after the first round of that session's
ingest work, which never looked at them), both alike: articles found 16/20, titles 8/20, subtitles 14/20, bylines
11/20, bodies with caption text 2, bodies with a byline or headline 3, broken paragraphs 1/43, region 14/20,
level 14/20, theme F1 0.578, metric recall 54/67, precision 54/69, practice recall 27/33, precision 27/34,
captions recovered 3/5. Every written file passed `digest check`.

Rules are tuned on these pages from 65b984f on: the ratchets above the blind values no longer measure unseen
pages (tests/corpus/heldout7 is the next blind set). Each threshold is a ratchet (raise it whenever ingest gets
better, never lower it); the second value is issue 14's target. Scoreboard with the misses per article:
`python -m tests.corpus.scoring --pages tests/corpus/heldout6 --gold tests/corpus/heldout6-gold.yaml`.

Tuned (issue 14, k03/k05/k06/k07's kinds): bylines a narrow column wrapped over two or three lines (k03:
`本报讯（通讯` / `员 赵倩 孙` / `浩）`, `（通讯员` / `李娜）`; bylinerules.wrapped_bracket_byline): titles +1, bylines +2;
a caption set wider than the column between two finished sentences, its credit on the line under it (k07;
captionlines._caption_set_wider): bodies with caption text 2 -> 0, captions recovered 3/5 -> 5/5; a headline
glued to its lead and wrapped with it (k07: `…服务暖民` / `心大庆市萨尔图区友谊街道…`; gluedlead.py): titles +1,
bodies with a headline 3 -> 2; a reprint's source line `来源：江门日报` is furniture (furniture._SINGLE) and a
brief's closing credit naming the body that sent it, cut by the wrap (k05: `…87件。（金平区委组织` / `部）`;
captionshapes._CLOSING_NAMES, briefs._rejoin_wrapped_credit) is its byline, so the `●` item under it is a brief of
its own: articles 16 -> 17/20, titles, bylines +2, subtitles, region, level +1, broken paragraphs 1 -> 0, bodies with a
byline 2 -> 1, theme F1 0.578 -> 0.636, metrics 54/67 R 54/69 P -> 56/67 R 56/68 P; two columns interleaved in
runs of four lines with both headlines at the foot (k06: the second report's lead, naming its place in full, cuts
the first off mid-sentence; interleave._leads_cut_in, runs of the first run's printed lines where lines read on
equally well in either column, captions and closing credits riding with the line above them) and a caption
after a word's first half (`发展民` / caption / `宿１８家`; captionlines._caption_start): articles 17 -> 18/20,
titles 11 -> 13, subtitles, bylines +1, region, level 15 -> 17, theme F1 -> 0.739, metrics 60/67 R 60/69 P,
practices 28/33 R 28/34 P, captions recovered 6/6.

Tuned (issue 14, extraction, the kinds of k03/k05/k06/k07): a generic noun keeps its clause's deed and a threshold
with words before its 的 or a multiple of growth is no figure (metric_deeds.py, metric_skips: 比２０２２年增长近两倍);
resettled people, helping activities, legal help and community partners in the theme vocabulary (k05#1, k05#2,
k07#1); a record a unit keeps ends like a name (k03 “民情日记”). Measured at f5aeee9 (committed work only): theme F1
0.739 -> 0.816, metric precision 60/69 -> 60/68, practices 28/33 R 28/34 P -> 29/33 R 29/35 P; with the layout
work still uncommitted in the working tree: theme F1 0.913 -> 0.980, metrics 67/67 R 67/67 P, practices 33/33.

Tuned (issue 14, k01/k02/k04/k08's kinds): a page number and its column label joined by `·` are furniture (k01
`第2版 · 基层治理`; furniture._SEPARATOR); a kicker with a space of its own on its headline's line
(`党建引领 物业提质    东胜区“红色物业”…`; kickers.split_kicker_line); a byline of bare names with a transliterated minority name
(`乌云其木格  高建军`; reporternames.py); a headline glued to its `本报讯` with no space, the wrap cutting the dateline
(k02 `…“暖蜂驿站”本报` / `讯（记者 包红梅）…`; gluedlead.headline_before_baoxun) and a lead's first line over a
line its half-width figures make look short no heading (subheadings._short_by_both_counts); a list of cases under
a lead (k04 `一、六盘水市钟山区：…`; caselists.py: the number dropped, the cases parts of the lead, whose themes
count their headlines as its headings); the paper's commentator signs a byline (k08 `本报评论员`;
lineshapes._COMMENTATOR), a line's column measured within its own article (paragraphs._LocalWidths), a governance
phrase no community's name (`七宝镇党建引领社区治理`; unitnames._GENERIC_STEM) and an -ism no practice (`“指尖上的
形式主义”`; practice_signs `ism`). From da7fe81: articles 18 -> 20/20, titles 13 -> 20, subtitles, bylines 16 -> 20,
region, level 17 -> 20, theme F1 0.833 -> 1.000, metrics 60/67 R 60/68 P -> 67/67 R 67/67 P, practices 29/33 R
29/35 P -> 33/33 R 33/33 P, bodies with a byline 1 -> 0.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT6 = scoring.HERE / "heldout6"
HELDOUT6_GOLD = scoring.HERE / "heldout6-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS). Compared by CorpusScores.reaches / stays_within.
AT_LEAST = {
    "articles_found": 20 / 20,
    "titles_exact": 20 / 20,
    "subtitles_exact": 20 / 20,
    "bylines_exact": 20 / 20,
    "region_exact": 20 / 20,
    "level_exact": 20 / 20,
    "theme_f1": 0.99,
    "metric_recall": 67 / 67,
    "metric_precision": 67 / 67,
    "practice_recall": 33 / 33,
    "practice_precision": 33 / 33,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: both headlines of k06 printed in doubled bold at its foot.
_UNREADABLE = [
    "k06.txt#1: title not printed: 义乌“5+N”党建联盟护航市场主体",
    "k06.txt#2: title not printed: 妙源村“村民说事”说出和美乡村",
]


class TestHeldout6Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT6, HELDOUT6_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 6  # 3/5 blind (k06's caption counts once its article is found)
