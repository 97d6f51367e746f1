"""A report naming no place of its own, signed by a reporter of a city's paper (…/洛阳商报记者…, 本报讯（某某·
洛阳晚报记者 …）), is placed in that city, not in the places the page's other reports name (issue 14: real pages
placed a 深圳 report in 南昌 and a 郑州 one nowhere); and a provincial capital's new district run as a county
(郑东新区) holds its townships. Invented sentences and names (real cities); and the negatives."""

from __future__ import annotations

from builder.extract.level import detect_level
from builder.extract.outlets import outlet_place
from builder.extract.regions import resolve_region
from builder.places.gazetteer import gazetteer

_TITLE = "多方协商，桂香社区遴选服务项目"
_BODY = (
    "近日，桂香社区党群服务中心开展服务项目遴选会，社区党委、物业和居民代表参加。桂香社区还收集了居民的意见。"
)
_PAGE = "南昌市青云谱区某村的报道。南昌市青云谱区又一村。南昌市的第三句。"


def test_a_city_papers_reporter_places_a_report_naming_no_place_in_that_city() -> None:
    place = resolve_region(_TITLE, _BODY, _PAGE, "读创/洛阳商报记者王明通讯员李红")
    assert (place.region.province, place.region.city) == ("河南省", "洛阳市")
    assert place.locality == "桂香社区"
    assert detect_level(_TITLE, _BODY, place)[0] == "community"
    place = resolve_region(_TITLE, _BODY, "", "本报讯（某某新闻·洛阳晚报记者 王明 通讯员 李红）")
    assert place.region.city == "洛阳市"


def test_a_provinces_paper_or_no_outlet_leaves_the_page_to_place_it() -> None:
    assert outlet_place(gazetteer(), "江西日报记者王明") is None  # (a province's paper: too little)
    assert outlet_place(gazetteer(), "本报记者 王明") is None
    assert outlet_place(gazetteer(), "洛阳日报记者王明 开封日报记者李红") is None  # (two papers)
    # a name a province shares, and a word that is only a county's stem, name no city's paper
    assert outlet_place(gazetteer(), "河南日报记者王明") is None  # (not 河南蒙古族自治县)
    assert outlet_place(gazetteer(), "吉林日报记者王明") is None  # (the province's, not 吉林市's)
    assert outlet_place(gazetteer(), "光明日报记者王明") is None  # (not 深圳市光明区)
    assert outlet_place(gazetteer(), "新民晚报记者王明") is None  # (not 新民市)
    assert outlet_place(gazetteer(), "光明区融媒体中心记者王明")[0] == "440311"
    assert resolve_region(_TITLE, _BODY, _PAGE, "本报记者 王明").region.city == "南昌市"


def test_an_article_naming_its_own_place_keeps_it_whatever_the_outlet() -> None:
    body = "近日，开封市鼓楼区桂香社区开展服务项目遴选会。开封市鼓楼区桂香社区党委主持。"
    place = resolve_region(_TITLE, body, _PAGE, "洛阳商报记者王明")
    assert place.region.city == "开封市"


def test_a_capitals_new_district_run_as_a_county_holds_its_township() -> None:
    body = "昨日，郑东新区圃田乡以完善阵地建设为抓手，推动“党建+治理”。圃田乡成立物业联合党支部。"
    place = resolve_region("坚持党建引领 推进社区治理", body, "", "本报讯（记者 王明）")
    assert (place.region.city, place.region.county, place.region.code) == ("郑州市", "郑东新区", "410100")
    assert place.locality == "圃田乡"
    assert detect_level("坚持党建引领 推进社区治理", body, place)[0] == "township"
