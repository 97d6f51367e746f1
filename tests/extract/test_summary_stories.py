"""Summaries of feature stories on real pages (R13-R23 ingests): a quotation hooking the lead, a step of a
meeting's sequence (接着，…), a verb inside a quotation or a place name, a photo caption run into the text, a
story that tells no deed. Invented lines."""

from __future__ import annotations

from builder.extract.summary import summarize


def test_a_quotation_hooking_the_lead_is_left_out() -> None:
    body = (
        "“奶奶，我来看看您家的水管。”近日，青石街道桃源社区网格员李小梅组建维修小队，上门排查老旧水管86处。"
    )
    assert summarize("桃源社区：上门排查", body + "\n\n另段。").startswith("青石街道桃源社区网格员李小梅组建")
    # negative: the quotation's own attribution keeps it speech (no summary out of it)
    body = (
        "“我们建立了议事会，解决了停车难。”桃源社区书记李小梅说。\n\n柳岸街道推行楼道议事会，覆盖小区12个。"
    )
    assert summarize("议事会", body).startswith("柳岸街道推行楼道议事会")


def test_a_step_of_a_sequence_or_a_deed_quoted_is_no_summary() -> None:
    body = (
        "近日，桃源社区党群服务中心开展了服务项目遴选会，居民代表、共建单位等30余人参加。\n\n"
        "首先，社工讲了本次活动的目标。\n\n"
        "接着，各方代表发言，党员代表提出“以社区节日为契机，组织更多的邻里活动”，居民代表提出“多关心老人”。"
    )
    summary = summarize("桃源社区遴选服务项目", body)
    assert summary.startswith("桃源社区党群服务中心开展了服务项目遴选会") and "接着" not in summary


def test_a_place_name_or_a_photo_caption_is_no_deed() -> None:
    body = (
        "柳岸街道桃源社区所辖商圈位于经济开发区，骑手往来奔忙。后经社区协调，在党群服务中心内搭建“骑手驿站”，"
        "为快递员、外卖员提供歇脚充电服务。"
    )
    assert summarize("骑手驿站", body + "\n\n另段。").startswith("后经社区协调")
    body = "桃源村调解员李小梅（右一）在村民家调解。柳岸镇组建调解队伍12支，化解纠纷300余起。"
    assert summarize("调解", body + "\n\n另段。").startswith("柳岸镇组建调解队伍")


def test_a_story_that_tells_no_deed_is_summed_up_by_its_news() -> None:
    body = (
        "“谢谢小李。”张大爷笑着说。\n\n"
        "近日，柳岸街道桃源社区网格员李小梅接到独居老人的求助电话，家里的灯不亮了。她当天就上门换好了灯泡。"
    )
    assert summarize("居民有需求 社区有服务", body).startswith("柳岸街道桃源社区网格员李小梅接到")


def test_a_unit_named_before_is_the_subject_by_its_kind_alone() -> None:
    body = (
        "清晨的桃源社区花园，老人们唠着家常——走进柳岸市青石区荷塘街道，这样的场景随处可见。\n\n"
        "街道以小区党支部为诉求接收前端，建立“党员联户”机制，要求党员主动对接居民。"
        "桃源社区王大爷的“楼道灯难题”，如今向支部党员反馈后，三天内解决。"
    )
    assert summarize("治理有温度", body).startswith("街道以小区党支部为诉求接收前端")
    # negative: the kind of unit as a topic (社区管理难…) is no subject
    body = "社区管理难、矛盾纠纷化解难等现象普遍存在。\n\n柳岸区大胆创新，对所有社区重新划分，成立邻里之家126个。"
    assert summarize("柳岸区：邻里之家", body).startswith("柳岸区大胆创新")


def test_a_sentence_start_set_as_a_heading_is_read_with_its_paragraph() -> None:
    body = (
        "柳岸市分类推进社区治理。\n\n"
        "## 柳岸市在推进42个超大社区治理过程中，因地制宜\n\n"
        "采取拆分划小、边界调整等方式，完善网格党组织体系。\n\n"
        "## 针对异地安置社区，综合考虑安置片区分布和原有\n\n"
        "村组架构，合理设置网格，调整优化居民小组。"
    )
    summary = summarize("柳岸市分类推进社区治理", body)
    assert "柳岸市在推进42个超大社区治理过程中，因地制宜采取" in summary and "。村组架构" not in summary
    # negative: a printed heading of two short phrases stays a heading
    body = "## 延伸治理末梢，理顺构架\n\n青石街道建立网格党支部12个，选派党建指导员30名。"
    assert summarize("青石街道", body + "\n\n另段。").startswith("青石街道建立网格党支部")
