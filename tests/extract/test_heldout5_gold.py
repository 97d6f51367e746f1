"""Ingest of the fifth held-out pages (tests/corpus/heldout5) into a brand-new folder, scored against their gold.

The 8 pages (20 articles, places in 11 provinces no other set names) and their gold were written by a colleague
who did not read the code, at the start of a session whose ingest work never looked at them. Scored blind twice:

- at f0c70a9 (the session's start): articles found 14/20, titles 11/20, subtitles 14/20, bylines 11/20, bodies
  with a byline or headline 4, region 10/20, level 10/20, theme F1 0.571, metric recall 44/66, precision 44/65,
  practice recall 16/28, precision 16/23, captions recovered 3/5;
- at 9ab6d83 (the session's end, after its work on heldout4 and on real articles' kinds): articles 15/20,
  titles 12/20, subtitles 15/20, bylines 13/20, bodies with a byline or headline 4, region 11/20, level 12/20,
  theme F1 0.651, metric recall 48/66, precision 48/66, practice recall 18/28, precision 18/24, captions 4/5.

Every written file passed `digest check` both times. This is the honest measure of ingest on pages it has never
seen (issue 14): far from the targets. Each threshold is the end-of-session value (a ratchet: raise it whenever
ingest gets better, never lower it); the comment next to it is issue 14's target. Scoreboard with the misses
per article: `python -m tests.corpus.scoring --pages tests/corpus/heldout5 --gold tests/corpus/heldout5-gold.yaml`.
Once rules are tuned on these pages, say so here: they then no longer measure unseen pages.

Rules were tuned on these pages from the commit after 6a5b74b on (issue 14's g06 and g04 kinds): the ratchets
above the blind values are no longer a measure of unseen pages. g06 (columns interleaved in two blocks each):
articles 16/20, titles 13/20, subtitles 16/20, bylines 14/20, bodies with a byline or headline 3, region 13/20,
level 14/20, theme F1 0.698, metrics 51/66 / 51/66, practices 19/28 / 19/24. g03 (a `●` brief column: the
lead's first place wrapped up onto its headline, a lead opening `本报讯（…）`): articles 17/20, titles 15/20,
subtitles 17/20, bylines 16/20, bodies with a byline or headline 2, region 15/20, level 15/20, metrics 53/66 / 53/66.
g04 (bodies first on a flat page, three bold-doubled headlines at its foot: one blank line before the third
body is a gap): articles 18/20, titles 17/20, subtitles 18/20, bylines 17/20, region 17/20, level 17/20,
metrics 56/66 / 56/66.
Practices and themes (g02, g04, g05 kinds: a role trained into, a body joined, a team with its size; 吹哨 a weak
joint-building term): theme F1 0.762 -> 0.773, practices 21/28 / 21/24 -> 24/28 / 24/27.
g08 (headlines printed together on consecutive lines at the page's head, its page number glued to a column
label, a closing credit cut in two; measured on d7a7183 with these rules alone):
articles 18/20, titles 16/20, subtitles 18/20, bylines 17/20, bodies with a byline or headline 1, region 16/20,
level 17/20, theme F1 0.79, metrics 57/66 / 57/66, practices 22/28 / 22/24.
With the flat-page bodies of g04 (5a63ecd) and the practices of c2de3c2, at ac0f5ea: articles 20/20, titles
20/20, subtitles 20/20, bylines 19/20, region 20/20, level 20/20, theme F1 0.844, metrics 64/66 / 64/66,
practices 27/28 / 27/27. Then (g04#3, g08#3: what is held so often, 每月举办一次“窑火夜校”; makers in a
street; after-school care): theme F1 0.844 -> 0.894, practices 28/28 / 28/28. Migrant workers are no relocated
people (外来务工, g08#3): theme F1 0.913.
g07 (a closing credit with roles on the last sentence's line, then a `短评｜…` sidebar): bylines 20/20, bodies
with a byline or headline 0, theme F1 0.913 -> 0.933.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT5 = scoring.HERE / "heldout5"
HELDOUT5_GOLD = scoring.HERE / "heldout5-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS). Compared by CorpusScores.reaches / stays_within.
AT_LEAST = {
    "articles_found": 20 / 20,
    "titles_exact": 20 / 20,
    "subtitles_exact": 20 / 20,
    "bylines_exact": 20 / 20,
    "region_exact": 20 / 20,
    "level_exact": 20 / 20,
    "theme_f1": 0.999,  # 0.977 -> 1.000: a practice named only in the body implies a theme scoring >= 0.1 of the top
    "metric_recall": 65 / 67,
    "metric_precision": 65 / 67,
    "practice_recall": 28 / 28,
    "practice_precision": 28 / 28,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold the printed page cannot show as one run: headlines doubled character by character (g04), two columns
# printed side by side on the same lines (g05).
_UNREADABLE = [
    "g04.txt#1: title not printed: 西湖区“街乡吹哨、部门报到”解难题",
    "g04.txt#2: title not printed: 湖滨社区“红色物业”让老旧小区焕新颜",
    "g04.txt#3: title not printed: 珠山区“窑火”党建联盟聚拢青年创客",
    "g05.txt#1: not printed: 汉中市汉台区在全区186个基层党组织推行“党员积分制”管理，把参加组织生活、志愿服务、联系群众等情况量化为积分，每季度公示一次。",
    "g05.txt#1: not printed: 今年以来，全区5400余名党员参与积分管理，开展志愿服务1.2万余次。",
    "g05.txt#1: not printed: 在全区186个基层党组织推行",
    "g05.txt#1: not printed: 开展志愿服务1.2万余次",
    "g05.txt#2: not printed: 安康市汉滨区瀛湖镇沿湖8个村成立“渔民议事会”，由村党支部书记召集转产渔民、养殖大户共同商议退捕转产、湖区保洁等事项。",
    "g05.txt#2: not printed: 三年来，全镇帮助320户渔民转产就业，累计清理湖面垃圾860吨。",
]


class TestHeldout5Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT5, HELDOUT5_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 4  # sidecars 3/3
