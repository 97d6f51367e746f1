"""A title made for an untitled report reads like a headline (issue 14): the acting unit's shortest unambiguous
name, `：`, the named practice, else what the lead says the place did (a verb-object phrase), else its top theme's
name; a deed of one place short enough stays as printed. Invented leads in the shapes of real briefs (R15, R17,
heldout7); the place names are the gazetteer's or invented."""

from __future__ import annotations

from builder.content.loader import Label
from builder.extract.fields import Extracted
from builder.ingest.draft import Draft
from builder.ingest.madetitles import display_place, place_units, remade_title, retitle

RURAL = Label("rural-revitalization", "乡村振兴与集体经济", "Rural revitalization")


def test_a_chain_of_places_and_a_named_practice_make_place_colon_practice():
    lead = ["近日，青石市柳岸区荷塘街道组建“红色驿站联盟”，吸纳辖区企业党组织12个。"]
    assert remade_title(lead, ["红色驿站联盟"], None) == "荷塘街道：红色驿站联盟"


def test_a_county_name_several_counties_bear_keeps_its_city():
    lead = ["青石市鼓楼区在全区各街道设立“邻里茶室”12个，每周由一名干部坐班接待群众。"]
    assert remade_title(lead, ["邻里茶室"], None) == "青石市鼓楼区：邻里茶室"


def test_without_a_practice_the_title_says_what_the_place_did():
    lead = ["青石市柳岸县荷塘镇石桥村党支部领办养蜂合作社，带动村民增收。"]
    assert remade_title(lead, [], RURAL) == "石桥村：党支部领办养蜂合作社"
    lead = ["青石市柳岸县把发展壮大村集体经济作为乡村振兴的重要抓手，通过土地租赁等方式增收。"]
    assert remade_title(lead, [], RURAL) == "柳岸县：发展壮大村集体经济"


def test_a_place_by_its_short_name_and_the_object_of_its_focus():
    lead = ["如何破题？", "近年来，泉州紧抓党建引领乡村振兴这一重要引擎，统筹整合各类资源。"]
    assert remade_title(lead, [], RURAL) == "泉州：党建引领乡村振兴"


def test_a_lead_saying_what_a_place_is_takes_the_top_themes_name():
    lead = ["作为省级文明村，青石县柳岸镇荷塘村已经成为全省改善人居环境的一个缩影。"]
    assert remade_title(lead, [], RURAL) == "荷塘村：乡村振兴与集体经济"


def test_the_place_a_lead_sets_its_subject_in():
    lead = ["在柳岸区荷塘小区，有一支由党员牵头组建的“荷塘志愿服务队”，成员有退休教师、老党员。"]
    assert remade_title(lead, ["荷塘志愿服务队"], None) == "荷塘小区：荷塘志愿服务队"


# Negatives: a short deed of one place stays as printed; no place, no remade title; never longer than a headline.
def test_a_short_deed_of_one_place_reads_as_a_headline_as_printed():
    lead = ["近年来，银川市以党建引领破解基层治理难题，通过建强小区支部、精准对接需求。"]
    assert remade_title(lead, ["睦邻同盟"], None) == "银川市以党建引领破解基层治理难题"


def test_a_long_deed_of_one_place_names_the_place_visited_or_the_event_held():
    """Seed 000's untitled parts kept their lead's clause as the title, issue 14's own examples of what a reader
    cannot scan (`成都市委副书记、市长王凤朝赴四川天府新区调研社区基层治理和推进科技创新工作`, `呼伦贝尔市公安局党委
    携手…党委开展爱警暖警讲座义诊活动`): an official's visit names the place visited and what was looked into, an
    event held names the event, else the top theme's name."""
    lead = ["6月27日，成都市委副书记、市长王某赴天府新区调研社区基层治理和推进科技创新工作，强调要抓好落实。"]
    assert remade_title(lead, ["立园满园"], RURAL) == "天府新区：社区基层治理和推进科技创新"
    # (every word of a visit that only looks at the work, the locality's too: 督查 as 调研)
    lead = ["6月27日，成都市委副书记、市长王某赴天府新区督查社区基层治理和推进科技创新工作，强调要抓好落实。"]
    assert remade_title(lead, ["立园满园"], RURAL) == "天府新区：社区基层治理和推进科技创新"
    lead = ["6月27日，赤峰市公安局党委携手赤峰市第二医院党委开展爱警暖警讲座义诊活动，送上健康关怀。"]
    assert remade_title(lead, [], RURAL) == "赤峰市：爱警暖警讲座义诊"
    lead = ["6月27日，赤峰市公安局党委携手赤峰市第二医院党委为全市一线民警辅警送上健康关怀和义诊服务。"]
    assert remade_title(lead, [], RURAL) == "赤峰市：乡村振兴与集体经济"


def test_no_place_no_remade_title_and_never_longer_than_a_headline():
    assert remade_title(["近日，社区志愿者走进居民家中，了解群众需求。"], [], RURAL) is None
    lead = ["近日，青石市柳岸区荷塘街道组建“红色驿站联盟”，吸纳辖区企业党组织12个。"]
    title = remade_title(lead, ["党建引领红色驿站联盟服务辖区企业和楼宇白领"], RURAL)
    assert title == "荷塘街道：红色驿站联盟" and len(title) <= 24


def test_the_places_a_clause_opens_with():
    assert place_units("三明市沙县区夏茂镇俞邦村党支部领办") == ["三明市", "沙县区", "夏茂镇", "俞邦村"]
    assert place_units("眉山市青神县青竹街道凤阳社区开展") == ["眉山市", "青神县", "青竹街道", "凤阳社区"]
    assert display_place(["乐山市", "市中区"]) == "乐山市市中区"
    assert display_place(["六盘水", "钟山区"]) == "钟山区"
    # a deed is no place's name
    assert place_units("干部走进荷塘村") == []
    assert place_units("紧抓党建引领乡村振兴") == []
    # 联合 names villages and communities (联合村), while 携手 and a party committee name no place
    assert place_units("三明市沙县区夏茂镇联合村党支部领办") == ["三明市", "沙县区", "夏茂镇", "联合村"]


def test_retitle_remakes_only_titles_made_from_a_lead():
    made = Draft("p.txt", 1, "青石市柳岸区荷塘街道组建“红色驿站联盟”", "…\n", None)
    made.lead = ("近日，青石市柳岸区荷塘街道组建“红色驿站联盟”，吸纳辖区企业党组织12个。",)
    printed = Draft("p.txt", 2, "荷塘街道组建红色驿站联盟", "…\n", None)
    fields = [
        Extracted(practices=["红色驿站联盟"], themes=[]),
        Extracted(practices=["红色驿站联盟"], themes=[]),
    ]
    retitle([made, printed], fields, {})
    assert (made.title, printed.title) == ("荷塘街道：红色驿站联盟", "荷塘街道组建红色驿站联盟")


def test_a_report_whose_lead_names_no_acting_place_takes_the_extracted_place():
    # real R30 page (a reprint with no headline): the lead is the reporter's scene (`近日，记者走进…小区，道路干净
    # 整洁…`), the first pass a clause naming no place; the extractors found the community and the practice
    draft = Draft("p.txt", 1, "先后成立小区党支部和业主委员会", "…\n", None)
    draft.lead = (
        "近日，记者走进某某市千秋街道长泰社区上城风景小区，道路干净整洁，居民三三两两聚在广场上晒太阳。",
        "很难想到，几年前，这里曾因为开发商经营管理不善，导致群众信访不断。",
        "2019年6月，小区先后成立小区党支部和业主委员会，开展“红色物业”工作，推行“1+5+N”工作机制。",
    )
    fields = Extracted(practices=["四有", "红色物业", "1+5+N"], themes=["red-property"], locality="长泰社区")
    red = Label("red-property", "红色物业", "Red property")
    retitle([draft], [fields], {"red-property": red})
    assert draft.title == "长泰社区：红色物业"
    assert place_units("先后成立小区党支部和业主委员会") == []  # a deed founding the unit, no place's name


def test_a_first_pass_opening_on_a_place_stays():
    draft = Draft("p.txt", 1, "银川市以党建引领破解基层治理难题", "…\n", None)
    draft.lead = ("近日，记者从银川市委组织部获悉，银川市以党建引领破解基层治理难题。",)
    retitle([draft], [Extracted(practices=[], themes=[], locality="兴庆区")], {})
    assert draft.title == "银川市以党建引领破解基层治理难题"


def test_a_subdistrict_named_alone_acts_before_a_community_it_leads():
    # real r02 shape (a local paper's `本报讯` naming its subdistrict without the county): the subdistrict's deed
    # opens the lead; a community's clause a paragraph on (`…社区党委在街道党工委的领导下`) is no title
    lead = [
        "2023年以来，登州路街道充分利用“红色管家”凝聚居民力量、化解邻里矛盾、改善小区环境的作用，扩面、提质。",
        "柳湾社区党委在街道党工委的指导下，以“红色管家”为抓手，问民意、解民忧。",
    ]
    assert remade_title(lead, ["红色管家"], None) == "登州路街道：红色管家"


def test_a_township_the_table_knows_is_one_unit_however_its_name_reads():
    # `…州路街道`: not a city `…州` (nor the gazetteer's 杭州) and a `路街道`
    assert place_units("登州路街道组建") == ["登州路街道"]
    assert place_units("杭州路街道开展") == ["杭州路街道"]
