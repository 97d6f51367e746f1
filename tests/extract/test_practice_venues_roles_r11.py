"""Named practices of the kinds R11 (real articles) and heldout15 showed missed or wrongly taken (issue 14):
a venue built, run or marked on, a role taken up, a count of the list before, a comma-paired slogan, a venue's
full name opened by its city; and the negatives (a guiding idea, a likeness a unit creates, a plain job).
Invented sentences of the kind."""

from __future__ import annotations

from builder.extract.practices import extract_practices


def practices(body: str, title: str = "") -> list[str]:
    return extract_practices(title, body)


def test_a_pavilion_or_a_gallery_built_is_a_named_venue() -> None:
    assert practices("村里建起“荷塘议事亭”，每月召开一次村民议事会。") == ["荷塘议事亭"]
    assert practices("全县沿着河岸建设“红色党建长廊”，把党组织延伸到每个渡口。") == ["红色党建长廊"]
    # not a size (“大长廊”) nor a plain word of two characters
    assert practices("公园里的“大长廊”很热闹。") == []


def test_a_school_run_or_a_map_marked_on_is_named() -> None:
    assert practices("答：我们将办好“书记夜校”，力争两年内把全县村干部轮训一遍。") == ["书记夜校"]
    assert practices("网格员把每户的情况标注在一张“网格民情地图”上，红色代表独居老人。") == ["网格民情地图"]
    # a slogan of work done well (办好“关键小事”) is no school run
    assert practices("全市办好“关键小事”，解决群众急难愁盼问题120件。") == []
    assert practices("街道办好“民生实事”，群众满意度明显提升。") == []
    assert practices("社区办好“四点半课堂”，解决孩子放学无人照看的难题。") == ["四点半课堂"]
    # a map for visitors or drivers is no tool of the work
    assert practices("镇里印制了一张“乡村旅游地图”，吸引游客前来打卡。") == []
    assert practices("一张“美食地图”让游客找到老街的小店。") == []
    # a route map and a timetable are a plan's words, no tool marked on
    assert practices("街道明确了整改的“时间表”“路线图”。") == []


def test_a_brand_built_many_times_with_its_count_before_it() -> None:
    assert practices("全区面向骑手建成260多个“蜂鸟骑手”红色加油站，解决难题3000余个。") == ["蜂鸟骑手"]


def test_a_role_taken_up_is_named_when_qualified() -> None:
    assert practices("不少快递员主动当起“流动网格员”，在送件之余反馈问题线索。") == ["流动网格员"]
    # a plain job of three characters (当起“跑腿员”, 当上“调解员”) is what someone does, no name
    assert practices("年轻人当起“跑腿员”，帮老人买菜。") == []
    assert practices("老党员当上“调解员”，化解邻里纠纷。") == []


def test_a_quoted_count_of_the_list_printed_before_it_is_the_lists_name() -> None:
    body = "这是全区推行的双结对、双承诺、双服务、双认领“四双”活动的一个场景。"
    assert practices(body) == ["四双"]
    assert practices("坚持自治、法治、德治“三治”融合，村里很少有纠纷。") == ["三治"]
    # the count does not match the list, or the items do not share the character: a date or a count
    assert practices("双结对、双承诺“四双”活动。") == []
    assert practices("开展文艺演出、志愿服务“五一”活动。") == []
    # an editor's practice stopword removes it like any other name
    assert extract_practices("", body, stopwords=frozenset({"四双"})) == []


def test_a_paired_slogan_printed_with_a_comma_before_a_mechanism_word() -> None:
    assert practices("深化“小区吹哨，部门报到”机制，召开联席会解决难题。") == ["小区吹哨，部门报到"]
    # speech with a comma and no mechanism word after it stays speech
    assert practices("他说：“上下联动，左右协同”，群众很满意。") == []


def test_a_venue_full_name_opened_by_its_city_is_one_name() -> None:
    body = "社区党委联合成立“佛山市新就业群体法律服务站”（以下简称服务站），提供法律咨询。"
    assert practices(body) == ["佛山市新就业群体法律服务站"]
    # a long quote with no verb of doing is still speech-like, no name
    assert practices("墙上写着“佛山市新就业群体法律服务站”。") == []


def test_a_guiding_idea_or_direction_is_no_practice() -> None:
    assert practices("社区秉持“党建引领、服务赋能、多方共治”理念，开展工作。") == []
    assert practices("社区锚定“党建引领、多元共治”方向，推动社区治理。") == []
    # a list framed by a mechanism word stays a name
    assert practices("推广“民事民提、民事民议、民事民决”工作法。") == ["民事民提、民事民议、民事民决"]


def test_a_likeness_a_unit_creates_for_people_is_no_name_also_second_in_a_run() -> None:
    assert practices("着力营造骑手的“温馨港湾”和“暖心驿站”。") == []
    # a station set up stays a name
    assert practices("街道设立“暖心驿站”，为骑手提供热水。") == ["暖心驿站"]


def test_everyday_ways_of_visiting_and_talking_are_no_names() -> None:
    body = "网格员通过“串门子”“拉家常”收集居民诉求，推行“党员+网格员”工作模式。"
    assert practices(body) == ["党员+网格员"]
    # a room named after them is a name
    assert practices("社区开设“拉家常议事会”，居民每周来坐坐。") == ["拉家常议事会"]


def test_a_volunteer_station_named_after_a_person_printed_twice_is_a_name() -> None:
    body = "镇里把李大姐志愿服务站的钥匙交给了她。李大姐志愿服务站今后将为环卫工人提供热水。"
    assert practices(body) == ["李大姐志愿服务站"]
    # a generic station (党员, 新时代文明实践) is none
    assert practices("社区建立了志愿服务站，党员志愿服务站开放。党员志愿服务站每天开门。") == []


def test_a_run_of_names_each_with_its_own_estate_before_it_shares_the_mechanism_word() -> None:
    body = "街道将东园小区“楼长议事会”、南苑小区“物业主动听劝”和西园小区“邻里帮”模式在全街推广。"
    assert practices(body) == ["楼长议事会", "物业主动听劝", "邻里帮"]
    # troubles named with their estates stay troubles
    assert practices("东园小区“脏乱差”和西园小区“停车难”问题得到解决。") == []
