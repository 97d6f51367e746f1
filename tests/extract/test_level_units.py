"""The acting unit below the county and the place named only inside compound names (issue 14, the kinds seen in
real published articles, checked by hand and never stored: every text here is invented, of the same kind)."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.regions import resolve_region


def level_and_locality(title: str, body: str, page_text: str = "") -> tuple[str | None, str | None]:
    place = resolve_region(title, body, page_text)
    return detect_level(title, body, place)[0], place.locality


def test_a_village_named_with_its_county_after_the_county_stood_alone_is_the_unit() -> None:
    # the county is first named on its own (…夷陵区的一座菌棚里), its village only at the second mention
    title = "湖北夷陵深耕食用菌合作社 助推乡村特色产业"
    body = (
        "“这批香菇刚采下来，欢迎来基地品尝。”在湖北宜昌夷陵区的一座菌棚里，该区石桥村党支部书记正在直播带货。\n\n"
        "夷陵区龙泉镇石桥村是一个普通的农业村，住户520户。得益于党支部领办合作社，该村发展起了食用菌产业。\n\n"
        "石桥村成立党支部领办的专业合作社，流转土地300亩，按比例给村集体和村民分红。"
    )
    assert level_and_locality(title, body) == ("community", "龙泉镇石桥村")
    # a county report naming one village's address late, once, stays county
    county = (
        "宜昌市夷陵区推行党支部领办合作社，全区已有86个村成立合作社。夷陵区还出台扶持办法，统筹项目资金。\n\n"
        "在夷陵区龙泉镇石桥村，合作社流转土地300亩。"
    )
    assert level_and_locality("夷陵区：党支部领办合作社", county) == ("county", None)


def test_a_residential_compound_named_with_its_town_is_a_community_level_unit() -> None:
    # a 小区 is a community-level unit (levels.yaml) like 社区 and 村: 某县某镇某小区 is the locality
    title = "一张议事桌 聚起邻里心"
    body = (
        "午后，弥勒市弥阳镇和谐家园小区的议事亭里坐满了居民。\n\n"
        "此前的和谐家园小区停车难、物业费收取难。去年以来，弥勒市坚持党建引领，引导和谐家园小区物业公司成立党支部。\n\n"
        "走进和谐家园小区，楼栋公示栏上“楼长”是谁一目了然。和谐家园小区还建立了“党支部+楼长”联动格局。"
    )
    assert level_and_locality(title, body) == ("community", "弥阳镇和谐家园小区")


def test_a_headlines_quoted_practice_set_up_by_the_unit_makes_the_unit_act() -> None:
    # the county opens the lead in general words; the town named with it sets up the headline's practice
    title = "建立“红色管家”服务模式"
    body = (
        "浙江省嵊州市着力破解基层治理难题，努力推进网格化管理，群众满意度得到提升。\n\n"
        "在嵊州市甘霖镇，记者了解到这里建立起“红色管家”服务模式。他们划分网格20个，配备网格员20名。\n\n"
        "今年以来，已累计化解各类矛盾纠纷86件。"
    )
    assert level_and_locality(title, body) == ("township", "甘霖镇")
    # the place itself in the headline with the practice: the place owns it
    assert level_and_locality("嵊州市：建立“红色管家”服务模式", body) == ("county", None)


def test_a_unit_word_inside_a_common_noun_is_no_locality() -> None:
    # tests/corpus/heldout4/f03.txt: 莲都区为村干部“减负松绑” — 村干部 (village cadres), no village 为村
    title = "缙云县为村干部“减负松绑”"
    body = (
        "缙云县出台村级事务清单，为村干部“减负松绑”。缙云县还建立了考核“一本账”，全县村干部填表时间减少一半。"
    )
    assert level_and_locality(title, body) == ("county", None)


def test_a_city_named_only_inside_compound_names_is_the_articles_city() -> None:
    # a bank's branch and a phrase named after the city, the city's 市委 department acting: the city
    title = "从“路过”到“留下”"
    body = (
        "1月10日，市委社会工作部、中国建设银行梅州分行联合打造了5个暖“新”驿站，为新就业群体提供饮水、充电服务。\n\n"
        "市委社会工作部坚持以党建为引领，为推进梅州城市治理现代化注入活力，还将在全市范围内打造10个示范点。"
    )
    place = resolve_region(title, body)
    assert (place.region.province, place.region.city, place.region.county) == ("广东省", "梅州市", None)
    assert any("梅州市" in note for note in place.review)
    assert detect_level(title, body, place)[0] == "city"
    # named once only, or with no unit word of its own city (市委, 全市 …): no city
    once = body.replace("为推进梅州城市治理现代化注入活力", "注入活力")
    assert resolve_region(title, once).region.city is None
    plain = body.replace("市委", "").replace("全市", "")
    assert resolve_region(title, plain).region.city is None
    # named late in a long article, as surely
    late = "新就业群体是城市运行的重要力量，他们奔波在大街小巷，为居民提供便利服务。" * 40 + "\n\n" + body
    assert resolve_region(title, late).region.city == "梅州市"
    # a place named outright elsewhere in the article wins: the rule only fills an empty region
    county = body.replace("还将在全市", "还将在兴宁市")
    assert resolve_region(title, county).region.county == "兴宁市"


def test_a_unit_under_a_functional_zone_acts_listed_or_not() -> None:
    # a township named after a functional zone: listed in places.yaml (双龙航空港经济区, 贵阳市), the zone is the
    # county; not listed, the unit still acts (township) and review asks for the zone to be listed
    body = (
        "近年来，贵州{zone}石门乡坚持党建引领，按照“一村一策”的思路发展村集体经济。\n\n"
        "石门乡青岗村党支部书记说，村里出租门面年收入80万元。\n\n"
        "截至去年底，石门乡12个村集体经济收入累计达到3000万元。"
    )
    title = "发展村集体经济 村民日子更幸福"
    listed = resolve_region(title, body.format(zone="双龙航空港经济区"))
    assert (listed.region.city, listed.region.county, listed.locality) == (
        "贵阳市",
        "双龙航空港经济区",
        "石门乡",
    )
    assert detect_level(title, body, listed)[0] == "township"
    unlisted = resolve_region(title, body.format(zone="黔源航空经济区"))
    assert (unlisted.region.province, unlisted.region.county, unlisted.locality) == ("贵州省", None, "石门乡")
    assert any("黔源航空经济区" in note and "places.yaml" in note for note in unlisted.review)
    assert detect_level(title, body, unlisted)[0] == "township"


def test_a_county_named_only_inside_compound_names_is_the_articles_county() -> None:
    # the same kind one level down: 县委 department, a company's branch and a product named after the county
    title = "小小茶叶撑起致富梦"
    body = (
        "今年以来，县委社会工作部联合中国邮政光山分公司，为光山茶农开通线上销售渠道。\n\n"
        "目前，全县已有1200户茶农通过线上平台销售茶叶。"
    )
    place = resolve_region(title, body)
    assert place.region.county == "光山县"
    assert detect_level(title, body, place)[0] == "county"
    # the unit word of another kind of place (市委, 全市) does not speak of a county
    assert resolve_region(title, body.replace("县委", "市委").replace("全县", "全市")).region.county is None


def test_a_township_under_an_unlisted_high_tech_zone_of_a_city_acts() -> None:
    title = "团山镇：网格员当好“情报员”"
    body = "湖北省襄阳市高新区团山镇推行网格化管理，全镇划分网格86个。\n\n团山镇党委书记说，团山镇网格员每天巡查两次。"
    place = resolve_region(title, body)
    assert (place.region.city, place.region.county, place.locality) == ("襄阳市", None, "团山镇")
    assert any("高新区 (after 襄阳市)" in note for note in place.review)
    assert detect_level(title, body, place)[0] == "township"


def test_a_unit_named_apart_from_its_county_and_named_again_is_the_unit() -> None:
    # the county sets the scene (在济南市历下区，…), the unit stands at the start of the next clause
    title = "老旧小区有了“主心骨”"
    body = (
        "在山东省济南市历下区，燕山街道燕山新居小区成立了小区党支部。\n\n"
        "燕山新居小区党支部书记介绍，党支部带领居民议事，今年解决停车难等问题12个。燕山新居小区还组建了志愿服务队。"
    )
    assert level_and_locality(title, body) == ("community", "燕山街道燕山新居小区")
    village = (
        "河南省光山县深入推进乡村治理。在槐店乡司洼村，“积分制”管理让村容村貌焕然一新。\n\n"
        "司洼村党支部书记说，村里每月评议一次积分。今年，司洼村已兑换物品600余件。"
    )
    assert level_and_locality("小积分管出大文明", village) == ("community", "槐店乡司洼村")
    # a county report that names a village apart, once, as an example stays county
    county = (
        "光山县推行“积分制”管理，全县368个村全覆盖。光山县还出台了积分管理办法。\n\n"
        "在槐店乡司洼村，村民用积分兑换生活用品。光山县今年共兑换物品2万余件。"
    )
    assert level_and_locality("光山县：小积分管出大文明", county) == ("county", None)


def test_a_short_lead_sentence_about_the_reporter_is_text_not_a_byline() -> None:
    # a byline line (记者 马应) is left out of the places; a sentence whose subject is the reporter is not
    title = "“积分银行”存下文明新风"
    body = (
        "近日，记者走进浙江省桐庐县江南镇，感受“积分银行”带来的变化。\n\n"
        "江南镇党委书记说，江南镇把积分与评先评优挂钩，全镇28个村都建立了积分银行。该镇今年兑换物品2000余件。"
    )
    place = resolve_region(title, body)
    assert (place.region.county, place.locality) == ("桐庐县", "江南镇")
    assert detect_level(title, body, place)[0] == "township"
    byline = "记者 桐庐县融媒体中心 方明"
    assert resolve_region("", "活动现场，居民排起长队。\n\n" + byline).region.county is None


def test_a_unit_named_apart_under_a_headline_naming_the_county_leaves_the_county_acting() -> None:
    # the headline's place is the acting unit's: a village story told apart from the county stays an example
    body = (
        "光山县推行“积分制”管理。\n\n"
        "在槐店乡司洼村，村民用积分兑换生活用品。司洼村党支部书记说，司洼村今年兑换物品600余件。"
    )
    assert level_and_locality("光山县：小积分管出大文明", body) == ("county", None)
    assert level_and_locality("小积分管出大文明", body) == ("community", "槐店乡司洼村")


def test_an_article_naming_no_place_takes_its_level_from_the_unit_it_names_as_its_own() -> None:
    # no place of the gazetteer, no page: the region stays empty for review, the level is the unit's
    community = "近年来，金桥社区把楼道变成“睦邻点”，社区党委每月组织一次活动。\n\n金桥社区居民说，如今邻里关系更融洽了。"
    assert level_and_locality("“睦邻点”连起邻里情", community) == ("community", "金桥社区")
    town = community.replace("金桥社区", "清河镇").replace("社区党委", "镇党委")
    assert level_and_locality("“睦邻点”连起邻里情", town) == ("township", "清河镇")
    assert level_and_locality("清河镇：“睦邻点”连起邻里情", town) == ("township", "清河镇")
    # a unit named once only is not the article's own
    once = "近年来，清河镇把闲置校舍变成“睦邻点”，每月组织一次活动。"
    assert level_and_locality("“睦邻点”连起邻里情", once) == (None, None)


def test_a_headlines_dateline_of_short_names_says_where_not_who() -> None:
    # a kicker of the province's and the county's short names (浙江嵊州) read with the headline: where the story
    # is from; the town that sets up the headline's practice still acts
    body = (
        "浙江省嵊州市着力破解基层治理难题，努力推进网格化管理，群众满意度得到提升。\n\n"
        "在嵊州市甘霖镇，记者了解到这里建立起“红色管家”服务模式。他们划分网格20个，配备网格员20名。"
    )
    assert level_and_locality("浙江嵊州：建立“红色管家”服务模式", body) == ("township", "甘霖镇")


def test_an_unlisted_functional_zone_named_with_its_citys_stem_that_acts_is_county_level() -> None:
    # 合肥高新区: the city's bare stem before a zone's name is an address (the city); the zone, named again, acts
    title = "“红色物业”让小区焕新颜"
    body = "近年来，合肥高新区坚持党建引领，推行“红色物业”。高新区已有120个小区成立党组织。"
    place = resolve_region(title, body)
    assert (place.region.city, place.region.county, place.zone) == ("合肥市", None, "高新区")
    assert any("高新区 (after 合肥市)" in note for note in place.review)
    assert detect_level(title, body, place)[0] == "county"
    # zones listed in passing by a city article: the city acts
    city = "近年来，合肥市高新区、经开区、新站区共建成驿站80个。合肥市还出台了扶持办法。"
    assert level_and_locality(title, city) == ("city", None)
    # a community under the zone, named again: the community acts
    community = "近年来，合肥高新区天乐社区推行“红色物业”。天乐社区党委每月召开议事会。"
    assert level_and_locality(title, community) == ("community", "天乐社区")


def test_a_category_of_villages_or_estates_is_no_named_unit() -> None:
    # 贫困村, 无物业小区: a kind of village or estate the county's policy is about, not one unit that acts
    poor = "光山县贫困村全部脱贫出列。光山县建立防返贫监测机制，贫困村发展产业。贫困村的村民收入翻番。贫困村党支部带头。"
    assert level_and_locality("", poor) == ("county", None)
    estates = "历下区无物业小区治理难。历下区推行“红色物业”，无物业小区有了管家。无物业小区居民满意。无物业小区党支部成立。"
    assert level_and_locality("", estates) == ("county", None)


def test_an_ordinal_before_the_unit_word_is_no_unit_name() -> None:
    # 首家社区: "the first community" (its name, 金桥社区, follows in the lead); 三家村 is a village's own name
    from builder.extract.unitnames import is_unit_name

    assert not is_unit_name("首家社区", 2)
    assert not is_unit_name("第一个小区", 2)
    assert not is_unit_name("多家社区", 2)
    assert is_unit_name("三家村", 1)
    assert is_unit_name("首钢社区", 2)
    title = "洪山区首家社区基层党委挂牌"
    body = "10月25日，武汉市洪山区珞南街道金桥社区基层委员会挂牌成立，这是该区首个社区党委。金桥社区党员踊跃参加。"
    assert level_and_locality(title, body) == ("community", "珞南街道金桥社区")


def test_a_clause_ending_in_a_unit_word_is_no_unit_name() -> None:
    # 联合光山县检察院建立红星街道检察工作室: a verb inside what stands before 街道 makes it a clause, not a name
    from builder.extract.unitnames import unit_follows
    from builder.places.gazetteer import gazetteer
    from builder.places.matching import Zone, find_mentions

    def follows(text: str) -> bool:
        zone = Zone("body", text)
        find_mentions(gazetteer(), zone)
        return unit_follows(gazetteer(), zone, zone.mentions[0])

    assert not follows("光山县检察院建立红星街道检察工作室")
    assert follows("光山县红星街道检察工作室")


def test_a_town_acting_under_a_governance_phrase_is_no_community() -> None:
    # tests/corpus/heldout6 k08: the subtitle `闵行区七宝镇党建引领社区治理见闻` read as the address 七宝镇 +
    # a community 党建引领社区 (community level); 党建引领 and 治理 are the town's work, no unit's name
    title = "闵行区七宝镇党建引领社区治理见闻：七宝镇“家门口议事会”议出美好生活"
    body = (
        "上海市闵行区七宝镇是人口导入大镇，常住人口超过25万人，其中外来人口占一半以上。\n\n"
        "七宝镇在全镇42个居民区推行“家门口议事会”，议题由居民提、议事由居民定、结果由居民评。\n\n"
        "镇党委整合党群服务阵地，建成“七彩服务站”19个。七宝镇还组建“七宝阿姨”等志愿服务队伍63支。"
    )
    assert level_and_locality(title, body) == ("township", "七宝镇")
    # a community named after its town, before the same phrase, is still the unit
    named = body.replace("七宝镇在全镇42个居民区", "七宝镇九星社区在15个楼组")
    named = named.replace("镇党委", "九星社区党委").replace("七宝镇还", "九星社区还")
    assert level_and_locality("闵行区七宝镇九星社区治理见闻：“家门口议事会”议出美好生活", named) == (
        "community",
        "七宝镇九星社区",
    )


def test_a_community_named_after_its_township_of_that_is_the_unit_when_its_party_body_acts() -> None:
    # heldout10 p05#2's kind: no county named (the township gives it), `在某某街道的某某社区`, 社区党委 acts
    title = "一个社区的“小红帽”"
    body = (
        "在蕉南街道的南岸社区，戴着小红帽的志愿者随处可见。\n\n"
        "社区党委把退休党员组织起来，成立“小红帽”志愿服务队，队员从最初的15人发展到现在的136人。"
    )
    assert level_and_locality(title, body) == ("community", "蕉南街道南岸社区")
    # the township's own bodies act: the township stays the unit
    township = body.replace("社区党委把退休党员", "街道党工委把退休党员")
    assert level_and_locality(title, township) == ("township", "蕉南街道")


def test_a_province_qualifying_a_population_in_scope_weighs_little_against_a_named_unit() -> None:
    # a real article's kind (R8, never stored): `在四川新就业群体中…` twice, the acting unit named once in full
    title = "追梦路上这群快递外卖小哥正加速奔跑"
    body = (
        "8月7日中午，快递员、成都市双流区东升街道新就业群体党支部书记唐建将电话打给了党支部的党员们。\n\n"
        "作为一名长期参与公益事业，且在四川新就业群体中最早一批亮明党员身份的快递员，唐建最近新增了两个身份。\n\n"
        "近日记者走访一线发现，在四川新就业群体中正涌动着一股向上向善的力量。"
    )
    assert level_and_locality(title, body) == ("township", "东升街道")
    # the province acting stays the province
    province = "四川省出台措施，在全省新就业群体中开展“暖蜂行动”，全省已建成驿站3000余个。"
    assert level_and_locality("四川“暖蜂行动”温暖新就业群体", province)[0] == "province"


def test_a_property_companys_project_named_as_the_subject_is_one_estate() -> None:
    title = "某某物业：党建引领服务先行 长沙锦绣园项目打造红色治理样板"
    body = (
        "近日，某某物业湖南公司长沙锦绣园项目成功入选省级“美好家园”小区。项目以党建为引领，联动社区、派出所等力量。\n\n"
        "项目划分基础网格，为每个网格配备红色管家。"
    )
    assert level_and_locality(title, body)[0] == "community"
    # a city's building project, no property company: the city's work
    city = "近日，长沙市重点项目建设推进会召开，全市新开工项目120个。长沙市将继续优化营商环境。"
    assert level_and_locality("长沙市：重点项目建设提速", city)[0] == "city"


def test_a_headlines_bare_estate_the_body_names_is_the_unit_below_its_street() -> None:
    title = "小区设“议事角”，有话来“聊聊”"
    body = (
        "“楼道亮了，心也亮了。”望城区月亮岛街道金华社区碧水苑小区的业主王丽说。碧水苑小区的议事角设在党支部活动室。\n\n"
        "推动议事的是碧水苑小区党支部书记。今年以来，月亮岛街道在各楼盘成立了6个小区党支部。"
    )
    assert level_and_locality(title, body)[0] == "community"
    # the headline's subject is every estate of the street: the street's work
    street = (
        "今年以来，望城区月亮岛街道在各小区设立议事角，碧水苑小区、金华小区等6个小区率先试点。\n\n"
        "月亮岛街道还为小区党支部配备指导员。"
    )
    assert level_and_locality("各小区设“议事角”", street)[0] == "township"


def test_a_listed_township_whose_name_opens_with_a_function_word_character_is_the_unit() -> None:
    # 所前镇 (萧山区), 展览路街道 (西城区): listed names whose first character is also a function word (所, 展)
    body = (
        "在杭州市萧山区所前镇，每月5日的“乡贤议事会”已成为村民的固定节目。\n\n"
        "镇党委把辖区村社的议事阵地整合起来，今年共召开议事会40场。"
    )
    assert level_and_locality("所前镇“乡贤议事会”议出民生事", body) == ("township", "所前镇")
    street = "北京市西城区展览路街道推行“楼门议事”，街道党工委组织居民商量停车难题，今年议定事项86件。"
    assert level_and_locality("展览路街道：楼门议事解难题", street) == ("township", "展览路街道")
    # an unlisted name after a place keeps the prose guard (该县所有乡镇: no township 所有乡镇)
    county = "萧山区所有乡镇都建立了议事会，全区共召开议事会300场。萧山区还出台办法。"
    assert level_and_locality("萧山区：议事会全覆盖", county)[1] is None


def test_a_headline_part_going_into_the_kind_of_estate_names_no_estate() -> None:
    # a two-part headline whose first part ends 进小区 (a verb going to every estate) is the province's work
    title = "江西推动“红色物业”进小区 住户家门口有了“先锋管家”"
    body = (
        "今年以来，江西省委组织部会同省住房城乡建设厅在全省推行“红色物业”工程，推动物业服务企业成立党组织。\n\n"
        "各地推行“先锋管家”制度，全省共选聘“先锋管家”1.2万余名。"
    )
    assert level_and_locality(title, body)[0] == "province"
    # a named estate standing first in such a headline still is the unit
    assert (
        level_and_locality("丘北县幸福里小区 一颗“红心”温暖民心", "丘北县幸福里小区成立了党支部。")[0]
        == "community"
    )


def test_a_two_character_name_ending_in_a_verb_of_going_names_the_organisation() -> None:
    # review finding: the verb guard (…进小区) also stopped names ending in 进/到/入/驻 before the kind
    body = "丘北县宏进公司组织党员为小区居民义务维修，今年已修好水管86处。"
    assert level_and_locality("丘北县宏进公司：党员义务维修进万家", body)[0] == "community"
    assert level_and_locality("宏进公司：党员义务维修进万家", body)[0] == "community"
    estate = "丘北县前进小区的居民议事会每月开一次，今年议定事项20件。"
    assert level_and_locality("丘北县前进小区 一颗“红心”温暖民心", estate)[0] == "community"
    # a verb after a longer subject still goes to every estate (negatives)
    province = (
        "今年以来，江西省委组织部会同省住房城乡建设厅在全省推行“红色物业”工程，推动物业服务企业成立党组织。\n\n"
        "各地推行“先锋管家”制度，全省共选聘“先锋管家”1.2万余名。"
    )
    for title in (
        "江西推动物业服务进小区 住户家门口有了“先锋管家”",
        "江西推动“红色物业”进小区 住户家门口有了“先锋管家”",
    ):
        assert level_and_locality(title, province)[0] == "province"


def test_a_two_character_verb_of_going_before_the_kind_names_no_organisation() -> None:
    # review: the two-character name ending in 进/到/入/驻 (宏进公司) is no verb of going or bringing (走进, 深入,
    # 引进, 送到), standing first or right after a place: those go to every one of the kind
    province = (
        "今年以来，江西省委组织部会同省住房城乡建设厅在全省推行“红色物业”工程，推动物业服务企业成立党组织。\n\n"
        "各地推行“先锋管家”制度，全省共选聘“先锋管家”1.2万余名。"
    )
    for title in (
        "走进合作社 看江西产业振兴",
        "深入小区 倾听民声",
        "全省引进集团 助力乡村振兴",
        "江西省引进公司 住户家门口有了“先锋管家”",
        "街道引进公司 住户家门口有了“先锋管家”",
    ):
        assert level_and_locality(title, province)[0] == "province", title


def test_a_count_of_organisations_in_a_headline_names_none_of_them() -> None:
    # a kicker counting the kind (126个村党支部领办153家合作社) over a county's report: no named cooperative acts
    body = (
        "丰县推行村党支部领办合作社，去年全县村级集体收入4200万元，村均12万元。\n\n"
        "全县350个行政村，已有126个村成立了党支部领办的合作社，入社农户1.8万户。"
    )
    for title in (
        "126个村党支部领办153家合作社 丰县村集体有了“钱袋子”",
        "丰县12个小区：物业服务有了“红管家”",
    ):
        assert level_and_locality(title, body) == ("county", None)
    # a named one still acts
    assert level_and_locality("丰县金穗合作社：土地入股有了分红", body)[0] == "community"


def test_a_kind_of_village_by_its_age_or_heritage_is_no_named_unit() -> None:
    # 古村 (the ancient villages a county keeps), 传统村落: a kind of village the county's work is about, not one
    # village that acts; 古楼村 and 高古村 are villages' own names
    from builder.extract.unitnames import is_unit_name

    assert not is_unit_name("古村", 1)
    assert not is_unit_name("传统村", 1)
    assert is_unit_name("古楼村", 1)
    assert is_unit_name("高古村", 1)
    title = "黟县“古村理事会”让老宅活起来"
    body = (
        "黟县现存明清古民居3000余幢。县委组织部指导各村党组织成立“古村理事会”，吸纳乡贤参与古村保护。\n\n"
        "目前，全县已成立“古村理事会”60个，今年以来修缮老宅200幢。"
    )
    assert level_and_locality(title, body) == ("county", None)
