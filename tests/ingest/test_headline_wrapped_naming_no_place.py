"""A headline the column wrapped over two lines, not a kicker over its headline (real R13 r13_01, R14 r14_01,
R13 r13_03, R18 r18_01's kinds, builder.ingest.headlinewraps): two lines neither naming a place are one headline
(a kicker is told by the place one of the two names); a place alone over what it does joins it with no colon;
a verb opening the second line names no subject of its own (`激发村湾…` is no village); a slogan over a
headline naming who acts is its kicker (the review of 014b022). Invented lines;
negatives: a kicker naming no place over a headline naming its place, a kicker over `某某：…`, a place alone
over a headline of words alone (`金润社区` / `“她”力量…`), a spaced phrase pair."""

from __future__ import annotations

from builder.ingest.headlinewraps import reads_on, wrapped_naming_no_place
from builder.ingest.titles import pair_kickers
from tests.support.pages import page_articles

_APART = [
    "　　老党员们的坚守感染着年轻人，如今服务队",
    "已有三十多人。",
    "",
    "搭起新就业群体歇脚充电的暖心驿站",
    "“骑手之家”一年服务两千人次",
    "",
    "　　本报讯 “累了就进来坐坐，喝口热水。”",
    "在开发区星湖广场，外卖小哥小王在驿站里",
    "稍事休息，等待下一单。",
]


def test_a_slogan_over_a_headline_with_its_own_subject_is_its_kicker() -> None:
    # (the review of 014b022: a predicate opening the first line over a line naming who acts is the kicker papers
    # print over a headline, `深化党建引领基层治理` / `“红色管家”让老旧小区焕新颜`, not one headline)
    articles = page_articles("\n".join(_APART))
    assert articles[-1].title == "“骑手之家”一年服务两千人次"
    assert articles[-1].subtitle == "搭起新就业群体歇脚充电的暖心驿站"


_OVER_BYLINE = [
    "2024年3月4日　星期一　第3版",
    "",
    "“暖心物业”进驻老楼",
    "为民弹奏和美乐章",
    "□记者 王青 报道",
    "　　本报讯 “楼道亮了，墙面新了。”说起",
    "这半年的变化，居民李阿姨笑着说。",
]


def test_two_lines_over_a_byline_naming_no_place_are_one_headline() -> None:
    articles = page_articles("\n".join(_OVER_BYLINE))
    assert [a.title for a in articles] == ["“暖心物业”进驻老楼为民弹奏和美乐章"]
    assert articles[0].subtitle is None


def test_a_kicker_is_told_by_a_place_or_a_colon() -> None:
    assert wrapped_naming_no_place("“暖心物业”进驻老楼", "为民弹奏和美乐章")
    assert not wrapped_naming_no_place("群众诉求闭环办理", "某某区：街道“吹哨”部门“报到”")
    assert not wrapped_naming_no_place(
        "党建引领破解难题", "青石县推行“院坝议事”"
    )  # the headline names its place
    assert not wrapped_naming_no_place("大山深处的“领路人”", "王大山：把山货卖出山")  # who, before a colon
    assert not wrapped_naming_no_place("小网格 大民生", "党员下沉解难题")  # a phrase pair of its own
    assert not wrapped_naming_no_place("党建引领·服务篇", "党员下沉解难题")  # a series label
    assert not wrapped_naming_no_place("党员下沉解难题", "——记某社区的党员志愿者")
    # two whole phrases, neither a predicate with no subject: a kicker over a nominal headline
    assert not wrapped_naming_no_place("停车难题有了“解题人”", "小巷里的“红色议事会”")
    # a predicate over a line opening on who acts: a slogan over its headline, a kicker
    assert not wrapped_naming_no_place("筑起老人身边的温馨港湾", "“银龄食堂”一年服务三千人次")
    assert not wrapped_naming_no_place("深化党建引领基层治理", "“红色管家”让老旧小区焕新颜")
    assert not wrapped_naming_no_place("聚焦群众急难愁盼", "党员下沉解难题")
    # but a quoted name's modifier (`“一老一小”的…`) is no subject: the predicate's object goes on
    assert wrapped_naming_no_place("守护好", "“一老一小”的幸福时光") is wrapped_naming_no_place(
        "守护好", "幸福时光"
    )


def test_a_place_alone_over_what_it_does_is_one_headline_with_no_colon() -> None:
    assert reads_on("青石县白河镇", "探索集体经济增收新路")
    assert pair_kickers(["青石县白河镇", "探索集体经济增收新路"], reads_on) == [
        "青石县白河镇探索集体经济增收新路"
    ]
    # a place over a headline of words alone: a place kicker, after a colon
    assert pair_kickers(["金桥社区", "“她”力量撑起半边天"], reads_on) == ["金桥社区：“她”力量撑起半边天"]
    assert pair_kickers(["青石县白河镇", "探索集体经济增收新路"]) == ["青石县白河镇：探索集体经济增收新路"]


def test_a_verb_opening_the_second_line_names_no_subject_of_its_own() -> None:
    assert reads_on("河口村：党员“小积分”", "激发村湾治理“大能量”")
    assert not reads_on("河口村：党员“小积分”", "石桥村“大能量”")  # a village of its own


def test_a_series_name_and_its_device_over_what_the_device_does_is_one_headline() -> None:
    # (real R19 r19_03's kind: `街镇“…记”：老寨新“招”` / `激活治理“暖意”`, not a headline and its deck)
    assert reads_on("社区“微故事”：老街新“招”", "激活邻里“温度”")
    assert not reads_on("社区“微故事”：老街新“招”", "河东区“温度”满满")  # a place of its own
    assert not reads_on("社区“微故事”：老街新“招”", "——记某社区的楼栋长")


_KICKER_OVER_COUNTED_NAME = [
    "探访城郊新村",
    "一条巷子里的“连心小站”",
    "",
    "本报记者　周某某　通讯员　吴某",
    "　　傍晚六点，某某路社区的小站亮起了灯，",
    "几位老人正在这里下棋喝茶。",
]


def test_a_kicker_over_a_counted_quoted_name_stays_its_kicker() -> None:
    # (heldout34 p07's kind: a movement kicker, `探访…`/`走进…`, over a headline whose subject is a thing counted
    # and named by its quote, `一条巷子里的“…”`: two whole phrases, not one headline the column wrapped)
    assert not wrapped_naming_no_place("探访城郊新村", "一条巷子里的“连心小站”")
    assert not wrapped_naming_no_place("聚焦邻里互助", "两张“连心卡”暖了老人心")
    articles = page_articles("\n".join(_KICKER_OVER_COUNTED_NAME))
    assert (articles[0].title, articles[0].subtitle) == ("一条巷子里的“连心小站”", "探访城郊新村")
