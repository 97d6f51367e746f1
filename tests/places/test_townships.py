"""An article naming only its township or subdistrict (东于镇…, 双塔街道…) gets that township's county from the
township table (builder/places/townships.py), as a fallback: only when the article names no county of its own,
only for a name one county has (nationally, or inside the province or city the article or page names), and an
ambiguous name (城关镇, 新华街道) only when the article's or page's other places pick one county. Invented lines,
real place names."""

from __future__ import annotations

from builder.extract.regions import resolve_region
from builder.places import townships
from builder.places.gazetteer import gazetteer


def _county(result):
    return (result.region.province, result.region.city, result.region.county, result.region.code)


# --------------------------------------------------------------------------- the table and the scan


def test_the_table_holds_the_townships_of_nearly_every_county_by_its_code():
    table = townships.table()
    assert table["东于镇"] == ("140121",)  # 山西省太原市清徐县
    assert len(table["城关镇"]) > 50
    counties = {code for codes in table.values() for code in codes}
    assert len(counties) > 2800
    gaz = gazetteer()
    assert sum(code in gaz.places for code in counties) == len(counties)


def test_a_name_is_found_where_it_stands_as_a_name():
    text = "某某日报讯 日前，东于镇24个行政村组建联合党委，记者从双塔街办获悉，清徐县河鱼乡…"
    assert [name for _, name in townships.find(text)] == ["东于镇", "双塔街道", "河鱼乡"]


def test_a_name_inside_another_word_or_too_short_or_ordinary_is_not_found():
    assert townships.find("推进特色小城镇建设") == []  # 小城镇: an ordinary word
    assert townships.find("小城镇建设加快推进") == []
    assert townships.find("大东于镇的乡亲们") == []  # a longer name the table does not hold
    assert townships.find("沧州泊镇") == []  # two characters (泊镇): too short to tell from words
    assert townships.find("着力建强队伍、发展乡村产业") == []  # 乡村 is a word (发展乡 is a township)
    assert [name for _, name in townships.find("河鱼乡村民，河鱼乡5个村")] == ["河鱼乡"]


# --------------------------------------------------------------------------- inference


def test_a_township_unique_nationally_gives_its_county():
    result = resolve_region(
        "东于镇：24个行政村抱团闯市场",
        "某某日报讯 日前，东于镇24个行政村组建联合党委，统一流转土地，村集体经济收入全部超过10万元。",
    )
    assert _county(result) == ("山西省", "太原市", "清徐县", "140121")
    assert result.locality == "东于镇"
    assert any("inferred from the township 东于镇" in note for note in result.review)


def test_a_township_named_in_the_lead_only():
    result = resolve_region("党员进山入户送服务", "近日，河鱼乡党委组织全乡党员进山入户，为群众办实事42件。")
    assert _county(result) == ("重庆市", None, "城口县", "500229")
    assert result.locality == "河鱼乡"


def test_an_ambiguous_name_infers_nothing():
    result = resolve_region("城关镇：网格员上门服务", "日前，城关镇组织网格员入户走访，收集群众诉求86条。")
    assert _county(result) == (None, None, None, None)
    result = resolve_region("新华街道深化“红色物业”", "新华街道持续深化“红色物业”建设，小区矛盾就地化解。")
    assert result.region.county is None


def test_an_ambiguous_name_is_picked_by_the_province_the_article_names():
    body = "近日，双塔街道深化“红色物业”建设，成为江苏省基层治理示范点。"
    result = resolve_region("双塔街道深化“红色物业”", body)
    assert _county(result) == ("江苏省", "苏州市", "姑苏区", "320508")
    assert result.locality == "双塔街道"
    result = resolve_region("双塔街道深化“红色物业”", "近日，双塔街道深化“红色物业”建设，小区矛盾就地化解。")
    assert result.region.county is None  # no province named: six counties have a 双塔街道


def test_an_ambiguous_name_is_picked_by_the_page_or_another_township_of_the_county():
    title, body = "新华街道：楼栋长当好“传声筒”", "新华街道推行楼栋长制度，小区议事会每月召开。"
    page = "花都区狮岭镇…。花都区新华街道…。" + title + body
    assert resolve_region(title, body, page).region.county == "花都区"  # the page names 花都区
    body = "新华街道推行楼栋长制度，与狮岭镇结对共建，小区议事会每月召开。"
    result = resolve_region(title, body)
    assert _county(result) == ("广东省", "广州市", "花都区", "440114")  # 狮岭镇 is 花都区's only
    assert result.locality == "新华街道"


def test_townships_of_different_counties_infer_nothing():
    body = "东于镇与河鱼乡结对交流，互学基层治理经验。"
    assert resolve_region("两地结对学经验", body).region.county is None


def test_an_article_naming_its_county_keeps_it():
    body = "日前，阳曲县组织各乡镇党委书记赴东于镇观摩，学习联合党委抱团发展的做法。"
    result = resolve_region("阳曲县：观摩学习促提升", body)
    assert result.region.county == "阳曲县"
    assert not any("inferred from the township" in note for note in result.review)


def test_a_city_article_about_one_of_its_townships_gets_that_townships_county():
    title = "石桥村：网格员当好“店小二”"
    body = "日前，兰山街道石桥村推行网格员代办制度，兰山街道石桥村已为村民代办事项120件。"
    result = resolve_region(title, body, byline="本报临沂5月6日讯")
    assert _county(result) == ("山东省", "临沂市", "兰山区", "371302")
    assert result.locality == "石桥村"  # (the unit the article is about, as before)


def test_a_city_article_naming_a_township_as_one_example_stays_at_the_city():
    body = (
        "临沂市推行网格员代办制度，全市已为群众代办事项12万件。临沂市各县区分类施策，"
        "临沂市委社会工作部定期督导，兰山街道等地先行先试。"
    )
    result = resolve_region("临沂市：网格员当好“店小二”", body)
    assert (result.region.city, result.region.county) == ("临沂市", None)


def test_an_ambiguous_name_is_picked_by_the_province_the_page_names():
    title, body = "双塔街道：“海棠先锋”上门服务", "今年，双塔街道组建421人的志愿者队伍，每月入户走访。"
    page = "江苏省南京市鼓楼区…。江苏省无锡市梁溪区…。" + title + body
    assert resolve_region(title, body, page).region.county == "姑苏区"  # the one 双塔街道 in 江苏省
    page = "江苏省南京市鼓楼区…。山西省太原市小店区…。" + title + body
    assert resolve_region(title, body, page).region.county is None  # 江苏 and 山西 both have one


def test_the_scanner_is_built_only_when_an_article_names_no_county():
    # the scanner of every township name (~0.5 s) is built only for an article naming no county; the table
    # itself (~0.07 s) may be read to ask whether a name after a county is a listed one (清徐县东于镇: 于 reads
    # as a function word, 27816da)
    import subprocess
    import sys

    code = (
        "from builder.extract.regions import resolve_region\n"
        "from builder.places import townships\n"
        "resolve_region('清徐县：党建引领', '清徐县东于镇24个行政村抱团发展。')\n"
        "print(townships._automaton.cache_info().currsize)\n"
        "resolve_region('党建引领', '东于镇24个行政村抱团发展。')\n"
        "print(townships._automaton.cache_info().currsize)\n"
    )
    out = subprocess.run([sys.executable, "-c", code], capture_output=True, text=True, check=True).stdout
    assert out.split() == ["0", "1"]
