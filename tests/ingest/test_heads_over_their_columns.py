"""A second head standing over its own column (issue 14, R9's kind): invented lines and negatives.

Three columns read across line by line under two heads stacked above them: the first head (its headline and
byline) over two columns, the second (a kicker and its headline, no byline) over the third. Once the columns
are put back one after the other (`interleave_rows`), the second head goes over the column whose words it shares
(the one opening a paragraph after a finished sentence); with no column sharing its words it stays on top.
Standing there mid-page, a kicker line and a headline line between blank lines, after a finished article and
over an indented lead, it heads a new article (`headblocks`). Negatives: a subheading (one line, or two short
phrases, the second the longer), a pull quote and a one-line paragraph (their clauses go on: `，` `：`), a
caption (a sentence), indented lines, no blank line under them.
"""

from __future__ import annotations

from builder.ingest.interleave_rows import unweave_page
from builder.ingest.pagelines import KICKER
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_COLUMNS = """　　天刚亮，退休教师张大爷
　　由于辖区老年人多、独居
　　走进青山镇调解中心大厅
便在社区党群服务中心里和几
老人做饭难，社区开办了长者
的几位村民正在窗口登记，墙
位老伙计一起练起了书法。
食堂，每天中午为八十岁以上
上的调解流程图一目了然，调
　　一年前，这里还是几间闲
老人提供午餐，行动不便的由
解员正在为他们化解邻里之间
置的办公室。社区党委把它们
志愿者送餐上门。
的矛盾。
腾出来，改成了书画室、棋牌
　　今年以来，社区组织党员
　　这是青山镇推行“一站式”
室和阅览室，居民们有了家门
志愿者开展上门服务，帮助独
调解以来的日常场景。让群
口的好去处。
居老人解决了水电维修、代买
众办事最多只跑一次。
　　“以前没地方去，现在天
代办等难题，居民的满意度不
天都想来。”张大爷笑着说。
断提高，服务多了，参与的居

民也多了，越来越多的人从旁
观者变成了参与者。
"""

_TOP = "城乡周刊\n第3版  社区治理\n\n老有所乐 幸福满满\n本报记者 林海\n\n"


def _unwoven(page: str) -> list[str]:
    with data_dir_fixed():
        text, _ = unweave_page(page)
    return [line.strip() for line in text.split("\n")]


def _articles(page: str) -> list[tuple[str | None, str | None, str | None, str]]:
    with data_dir_fixed():
        text, _ = unweave_page(page)
        articles = segment(assemble(classify_page(text)))
    return [(a.title, a.subtitle, a.byline, a.paragraphs[0][:6]) for a in articles]


def test_the_second_head_goes_over_the_column_sharing_its_words():
    page = _TOP + "青山镇推行“一站式”调解\n群众办事最多跑一次\n\n" + _COLUMNS
    lines = _unwoven(page)
    kicker = lines.index("青山镇推行“一站式”调解")
    assert lines.index("口的好去处。") < kicker < lines.index("走进青山镇调解中心大厅")
    assert lines[kicker - 1] == "" and lines[kicker + 1] == "群众办事最多跑一次" and lines[kicker + 2] == ""
    assert _articles(page) == [
        ("老有所乐 幸福满满", None, "本报记者 林海", "天刚亮，退休"),
        ("群众办事最多跑一次", "青山镇推行“一站式”调解", None, "走进青山镇调"),
    ]


def test_a_second_head_sharing_no_words_with_a_column_stays_on_top():
    page = _TOP + "银发族的新课堂\n一扇门里解纷争\n\n" + _COLUMNS
    lines = _unwoven(page)
    assert lines.index("一扇门里解纷争") < lines.index("天刚亮，退休教师张大爷")


def test_a_second_head_under_no_byline_stays_on_top():
    page = (
        "城乡周刊\n第3版  社区治理\n\n老有所乐 幸福满满\n\n青山镇推行“一站式”调解\n群众办事最多跑一次\n\n"
        + _COLUMNS
    )
    lines = _unwoven(page)
    assert lines.index("群众办事最多跑一次") < lines.index("天刚亮，退休教师张大爷")


_FIRST = "社区周刊\n第2版\n\n老街巷里的新变化\n本报记者 周萍\n\n　　今年以来，南湖街道推行“街巷\n长制”，老街巷面貌一新。\n"
_LEAD = "　　近日，北山镇在各村设立“说事\n点”，群众有事可以随时来说。\n"


def _titles(page: str) -> list[tuple[str | None, str | None]]:
    with data_dir_fixed():
        return [(a.title, a.subtitle) for a in segment(assemble(classify_page(page)))]


def test_a_kicker_and_headline_apart_mid_page_head_a_new_article():
    page = _FIRST + "\n北山镇把议事桌搬到村口\n有事大家一起商量\n\n" + _LEAD
    assert _titles(page) == [("老街巷里的新变化", None), ("有事大家一起商量", "北山镇把议事桌搬到村口")]


def test_what_stands_apart_mid_page_but_heads_no_article():
    negatives = [
        "\n有事大家一起商量\n\n",  # a subheading: one line
        "\n一张清单\n服务跟着需求走\n\n",  # a subheading pair: two short phrases, the second the longer
        "\n“有事就来说事点，\n大家一起来商量”\n\n",  # a pull quote: its clause goes on
        "\n居民们都说：\n这下好了\n\n",  # a one-line paragraph going on
        "\n图为北山镇村民在说事点议事。\n北山镇供图\n\n",  # a caption
        "\n　　北山镇把议事桌搬到村口\n　　有事大家一起商量\n\n",  # indented: paragraphs
        "\n北山镇把议事桌搬到村口\n有事大家一起商量\n",  # no blank line under them
    ]
    for middle in negatives:
        page = _FIRST + middle + _LEAD
        with data_dir_fixed():
            kinds = [u.kind for u in classify_page(page)]
        assert KICKER not in kinds, middle  # no head block (later rules may still read a headline there)
        assert _titles(page)[0] == ("老街巷里的新变化", None), middle
