"""Practices on the R28 real pages (and last session's misses), by kind. Invented sentences.

- a field of work and a likeness of unity after it (下活“服务一盘棋”) is a metaphor, like 一盘棋 alone;
- a four-character set phrase opening a clause, the work it is the manner of right after it (…120件，“多措并举”
  破解停车难题), is how, not a name;
- a quote ending in 积分 is a points scheme's name (“暖心积分”兑换物品);
- a tool named by its kind (政务服务平台) is no name even as the headline's subject.
"""

from __future__ import annotations

from builder.extract.practices import extract_practices


def test_a_likeness_of_unity_after_a_field_of_work_is_a_metaphor() -> None:
    assert (
        extract_practices("下活“服务一盘棋” 桃源县多方联手解民忧", "桃源县综治中心今年化解纠纷300件。") == []
    )
    assert extract_practices("", "街道织密“服务一张网”，群众办事更方便。") == []
    # negatives: a mechanism word after it makes it a name; a numeral name stays
    assert extract_practices("", "打造“智慧治理一张网”平台。") == ["智慧治理一张网"]
    assert extract_practices("", "推行“一格一员”机制。") == ["一格一员"]
    # a thing counted by one is a tool, no likeness of unity
    assert extract_practices("", "县里推行“惠民一张卡”，群众办事少跑腿。") == ["惠民一张卡"]
    assert extract_practices("", "社区建立“民情一张表”，逐户登记诉求。") == ["民情一张表"]


def test_a_set_phrase_opening_a_clause_before_its_work_is_a_manner() -> None:
    assert extract_practices("", "今年共解决群众诉求120件，“多措并举”破解停车难题。") == []
    assert extract_practices("", "共化解纠纷46起，“立说立行”解决群众急难事。") == []
    # (the practice's own result counted in its clause makes it a name: “未访先办”化解纠纷33件)
    assert extract_practices("", "2024年，“未访先办”化解纠纷33件，群众满意度提升。") == ["未访先办"]
    # negatives: a group's name opening its clause before what it does; five characters; a name's ending
    assert extract_practices("", "“海校大妈”服务居民200余次。") == ["海校大妈"]
    assert extract_practices("", "全村土地整合后，“小田并大田”解决了耕种难。") == ["小田并大田"]
    assert extract_practices("", "共建驿站12个，“红色驿站”解决骑手歇脚难。") == ["红色驿站"]
    # other set phrases of manner; and a practice's own name of four opening its clause before its work stays
    assert extract_practices("", "今年以来，“精准施策”化解信访积案。") == []
    assert extract_practices("", "今年，“多管齐下”整治楼道堆物。") == []
    assert extract_practices("", "去年以来，“立行立改”解决群众反映的问题。") == []
    assert extract_practices("", "今年，“接诉即办”推动群众诉求快速解决。") == ["接诉即办"]
    assert extract_practices("", "去年以来，“党员联户”化解邻里矛盾。") == ["党员联户"]
    assert extract_practices("", "“街巷吹哨”推动问题就地解决。") == ["街巷吹哨"]


def test_a_quote_ending_in_points_is_a_schemes_name() -> None:
    assert extract_practices("", "社区为志愿者发放毛巾、洗衣液等“暖心积分”兑换物品。") == ["暖心积分"]
    # negative: points alone is a kind, no name
    assert extract_practices("", "推行“积分”管理。") == []


def test_a_tool_named_by_its_kind_is_no_name_as_the_headlines_subject() -> None:
    body = "今年以来，桃源区优化政务服务平台，群众办事更便捷。政务服务平台已上线事项320项。"
    assert extract_practices("政务服务平台让群众办事更便捷", body) == []
    # negatives: a body's own tool as the subject; a platform named by what it is for
    assert extract_practices("网格地图助力基层精准治理", "社区网格地图上线。共绘制3张网格地图。") == [
        "网格地图"
    ]
    body = "桃源社区推出线上议事平台，居民通过线上议事平台议事120次。"
    assert extract_practices("线上议事平台激活居民自治", body) == ["线上议事平台"]
