"""Quantitative facts in an article body: `extract_metrics(body) -> list[Metric]` (front matter `metrics`).

`body` is the Markdown body ingest writes: paragraphs separated by blank lines, `## ` headings and trailing
`图：` captions. Headings and captions are skipped; every number with a counting word in the paragraphs
becomes a `Metric(label, value, unit, approx, quote)`, in order of appearance.

Rules
-----
- Value, unit and approximation come from `numbers.py` (万/亿 multiplied out, 成 -> %, 余/多/近/超/约/左右/以上/
  不低于 -> approx, vague Chinese numerals keep their lower bound with approx).
- Counts only: the unit must be a counting word (个, 人, 名, 元, 亩, %, 人次 …). Dates and years (2024年,
  6月27日), durations (连续3年, 5分钟, 3个月; hours summed are counted, 累计服务时长9800小时), ages (72岁,
  90后), anniversaries (104周年), serial numbers (3号楼, 下转3版) are therefore not metrics. Also skipped: ordinals (第七届, 第3个), formula names and numbers
  inside short quotes or 《titles》 (“1+2+N”, “5.8 博爱周”, “3人专班”, 《…“1+10”系列文件》), the explanation in
  brackets after such a formula (`“1+1+N”(1名网格员、…)`), the Chinese numeral 一 (一名社区干部, 一个网格: a
  norm or an idiom) and Chinese numerals glued to another number (三个100%, 三位一体, 村二组), and per-person
  norms of one or two (`分别联系1个街道`, `每名党员志愿者…认领1—2个岗位`). Standards are kept (`每300户划分
  一个网格`, `每个社区每年30万元`, the people set for each unit, `每个村配备1名“协商联络员”`); an explicit range is two metrics, `…（下限）` and `…（上限）`
  (`300—500户` -> 300 and 500, exact); a vague Chinese numeral keeps its lower bound, approx (`二三十件` -> 20).
- Label = what is counted. If a noun follows the counting word it is the label (`5730名在职党员`,
  `组建63支622人的“青城义警”队伍`); otherwise the noun phrase before the number, after the last verb
  (`建立网格党支部492个` -> 网格党支部, `选优配强网格党支部书记1159人`, `覆盖率达95.6%` -> the whole
  `非公有制企业党组织覆盖率`; a verb before 型/式 is part of the noun: `组建各类党支部领办型合作社264家` ->
  党支部领办型合作社, 各类 being a scope word like 全市). Quotes, brackets and 等-lists are cleaned
  (`选派楼栋长（单元长）2399人` -> 楼栋长); 中 opening the noun after the counting word is part of it
  (`35座中高温大棚`), a verb of resizing ends it (`9个大网格细化为38个小网格` -> 大网格).
  A time span or a -式 kind after the counting word qualifies the noun (`3个24小时自助式“暖心驿站”` -> 暖心驿站);
  a 从-phrase before the number is where a change starts (`社区挂牌从平均每个社区21块减少到6块` -> 社区挂牌); a
  verb alone keeps the deed or the noun before it (`企业招工300余人`), never a name (`乡贤王某捐资100多万元` ->
  捐资金额). A count of classes after their quoted names names what is divided (`将…重点人群和家庭分为“…”“…”“…”三类`
  -> 重点人群和家庭分类), never the classes.
  A number that only continues the previous one (`从65%提升至92%`, `6222亩、2065座`, `36.18万元和42.45万元`,
  `优化调整为95个`) takes its label; a bare change verb is prefixed with the previous label
  (`清理撤牌1.4万块、减少44.9%` -> 撤牌减少).
- Quote = the clause the number stands in (between ，。；：！？, at most 120 characters either side of the
  number), exactly as printed in `body`, except that a paragraph cut inside a number (a page break:
  `店铺长4300余` / `名`) is joined again, in the text and in the quote. A heading that is a sentence (ingest
  took a long line with ，；for one) is read as a paragraph; not one whose comma stands only in a bracketed
  note (a list's title, `…表彰名单（共100名，以姓氏笔画为序）`: the list's size repeats the deed's count).
- Which numbers are no metric at all is decided by metric_skips.py (also: a run `连续两次上“黑榜”的企业`, the
  parts announced before an enumeration `做法主要有三条：一是…`; 分 counts points only in a sentence about
  points: `累计发放积分186万分`, not `9时30分`).
- Labels are repaired by metric_labels.py (no place, no verb alone, no word cut at its first character, no
  speaker); a bare generic noun keeps the deed of its clause (metric_deeds.py: `引导25名党员亮明身份` ->
  亮明身份的党员, `协商解决…等问题87件` -> 解决问题, `纳入有效管理119人` -> 纳入有效管理的人员); what the counted
  make up names them (`4000余名以快递员…为主的新就业形态劳动者`), and where a change starts is labelled by what
  changes (`报表从23张精简为6张` -> 报表, `挂牌数量由平均每村16块精简到4块` -> 挂牌数量). Not counts either: a duration (`持续3个多月`), a per-day norm (`一天能摘20斤`) and a small Chinese
  numeral before the parts of a scheme (`组建三支队伍`, `建立五个机制`; a list printed before it is counted:
  `“骑手帮、…、骑手带”五项行动`). A clause that lists several counted items with 、 is cut into its
  items (`网格党支部 226个`), the way a reader quotes it.
- `三个100%` (and `A、B均为100%`): one number shared by several listed items is one metric per item, each
  with its own label and the shared clause as quote (`实现全区非公企业党组织覆盖率、社会组织党组织覆盖率、
  党建指导员选派三个100%` -> 非公企业党组织覆盖率 / 社会组织党组织覆盖率 / 党建指导员选派, 100 %). For this
  reason duplicates are removed on (quote, value, unit, label): the same number quoted twice from the same
  clause for the same thing appears once.
"""

from __future__ import annotations

import re
from dataclasses import replace

from builder.extract.metric_found import paragraph_metrics
from builder.extract.metric_labels import (
    before_and_now,
)
from builder.extract.metric_text import joined_quote, paragraphs, sentence_start
from builder.extract.numbers import COUNT_UNITS
from builder.model import Metric

__all__ = ["extract_metrics"]


def extract_metrics(body: str) -> list[Metric]:
    """Every quantitative fact in a Markdown body, in order of appearance, without duplicates: the same quote, or
    the same figure printed again in another sentence (7个乡镇 … 全市7个乡镇; 5个行政村 … 5个村集体经济组织 … in one
    paragraph, the same villages by a unit word of the label; two alike in one sentence are two:
    选派1名科级干部担任指导员、1名科级干部兼任委员)."""
    metrics: list[Metric] = []
    seen: set[tuple[str, float, str, str]] = set()
    sentence_of: dict[tuple[float, str, str], int] = {}
    counted: dict[tuple[float, str, str], int] = {}  # counts of the units themselves (5个行政村), by sentence
    for offset, text in paragraphs(body):
        # the same count of the same units: within a paragraph whatever is said of them, in a later one only
        # after a count of the units themselves (5个行政村); 社区“大党委”75个 and, paragraphs on, 社区矛盾调解中心75个
        # are two things each community has
        units_of: dict[tuple[float, str, str], int] = {}
        opened = len(metrics)
        for found in paragraph_metrics(text):
            q = found.quantity
            quote = joined_quote(body[offset + found.quote_start : offset + found.quote_end])
            fact, sentence = (q.value, q.unit, found.label), offset + sentence_start(text, q.num_start, None)
            units = {(q.value, q.unit, word) for word in _UNIT_WORD.findall(found.label)}
            if (quote, *fact) in seen or sentence_of.get(fact, sentence) != sentence:
                continue
            if any(units_of.get(key, counted.get(key, sentence)) != sentence for key in units):
                continue  # 河鱼乡5个行政村 … 5个村集体经济组织累计收益…: the same villages again
            seen.add((quote, *fact))
            sentence_of[fact] = sentence
            units_of.update(dict.fromkeys(units, sentence))
            counted.update(dict.fromkeys((k for k in units if found.label.endswith(k[2])), sentence))
            unit = _with_alternative(q.unit, _ALTERNATIVE_UNIT.match(text, q.end))
            metrics.append(Metric(found.label, q.value, unit, q.approx, quote))
        labels = before_and_now([(m.label, m.unit, m.quote) for m in metrics[opened:]])  # 原挂牌…现挂牌
        metrics[opened:] = [
            replace(m, label=label) for m, label in zip(metrics[opened:], labels, strict=True)
        ]
    return metrics


# The unit a label counts by (行政村, 村集体经济组织, 村（社区）党支部书记: villages): the same figure of the same
# units in a later sentence is the same set again, whatever it is said of there (村民 are people, not villages).
_UNIT_WORD = re.compile(r"村(?!民|务)|社区|乡镇|街道|小区|网格")  # (村务: the affairs, no villages)
# A unit printed with its alternative in brackets (认领街巷、楼院682条（个）: streets by 条, courtyards by 个): both.
_ALTERNATIVE_UNIT = re.compile(r"（[个条名人家处次户件项座所间支]）")


def _with_alternative(unit: str, alternative: re.Match[str] | None) -> str:
    """The unit with the alternative printed after it in brackets: both (条（个）), or, when the bracket holds 次
    and makes a count of times with the unit (1.6万人（次）, 20多场（次）), that count's unit (人次, 场次)."""
    if alternative is None:
        return unit
    if alternative.group() == "（次）" and unit + "次" in COUNT_UNITS:
        return unit + "次"
    return unit + alternative.group()
