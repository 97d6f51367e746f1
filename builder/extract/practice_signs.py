"""What stands around a quoted term and tells whether it names a practice: the signs `practices.py` reads
(numeral shapes, name endings, mechanism words after, verbs of doing before, a ladder's levels and a process's
steps, a work slogan's verbs, a thing set up; the table `AROUND` of named patterns built from them is
practice_around.py's). Data only; the rules that weigh them are in `practices.py`'s docstring."""

from __future__ import annotations

import re

from builder.text.numerals import COUNT_NUMERALS, COUNTS_TO_TEN, DIGITS, NUMBERS_TO_TEN, TEN
from builder.text.patterns import alternation

NUMERAL = COUNT_NUMERALS + "双"  # a count, or a pair (双报到)
QUOTE_MARKS = re.compile(r"[“”‘’「」『』\"]")  # a name compared without them: 暖“新”驿站 is 暖新驿站
WHITESPACE = re.compile(r"\s")  # a name and the words around it read with the wraps' spaces taken out
SHAPE = re.compile(rf"^(?:[{NUMERAL}]|\d)[^\s]{{0,9}}$")
SHORT_NUMERAL = re.compile(rf"^[^\s]{{0,2}}[{NUMERAL}][^\s]{{1,2}}$")
SUFFIXES = alternation(
    """驿站 行动 机制 模式 工作法 品牌 服务 管家 小组 平台 工程 计划 制度 体系 经验 联盟 服务圈 学堂 课堂
    项目 理念 网格 议事会 协商会 恳谈会 理事会 服务队 志愿队 专班 议事角 接待日 开放日 志愿日 服务日 走访日 议事日
    服务站 小程序 热线 书记 岗 物业 调解队 负责制 超市 清单 工作室 调解室 帮帮团 服务团 调解团 服务网 日记 示范户
    互助队 巡逻队 宣讲队 帮扶队 突击队 先锋队 公约 基金 系统 积分 实验室 合作社 农场"""
)  # (合作社: a cooperative a branch set up or runs, 山货合作社, 领办“盘绣合作社”; 农场: a farm of the collective
# economy run like one, villagers holding its shares, 入股发展“股份农场”; 公约: a residents'
# convention, 楼院公约; 协商会, 恳谈会: a council like 议事会, 提交“街巷协商会”商议; 基金, 系统: 红色关怀基金, 农眼智能监测系统; 积分: a points scheme, 红色积分, 代办积分,
# “暖心积分”兑换物品; 实验室: a venue named like a 工作室, “社区治理实验室”; a day set for one kind of work,
# like 接待日: 周末志愿日, 党员服务日)
# (or a numbered set of rules a unit issued, its name ending with their count: 院落治理十条, 减负二十条)
ENDS_LIKE_NAME = re.compile(
    f"(?:{SUFFIXES}|(?<=[\u4e00-\u9fff]{{2}})(?:[{NUMBERS_TO_TEN[2:]}]|{TEN}[{DIGITS}])条)$"
)
SCHOOL_NAME = re.compile("(?:校|课堂|学堂|讲堂|讲习所)$")  # 办好“村官夜校”: a school run (school_run_before)
SYSTEM_NAME = re.compile(
    "(?:制|制度|公约|章程)$"
)  # 制定“村规民约积分制”: a system drawn up (system_drawn_before)
SUFFIX_RUN = re.compile(f"(?:{SUFFIXES})+")  # endings run on (行动计划)
MECHANISM_AFTER = re.compile(
    f"^(?:等(?:[多几\\d{NUMBERS_TO_TEN}]+[个项批类种]|一系列)?|的)?[\u4e00-\u9fff]{{0,4}}?(?:"  # 等多个特色调解品牌
    + alternation(f"""{SUFFIXES} 活动 载体 志愿者 宣讲团 队伍 团队 系列 做法 方法 举措 措施 工作机制 政策""")
    + ")"
)
GENERIC_AFTER = re.compile("^(?:建设|工作|创建|治理|党建)")
DOING_BEFORE = re.compile(
    "(?:"
    + alternation(
        """推行 推广 探索 打造 创新 深化 擦亮 实施 建立 健全 创建 开展 设立 组建 成立 推出 构建 搭建 培育
        创设 实行 落实 坚持 运用 依托 通过 借助 采取 开发 推进 建好 发布 启动 打响 完善 提质 用好 叫响 做实
        做优 做强 持续 常态化 全面 创建了 建立了 推出了 上线 启用 投用 开通 引入 接入 开放 开辟 选聘 聘请 招募 搭载
        组成 召开 开设 开办 举办 担任 建成 发动 报名成为 受聘为 聘为 聘任为 培养成 培养为 培育成 培育为 培训成 培训为
        纳入 加入 领办 试点 试行
        吸纳为 吸收为 增补为 推选为 发放 印发 绘制 编制 建起 办起 加盟"""
    )  # (建起“茶园议事亭”, 办起“四点半课堂”; 办好 only a school: school_run_before; 加盟“暖新商户”: a brand joined;
    # 试点“…停车”, 试行“…制”: a scheme piloted)
    + f")(?:出|了)?(?:[{COUNTS_TO_TEN}\\d]+[次场期])?"  # 每月举办一次“窑火夜校”: how often
    # 建成380多个“先蜂骑手”红色加油站: how many were built, between the verb and the name
    + "(?:\\d+[多余]?[个家处座所])?"
    + "(?:一[张本份套册])?"  # 绘制出一张“民情地图”, 推出一本“议事台账”: one tool drawn up
    + f"(?:第[{COUNTS_TO_TEN}\\d]+[届次期])?"  # 举办第三届“邻里节”: the how-manieth time
    + "(?:[\u4e00-\u9fff]{0,3}?(?:街道|社区|网格|小区|村|镇|乡))?"  # 打造出夏都街道“老王说事”
    # 开展社区工作者“擂台比武”, 推行党员楼栋长“包楼到户”: the people the practice is for or by, between verb and name
    + "(?:(?:报到|在职|机关|流动|农村|无职|离退休|退休)?(?:党员)?(?:"  # 建立报到党员“服务积分”: which members
    + alternation(
        "社区工作者 工作者 党员 干部 网格员 网格长 楼栋长 楼长 居民 村民 志愿者 青年 群众 骑手 快递员"
    )
    + "))?"
    + "(?:志愿服务|党建|网格化)?$"  # 推行志愿服务“积分换”, 开展党建“结对共建”: the field of work it is done in
)
DOING = re.compile(DOING_BEFORE.pattern.removesuffix("$"))
EMBED_CUT = re.compile(
    r"可以|需要|\d+[个家处座所间支项]?|[在的和与为对把将让从向于是时就都也还才再要能会可]|"
    r"学习|借鉴|引入|引进|复制|运用|采用|沿用|践行|落实|总结|提炼|形成|首创|" + DOING.pattern
)  # 4个暖“新”驿站: the count is no part of the name; 认真学习“2468”物业…: nor is the verb taking the model up


# 成为社区治理“合伙人”。, 成为治理“帮手”: what something became in a field, the quote closing the clause: a likeness
# (成为“流动网格员”, nothing between, is a role taken up; 成为湘龙街道“五化五星”小区…, words after, a name).
_BECAME_IN_FIELD = re.compile(r"(?:(?<![建形组完达促构])成为|变成)[^，。；！？“”的\s]{2,8}$")


# A series of measures described by the quote (一系列“接地气、暖人心”的务实举措), not one of them named.
_SERIES_BEFORE = re.compile(r"(?:一系列|一批)$")
_MEASURES_AFTER = re.compile(r"^的[\u4e00-\u9fff]{0,3}?(?:举措|措施|办法)")


# A step of handling a matter (响应, 跟进处理, 反馈闭环, 认领, 监督): a chain of them is a process.
STEP = (
    "(?:响应|处理|闭环|反馈|办理|跟踪|跟进|认领|监督|分类|受理|交办|督办|回访|评价|议事|销号|上报|核实|分流|处置|"
    "解决|研判|提案|收集|办结)"
)
# One level or unit of a ladder (区, 街道, 社区党委, 网格党支部, 居民户, 党员中心户): a unit word, maybe after a
# level or whose unit it is (社区, 网格, 党员), never after a quality (红色小区、平安楼栋 is a campaign's list).
_UNITS = alternation(
    """省 市 区 县 乡 镇 村 街道 乡镇 社区 小区 网格 微网格 楼栋 单元 楼院 院落 组 户 居民户 农户 家庭 党委 党工委
    党总支部 党总支 党支部 党小组 党组织 中心户 网格长 网格员 楼栋长 楼长 单元长"""
)
LEVEL = (
    r"(?:(?:"
    + _UNITS
    + r"|党员|居民|村民|楼宇|片区|行业|机关){0,2}(?:"
    + _UNITS
    + r"))(?:（[\u4e00-\u9fff]{1,4}）)?"
)
# Verbs a work slogan's phrases open with (强化…、激发…、打造…).
WORK_VERB = (
    "(?:强化|激发|激活|打造|提升|加强|增强|推动|推进|深化|凝聚|优化|完善|健全|筑牢|夯实|彰显|树立|构建)"
)

# one thing set up, maybe described by what it holds, between the verb and its name (一个, 一套; 集托管、助餐于一体)
SET_UP_THING = r"(?:一[个座处家套批项种])?(?:集[^，。；“”]{1,16}于一体)?"


def became(text: str, start: int, end: int, likeness: bool, mechanism_after: bool) -> bool:
    """A likeness (see `became_before`) or what something became in a field, the quote closing the clause,
    unless a mechanism word follows; or how a series of measures is (一系列“…”的务实举措)."""
    clause = re.split(r"[，。；！？]", re.sub(r"\s", "", text[max(0, start - 14) : start]))[-1]
    if _SERIES_BEFORE.search(clause) and _MEASURES_AFTER.match(re.sub(r"\s", "", text[end : end + 12])):
        return True
    if mechanism_after:
        return False
    closing = re.match(r"\s*(?:[，。；！？—]|$)", text[end : end + 3])
    return likeness or bool(closing and _BECAME_IN_FIELD.search(clause))
