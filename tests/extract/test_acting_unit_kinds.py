"""Kinds of acting unit real pages printed that the level or region missed (issue 14, R13-R23): a state farm's
community under no county; a headline's address down to the community; a village a clause of setting introduces
(在…镇，也有一个…村); a county heading its headline as the subject of the deed; units of two townships listed
together; the place a reporter learned the news from; a lead speaking of all the places of a prefecture.
Invented sentences and units (real divisions); and the negatives."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def _place(title: str, body: str) -> tuple[tuple[str | None, str | None, str | None], str | None, str | None]:
    found = resolve_region(title, body)
    region = (found.region.province, found.region.city, found.region.county)
    return region, found.locality, detect_level(title, body, found)[0]


def test_a_state_farms_community_named_under_its_province_acts() -> None:
    body = (
        "近日，黑龙江农垦青禾农场社区组织志愿者走进独居老人家中打扫卫生。\n"
        "青禾农场社区志愿者服务队成立于2015年，现有志愿者40人。"
    )
    region, locality, level = _place("青禾农场社区：志愿者上门送温暖", body)
    assert region == ("黑龙江省", None, None)
    assert locality and locality.endswith("青禾农场社区")
    assert level == "community"


def test_a_province_speaking_of_every_estate_stays_at_the_province() -> None:
    body = "近年来，江西省推动“红色物业”进小区，全省各地建起物业党支部。江西省还出台了考核办法。"
    assert _place("江西推动“红色物业”全覆盖", body)[2] == "province"


def test_a_headlines_address_down_to_the_community_names_its_county() -> None:
    title = "南宁市良庆区桂香社区持续打造嵌入式社区"
    body = "南宁市融媒体中心记者了解到，桂香社区建起老年食堂。\n桂香社区党委书记说，社区还开设了四点半课堂。"
    assert _place(title, body) == (("广西壮族自治区", "南宁市", "良庆区"), "桂香社区", "community")


def test_a_headline_naming_the_city_alone_stays_at_the_city() -> None:
    body = "南宁市融媒体中心记者了解到，南宁市推动社区食堂全覆盖。南宁市各城区已建成食堂120家。"
    assert _place("南宁市：社区食堂全覆盖", body)[2] == "city"


def test_a_village_a_clause_of_setting_introduces_acts() -> None:
    body = (
        "在南昌市青云谱区青云谱镇，也有一个桃溪村。这是个有着几百年历史的村庄。\n"
        "近年来，桃溪村党总支带领村民发展产业，桃溪村先后获得多项荣誉。"
    )
    region, locality, level = _place("桃溪新事", body)
    assert region == ("江西省", "南昌市", "青云谱区")
    assert (locality, level) == ("青云谱镇桃溪村", "community")


def test_a_county_heading_its_headline_as_the_deeds_subject_acts_not_the_leads_village() -> None:
    body = (
        "“不用再回镇上交材料了！”日前，永泰县城峰镇青石村村民林某来到邻村的服务中心办事。"
        "青石村村民为什么能就近办事？这得从永泰的创新说起。\n"
        "永泰县在全市率先试点中心村党委。城峰镇青石村党支部书记说，青石村村民少跑了路。"
    )
    assert _place("永泰在全市首创设置中心村党委", body)[2] == "county"
    # (a headline naming the county as its dateline leaves the village acting)
    assert _place("永泰：中心村党委方便群众", body)[2] == "community"


def test_a_county_qualifying_the_headlines_noun_or_framing_a_units_story_does_not_act() -> None:
    body = "上海市杨浦区五角场街道与辖区高校结对共建，开设“睦邻学堂”。\n目前，街道已与8所高校签订共建协议。"
    assert _place("杨浦区高校社区共建“睦邻学堂”", body)[1:] == ("五角场街道", "township")
    body = (
        "在乌兰浩特市都林街道，每月10日的“民情茶话会”已成了居民的固定节目。\n"
        "街道党工委把辖区8个社区的议事阵地整合起来。都林街道党工委书记说，协商就是凝聚人心。"
    )
    title = "乌兰浩特市推进基层协商见闻：都林街道“民情茶话会”议出幸福事"
    assert _place(title, body)[1:] == ("都林街道", "township")


def test_units_of_two_townships_listed_together_leave_their_county_acting() -> None:
    body = (
        "近日，省里公布了一批物业管理示范点。宜兴市丁蜀镇桂园小区、宜城街道枫林小区成功入选。\n"
        "桂园小区由物业公司党支部牵头，枫林小区成立了业委会。"
    )
    region, locality, level = _place("宜兴两小区入选示范点", body)
    assert (region[2], locality, level) == ("宜兴市", None, "county")
    # (one township's estate named with its township stays the locality)
    body = "近日，宜兴市丁蜀镇桂园小区入选示范点。桂园小区由物业公司党支部牵头，桂园小区党支部建起议事厅。"
    assert _place("桂园小区入选示范点", body)[2] == "community"


def test_the_place_a_reporter_learned_the_news_from_is_no_acting_unit() -> None:
    body = (
        "7月15日，记者从太原市万柏林区了解到，南寒街道桃园社区创新实施服务延伸工程。\n"
        "社区以党群服务中心为阵地，开展多元服务。"
    )
    region, locality, level = _place("家门口的服务助力群众", body)
    assert (region[2], locality, level) == ("万柏林区", "南寒街道桃园社区", "community")
    body = "7月15日，记者从太原市万柏林区了解到，全区推行“接诉即办”。万柏林区已办结诉求3000件。"
    assert _place("接诉即办见实效", body)[2] == "county"


def test_a_lead_of_all_the_prefectures_places_frames_its_example_as_the_prefectures() -> None:
    body = (
        "近年来，地区各地立足实际，积极构建互嵌式社区环境。\n"
        "4月1日，在阿克苏市新城街道桃李社区，居民们参加志愿服务。桃李社区还开办了爱心食堂。"
    )
    region, locality, level = _place("共建幸福和谐社区", body)
    assert (region, locality, level) == (("新疆维吾尔自治区", "阿克苏地区", None), None, "city")
    # (no such lead: the community acts)
    body = body.replace("近年来，地区各地立足实际，积极构建互嵌式社区环境。\n", "")
    assert _place("共建幸福和谐社区", body)[2] == "community"


def test_a_city_heading_its_headline_as_the_deeds_subject_acts_not_its_example_community() -> None:
    title = "石家庄市建立完善物业企业党组织探索老旧小区治理新模式：党建引领 “红色物业”解难题"
    body = (
        "道路平整洁净，楼体粉刷一新……近日，走进桥西区桃园社区，目之所及让眼前一亮。\n"
        "桃园社区建于上世纪八十年代，属于典型的老旧小区。桃园社区党委引入物业企业。"
    )
    assert _place(title, body) == (("河北省", "石家庄市", None), None, "city")
    # (a headline naming the city and the community: the community acts)
    title = "石家庄市桥西区桃园社区：党建引领 “红色物业”解难题"
    assert _place(title, body)[2] == "community"


def test_a_unit_the_places_own_people_go_into_is_where_they_went_not_who_acts() -> None:
    body = (
        "7日，26名黄陂区大学生志愿者走进前川街桃李社区，以三句半、小品等方式向居民宣讲政策。\n"
        "桃李社区居民说，节目很接地气。桃李社区党委表示还将邀请他们再来。"
    )
    assert _place("大学生进社区宣讲政策", body)[2] == "county"
    body = body.replace(
        "26名黄陂区大学生志愿者走进前川街桃李社区", "黄陂区前川街桃李社区组织26名大学生志愿者"
    )
    assert _place("大学生进社区宣讲政策", body)[2] == "community"


def test_a_unit_the_places_office_came_to_inspect_does_the_work() -> None:
    # real R27b kind (invented text): the county's office visiting to inspect is the news peg; the community acts
    body = (
        "近日，黄陂区民政局来到前川街桃李社区老年活动中心进行检查调研，了解助老服务开展情况。\n"
        "桃李社区开设“长者食堂”，桃李社区党委还组建了助老服务队。桃李社区将持续做好服务。"
    )
    _region, locality, level = _place("桃李社区：“长者食堂”暖了老人胃", body)
    assert (locality or "").endswith("桃李社区") and level == "community"
    working = body.replace("进行检查调研，了解", "开展志愿服务，推动")
    assert _place("桃李社区：“长者食堂”暖了老人胃", working)[2] == "county"


def test_a_beijing_districts_area_is_a_township_with_its_communities() -> None:
    body = (
        "4月8日中午，在北京朝阳区三间房地区桂香家园社区南门，几名老人正在取餐。\n"
        "桂香家园社区专门设立了居民议事群。社区党委书记说，桂香家园社区还成立了会客厅。"
    )
    region, locality, level = _place("老年餐桌开到家门口", body)
    assert (region, locality, level) == (("北京市", None, "朝阳区"), "三间房地区桂香家园社区", "community")
    body = "近年来，新疆阿克苏地区各地积极构建互嵌式社区。阿克苏地区还推出了结对认亲活动。"
    assert _place("互嵌式社区建设见成效", body)[:2] == (("新疆维吾尔自治区", "阿克苏地区", None), None)


def test_a_subdistricts_community_after_the_leads_opening_quote_acts_under_a_region_from_the_page() -> None:
    page = "某某日报 第4版\n昭通市大关县的一篇报道。昭通市大关县又一篇。昭通市的第三篇。"
    body = (
        "## 居民有需求 社区有服务\n\n"
        "“阿姨，我来看看您家灶台咋点不着火了。”近日，向阳街道桂园社区网格员李某接到独居老人的求助电话。\n\n"
        "李某是桂园社区18栋楼的网格员。"
    )
    place = resolve_region("织密服务“一张网”", body, page)
    assert detect_level("织密服务“一张网”", body, place)[0] == "community"
    body = body.replace("近日，向阳街道桂园社区网格员李某接到", "近日，网格员李某接到")
    place = resolve_region("织密服务“一张网”", body, page)
    assert detect_level("织密服务“一张网”", body, place)[0] is None


def test_a_unit_an_event_goes_into_with_its_county_in_the_address_still_acts() -> None:
    body = (
        "“二十大精神在东秦”主题采访活动走进华州区瓜坡镇桃花村，一个个产业兴旺的场景展现着桃花村的发展成果。\n"
        "桃花村党总支书记说，桃花村推行“党总支+合作社”模式。桃花村村民增收明显。"
    )
    assert _place("华州区桃花村：“党总支+”模式激发产业活力", body)[2] == "community"


def test_a_community_said_to_lie_in_the_addresss_township_acts() -> None:
    """Real R33 p3's kind: the lead's scene names the community, a later paragraph says it lies in the
    subdistrict (`某某社区位于…某某街道`): the community, not the subdistrict, is the acting unit."""
    body = (
        "清晨，骑手小王走进桂花社区的“暖心驿站”，接了一杯热水。\n"
        "桂花社区位于长沙市岳麓区望岳街道，周边商圈密集，每天有上百名骑手在此穿梭。\n"
        "桂花社区党委书记介绍，驿站还为骑手开设了法律讲座。"
    )
    assert _place("骑手驿站成了“娘家”", body) == (
        ("湖南省", "长沙市", "岳麓区"),
        "望岳街道桂花社区",
        "community",
    )


def test_a_whole_provinces_meeting_held_in_a_city_is_the_provinces() -> None:
    # heldout37 p06's kind: `全省…会` in a city of the province, the city named only as where it met
    body = (
        "3月8日，全省城市社区治理工作现场会在绵阳市召开，总结交流各地经验。\n"
        "会议指出，全省各级党组织深化“红色物业”建设。会上，绵阳市、德阳市旌阳区作了交流发言。\n"
        "省委常委、组织部部长出席会议并讲话。"
    )
    region, _locality, level = _place("全省城市社区治理工作现场会在绵阳召开", body)
    assert region == ("四川省", None, None)
    assert level == "province"
    # the first of the province, opened in a county, is the county's
    body = "近日，全省首个新就业群体服务站在绵阳市游仙区揭牌，游仙区委社会工作部负责运营。"
    region, _locality, _level = _place("全省首个新就业群体服务站在游仙区揭牌", body)
    assert region == ("四川省", "绵阳市", "游仙区")


def test_an_honour_of_the_whole_city_titling_a_profile_is_no_scope() -> None:
    # rv37 pages10's kind: `全市优秀…` / `全市十佳…` / `全市…标兵` before a person's name is the honour the person
    # holds, no city's own work: the person's county (or below) the body names acts, as before the rule
    body = (
        "赵秀兰是四川省绵阳市游仙区魏城镇青松社区党支部书记。十五年来，\n"
        "她带领社区党员为居民办实事，建起“邻里驿站”，社区连续三年获评先进。"
    )
    for title in (
        "全市优秀党务工作者赵秀兰：扎根社区十五年",
        "全市十佳网格员赵秀兰：守好家门口的网格",
        "全市基层治理标兵赵秀兰：社区就是家",
    ):
        region, _locality, level = _place(title, body)
        assert region == ("四川省", "绵阳市", "游仙区"), title
        assert level in ("county", "town", "community"), title
    # a meeting honouring the whole city's best, held in a county, is still the city's own
    body = "5月8日，全市优秀基层党组织表彰大会在绵阳市游仙区召开，会议表彰了一批先进集体和个人。"
    region, _locality, level = _place("全市优秀基层党组织表彰大会在游仙区召开", body)
    assert (region, level) == (("四川省", "绵阳市", None), "city")
