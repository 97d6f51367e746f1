"""Headlines printed together away from their bodies, over reports that say why before they say where: the
second report's lead names its place only in its second sentence (invented lines, the layout of real pages).

- Two headlines on consecutive lines at the page's top, the second with a comma between its halves and its
  county by its short name (`枣强…`, the body writes `枣强县`); the first report closes with its source credit.
  Before, the comma headline was no headline to the stack rule, a suffix-shaped non-place (`域覆盖助力村`-like)
  was taken as its place, and the second report ran on in the first (no cut after the credit: its lead does not
  open with its place).
- Three headlines at the page's foot, the last two a kicker naming the place (`陕西铜川…`) over a headline of
  words alone (`善治有方 幸福可感`-like): the reverse of the kicker rule of heldout3 e02.
"""

from __future__ import annotations

from builder.ingest.headlinestacks import _place_named_below, reads_as_headline
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_TOP = """基层之窗　　　　2026年3月2日　第5版
铜川市耀州区“邻里议事厅”让小事不出小区
{second}

　　今年以来，铜川市耀州区在
12个小区建起“邻里议事厅”，
居民有事坐下来商量，已议定
事项140余件。
　　铜川市耀州区还把议事结果
张榜公布，接受居民监督，议
事厅成了小区的“连心桥”。（来源：耀州区委宣传部 刘洋）

　　近年来，各地积极探索壮大
村级集体经济的新办法。在河
北省{county}，党支部领办
合作社的做法应运而生，村均
集体收入稳步增长。
　　{county}把合作社办到每
个行政村，带动农户增收。
"""


def _articles(page: str) -> list:
    return segment(assemble(classify_page(page)))


def test_two_headlines_at_the_top_one_with_a_comma_and_a_short_place_title_two_reports():
    page = _TOP.format(second="枣强党支部领办合作社，带动村集体收入稳步增长", county="枣强县")
    found = _articles(page)
    assert [a.title for a in found] == [
        "铜川市耀州区“邻里议事厅”让小事不出小区",
        "枣强党支部领办合作社，带动村集体收入稳步增长",
    ]
    assert found[0].byline == "来源：耀州区委宣传部 刘洋"
    assert found[1].text.startswith("近年来，各地积极探索")
    assert "枣强县" not in found[0].text


def test_a_headlines_place_is_the_first_place_it_writes_that_the_text_under_it_names():
    below = "近年来，各地积极探索壮大村级集体经济的新办法。在河北省枣强县，党支部领办合作社的做法应运而生。"
    headline = "枣强党支部领办合作社，全域覆盖助力村集体收入增长"  # `全域覆盖助力村`: suffix-shaped, no place
    assert _place_named_below(headline, below) == "枣强"
    assert _place_named_below(headline, below.replace("枣强县", "武功县")) == ""  # no place the text names


def test_a_comma_headline_reads_as_a_headline_to_the_stack_rules_as_to_the_headline_rules():
    assert reads_as_headline("社区开了“议事角”，邻里有事来“商量”")
    assert not reads_as_headline("居民有事坐下来商量，已议定事项140余件。")
    assert not reads_as_headline("居民有事坐下来商量，议定事项，张榜公布")  # two commas: a clause list


_FOOT = """2026年3月9日 星期一 第3版 基层治理

为推动小区治理走深走实，激发居民参与小区事务的积极性，
柞水县营盘镇朝阳村以积分管理为抓手，把环境整治、志愿服务
纳入积分，居民参与率明显提升。
朝阳村还建立积分公示制度，每月张榜一次，村民比学赶超。

随着城镇化加快，小区人口结构更趋多元，对基层治理提出更高
要求。为此，去年以来，{intro}委组织部分类推进小区治理试点，
摸排老旧小区、安置小区等5类32个小区，制发工作指引。
{second_sentence}

柞水县朝阳村：积分管理激活村民内生动力
陕西铜川分类推进小区治理
善治有方 幸福可感
"""


def test_a_kicker_naming_the_place_over_a_headline_of_words_alone_at_the_foot():
    page = _FOOT.format(intro="陕西省铜川市", second_sentence="推进中，铜川市因地制宜，划细网格。")
    found = _articles(page)
    assert [(a.title, a.subtitle) for a in found] == [
        ("柞水县朝阳村：积分管理激活村民内生动力", None),
        ("善治有方 幸福可感", "陕西铜川分类推进小区治理"),
    ]
    assert found[1].text.startswith("随着城镇化加快")
    assert "铜川" not in found[0].text


def test_a_lead_naming_no_headlines_place_goes_on_the_article_above():
    # the second paragraph names a place no headline names (and the headlines outnumber the bodies as before)
    page = _FOOT.format(intro="本县", second_sentence="全县在推进中因地制宜，划细网格。")
    found = _articles(page)
    assert len(found) == 1
    assert "随着城镇化加快" in found[0].text


def test_a_placeless_line_over_a_headline_naming_its_place_stays_that_headlines_kicker():
    # heldout3 e02's order (kicker of words over the headline with its place) is read before the reverse one
    page = _FOOT.replace(
        "陕西铜川分类推进小区治理\n善治有方 幸福可感", "善治有方 幸福可感\n铜川市分类推进小区治理"
    )
    found = _articles(page.format(intro="陕西省铜川市", second_sentence="推进中，铜川市因地制宜，划细网格。"))
    assert [(a.title, a.subtitle) for a in found][1] == ("铜川市分类推进小区治理", "善治有方 幸福可感")
