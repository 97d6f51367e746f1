"""Ingest of the seventeenth held-out pages (tests/corpus/heldout17) into a brand-new folder, scored against their gold.

The 8 pages (19 articles; 浙江 江苏 山东 河北 安徽 河南 甘肃 四川 湖南 广东 云南 福建 辽宁 北京 湖北, levels from province
to village: kicker, headline and deck with a `本报温州12月1日电（…）` dateline and articles apart only by a `────` rule on
a page with no blank line; every headline at the page's end in another order than the bodies, GBK; columns of 15 and
10 characters read across line by line, CRLF; an interview with a `文/…` author line and the masthead inside an
answer; a series label with `□` authors and `▲` captions gathered at the foot; a `——记…` subtitle carrying the
byline, a `＿＿＿` rule, `一是…二是…` with `（作者系…）`; a 【数说】 box, full-width digits, stray spaces, a headline
doubled by character; a page with no blank line and no rule) and their gold were written by a colleague who did not
read the code, at the start of the session of 2026-12-04/05 (seventh). Kept BLIND all that session and scored at
its start (the code of fec8a69) and at its end (f3faf03): articles 14/19 (+3 spurious) both, titles 12/19 both,
subtitles 12/19 -> 13/19, bylines 11/19 -> 12/19, region 13/19 both, level 13/19 both, theme F1 0.667 -> 0.700,
metrics R 89/138 and P 89/106 both, practices R 33/48 and P 33/40 both, captions recovered 3/3, broken paragraphs
1/72 -> 0/71. The session's layout rules, each made on invented dev pages of the same kinds (tests/corpus/layouts17)
and on real pages, reached only two of these pages' heads: the kinds recur, their printed instances differ. Open
for tuning from the next session on; the thresholds below are its end.

A ratchet: raise it whenever ingest gets better, never lower it; issue 14's targets are in
tests/corpus/ratchet.py TARGETS. Scoreboard:
`python -m tests.corpus.scoring --pages tests/corpus/heldout17 --gold tests/corpus/heldout17-gold.yaml`.
"""

from __future__ import annotations

from tests.corpus import scoring
from tests.corpus.ratchet import GoldRatchet

HELDOUT17 = scoring.HERE / "heldout17"
HELDOUT17_GOLD = scoring.HERE / "heldout17-gold.yaml"

# measure: threshold (issue 14's targets: tests/corpus/ratchet.py TARGETS).
AT_LEAST = {
    "articles_found": 17 / 19,
    "titles_exact": 15 / 19,
    "subtitles_exact": 15 / 19,
    "bylines_exact": 16 / 19,
    "region_exact": 16 / 19,
    "level_exact": 16 / 19,
    "theme_f1": 0.894,  # 0.872 -> 0.895: a result tallied among others brings no theme (session 35)
    "metric_recall": 119 / 138,
    "metric_precision": 119 / 126,
    "practice_recall": 44 / 48,
    "practice_precision": 44 / 47,
}
AT_MOST = {
    "bodies_with_captions": 0,
    "bodies_with_bylines": 1,
    "broken_paragraphs": 0,
}
# Gold goldcheck cannot find as one run on the printed page: p03's two columns are read across line by line (the
# writer checked each column's quotes in its own column), full-width digits (１．２万),
# a headline doubled character by character.
_UNREADABLE: list[str] = [
    "p03.txt#1: not printed: 洛阳市把社区工作者队伍建设作为城市基层党建的基础工程，今年以来全市新招聘社区工作者860名，社区工作者总数达到6200余名。",
    "p03.txt#1: not printed: 市委组织部有关负责人表示，下一步将拓宽优秀社区工作者的上升通道，让他们安心扎根基层。",
    "p03.txt#1: not printed: 全市新招聘社区工作者860名",
    "p03.txt#1: not printed: 社区工作者总数达到6200余名",
    "p03.txt#1: not printed: 平均工资比三年前提高了35%",
    "p03.txt#1: not printed: 培训社区工作者1.1万人次",
    "p03.txt#1: not printed: 大专以上学历的比例达到92%",
    "p03.txt#2: not printed: 天水市秦州区在全区组建“和事佬”调解队伍，由退休干部、老党员、乡贤等担任调解员，把矛盾纠纷化解在村头巷尾。",
    "p03.txt#2: not printed: 记者 王丽娟 通讯员 杨晨",
    "p03.txt#2: not printed: 共有17个乡镇（街道）",
    "p03.txt#2: not printed: 434个村（社区）",
    "p03.txt#2: not printed: 已组建“和事佬”调解室421个",
    "p03.txt#2: not printed: 吸纳调解员1560名",
    "p07.txt#3: title not printed: 伍家岗区“红袖标”巡出平安",
    "p07.txt#3: value 12000 not in quote 共开展巡逻１．２万余次",
]


class TestHeldout17Gold(GoldRatchet):
    PAGES, GOLD = HELDOUT17, HELDOUT17_GOLD
    AT_LEAST, AT_MOST = AT_LEAST, AT_MOST
    UNREADABLE = _UNREADABLE
    SPURIOUS = 1
    CAPTIONS_RECOVERED = 3
