"""Quotes taken for named practices on real published articles (r31 pages, issue 14 item 6), by kind; invented
sentences of the same shapes: the products a run of quotes lists before 等 and their kind (依托“…”“…”等特色产业:
trade names), a group of people counted by a collective measure (“一班人”), a class of units counted as it changes
(“后进村”从…N个减少到…M个), and a quoted model number alone (“1173”物业管理模式: the whole model's name, never
its digits)."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def practices(body: str) -> list[str]:
    return extract_practices("", body + "\n")


def test_products_listed_before_their_kind_are_no_practices() -> None:
    assert practices("许多村依托“青山绿茶”“青山竹笋”等特色产业，为村集体增收。") == []
    assert practices("合作社围绕“桃源蜜橘”等农产品打开销路。") == []
    # negatives: a policy's numeral shape listed so, and a brand a verb of doing sets up, stay names
    assert practices("依托“一村一品”等特色产业发展。") == ["一村一品"]
    assert practices("街道打造“红色物业”“暖心驿站”等服务品牌。") == ["红色物业", "暖心驿站"]


def test_a_group_of_people_counted_by_a_collective_measure_is_no_name() -> None:
    assert practices("该县选好配强村级党组织“一班人”，全力推进集体经济发展。") == []
    assert practices("村里有了“一帮人”，事情就好办了。") == []
    # negative: the numeral shape of a policy's name stays one
    assert practices("社区推行“一格一员”，网格员包片服务。") == ["一格一员"]


def test_a_class_of_units_counted_as_it_changes_is_no_name() -> None:
    assert practices("集体经济薄弱，“后进村”从2019年的212个减少到2021年的45个。") == []
    assert practices("“软弱涣散村”由去年的18个下降到5个。") == []
    # negative: a name counted as built stays one
    assert practices("全县建成“邻里食堂”36家，方便老人就餐。") == ["邻里食堂"]


def test_a_quoted_model_number_is_the_whole_models_name() -> None:
    assert practices("服务站认真学习“2358”物业管理模式和“三找一定”工作要求。") == [
        "2358物业管理模式",
        "三找一定",
    ]
    assert practices("街道推行“246”社区治理工作机制。") == ["246社区治理工作机制"]
    # a number right before its method is named with it; a number one dials is none
    assert practices("推行“135”工作法。") == ["135工作法"]
    assert practices("群众拨打“12345”热线反映问题。") == []
