"""Titles: kicker pairing, detached headline matching, titles written from a lead (real seed text)."""

from builder.ingest.titles import match_headlines, pair_kickers, place_keys, title_from_lead


def test_a_place_kicker_joins_the_headline_next_to_it():
    # 001, top and bottom of the page
    assert pair_kickers(
        ["回民区：以组织力引领城市基层治理现代化", "金润社区", "“她”力量促进基层治理提质增效"]
    ) == [
        "回民区：以组织力引领城市基层治理现代化",
        "金润社区：“她”力量促进基层治理提质增效",
    ]
    assert pair_kickers(
        ["舍必崖乡", "党建“执笔”绘乡村治理新画卷", "创新居务监督 让社区治理更阳光", "赛马场北路社区"]
    ) == [
        "舍必崖乡：党建“执笔”绘乡村治理新画卷",
        "赛马场北路社区：创新居务监督 让社区治理更阳光",
    ]


def test_detached_headlines_go_to_the_bodies_that_share_their_words():
    # 004: the headlines are all printed at the bottom, in another order than the bodies
    headlines = [
        ("新蒲新区：党旗高扬聚合力 夯基固本促发展", 90),
        ("桐梓县：微处着手抓治理 实处发力解难题", 90),
    ]
    bodies = [
        ("贵州省遵义市桐梓县以“党建引领·四有红城”创建为抓手，桐梓县西流水社区……", 0),
        ("贵州省遵义市新蒲新区认真贯彻落实……新蒲新区坚持围绕中心抓党建……", 40),
    ]
    assert match_headlines(headlines, bodies) == {0: 1, 1: 0}


def test_place_keys_take_the_name_not_the_verb_before_it():
    # 003: `走进瓜州县西湖镇` must give 瓜州, not 进瓜
    assert place_keys("日前，走进瓜州县西湖镇中沟村日光温室大棚") == {"瓜州", "西湖"}
    assert "新蒲" in place_keys("贵州省遵义市新蒲新区认真贯彻")


def test_title_from_a_lead_clause_naming_the_place_and_what_it_did():
    # 000, part 一 of 党建引领新兴领域
    lead = ["贵州省黔东南州深化“组团式”党建服务，推动新兴领域群团组织应建尽建，开展新就业群体“暖蜂行动”。"]
    assert title_from_lead(lead) == "黔东南州深化“组团式”党建服务"


def test_title_from_a_lead_that_opens_with_a_question_uses_the_practice():
    # 003, the untitled 金川区 article
    lead = [
        "群众遇到急事、难事怎么办？金昌市金川区的群众告诉记者，不用慌，有事找书记。",
        "“有事找书记”，是金昌市金川区于2024年12月正式推行的一项党建工作新机制。",
        "“‘有事找书记’不是口号，而是责任。”王兴礼说。",
    ]
    assert title_from_lead(lead) == "金昌市金川区：“有事找书记”"


def test_a_bare_address_and_reported_speech_are_not_titles():
    # 000, the last part: an address, then a quote, then the sentence that says what was done
    lead = [
        "贵州省黔东南州雷山县达地水族乡小乌村，党群服务中心内部外部曾经挂了大大小小40多块牌子。",
        "“牌子少了，不该有的事务也随之减少了。”雷山县委社会工作部部长、“两新”工委书记李福恩说。",
        "黔东南州以“黔进先锋·贵在行动”为总载体，围绕基层基础“强双基”，用好党建引领基层治理协调机制。",
    ]
    assert title_from_lead(lead) == "黔东南州以“黔进先锋·贵在行动”为总载体"
