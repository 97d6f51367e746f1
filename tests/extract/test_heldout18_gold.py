"""Ingest of the eighteenth held-out pages (tests/corpus/heldout18) into a brand-new folder, scored against their gold.

The 8 pages (18 articles; 新疆 青海 江西 湖南 广西 内蒙古 甘肃 四川 西藏 福建 海南 浙江 黑龙江 云南 河北, levels from province to
village: an `【编者按】` box over an article cut by `（下转第三版）`, a two-field byline line with middle-dot names, a headline
whose second line opens with a quote mark; a web page copied to text with a flattened table; three 11-character
columns side by side, the middle one a line lower (GBK); a WeChat article with bold-doubled `▍` section heads and
▲ ● ◆ bullets (CRLF); a running head repeated mid-sentence, headlines ending in ？ / ！ over a `——` subtitle, a
full-width space inside a word, a line printed twice, a year split by a line-end hyphen, a `短评｜…` box; a flattened
4-column table and a `…供图` caption inside a sentence, a `■简讯` item; a headline whose second line opens with a
number; a headline printed alone at the page's end, short place forms) and their gold were written by a colleague
who did not read the code, at the start of the session of 2026-12-05 (eighth). Kept BLIND until the session's last
half hour and scored at its start (the code of bd237f9) and at its blind end (8796d20): articles 16/18 (+4 spurious)
-> 17/18 (+4), titles 9/18 -> 11/18, subtitles 14/18 both, bylines 9/18 -> 13/18, region 15/18 -> 16/18, level
15/18 -> 16/18, theme F1 0.727 -> 0.750, metrics R 86/111 -> 91/111 and P 86/98 -> 91/98, practices R 27/38 ->
28/38 and P 27/35 -> 28/33, captions recovered 2/2, broken paragraphs 4/46 -> 3/49. The kinds it shows had been
given to the colleagues writing the layouts18 dev set (other printed instances of them); the blind set shows what
of those rules carried over. Then opened and tuned on for 30 minutes: the thresholds below are its end (f53e621);
p07#3 (`景宁畲族自治县` / `3000余名“畲乡红管家”…`: one headline here, a place line over a headline in
tests/ingest/test_real_article_probes.py's `清溪镇` / `71名网格长…`) is left as the conflict it is.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout18 --gold tests/corpus/heldout18-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT18 = scoring.HERE / "heldout18"
HELDOUT18_GOLD = scoring.HERE / "heldout18-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 18 / 18,
    "titles_exact": 17 / 18,
    "subtitles_exact": 17 / 18,
    "bylines_exact": 18 / 18,
    "region_exact": 18 / 18,
    "level_exact": 18 / 18,
    "theme_f1": 0.884,  # 0.868 -> 0.885: a result tallied among others brings no theme (session 35)
    "metric_recall": 111 / 111,
    "metric_precision": 111 / 111,
    "practice_recall": 37 / 38,
    "practice_precision": 37 / 38,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 0,
    "broken_paragraphs": 0,
}
# Gold goldcheck cannot find as one run on the printed page: p03's three columns stand side by side on the same lines
# (the writer checked each column's quotes in its own column), p08's headline is doubled character by character.
_UNREADABLE: list[str] = [
    "p03.txt#1: title not printed: 神山村：“红色民宿”带旺乡村游",
    "p03.txt#1: not printed: 井冈山市茅坪乡神山村把闲置农房交给村党支部统一改造，办起了“红色民宿”。",
    "p03.txt#1: not printed: 村里推行“党员户挂牌”，每名党员联系3至5户群众，带动村民制作竹筷、黄桃等特色产品，人均年收入突破2.5万元。",
    "p03.txt#1: not printed: 已建成民宿21家",
    "p03.txt#1: not printed: 入股资金86万元",
    "p03.txt#1: not printed: 接待游客12.6万人次",
    "p03.txt#1: not printed: 村集体经济收入达到48万元",
    "p03.txt#1: not printed: 人均年收入突破2.5万元",
    "p03.txt#2: title not printed: 双龙镇：“苗寨议事坪”议出好日子",
    "p03.txt#2: not printed: 花垣县双龙镇在18个村设立“苗寨议事坪”，每月逢场日由村党组织书记主持，群众围坐议事。",
    "p03.txt#2: not printed: 苗寨议事坪",
    "p03.txt#2: not printed: 本报讯（通讯员 石磊 龙金花）",
    "p03.txt#2: not printed: 在18个村设立",
    "p03.txt#2: not printed: 群众意见建议540条",
    "p03.txt#2: not printed: 饮水安全等实事132件",
    "p03.txt#2: not printed: “一坪三员”队伍54人",
    "p03.txt#3: title not printed: 右江区：“红色物业”进小区",
    "p03.txt#3: not printed: 百色市右江区针对老旧小区无人管、管不好的问题，推动社区党组织领办物业服务企业，打造“红色物业”。",
    "p03.txt#3: not printed: 区里建立“物业服务红黑榜”，每季度由居民打分评议，今年以来整改问题1030个，物业费收缴率由原来的52%提高到81%。",
    "p03.txt#3: not printed: 物业服务红黑榜",
    "p03.txt#3: not printed: 在97个小区引入",
    "p03.txt#3: not printed: 组建小区党支部63个",
    "p03.txt#3: not printed: 进入业委会216名",
    "p03.txt#3: not printed: 由原来的52%",
    "p08.txt#1: title not printed: 北极村：“冰雪管家”守护最北人家",
]


class TestHeldout18Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT18, HELDOUT18_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 0
    CAPTIONS_RECOVERED = 2
