"""A title made from the lead of an untitled item (a brief, a column's dispatch) says who did what, never:
a scene a photo would show (`调解员…正在对…进行调解`), a clause cut from the deed it went on to (`…分别到所包保村` /
`开展“…”活动`), a quote its sentence's end left open (`…的“家`), a predicate whose subject the clause before holds
(`已成为…`), a conjunction (`然而在…`), or a chain of places climbing back up the levels (`…社区联合某某市中心
血站在某州…`). Invented leads in the shapes of real briefs (R14, open set)."""

from __future__ import annotations

from builder.ingest.titles import acting_place, title_from_lead


def test_a_scene_in_progress_is_no_title_the_locality_and_its_named_practice_are():
    lead = [
        "3月5日，在青石县柳岸镇荷塘村“荷塘调解室”，调解员王立春和他的同事正在对一起宅基地纠纷进行调解，"
        "最终调解成功。",
        "柳岸镇多年来坚持探索多元化解矛盾纠纷的新方法。",
        "柳岸镇人民调解委员会已成功化解各类纠纷300起。",
    ]
    assert title_from_lead(lead) == "柳岸镇：“荷塘调解室”"


def test_a_clause_going_somewhere_keeps_what_was_done_there():
    lead = ["连日来，全县各单位党员干部分别到所联系村，开展“院坝议事会”活动。"]
    assert title_from_lead(lead) == "全县各单位党员干部分别到所联系村开展“院坝议事会”活动"


def test_a_quote_closed_by_the_sentences_end_stays_closed():
    assert title_from_lead(["近日，青石县荷塘社区建起“暖蜂驿站”。"]) == "青石县荷塘社区建起“暖蜂驿站”"


def test_no_title_opens_with_a_conjunction_nor_with_a_predicate_missing_its_subject():
    lead = [
        "石湾街头细雨绵绵，然而在柳岸街道杏林社区却暖意融融。这个小小的驿站，已成为骑手们在街头的“家”。"
        "3月5日，杏林社区联合柳岸市中心医院在荷塘路搭起“爱心体检站”，为骑手们免费体检。"
    ]
    title = title_from_lead(lead)
    assert not title.startswith(("然而", "已成为"))
    assert title == "杏林社区：爱心体检站"


def test_the_acting_place_is_the_lowest_of_a_chain_going_down_the_levels():
    assert acting_place("海东市互助土族自治县红崖子沟乡推行") == "红崖子沟乡"
    assert acting_place("杏林社区联合柳岸市中心医院在荷塘州路") == "杏林社区"
    assert acting_place("全市各市直单位到所包保村") == ""


# Negatives: a lead opening with its place and deed keeps that clause; a clause going somewhere with nothing done
# there after it is not joined to the next.
def test_a_plain_lead_keeps_its_first_deed():
    assert (
        title_from_lead(["近日，青石县柳岸镇推行“积分制”管理，调动党员积极性。"])
        == "青石县柳岸镇推行“积分制”管理"
    )
    assert title_from_lead(["青石县柳岸镇干部走进荷塘村，倾听群众心声。"]) == "青石县柳岸镇干部走进荷塘村"


def test_a_place_whose_name_opens_like_a_predicate_is_the_clauses_subject():
    # 都匀市, 将乐县 begin with 都/将, which open a predicate elsewhere (`都已…`, `将…`): the gazetteer's names
    lead = ["今年以来，都匀市小围寨街道推行“红色物业”，小区环境明显改善。沙包堡社区随后组建了“银发调解队”。"]
    assert title_from_lead(lead) == "都匀市小围寨街道推行“红色物业”"
    lead = ["3月5日，将乐县万安镇开展“法律明白人”培训。万安镇石桥村组织村民参加。"]
    assert title_from_lead(lead) == "将乐县万安镇开展“法律明白人”培训"


def test_a_lead_that_is_only_a_scene_is_titled_by_the_scene_not_by_its_date():
    assert title_from_lead(["近日，调解员正在对一起纠纷进行调解。"]) == "调解员正在对一起纠纷进行调解"


def test_a_lead_naming_no_place_is_titled_without_its_opening_conjunction():
    # the fallback for a lead naming no place in full: its first clause, never `同时` or `此外` alone
    assert title_from_lead(["同时，社区志愿者走进居民家中，了解群众需求。"]) == "社区志愿者走进居民家中"
    assert title_from_lead(["此外，社区还组织党员开展“敲门行动”。"]) == "社区还组织党员开展“敲门行动”"
