"""Summary: sentences taken from the article that say what was done; every rule on real seed text."""

from __future__ import annotations

import re

from builder.extract.paragraphs import body_paragraphs, split_sentences
from builder.extract.summary import MAX_CHARS, summarize
from tests.support.seed_articles import article, articles


def sentences_of(body: str) -> set[str]:
    return {s for p in body_paragraphs(body) for s in split_sentences(p)}


def test_every_summary_is_taken_from_the_article_and_short() -> None:
    """Whole sentences of the article, never one cut mid-sentence: within MAX_CHARS, or one sentence alone."""
    for a in articles():
        summary = summarize(a.title, a.body)
        assert summary, a.key
        sentences = split_sentences(summary)
        assert len(summary) <= MAX_CHARS or len(sentences) == 1, a.key
        flat = a.body.replace("\n", "")
        for sentence in sentences:
            assert sentence in flat, (a.key, sentence)


def test_lead_names_actor_and_action_and_drops_the_byline() -> None:
    # 001: 本报讯（记者 祁晓燕 通讯员 云静波）近年来，回民区以组织创新融合…核心要素，…旨在…引领… (a programme
    # stated: test_summary_setting.py) over 回民区在推行网格化管理的过程中，…4个层级…
    summary = summarize("回民区：以组织力引领城市基层治理现代化", article("huimin-district").body)
    assert summary.startswith("回民区在推行网格化管理的过程中")  # no stock 近年来， nor programme
    assert "本报讯" not in summary and "记者" not in summary


STOCK = re.compile(r"^(?:近年来|今年以来|\d{4}年以来|为深入贯彻|同时，|此外，)|获得感|认真贯彻落实")


def test_no_summary_is_stock_wording_or_the_first_paragraph() -> None:
    for a in articles():
        summary = summarize(a.title, a.body)
        assert not STOCK.search(summary), (a.key, summary)
        first = body_paragraphs(a.body)[0]
        assert summary and not first.endswith(summary), (a.key, summary)


def test_stock_openings_are_dropped_and_stock_sentences_skipped() -> None:
    # 003 凯里市: 近年来，…凯里市积极探索…不断提升居民群众的安全感、幸福感和满意度。
    a = article("kaili-city")
    assert "近年来，贵州省黔东南苗族侗族自治州凯里市积极探索" in a.body
    assert "幸福感" not in summarize(a.title, a.body)
    # 001 金润社区: 2024年以来，土默特左旗…金润社区积极推动… / 此外，金润社区不断创新服务模式…
    body = (
        "2024年以来，土默特左旗金海区域服务中心金润社区积极推动党建与妇联工作深度融合。\n\n"
        "此外，金润社区不断创新服务模式，把妇联组织延伸到最基层。"
    )
    assert summarize("", body) == (
        "土默特左旗金海区域服务中心金润社区积极推动党建与妇联工作深度融合。金润社区不断创新服务模式，把妇联组织延伸到最基层。"
    )
    # 002 新蒲新区: 贵州省遵义市新蒲新区认真贯彻落实习近平总书记关于…重要论述…
    assert (
        summarize(
            "",
            "贵州省遵义市新蒲新区认真贯彻落实习近平总书记关于城市基层党建重要论述和考察贵州重要讲话精神，聚焦主责主业。",
        )
        == ""
    )


def test_a_purpose_clause_before_the_date_is_dropped() -> None:
    # 000 呼伦贝尔: 为庆祝中国共产党成立 104 周年，深入践行…，6月 27日，…公安局党委携手…开展…活动
    a = article("hulunbuir-police-hospital")
    assert summarize(a.title, a.body).startswith("6月 27日，内蒙古自治区呼伦贝尔市公安局党委携手")


def test_a_summary_is_never_the_first_paragraph_word_for_word() -> None:
    # 001 红崖子沟乡: the old summary was the first paragraph itself; now a sentence from elsewhere joins it
    body = (
        "黔东南州出台《志愿服务三年提升行动工作方案》，引导志愿服务与基层治理深度融合。\n\n"
        "黔东南州组建志愿服务队伍1200余支，累计开展志愿服务活动3万余场次。"
    )
    assert summarize("", body) == body.replace("\n\n", "")
    one = summarize("", body, max_sentences=1)
    assert one == "黔东南州组建志愿服务队伍1200余支，累计开展志愿服务活动3万余场次。"


def test_speech_is_skipped() -> None:
    # 000: “牌子少了，不该有的事务也随之减少了…”雷山县委社会工作部部长…李福恩说。
    a = article("qiandongnan-governance")
    assert "李福恩说" in a.body
    summary = summarize(a.title, a.body)
    assert "李福恩" not in summary and "牌子少了" not in summary
    # (its programme sentence, 黔东南州以“黔进先锋·贵在行动”为总载体…, 177 characters, was cut at 150: a summary
    # is whole sentences, the lead the first deed within MAX_CHARS)
    assert summary.startswith("制定村级组织应尽之责和应减之负“两张清单”") and not summary.endswith("……")


def test_indirect_speech_is_skipped() -> None:
    # 000: 他指出，服务群众、造福群众是基层治理的出发点和落脚点。 / 黄平县推动社区与物业企业服务融合…
    body = "他指出，服务群众、造福群众是基层治理的出发点和落脚点。\n\n黄平县推动社区与物业企业服务融合，协同联动解决问题。"
    assert summarize("", body) == body.split("\n\n")[1]


def test_short_quoted_name_is_not_speech() -> None:
    # 003: 群众遇到急事、难事怎么办？… “有事找书记”，是金昌市金川区于2024年12月正式推行的一项党建工作新机制…
    a = article("jinchuan-secretary")
    summary = summarize(a.title, a.body)
    assert summary.startswith("“有事找书记”，是金昌市金川区于2024年12月正式推行")
    assert "怎么办" not in summary  # the opening question is skipped


def test_captions_and_headings_are_skipped() -> None:
    body = (
        "## 健全组织体系 夯实治理根基\n\n"
        "滨城区统筹推进全领域、全地域党建，深化网格（小区）党组织集中覆盖行动，不断延伸党的组织和工作触角。\n\n"
        "图：山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训，解决辖区居民就业难题。\n\n"
        "△崆峒区外卖小哥送餐间隙在暖“新”驿站休息。"
    )
    assert summarize("", body) == (
        "滨城区统筹推进全领域、全地域党建，深化网格（小区）党组织集中覆盖行动，不断延伸党的组织和工作触角。"
    )
    assert body_paragraphs(body) == [body.split("\n\n")[1]]


def test_bold_run_in_subheading_and_photo_credit_are_removed() -> None:
    # 002 西岗区: **着眼“强功能”促善治增效，以提升社区服务力为重点深化城市基层党建。**西岗区创新完善…
    a = article("xigang-district")
    paragraphs = body_paragraphs(a.body)
    assert not any(p.startswith(("**", "着眼“强功能”")) for p in paragraphs)
    assert any(p.startswith("西岗区创新完善“党建+网格+治理”模式") for p in paragraphs)
    # 002 滨城区: …不断增强自我造血功能。（图片由滨州市滨城区委组织部提供）
    assert "图片由" not in "".join(body_paragraphs(article("bincheng-district").body))


def test_background_sentences_are_skipped() -> None:
    # 003 麦积区: 老旧小区楼栋零散、设施陈旧、物业服务覆盖率不高，是城市基层治理的“老大难”。
    body = (
        "老旧小区楼栋零散、设施陈旧、物业服务覆盖率不高，是城市基层治理的“老大难”。\n\n"
        "麦积区坚持问题导向，采取政府扶持和市场运作相结合的方式，有效提升了小区物业服务覆盖率。"
    )
    assert summarize("", body).startswith("麦积区坚持问题导向")
    # 000: 基层党组织是党的全部工作和战斗力的基础。
    assert summarize("", "基层党组织是党的全部工作和战斗力的基础。") == ""


def test_plans_are_not_what_was_done() -> None:
    # 001 金润社区: 下一步，金润社区将持续坚持“党建引领，妇建同频”的工作思路…
    a = article("jinrun-community")
    assert "下一步" in a.body
    assert "下一步" not in summarize(a.title, a.body)


def test_quotes_do_not_split_sentences() -> None:
    paragraph = "“在党的领导下，一系列惠民政策落地实施。感恩党给我们幸福的生活。”活动现场，72岁的老党员孙梅侠分享心声。"
    assert split_sentences(paragraph) == [paragraph]
    assert split_sentences("第一句。第二句！第三句？") == ["第一句。", "第二句！", "第三句？"]
    assert split_sentences("解决急难愁盼问题1125件……近年来，平凉市委“两新”工委发力。") == [
        "解决急难愁盼问题1125件……",
        "近年来，平凉市委“两新”工委发力。",
    ]


def test_a_long_lead_is_never_cut() -> None:
    # 000 成都's kind: a 180-character lead was cut at a clause and marked ……; a summary is whole sentences
    # (review summary35: a card cut mid-sentence), the lead then the first sentence of a deed within MAX_CHARS
    a = article("chengdu-tianfu-visit")
    body = "会议现场座无虚席。\n\n" + a.body
    summary = summarize(a.title, body)
    assert not summary.endswith("……")
    flat = body.replace("\n", "")
    assert all(sentence in flat for sentence in split_sentences(summary)), summary


def test_more_sentences_when_there_is_room_and_max_sentences() -> None:
    a = article("qiandongnan-new-employment")
    two = summarize(a.title, a.body)
    assert len(split_sentences(two)) == 2
    one = summarize(a.title, a.body, max_sentences=1)
    assert (
        one == "贵州省黔东南州深化“组团式”党建服务，推动新兴领域群团组织应建尽建，开展新就业群体“暖蜂行动”。"
    )
    assert summarize(a.title, a.body, max_sentences=0) == ""


def test_markdown_escapes_are_undone() -> None:
    body = "西岗区实行“1\\+2\\+N”管理模式，形成网格党支部书记兼网格长的网格运行模式。"
    assert summarize("", body) == "西岗区实行“1+2+N”管理模式，形成网格党支部书记兼网格长的网格运行模式。"


def test_deterministic_and_empty_input() -> None:
    a = article("tongzi-county")
    assert summarize(a.title, a.body) == summarize(a.title, a.body)
    assert summarize("", "") == ""


def test_a_short_article_that_names_its_actor_once_still_gets_a_summary() -> None:
    # invented (heldout15 p08's kind): the place is named in a sentence that sets the scene, the next says
    # what `街道` did; no sentence names both, so the sentence of the action is the summary
    body = (
        "内江市市中区牌楼街道老旧院落多，不少院落没有物业、没有业委会，成了“三无”院落。\n\n"
        "街道推行“院落自治”，在院落中成立党小组，由居民推选院落长，制定院落公约，大小事务院内商量。"
    )
    assert summarize("让老旧院落焕新颜", body).startswith("街道推行“院落自治”")
    # background with no action is still no summary
    assert summarize("", "老旧院落多，不少院落没有物业、没有业委会，成了“三无”院落。") == ""


def test_actions_of_opening_and_spreading_a_service() -> None:
    # invented (heldout15 kinds): 推广 / 开办 / 建起 are what was done
    for lead in (
        "眉山市东坡区在全区216个村（社区）推广“积分超市”，村民参与环境整治可获得积分。",
        "白银市白银区四龙路街道银光社区开办“积分超市”，居民参加志愿服务可以攒积分。",
        "重庆市北碚区天生街道联合辖区12家快递企业，建起“小哥驿站”5个，累计服务1.2万人次。",
    ):
        assert summarize("", lead + "\n\n社区现有注册志愿者820名，今年已发放积分4.6万分。").startswith(
            lead[:8]
        )


def test_a_sentence_pointing_back_to_the_one_before_is_no_summary() -> None:
    # invented (heldout15 p04's kind): `这一做法已在…推广` says nothing without the sentence before it
    body = (
        "网格党小组组织党员和楼栋长组成“敲门小分队”，每周入户走访，今年已帮助居民解决问题156件。\n\n"
        "这一做法已在花园街道9个社区推广。"
    )
    assert not summarize("", body).startswith("这一做法")
    assert summarize("", "这一做法已在花园街道9个社区推广。") == ""
    # a unit named by 该 (该县, 该中心) is a subject, not a pointer back
    assert summarize("", "该县整合园区、社区等公共空间，打造各类服务站点58个。").startswith("该县")


def test_a_connective_to_a_sentence_not_shown_is_dropped() -> None:
    # real R30 page (a county's feature): the summary opened `正巧，古田县组织…`, the sentence before it unshown
    body = (
        "去年入秋，某某县城东街道利洋村村民家的柿子树就开始掉叶了，这可把他急坏了。\n\n"
        "正巧，某某县组织“专家百村行”活动，邀请省农科院专家到利洋村指导产业发展。"
    )
    assert summarize("", body).startswith("某某县组织“专家百村行”活动")
    assert summarize("", "于是，某某社区党委组建“红色议事会”，每月召开一次。").startswith("某某社区党委组建")


def test_a_sentence_of_what_the_subject_also_did_does_not_open_the_summary() -> None:
    # reader check (heldout27's summaries opened `區裡還…`, `社区还开设…`): `还` goes on from a deed said before
    body = (
        "社区还开设了“四点半课堂”3个，今年已服务双职工家庭学生1200余人次。\n\n"
        "某某县某某社区组建“红色议事会”，今年已解决问题56件。"
    )
    assert summarize("", body).startswith("某某县某某社区组建")
    # `归还`, `还原` are no `also`
    assert summarize("", "某某村归还群众土地120亩，村党支部还原了老村部旧貌。").startswith("某某村归还")


def test_actions_of_trimming_holding_and_inviting_in() -> None:
    # heldout12 p06 / heldout15 pages: a one-sentence report of trimming, an event held, people invited in
    assert summarize(
        "浈江区为网格员减负",
        "韶关市浈江区清理规范网格员工作事项，将网格员每月填报的报表从23张精简为6张，取消各类工作群41个。",
    )
    body = (
        "走进长沙市岳麓区望月湖街道望月湖社区，一间由闲置门面改成的“解忧茶馆”里坐满了居民。\n\n"
        "社区党委把调解员、律师和老党员请进茶馆，每周二、周五下午坐班，居民有了矛盾可以边喝茶边说。\n\n"
        "茶馆开张半年来，已调解邻里纠纷64起，其中58起当场达成协议。"
    )
    assert summarize("望月湖街道开起“解忧茶馆”", body).startswith("社区党委把调解员、律师和老党员请进茶馆")
    held = "9月20日，玉林市玉州区名山街道在人民公园举办第三届“邻里节”，辖区16个社区的党员志愿者为居民提供义诊、理发等服务。"
    assert summarize("邻里节上话“邻”情", held) == held
    # negatives: scene-setting and a number alone still say no deed
    assert (
        summarize("", "走进望月湖社区，一间由闲置门面改成的茶馆里坐满了居民。茶馆开张半年来，居民越来越多。")
        == ""
    )


def test_a_commentary_is_summed_up_by_what_it_argues() -> None:
    # commentaries (heldout pages' 短评 / 评论): no deed, so the thesis sentence, not an empty card
    body = (
        "一些地方的政务APP、工作群越来越多，基层干部每天忙着打卡、截图、填报，“指尖上的形式主义”成了新负担。\n\n"
        "整治“指尖上的形式主义”，关键在于转变作风。上级部门要少要材料、多到现场。"
    )
    assert summarize("别让“指尖上的形式主义”缠住基层", body).startswith(
        "整治“指尖上的形式主义”，关键在于转变作风。"
    )
    body = "基层是党的执政之基、力量之源。\n\n为基层减负，既要做“减法”，也要做“加法”：减去不必要的检查考核。"
    assert summarize("让基层减负落到实处", body).startswith("为基层减负，既要做“减法”，也要做“加法”")
    # layouts17/p03's 短评: the thesis says what a thing is and is not, what it is for, what it is judged by
    body = (
        "为基层减负，减的是形式主义的负担，不是干事创业的责任。\n\n"
        "一些地方把减负理解为少干事、不担事，表格少了，走访也少了；牌子摘了，服务也跟着缩水。这样的“减负”，偏离了初衷。\n\n"
        "减负的目的，是让基层干部把更多时间和精力用在服务群众上。衡量减负成效，最终要看群众的获得感有没有增强。"
    )
    assert summarize("减负不是“减责”", body) == (
        "为基层减负，减的是形式主义的负担，不是干事创业的责任。减负的目的，是让基层干部把更多时间和精力用在服务群众上。"
    )
    # a report with a deed keeps its deed as the lead, not an argument made beside it
    body = "朝阳区推行“楼门议事厅”，把协商延伸到楼门院落。\n\n基层治理关键在于群众参与。"
    assert summarize("朝阳区“楼门议事厅”", body).startswith("朝阳区推行“楼门议事厅”")


def test_who_told_the_paper_is_no_part_of_the_summary() -> None:
    # heldout pages' provincial reports: `记者从X获悉，` says where the paper heard it, not what was done
    body = "记者从浙江省委组织部获悉，浙江省在全省推行“红色代办员”制度，从村（社区）党员、网格员中选聘2.8万名代办员。"
    assert summarize("全省2.8万名“红色代办员”上岗", body).startswith("浙江省在全省推行“红色代办员”制度")
    body = "记者从山西省委组织部了解到，今年以来，山西在全省开展村级组织“减负”行动，清理各类牌子1.2万块。"
    assert summarize("山西为村级组织减负", body).startswith("山西在全省开展村级组织“减负”行动")
    # a reporter who saw for himself is the scene of a report, and no stock clause (`记者在…看到`)
    body = "记者在城关镇便民服务中心看到，群众办事排队的少了。城关镇推行“一窗通办”，办事时间缩短一半。"
    assert "城关镇推行“一窗通办”" in summarize("城关镇一窗通办", body)


def test_an_interview_answer_is_summed_up_without_its_label() -> None:
    # heldout6/k02, an interview: the answers are labelled 答：, the questions 问：
    body = (
        "上海市静安区曹家渡街道地处中心城区，老旧里弄多。\n\n"
        "问：街道在党建引领社区服务方面做了哪些探索？\n\n"
        "答：我们把全街道划分为32个“邻里网格”，每个网格配备1名社区工作者，建立“网格吹哨、部门报到”机制。"
    )
    summary = summarize("让“家门口”的服务更有温度", body)
    assert "答：" not in summary and "问：" not in summary
    # the answer is in the first person, the speaker's voice and no card's (test_summary_voice.py): the paper's own
    # sentence sums the page up
    assert summary == "上海市静安区曹家渡街道地处中心城区，老旧里弄多。", summary
