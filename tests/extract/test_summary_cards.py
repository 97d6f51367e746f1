"""Summaries as readers see them on the cards of list pages (issue 14, summary35's reading of ~740 ingested
articles): never a sentence cut mid-way, never `活动中，…` or `村里还…` going on from a deed not shown, never a
sentence pointing back (`这是…的一个缩影`), never the unit's background (`…是…发源地之一`). Invented lines."""

from __future__ import annotations

from builder.extract.paragraphs import split_sentences
from builder.extract.summary import MAX_CHARS, summarize

_LONG = (
    "青石市柳岸区以“红色先锋·幸福家园”为总载体，围绕基层基础建设，用好党建引领基层治理协调机制，坚持和发展"
    "新时代“枫桥经验”，深化“一中心一张网”基层治理机制，健全自治、法治、德治相结合的城乡基层治理体系，强化"
    "党建引领基层治理和基层政权建设，推动治理重心下移、资源下沉、服务下倾，让群众在家门口办成事、办好事。"
)


def test_a_long_lead_is_never_cut_mid_sentence() -> None:
    assert len(_LONG) > MAX_CHARS
    body = "柳岸区桃源社区的党群服务中心曾挂了40多块牌子。\n\n" + _LONG + "\n\n"
    body += "柳岸区制定村级事务“两张清单”，清理规范社区挂牌86块。"
    summary = summarize("柳岸区：清单管理", body)
    assert not summary.endswith("……"), summary
    flat = body.replace("\n", "")
    assert all(sentence in flat for sentence in split_sentences(summary)), summary
    assert summary.startswith("柳岸区制定村级事务“两张清单”"), summary
    # one long sentence alone stands whole
    alone = summarize("柳岸区：总载体", "题图。\n\n" + _LONG)
    assert alone == _LONG


def test_what_happened_at_the_event_goes_on_from_it() -> None:
    body = (
        "题图。\n\n活动中，与会人员参观了桃源社区党群服务中心，详细了解社区开展基层治理的做法。"
        "桃源社区党支部与红岩村党支部签署联建协议，约定每年开展联建活动4次。"
    )
    summary = summarize("桃源社区：城乡党建联建", body)
    assert summary.startswith("桃源社区党支部与红岩村党支部签署联建协议"), summary
    assert "活动中" not in summary, summary  # (printed first, it would go on from nothing)


def test_a_sentence_pointing_back_at_a_scene_or_a_question_is_no_summary() -> None:
    body = (
        "傍晚，十几位居民围坐在楼道口，商量加装电梯的事。\n\n"
        "这是柳岸区推行“楼道议事”的一个缩影。柳岸区在12个社区设立楼道议事点86个，由党员楼长召集居民议事。"
    )
    assert summarize("柳岸区：楼道议事", body).startswith("柳岸区在12个社区设立楼道议事点86个")
    body = (
        "渔船常年在海上，党员怎么过组织生活？\n\n"
        "青石街道给出的答案是把支部建到船上。青石街道按照船队组建“海上流动支部”14个，配备北斗终端14台。"
    )
    assert summarize("青石街道：海上支部", body).startswith("青石街道按照船队组建")
    # negative: 这些年 is a time, not the things told before
    body = "题图。\n\n这些年，柳岸镇推行“院坝议事”，建成议事点42个。"
    assert summarize("柳岸镇：院坝议事", body).startswith("这些年，柳岸镇推行")


def test_a_deed_going_on_leads_only_when_no_other_can() -> None:
    # the party organisation of the village named before (村党总支) is the sentence's actor
    body = (
        "柳岸县青石镇桃坪村把移风易俗写进村规民约，每月在村部张贴光荣榜。\n\n"
        "桃坪村有村民2140人。村党总支牵头成立红白理事会，今年以来劝导简办婚丧事宜27起。\n\n"
        "村里还推行“党员联户”，每名党员联系10户左右村民。"
    )
    assert summarize("桃坪村：移风易俗", body).startswith("村党总支牵头成立红白理事会")
    # a deed naming no actor leads before one going on from it (柳岸街道还开设…)
    body = (
        "老城片区楼栋老旧、老人多。党员志愿者组建“帮帮团”，结对帮扶独居老人58户。团员每周上门。\n\n"
        "柳岸街道还开设长者食堂3家，日均供餐200份。"
    )
    assert summarize("老城片区：帮帮团", body).startswith("党员志愿者组建“帮帮团”")
    # a time before the unit doing it too (去年，社区又建起…) goes on as well
    body = (
        "题图。\n\n2018年，她带头成立“街坊帮帮团”，结对帮扶独居老人380户。"
        "去年，社区又建起“长者饭堂”，每天为120多名老人供餐。"
    )
    assert summarize("李某：社区的小事", body).startswith("2018年，她带头成立")


def test_what_the_unit_is_is_no_deed() -> None:
    body = (
        "柳岸区桃源社区是全市最早的社区志愿服务组织发源地之一。如今，社区党委开办“志愿积分超市”，居民参加志愿"
        "服务可攒积分、换物品。\n\n社区现有志愿者1280名，组建志愿服务队15支。"
    )
    assert not summarize("桃源社区：积分超市", body).startswith("柳岸区桃源社区是"), body
    body = (
        "题图。\n\n柳岸区桃源小区建成于2008年，有住户1860户、党员126名。\n\n"
        "小区党支部推动业委会换届，选出的7名委员中有5名是党员。"
    )
    assert summarize("桃源小区：红色业委会", body).startswith("小区党支部推动业委会换届")
    # negative: a deed told after where the unit lies is the sentence's own
    body = "题图。\n\n青石镇地处边境，青石镇依托互市点成立边贸党支部，带动412户边民增收。"
    assert summarize("青石镇：边贸党支部", body).startswith("青石镇地处边境")


def test_a_pair_of_feelings_is_stock_wording() -> None:
    body = (
        "题图。\n\n柳岸街道推出“朝夕服务”，让4800余名新市民收获获得感归属感。"
        "柳岸街道在安置社区开设夜校12所，培训搬迁群众1300人次。"
    )
    assert "归属感" not in summarize("柳岸街道：朝夕服务", body)
