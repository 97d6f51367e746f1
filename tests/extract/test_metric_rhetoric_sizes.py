"""Numbers that count nothing the work did, on real pages R17–R19 (session 22): the features and levels a
reform is described by, the accounts reckoned with people, an ordinal glued to its noun, the dimensions of one
thing, and a bracket the units are sorted into. Invented sentences of the kind, with the negatives."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def figures(body: str) -> list[tuple[float, str]]:
    return [(m.value, m.unit) for m in extract_metrics(body)]


def test_features_and_levels_a_reform_is_described_by_count_nothing() -> None:
    body = "方案突出坚持问题导向、坚持基层首创、坚持群众满意、坚持系统集成四个特点，覆盖全区120个社区。"
    assert figures(body) == [(120, "个")]
    body = "围绕“区级怎么统筹、社区怎么落实”两个层面，全区建成议事厅46个。"
    assert figures(body) == [(46, "个")]
    # a quoted list whose count does not match is still counted
    assert figures("建成“红色驿站、爱心驿站”等五个站点。") == [(5, "个")]


def test_the_accounts_reckoned_with_people_are_rhetoric() -> None:
    body = "干部帮农户算清“收入、支出、前景”三笔账，吸引120户入社。"
    assert figures(body) == [(120, "户")]
    # donations received are counted
    assert figures("今年社区收到爱心捐款三笔。") == [(3, "笔")]


def test_an_ordinal_glued_to_its_noun_is_no_count() -> None:
    assert (2, "次") not in figures("年底还将进行二次分红，每户不少于200元。")
    # two payouts in Chinese numerals or digits are counted
    assert figures("合作社今年开展两次分红。") == [(2, "次")]
    assert figures("合作社今年开展2次分红。") == [(2, "次")]


def test_the_dimensions_of_one_thing_are_no_count() -> None:
    assert figures("这座文化墙长30余米，高3米，投资15万元。") == [(150000, "元")]
    # a length alone may be the work done
    assert figures("新修村道长4米的便民桥两座，硬化道路2000米。")[-1] == (2000, "米")


def test_a_way_built_keeps_its_length_and_not_its_width() -> None:
    assert figures("村里新修健身步道长2000米，宽3米。") == [(2000, "米")]
    assert figures("今年硬化道路长3公里、宽4米。") == [(3, "公里")]
    # an object built, or a way no one built, is one thing's size
    assert figures("新建文化长廊长20余米，高4米。") == []
    assert figures("小区主干道长300米，宽4米。") == []


def test_a_bracket_the_units_are_sorted_into_is_no_figure() -> None:
    body = "村集体收入30万元至60万元的村占比达到41.5%。"
    assert figures(body) == [(41.5, "%")]
    # a range of money raised is counted
    assert figures("每村筹集资金30万元至60万元。")[0][:2] == (300000, "元")


def test_where_a_change_of_units_started_is_counted_once_at_its_end() -> None:
    body = "全县原有社区50个。改革后，原来的50个社区已调整合并为32个。"
    assert figures(body) == [(50, "个"), (32, "个")]
    # printed once, where the change started is counted (heldout3 e06)
    assert figures("把村级承担的工作事项从原来的120项精简到40项。") == [(120, "项"), (40, "项")]
    # what a unit has, 原有 and no change in its clause, is counted
    assert figures("该村原有党员30名，今年发展党员2名。") == [(30, "名"), (2, "名")]


def test_a_villages_numbered_groups_are_names() -> None:
    assert figures("就新民社区3、5组排水沟如何改造展开协商。") == []
    assert figures("村里4组的村民率先入社。") == []
    # teams split into groups, and groups formed, are counted
    assert figures("将巾帼志愿者分成6组，开展服务。") == [(6, "组")]
    assert figures("社区组建12组志愿队伍。") == [(12, "组")]


def test_the_few_ranked_first_are_a_choice() -> None:
    assert figures("居民议定了三个最急需解决的问题：加装扶手、修补路面、更换路灯。") == []
    # so many done, in digits or in numerals with no ranking, are counted
    assert figures("居民议定了三个急需解决的问题并已全部解决。") == [(3, "个")]


def test_how_far_away_a_place_is_counts_nothing() -> None:
    # session 23, a real R22 page: 村民如要到14公里外的镇上办事 gave “镇上办事 14 公里”
    assert figures("过去村民要到14公里外的镇上办事，如今在村里就能办，已办结事项320件。") == [(320, "件")]
    assert figures("该村距县城30公里，离最近的卫生院有5公里远，村里建起卫生室2个。") == [(2, "个")]
    # a length built or walked is counted
    assert figures("今年新修通村公路12公里。") == [(12, "公里")]
    assert figures("巡逻队员每天步行巡查8公里。")[-1] == (8, "公里")
