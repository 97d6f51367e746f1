"""Numbers that are no metric (metrics.py asks `is_skipped` of every number of a paragraph).

Not counts: numbers without a counting word, ordinals and serial numbers (第3个, 3号楼), formula parts (1+2+N),
the Chinese numeral 一 and Chinese numerals glued to another number (三个100%), addresses, per-day norms
(一天能摘20斤, and what it earns in the next clause: 挣100多块钱), the parts of a scheme (组建三支队伍), per-person norms of one or two (分别联系1个街道; not a fee charged for each unit, 每月每平方米收费0.25元, nor people
set for each unit, 每个村配备1名“协商联络员”, a staffing standard, unless a team's make-up, 由1名社区干部和2名…) and
the make-up of a team (由1名村“两委”成员配N名乡贤; its size summing up the members listed, 由民警、律师和调解员三人
组成, 由…等5人组成的调解队: who the team is, not work it did; 由47名企业党员组成的…, 组建了12支调解队伍 count), the parties of one
story (为两户村民, 梁永超等两名调解员, 两人逐一走访), a threshold that says which things are counted
(收入10万元以上的村达到412个, 在30人以上没有党员的企业中: what stands before 的 qualifies them too; a bar all
the units pass, 收入全部超过10万元), a
multiple of growth (比2022年增长近两倍: a ratio restating the figure before it), one named person's story
(经营户陈女士家去年增收3万元, 村民周某贵的两个孩子) and every number of a sentence naming a case's party as the press does (`黄某`,
`尹某某`; `张某某等120名群众` counts the many), a figure said again as rhetoric (`1155，不只是个数字，更是1155份
温暖承诺`), numbers in short quotes and 《titles》 (`masked`), a run (`连续两次上“黑榜”的企业`: a condition, not a count), the parts
announced before an enumeration (`做法主要有三条：一是…`, `抓了3个方面，一是…`), and the forms of metric_forms.py
(分 that is no points earned, an office's ordinal, a per-person range, 把 after a Chinese numeral, …),
the parties of one story named by kin or as families (`他们兄弟二人`, `两家人`, `消除两家矛盾`), a building's number (`8幢的居民`),
an exchange rate (`1个积分等于1块钱`: both sides),
and an audience (`吸引数万名民众线上围观`, `阅读量达12万次`, `点赞3000余次`: who watched, liked or clicked online,
not what the practice did; people a unit organised to watch, `组织200名党员在线观看`, took part and are counted;
so are the views of the unit's own channel, `直播间累计在线观看量已突破4.1万人次`: what the practice reached).
A time of the day or week counted by 个 (`每周固定两个半天开放`, `选择一个晚上`) is a schedule; rough times per
period (`每周入户约2次`) a rate. A time the
work shortened is a result (`平均响应时间缩短到25分钟`), and so is the time it was shortened from (`由40分钟缩短到15分钟`:
the change's start). Hours are a
duration (`24小时受理`, `须在2小时内响应`, `平均每周减少6小时`) unless summed over many people or services
(`累计存储服务时长9800小时`, `志愿服务时长超过1.2万小时`): a total of hours is counted.
Units a speaker points at (`我们两个试点乡镇已…`) are who, not how many; so is what one points at as their own
(`这0.2亩地我种了快20年`), and what one household owns (`他家的两个大棚`). A sentence of the old state the work
changed (`4年前…一年收入不到2万元`, 长期以来, 那时候),
with no word of what it is now (如今, 目前, 现有, 增加到, 达到 …), holds the past: no metric. The guests of one event
(`…等二百余人参加活动`), a survey's sample (`覆盖20个社区的调查`) and the condition of a share
(`近三成在职党员…参与网格活动不足3次`) are no count either.
A magnitude with no digit (`数十名`, `十几个`, `几百人`) is a manner of speaking; one person's roles (`新增了两个全新
身份`) and what direct speech calling one person hands them (`“张婶，…工钱800元”`) are a story of one.
"""

from __future__ import annotations

import re

from builder.extract import metric_words as words
from builder.extract.metric_durations import hours_totalled, time_shortened, times_per_period
from builder.extract.metric_forms import no_count
from builder.extract.metric_story import one_story
from builder.extract.metric_text import clause_end, clause_start, sentence_end, sentence_start
from builder.extract.numbers import Quantity
from builder.ingest.reporternames import COMMON_SURNAMES as _SURNAMES
from builder.text.numerals import COUNTS_TO_TEN, NUMBERS_TO_TEN, TWO_COUNTED
from builder.text.patterns import alternation

__all__ = ["is_skipped"]

_LATIN_END = re.compile(r"[A-Za-z]$")
# A word of two or more Latin letters glued to a number counted in a counting word is the thing counted, its space
# lost at a line break (政务APP286个); one letter (G20, K3次, 5G) or no counting word after is a code.
_LATIN_WORD_END = re.compile(r"(?<![A-Za-z0-9])[A-Za-z]{2,}$")
_ADDRESS_AFTER = re.compile(r"\s*\d+\s*(?:单元|号|室|层|楼|幢|栋)")
# A part of a building after a house number (某路78号1幢, 8号楼3单元): the address goes on, nothing counted.
_HOUSE_NUMBER_BEFORE = re.compile(r"\d+\s*号楼?$")
_CHINESE_NOT_COUNT = re.compile(rf"\s*[\d{COUNTS_TO_TEN}]")
_NORM_BEFORE = re.compile(r"一(?:天|日|周|个月|年)(?:就能|能|可以|可|最多)[^，。；\d]{0,4}$")
# The same norm going on in the next clause with what it earns (一天能摘20斤左右，挣100多块钱).
_NORM_EARNS = re.compile(
    r"一(?:天|日|周|个月|年)(?:就能|能|可以|可|最多)[^，。；\d]{0,4}[\d.]+[^，。；]{0,6}，"
    r"(?:还能|就能|能|可|再)?(?:挣|赚|拿到?|收入|增收|领到?)$"
)
_MECHANISM_AFTER = re.compile("(?:" + alternation(words.MECHANISMS) + ")")
_LISTED = re.compile(r"[”」、]$")
_ENUMERATION_AFTER = re.compile(
    r"\s*(?:方面|做法|举措|措施|经验|内容|原则|原因|理由|特点|亮点|变化|环节|步骤)?\s*(?:[：:]|如下|分别是|[，,]?\s*(?:一是|其一|第一|首先))"
)
# 由1名村“两委”成员配N名乡贤: how a team is composed, a norm, not a result.
_COMPOSED_AFTER = re.compile(
    rf"[^，。；]{{0,12}}?[配带加联包]\s*(?:[NnXx]|\d+|[{TWO_COUNTED}{NUMBERS_TO_TEN[1:]}])\s*[名个户人位]"
)
# 收入10万元以上的村达到412个, 在30人以上没有党员的非公有制企业中: a threshold that says which things are
# counted (what stands between it and 的 qualifies them too), not a count of its own; never a level kept
# (满意度保持在99%以上的水平).
_QUALIFIED = r"[^，。；;：:！？、\d]{0,10}?的(?!水平|标准|高位|规模|目标|比例)"
_THRESHOLD_AFTER = re.compile(rf"\s*[及或]?(?:以上|以下|以内){_QUALIFIED}")  # (2000万元及以上的企业)
_QUALIFIED_AFTER = re.compile(_QUALIFIED)
_THRESHOLD_WORDS = ("以上", "以下", "以内")
# a rate or a degree right before a share (满意度90%以上的村, 覆盖率达80%以上的乡镇): the bar the things counted pass
_RATE_BEFORE = re.compile(r"(?:率|度|比例|比重|占比)[^，。；;、\d]{0,3}$")
# 村财收入20万元至50万元的村所占比例: a bracket of two bounds before 的 and the units it sorts out, not a figure
_BRACKETED_UNITS_AFTER = re.compile(r"\s*的\s*(?:村|社区|小区|户|家庭|企业|单位|乡镇|街道|党员|居民)")
# 10万元以上村占比, 收入50万元以上村达到12个: the bound, then (with no 的) the units it sorts out, the units' own noun
_UNITS_SORTED_AFTER = re.compile(r"\s*(?:村|社区|小区|企业|乡镇)(?=所?占|数|达|有|超|增|[，。、；])")
# 超过50万元的村达到23个: a bound before the number, the things it sorts out counted after 的 in the same clause
# (成立了超过400人的队伍: no count follows, the team's size is counted).
_ABOVE_BEFORE = re.compile(r"(?:超过|超出|高于|不低于|不少于|大于)\s*$")
_COUNTED_AFTER = re.compile(_QUALIFIED + rf"[^，。；;！？]{{0,8}}?[\d{COUNTS_TO_TEN}]")
# 全市村集体经济收入全部超过10万元, 各村均达到5万元以上: a bar every one of the units passes, said of them all
# (全部/均/都), not a figure of the work (the units passing it are counted where a count is printed).
_ALL_PASS_BEFORE = re.compile(
    r"(?:全部|全都|均|都|一律)(?:已经?)?(?:超过|超出|高于|不低于|不少于|达到|在)\s*$"
)
# The forms of address after a surname that name one person (陈女士, 张大爷, 王师傅).
_ADDRESS = "女士|先生|大爷|大妈|大娘|阿姨|大姐|大哥|师傅|奶奶|爷爷|婆婆|大叔|老汉|老伯"
# One person named by surname and a form of address (经营户陈女士, 村民张大爷家): an anecdote of one, not what the
# practice did (张大爷等30名老人: an example of many, counted).
_ONE_PERSON = re.compile(
    f"[{_SURNAMES}](?:{_ADDRESS})(?![等们])"
    # or named in full after who they are, with their family (村民周某贵的两个孩子, 脱贫户李某家) or what they
    # spend of their own (村民李秀兰用攒下的120个积分换回…): one household
    f"|(?:村民|居民|老人|党员|老党员|贫困户|脱贫户|低保户|困难户|残疾人)[{_SURNAMES}][\u4e00-\u9fff]{{1,2}}(?:的|家|用|拿)"
)
# Direct speech opening by calling one person (“张婶，丝瓜基地搭架工钱800元…”): what is said to them is theirs,
# one person's story, not what the practice did.
_VOCATIVE = re.compile(
    f"“[{_SURNAMES}](?:{_ADDRESS}|婶子|婶|叔|伯|姨|嫂)[，,！!]"  # (and the short forms one calls a neighbour by)
)
# A figure said again after 更是 / 而是 (`1155，不只是个数字，更是1155份温暖承诺`): rhetoric, not another count.
_RESTATED = re.compile(r"(?:更是|而是|也是)$")
# A party of one case, named as the press names them (黄某, 尹某某): a dispute's story, not a count of the practice.
_ANONYMOUS = re.compile(f"[{_SURNAMES}]某{{1,2}}(?![某等们])")
# 比2022年增长近两倍, 较2019年增长2.5倍: a multiple of growth, a ratio of the figure before it.
_GROWTH_BEFORE = re.compile(r"(?:增长|提高|提升|增加|上升|翻)了?\s*$")
# An audience (onlookers, viewers, likes, clicks, readers): who watched or clicked, never what the practice did.
_AUDIENCE_VERB = re.compile(r"[^，。；！？]{0,8}?(?:围观|点赞|点击|浏览|转发|打赏|观看|收看|收听)")
# The unit's own channel whose views are counted (直播间累计在线观看量已突破4.1万人次): what the practice reached.
_OWN_CHANNEL = re.compile(
    r"(?:直播间|小程序|栏目|专栏|节目)[^，。；！？\d]{0,4}(?:累计)?[^，。；！？\d]{0,8}$"
)
_AUDIENCE_MEASURE = re.compile(
    r"(?:阅读|点击|浏览|播放|观看|收看|收视|点赞|转发|访问|曝光)(?:量|数|次数|人次|人数)[^，。；！？\d]{0,6}$"
    r"|(?:点赞|点击|浏览|围观|播放)(?:量|数)?[^，。；！？\d]{0,3}$|粉丝[^，。；！？\d]{0,4}$"
)
_ONLINE = re.compile("线上|在线|网上|网络|直播|云端|视频|抖音|微信|公众号|客户端")
_ORGANISED = re.compile("组织|带领|动员|发动|引导")
_DISTRIBUTIVE = re.compile("分别|各自|每(?![年月日天周季届次])")
# 每个村配备1名“协商联络员”, 每条街巷明确1名“街巷长”: people set for each unit (not each person: 每名党员联系2户), a
# staffing standard like 每300户一个网格, counted; not the make-up of a unit's team (每个网格由1名社区干部和2名党员楼栋长负责)
_EACH_UNIT_STAFFED = re.compile(
    r"每(?:个|条|座|所|栋|幢|片|支)?(?![名位人户])[\u4e00-\u9fff]{1,4}?(?:都|均|各)?"
    r"(?:至少|原则上)?(?:由|配备|配|明确|选派|派驻|设|设立|确定|储备|安排|落实)[^，。；\d]{0,3}$"
)
# the role staffed is named after the count (原则上每村配备2名，…: no role, a norm)
_ROLE_AFTER = re.compile(r"\s*[“\u4e00-\u9fff]")
_TEAM_MADE_UP_AFTER = re.compile(
    rf"[^，。；]{{0,12}}?[和及与、]\s*(?:\d+|[{TWO_COUNTED}{NUMBERS_TO_TEN[1:]}])\s*名"
)
# Money more earned for each unit sold (每斤茶青比以前多卖0.8元): what the practice gained, not a norm.
_MORE_EARNED = re.compile("(?:多卖|多收|多挣|多赚|多得|增收)了?$")
# A fee charged for each unit (每月每平方米收费0.25元, 每户每月缴纳5元): a price the practice set, a figure.
# (the fee may be named between the verb and the sum: 每月每平方米收取物业费0.3元)
_FEE_BEFORE = re.compile("(?:收费|收取|缴纳|交纳|缴费|收)(?:[\u4e00-\u9fff]{0,3}费)?(?:标准)?(?:为|是)?$")
# The attendance of one event, its guests listed and closed by 等 (…领导及业主委员会、居民群众等二百余人参加活动):
# who came to a ceremony, not what the practice did.
_ATTENDED_AFTER = re.compile(
    r"\s*(?:参加|出席|观看)了?(?:活动|仪式|会议|大会|晚会|联欢会|启动仪式|典礼)?(?:[，。；！]|$)"
)
# The scope of a survey (据一项覆盖20个社区的调查): the sample studied, not what the practice did.
_SURVEY_AFTER = re.compile(r"[^，。；！？\d]{0,8}?的(?:调查|调研|问卷|抽样调查|抽查|摸底|统计)")
# A share of a group named by a condition below a figure (近三成在职党员…参与活动不足3次): the condition, no count.
_BELOW = re.compile(r"(?:不足|不到|少于|低于)\s*$")
_SHARE = re.compile(rf"[\d{NUMBERS_TO_TEN}]\s*成|[%％]")
# A time of the day or week counted by 个 (两个半天, 一个晚上, 两个周末): a schedule, not a count of things.
# (not a place or class named after the time: 12个白天照料中心, 两个周末托管班).
_TIME_OF_DAY_AFTER = re.compile(
    r"\s*(?:半天|上午|下午|晚上|夜晚|白天|早上|周末|双休日|节假日)"
    r"(?![\u4e00-\u9fff]{0,4}(?:中心|站|点|班|室|所|队|营|校|堂))"
)
# What one household owns (他家的两个大棚, 我家里3头牛, 自家的两间房): a story of one, not the work's.
# (家里有两个小孩, said by one household: its own too)
_ONE_HOME = re.compile(r"(?:(?:[他她我俺你](?:们)?家|自家)(?:的|里)?|家里有|家中有)$")


_LENGTHS = ("米", "公里", "千米")

_NOUN_AFTER = re.compile(r"[\u4e00-\u9fff]")  # what a project's phase runs, printed right after it


def is_skipped(text: str, q: Quantity, masked: list[tuple[int, int]]) -> bool:
    """Whether the number `q` of paragraph `text` is no metric (`masked`: spans of short quotes and titles)."""
    if (
        not q.is_count
        and not (q.scaled and not q.unit)
        and not hours_totalled(text, q)
        and not time_shortened(text, q)
    ):
        return True
    if _audience(text, q) or times_per_period(text, q):
        return True  # 阅读量达12万次: who watched, not what the practice did; 每周入户约2次: a rate
    before = text[max(0, q.num_start - 8) : q.num_start].rstrip()
    if q.chinese and (q.value < 2 or _CHINESE_NOT_COUNT.match(text, q.end) or before.endswith("村")):
        return True  # 一名社区干部, 三个100%, 三位一体, 下四分村二组
    if before.endswith(("这", "那")) and "我" in re.split(r"[，,。；;！？!?]", text[q.end : q.end + 20])[0]:
        return True  # 这0.2亩地我种了快20年: what a speaker points at as their own, not a count of the work
    if _old_state(text, q):
        return True  # 4年前…一年收入不到2万元: the state the work changed, not what it did
    if q.chinese and q.value <= 10 and text.startswith("最", q.end):
        return True  # 确定了两个最为迫切的改造需求: the ones ranked first, a choice, not a count of the work
    if q.unit == "组" and _GROUP_OF_PLACE.search(text, max(0, q.num_start - 16), q.num_start):
        return True  # 二圣宫社区8、9组, 村里3组的村民: a village's numbered groups, their names
    if (
        before.endswith(("原来的", "原先的", "原来", "原"))
        and _CHANGED_TO.match(text, q.end)
        and text.find(text[q.num_start : q.end], 0, q.num_start - len(before)) >= 0
    ):
        return True  # 原有40个社区，其中39个…原来的39个社区已调整重组为24个: a figure said before, again as
        # where a change started (printed once, 从原来的146项精简到58项, it is counted)
    if before.endswith("连续") or _not_counted(text, q):
        return True
    if q.chinese and q.value <= 2 and before.endswith(("为", "给", "帮", "替", "帮助", "等")):
        return True  # 为两户村民调解宅基地纠纷, 梁永超等两名调解员: the parties of one story, not a count
    if q.chinese and q.value == 2 and q.unit == "人" and (not before or before[-1] in "，,。；;：:！？"):
        return True  # 两人逐一走访: "the two of them", not a count
    if q.chinese and q.value <= 5 and before.endswith(("我们", "咱们", "他们", "你们")):
        return True  # “我们两个试点乡镇已…”: which ones the speaker means, not a count
    if one_story(text, q, before):
        return True  # 兄弟二人, 两家人, 8幢的居民, 1个积分等于1块钱
    if q.value <= 10 and _ONE_HOME.search(before):
        return True  # 今年他家的两个大棚收入…: one household's own, a story of one
    if len(str(int(q.value))) >= 13:
        return True
    glued = text[
        max(0, q.num_start - 1) : q.num_start
    ]  # (a code glued to its letters, G20; 政务APP 48个 counts)
    if before.endswith(("第", "前", "+", "＋", "-", "—", "/", "：", ":")):
        return True
    if q.unit in _LENGTHS and before.endswith("最后"):
        return True  # 打通服务群众最后100米: the end of a road, a slogan's distance, no count
    if q.unit == "期" and q.chinese and before.endswith(("”", "’")) and _NOUN_AFTER.match(text, q.end):
        return True  # “某某”三期老年手工小组: the phase of the project named, no count (开课68期 is one)
    if _LATIN_END.search(glued) and not (_LATIN_WORD_END.search(before) and q.is_count and q.unit != "次"):
        return True
    if _ADDRESS_AFTER.match(text, q.end):
        return True  # 3栋2单元, 5号楼: an address
    if q.unit in ("幢", "栋", "单元", "层", "室") and _HOUSE_NUMBER_BEFORE.search(before):
        return True  # 78号1幢: an address
    if q.unit == "个" and _TIME_OF_DAY_AFTER.match(text, q.end):
        return True  # 每周固定两个半天开放, 选择一个晚上: when, a schedule, not a count
    if _threshold(text, q):
        return True  # 收入10万元以上的村: a threshold
    if before.endswith("等") and q.unit in ("人", "名") and _ATTENDED_AFTER.match(text, q.end):
        return True  # 领导及居民群众等二百余人参加活动: who attended one event
    if _SURVEY_AFTER.match(text, q.end):
        return True  # 据一项覆盖20个社区的调查: a survey's sample
    if _team_made_up(text, q):
        return True  # 由民警、律师和调解员三人组成: a team's size, named with its members
    if (
        q.unit != "%"
        and _BELOW.search(text, max(0, q.num_start - 3), q.num_start)
        and _SHARE.search(text, sentence_start(text, q.num_start), q.num_start)
    ):
        return True  # 近三成在职党员…参与网格活动不足3次: the condition of the share counted, not a count
    if _ONE_PERSON.search(text, clause_start(text, q.num_start), q.num_start) or _said_to_one(text, q):
        return True  # 经营户陈女士家去年增收3万元, “张婶，…工钱800元”: one person's story
    if (
        _RESTATED.search(text, max(0, q.num_start - 4), q.num_start)
        and text.find(text[q.num_start : q.num_end], 0, q.num_start - 2) >= 0
    ):
        return True  # `1155，不只是个数字，更是1155份温暖承诺`: the figure said again as rhetoric
    if _ANONYMOUS.search(text, sentence_start(text, q.num_start), sentence_end(text, q.end)):
        return True  # 黄某觉得委屈，当初5亩地划分自己3亩地，尹某某2亩地: a case's parties, named as the press does
    if q.unit == "倍" and _GROWTH_BEFORE.search(text, max(0, q.start - 8), q.start):
        return True  # 比2022年增长近两倍: how many times a figure grew, a ratio restating it, not a count
    if _NORM_BEFORE.search(text, max(0, q.start - 8), q.start) or _NORM_EARNS.search(
        text, max(0, q.start - 30), q.start
    ):
        return True  # 一天能摘20斤，挣100多块钱: what one can do in a day, not what was done
    if q.chinese and q.value <= 10 and _MECHANISM_AFTER.match(text, q.end) and not _LISTED.search(before):
        return True  # 组建三支队伍, 建立五个机制: the parts of a scheme, not a result
    if (
        max(q.value, q.upper or 0) <= 2
        and (
            _DISTRIBUTIVE.search(text, sentence_start(text, q.num_start, 200), q.num_start)
            or _COMPOSED_AFTER.match(text, q.end)
        )
        and not _MORE_EARNED.search(text, max(0, q.start - 4), q.start)
        and not (
            q.unit in ("名", "人", "位")
            and _EACH_UNIT_STAFFED.search(text, max(0, q.start - 16), q.start)
            and _ROLE_AFTER.match(text, q.end)
            and not _TEAM_MADE_UP_AFTER.match(text, q.end)
        )
        and not (q.unit == "元" and _FEE_BEFORE.search(text, max(0, q.start - 9), q.start))
    ):
        return (
            True  # 分别联系1个街道, 每名党员志愿者认领1—2个岗位: a norm, not a result (每斤多卖0.8元 is one)
        )
    return no_count(text, q) or any(start <= q.num_start < end for start, end in masked)


# A team's size right after its members listed, before the verb of making it up (由民警、律师和调解员三人组成, 由…等5人
# 构成的…): the people counted are those just named, the count sums them up.
_MADE_UP_AFTER = re.compile(r"\s*(?:组成|构成)")
_MEMBERS_LISTED = re.compile(r"由[^，。；;\d]*(?:、|和|及|与|等$)")


def _team_made_up(text: str, q: Quantity) -> bool:
    """The number sums up the members a team is made of, listed after 由 right before it (`由…、…和…三人组成`,
    `由…等5人组成`): the team's size, no figure of the work done. A count of one kind of people a team is made of
    (`由47名企业党员组成的“帮办团”`) names whom it mobilised: counted."""
    if q.unit not in ("人", "名", "位") or not _MADE_UP_AFTER.match(text, q.end):
        return False
    return bool(_MEMBERS_LISTED.search(text[clause_start(text, q.num_start) : q.start]))


def _said_to_one(text: str, q: Quantity) -> bool:
    """The number stands in direct speech that opens by calling one person (“张婶，…工钱800元、…补贴300元。”)."""
    opening = text.rfind("“", max(0, q.num_start - 80), q.num_start)
    if opening < 0 or "”" in text[opening : q.num_start]:
        return False
    return bool(_VOCATIVE.match(text, opening))


def _not_counted(text: str, q: Quantity) -> bool:
    """The parts announced before an enumeration (`做法主要有三条：一是…`), which count no thing (分 that is no
    points earned, `9时30分`, `三分`, `1小时积1分`: metric_forms.no_count)."""
    return q.value <= 10 and bool(_ENUMERATION_AFTER.match(text, q.end))


def _threshold(text: str, q: Quantity) -> bool:
    """The number is a threshold that qualifies what is counted (收入10万元以上的村, 30人以上没有党员的企业):
    以上/以下/以内, then 的 after at most a few words that qualify the same thing, never a level kept (的水平);
    or 超过/高于/不低于 before it, then 的 and the things counted in the same clause (超过50万元的村达到23个);
    or a bracket of two bounds, then 的 and the units it sorts out (收入20万元至50万元的村所占比例); or a bar all
    of them pass, 全部/均/都 before the bound (收入全部超过10万元; a rate all reach, 均达到100%, is a figure)."""
    if q.unit != "%" and _ALL_PASS_BEFORE.search(text, max(0, q.start - 6), q.num_start):
        return True  # 收入全部超过10万元: the bar all of them pass
    if text[q.start : q.end].rstrip().endswith(_THRESHOLD_WORDS):
        if q.unit == "%" and not _RATE_BEFORE.search(text, max(0, q.num_start - 8), q.num_start):
            return False  # 社区90%以上的矛盾, 九成以上的纠纷: a share of them (no rate they pass: 满意度90%以上的村)
        return bool(_QUALIFIED_AFTER.match(text, q.end) or _UNITS_SORTED_AFTER.match(text, q.end))
    if q.upper is not None and _BRACKETED_UNITS_AFTER.match(text, q.end):
        return True  # 收入20万元至50万元的村: a bracket the villages are sorted into
    if q.unit != "%" and _ABOVE_BEFORE.search(text, max(0, q.start - 4), q.num_start):
        return bool(_COUNTED_AFTER.match(text, q.end))
    return bool(_THRESHOLD_AFTER.match(text, q.end))


def _audience(text: str, q: Quantity) -> bool:
    """The number counts an audience: 阅读量/点击量/播放量… before it (阅读量达12万次), or people who watch,
    like or click after it in an online clause (吸引数万名民众线上围观, 1.2万人次在线观看); not people a unit
    organised to watch (组织200名党员在线观看党课: they took part)."""
    if _AUDIENCE_MEASURE.search(text, max(0, q.num_start - 16), q.num_start):
        return not _OWN_CHANNEL.search(text, max(0, q.num_start - 16), q.num_start)  # (直播间累计在线观看量)
    start, end = clause_start(text, q.num_start), clause_end(text, q.end)
    if not _AUDIENCE_VERB.match(text, q.end, end):
        return False
    return bool(_ONLINE.search(text, start, end)) and not _ORGANISED.search(text, start, q.num_start)


# A sentence of the old state the work changed (提起4年前村里的集体经济…一年收入不到2万元; 长期以来…; 那时候…), with no
# word of what it is now (如今, 现在, 现有, 目前, 增加到, 提高到, 达到, 突破): its figures are the past, no metric.
# (比三年前提高了23%: a change measured against the past, said now, not a sentence of the old state)
_OLD_STATE = re.compile(rf"(?<![比较])[\d{COUNTS_TO_TEN}几]+年前|长期以来|以往|那时候|此前")
_NOW = re.compile(r"如今|现在|现有|目前|当前|今年|已[经]?|增加到|提高到|提升到|增长到|达到|突破|变成")


# 社区8、9组, 村3组: the numbered groups of a village or community (a place's name and its number, maybe listed)
_GROUP_OF_PLACE = re.compile(r"(?:村|社区|村里|居委会|村委会)\s*(?:\d+\s*[、和及]\s*)*$")
# 原来的39个社区已调整重组为24个: the units the work remade, counted again in the same clause after it (when the
# figure was printed before: is_skipped)
_CHANGED_TO = re.compile(
    r"[^，。；！？\d]{0,10}?(?:调整|重组|合并|整合|撤并|精简|压减|缩减|减少|优化|归并)[^，。；！？\d]{0,4}?(?:为|到|至|成)"
    rf"\s*[\d{COUNTS_TO_TEN}]"
)


# The words one of which every match of _OLD_STATE holds: looked for first, as plain substrings (a text with no
# full stop is one sentence, read once for each of its figures: 10 000 figures of `1个` took 11.5 s in the regex).
_OLD_STATE_WORDS = ("年前", "长期以来", "以往", "那时候", "此前")


def _old_state(text: str, q: Quantity) -> bool:
    """The number stands in a sentence of the old state with no word of the present."""
    sentence = text[sentence_start(text, q.num_start, None) : sentence_end(text, q.num_start, None)]
    return (
        any(word in sentence for word in _OLD_STATE_WORDS)
        and bool(_OLD_STATE.search(sentence))
        and not _NOW.search(sentence)
    )
