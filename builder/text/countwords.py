"""Counts and times written as words: the units a number is counted or timed in (`COUNT_UNITS`, `TIME_UNITS`:
metrics read them after a number), and `is_count_word`, a token that only says how many, how long or which
one, never what was done: a numeral with its unit (三个, 两千, 三楼 the third floor, 一条条), or a unit alone,
per one or within (人次, 小时, 单元, 人均, 每季度, 三天内's 天内). Keywords leave them out (`builder.text.tokens`).
"""

from __future__ import annotations

import re

from builder.text.numerals import COUNT_NUMERALS, HUNDRED_MILLION, ZEROS
from builder.text.patterns import alternation


def _words(text: str) -> list[str]:
    return text.split()


# Counting words after a number that make it a measurable quantity (longest first in the regex).
COUNT_UNITS: frozenset[str] = frozenset(
    _words(
        """个百分点 百分点 人次 件次 场次 户次 个次 家次 平方公里 平方米 立方米 公里 千米 公顷 千克 公斤 千瓦时
    个 人 名 位 家 支 处 项 件 条 次 场 户 亩 座 块 台 批 类 张 元 吨 米 间 所 栋 幢 套 辆 篇 份
    种 宗 笔 起 棵 株 头 只 尾 斤 床 趟 轮 期 组 倍 棚 股 % 美元 住户 农户 分 盏 部 节 堂 册 粒 颗 把 车次 艘 批次 车 本
    对 袋 箱 盒 扇 架 架次 门"""
        # 分: points (metric_forms.py); 部: lifts, phones; 节, 堂: lessons; 册: books; 尾: fish; 股: shares;
        # 粒, 颗: seeds, seed potatoes (原原种201万粒); 家次: units served, each time counted; 千瓦时: power generated;
        # 把: chairs, umbrellas (长椅6把; after a Chinese numeral, 一把手 too, a figure of speech: metric_forms.py);
        # 车次: truckloads (清理楼道杂物200余车次); 艘: boats, ships (有渔船460余艘); 批次: groups received
        # one after another (接待研学团队1100余批次, not 1100 批 of 次…); 车: loads (楼道杂物320余车, 垃圾两车);
        # 本: books, ledgers (图书2000余本, 写满了8本); 对: pairs, couples (已结对86对, 36对新人)
        # 袋, 箱, 盒: bags and boxes given out or filled (发放化肥120袋, 慰问品50箱, 整理档案资料40盒)
        # 扇: windows and doors (更换楼道窗户1300多扇, 安装防盗门60扇); 门: courses (开设课程12门)
        # 架, 架次: drones, aircraft and their flights (配备无人机85架, 巡护飞行600余架次)
    )
)
# Words after a number that make it a date, a time span, an age, a serial number or a page: never a count.
TIME_UNITS: frozenset[str] = frozenset(
    _words(
        """个月 个多月 个半月 个小时 个多小时 个半小时 个工作日 个星期 个多星期 个季度 个年头 周年 周岁
    年 月 日 号 岁 周 天 小时 分钟 秒 届 版
    季度 时 点 后 层 楼 单元 期间"""
    )
)

COUNTED_NOUNS = {"住户": "户", "农户": "户"}
# The counting words of a group's members, people or bodies (1200名, 320个, 48户, 5支): written in a character class
# (`[{MEMBER_UNITS}]`) by the patterns that count a group (extract/numbers: the group a share is of;
# extract/theme_rules.COUNT: a result a theme's sentence counts).
MEMBER_UNITS = "名个位户家人支"

# A share in tenths (八成): a count word as well, not a unit of a metric.
_SHARE = "成"
_NUMERAL = f"[0-9０-９{ZEROS}{COUNT_NUMERALS}{HUNDRED_MILLION}几多余.．%％]"
# The units a token can be on its own (a counted noun, 住户 农户, is a noun: 农户 says who), with the 个 of
# 个工作日 and 个小时 off (工作日内).
_UNITS = (COUNT_UNITS | TIME_UNITS | {_SHARE}) - COUNTED_NOUNS.keys()
_BARE_UNITS = _UNITS | {u[1:] for u in _UNITS if u.startswith("个") and len(u) > 2}
# 三个, 第三, 三楼, 一条条 (the unit said twice: one after another), 两千, 20%
_NUMERAL_WITH_UNIT = re.compile(rf"^第?{_NUMERAL}+(?:({alternation(' '.join(_UNITS))})\1?)?$")
# 小时, 人次, 单元, 每季度, 每半年, 人均, 户均, 日均, 天内, 工作日内
_UNIT_ALONE = re.compile(rf"^每?半?(?:{alternation(' '.join(_BARE_UNITS))})(?:均|内)?$")


def is_count_word(token: str) -> bool:
    """Does `token` only count or time something (三个, 三楼, 一条条, 人次, 小时, 人均, 每季度, 天内)?"""
    return _NUMERAL_WITH_UNIT.match(token) is not None or _UNIT_ALONE.match(token) is not None
