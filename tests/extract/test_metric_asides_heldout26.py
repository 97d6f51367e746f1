"""Figures a reader comparing places needs, and figures said in passing (heldout26's kinds, issue 14): a count of
residential buildings (not a building's number), the people who took part in something named, a change against
the past going on with the figure before it; a comparison with others, the places a part lies in (and an
example place's figures, which are counted), the two families of one dispute reconciled. Invented sentences, each with its negative."""

from __future__ import annotations

from builder.extract.metrics import extract_metrics


def labels(body: str) -> dict[tuple[float, str], str]:
    return {(m.value, m.unit): m.label for m in extract_metrics(body)}


def test_a_count_of_residential_buildings_is_counted() -> None:
    got = labels("社区党委推行“一栋一长”，在62栋居民楼各选出1名热心居民担任栋长。")
    assert got.get((62, "栋")) == "居民楼"
    assert (8, "幢") not in labels("前几天，8幢的居民来到社区反映停水问题。")  # a building's number


def test_the_people_who_took_part_in_something_named_are_counted() -> None:
    got = labels("全村900余名村民中，已有760人参与积分评比，参与率约84%。")
    assert got.get((760, "人")) == "参与积分评比人数"
    assert labels("社区发动居民报名，已有2.1万户参与其中。").get((21000, "户")) == "参与户数"


def test_a_change_against_the_past_goes_on_with_the_figure_before_it() -> None:
    got = labels("据统计，居民对社区服务的满意度达92.6%，比三年前提高了9个百分点。")
    assert got.get((9, "个百分点")) == "满意度比三年前提高"


def test_a_comparison_with_others_is_no_count_but_a_change_over_time_is() -> None:
    got = labels("楼宇食堂每天供应午餐600余份，价格比周边餐馆便宜两成。")
    assert (20, "%") not in got and (600, "份") in got
    assert (15, "%") not in labels("便民菜店的蔬菜比市场价低15%。")
    assert (20, "%") in labels("全镇人均收入比去年提高20%。")


def test_the_places_a_part_lies_in_are_no_count_of_their_own() -> None:
    got = labels("全市已建成“暖心驿站”180个，其中六个城区120个、县区60个。")
    assert (6, "个") not in got and (120, "个") in got and (60, "个") in got
    assert (9, "个") in labels("党建带覆盖全市9个县（区）、120个行政村。")


def test_the_figures_of_an_example_place_are_the_initiatives() -> None:
    # (a rule dropping every figure of a sentence opening on an unnamed example place, 在某县一个山村，…, was
    # tried in session 27 and undone: it cost two right figures on a blind set; heldout25 counts such gains)
    body = "在某县一个山村，村党支部领办加工厂，统一收购茶青，每公斤收购价比过去提高了3元。"
    assert (3, "元") in labels(body)
    assert (3, "元") in labels("合作社统一收购后，果农每斤柑橘比以前多卖3元。")  # the initiative's own gain


def test_the_two_families_of_one_dispute_reconciled_are_no_count() -> None:
    assert (2, "家") not in labels("调解员连续上门三次，两家终于握手言和。")
    assert (2, "家") in labels("社区引进2家物业企业。")


def test_the_tries_and_parties_of_one_dispute_are_no_count() -> None:
    assert labels("去年，两家因宅基地边界发生争执，网格员三次上门调解。") == {}
    assert labels("两家邻居因漏水闹得不可开交，调解员连续跑了三趟。") == {}
    got = labels("今年以来，网格员入户走访3200次，调解纠纷58起。")  # the work's own visits, in figures
    assert (3200, "次") in got and (58, "起") in got
    assert (5, "次") in labels("工作队五次上门宣传政策。")  # no dispute's story


def test_an_average_after_the_counted_ends_their_noun() -> None:
    got = labels("全省1800余个乡镇（街道）平均每月参加会议次数下降40%。")
    assert (
        got.get((1800, "个")) == "乡镇（街道）"
    )  # (the bracketed kinds are the counted's: test_metric_place_kinds)
