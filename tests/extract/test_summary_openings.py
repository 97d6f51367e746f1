"""Summary openings a reader sees on real pages (R13-R21 ingests): how the paper knows, what the deed was for,
a sentence pointing back, one resident's story, a speech opening with a quote inside a quote. Invented lines."""

from __future__ import annotations

from builder.extract.summary import summarize


def test_how_the_paper_knows_is_dropped() -> None:
    body = "据了解，青石街道建立“楼道议事会”12个，组建志愿者服务队5支。"
    assert summarize("青石街道：楼道议事会", body + "\n\n居民说好。").startswith("青石街道建立")
    body = "某某新闻—某报记者从柳岸街道了解到，2019年5月桃源社区成立了邻里互助队，以楼栋为单位划分小组。"
    assert summarize("邻里互助队", body + "\n\n另段。").startswith("2019年5月桃源社区成立了邻里互助队")
    # negative: 据 starting a deed's own words stays (据此制定…)
    body = "桃源社区收集居民意见86条，据此制定了小区公约，明确了停车、养宠等事项。"
    assert "据此制定" in summarize("桃源社区：小区公约", body + "\n\n另段。")


def test_purpose_clause_goes_up_to_the_deed() -> None:
    body = (
        "为丰富老年人文化生活，引导老年人参与社区活动，近日，青石街道桃源社区举办了首届邻里文化节，"
        "吸引居民300余人参加。"
    )
    assert summarize("邻里文化节", body + "\n\n另段。").startswith("青石街道桃源社区举办了首届邻里文化节")
    body = "为从根本上破解停车难，柳岸区大胆创新，把闲置空地改建为停车场8处，新增车位600个。"
    assert summarize("柳岸区破解停车难", body + "\n\n另段。").startswith("柳岸区大胆创新")
    # a sentence that is only a purpose and its aims is no summary: the deed is
    body = (
        "为充分发挥基层党组织的战斗堡垒作用，切实加强和推进社区党建工作。\n\n"
        "3月5日，桃源社区党委组织党员志愿者走访独居老人42户，送去米面油等生活用品。"
    )
    assert summarize("桃源社区走访独居老人", body).startswith(
        "3月5日，桃源社区党委组织党员志愿者走访独居老人"
    )
    # negative: 为 giving whom a deed serves stays (为居民提供…)
    body = "桃源社区为辖区独居老人提供助餐服务，每天送餐上门60余份。"
    assert summarize("助餐服务", body + "\n\n另段。").startswith("桃源社区为辖区独居老人提供助餐服务")


def test_a_sentence_pointing_back_or_one_residents_story_is_no_summary() -> None:
    body = (
        "青石镇桃源村调解员上门调解两户村民的宅基地纠纷，讲清政策，促成双方签订协议。\n\n"
        "此次纠纷圆满化解，双方握手言和。\n\n"
        "村民王晓梅就利用调解室的空余时间学习法律知识，帮邻居写起了协议。"
    )
    summary = summarize("桃源村调解宅基地纠纷", body)
    assert "此次纠纷" not in summary and "王晓梅" not in summary
    # negative: 此次 naming who it was (此次入选的桃源社区，…) and a residents' body (居民议事会) stay
    body = "此次入选的桃源社区，坚持以“三事分流”为抓手，建立居民议事会，化解矛盾纠纷。\n\n另段。"
    assert summarize("桃源社区入选典型案例", body).startswith("此次入选的桃源社区")
    body = "居民议事会每月召开一次，桃源社区由此解决停车、绿化等问题36件。\n\n另段。"
    assert summarize("居民议事会", body).startswith("居民议事会每月召开一次")


def test_a_quote_opening_with_a_name_in_single_quotes_is_speech() -> None:
    body = (
        "“这是‘红色驿站’宣讲团的第一站。桃源社区老人多，一直没有物业，我们来了就帮着解决问题”。\n\n"
        "7日，20名大学生志愿者走进桃源社区，以快板、小品等方式向百余名居民宣讲垃圾分类知识。"
    )
    assert summarize("大学生志愿者进社区", body).startswith("7日，20名大学生志愿者走进桃源社区")


def test_a_sentence_going_on_from_the_one_before_leads_only_when_no_other_says_the_deed() -> None:
    lead = (
        "桃源社区党委联合辖区一家社会工作服务机构，围绕老年人助餐、儿童托管、邻里互助、矛盾调解、环境整治等居民"
        "最关心的事，开展社区自组织培育项目，先后培育出邻里互助队、银发调解队、小小志愿者队、楼道美化队、文化宣传队、平安巡逻队等居民自组织十余支，参与居民三千余人次。"
    )
    body = (
        lead
        + "\n\n如今这项工作又有了新变化，桃源社区推出了线上报名。\n\n3月5日，桃源社区党委组织培训骨干40名。"
    )
    summary = summarize("桃源社区培育自组织", body)
    assert summary.startswith("3月5日，桃源社区党委组织培训骨干40名")
    # negative: with no other sentence of a deed, the one going on is still the summary (never an empty card)
    body = "面对一个无物业小区，她牵头成立了义务“老管家”队伍，把小区事务打理得井井有条。\n\n另段。"
    assert summarize("老管家", body).startswith("面对一个无物业小区，她牵头成立了")


def test_a_paragraph_a_speaker_opened_is_the_speakers_words_throughout() -> None:
    """Seed 002's kind (攀枝花: `马某强调，…。在市委的坚强领导下，按下快捷键、跑出加速度…，积极展现机关担当…。`):
    the sentences after a speaker's opening are the speaker's words, no summary, however plain they read."""
    body = (
        "7月1日，柳岸市直机关工委开展主题党日活动，推动党建与业务融合。\n\n"
        "工委书记王某强调，全市机关党员要在学思想中树立高标准。在市委的坚强领导下，按下快捷键、"
        "跑出加速度，助力柳岸实现12项重点目标，彰显机关作为。\n\n"
        "活动中，党员代表们前往桃源社区，现场观摩社区党组织推行“楼道议事会”的主要做法。"
    )
    summary = summarize("柳岸：主题党日", body)
    assert "快捷键" not in summary and "机关作为" not in summary, summary
    assert "柳岸市直机关工委开展主题党日活动" in summary and "活动中，党员代表们前往桃源社区" in summary, (
        summary
    )
    # how the paper knows (据介绍，…) opens no speech: the paragraph's later sentences are the deeds
    body = (
        "近日，柳岸区召开基层治理推进会。\n\n据介绍，该区今年已建成网格党支部46个。"
        "柳岸区组建志愿服务队120支，累计开展志愿服务3000余场次。"
    )
    assert "柳岸区组建志愿服务队120支" in summarize("柳岸区：网格党支部", body)
    # a deed done as asked (按照上级要求，…) opens no speech either (review of session 33)
    body = (
        "近日，柳岸区召开基层治理推进会。\n\n该镇按照上级要求，开展人居环境整治。"
        "柳岸区组建志愿服务队120支，累计开展志愿服务3000余场次。"
    )
    assert "柳岸区组建志愿服务队120支" in summarize("柳岸区：网格党支部", body)


def test_a_summary_cut_from_the_first_paragraph_repeats_it() -> None:
    """Seed 000's 天府新区 report: the summary was its long first paragraph cut at 150 characters (`…转化为产业
    动能……`), the words the page prints right under it; and the speaker a pronoun names (`他指出，…`) speaks to
    the paragraph's end. The summary is then another paragraph's deed."""
    first = (
        "6月27日，青石市委副书记、市长王某赴柳岸新区调研社区基层治理和推进科技创新工作，强调要深入学习贯彻"
        "关于基层治理的重要论述，坚持党建引领基层治理，不断提升基层治理效能，加快推动科技创新与产业创新深度融合，"
        "将创新势能转化为产业动能，全力以赴推动高质量发展，奋力谱写基层治理现代化新篇章，为全市发展大局作出新的"
        "更大贡献。"
    )
    body = (
        first + "\n\n王某来到柳岸新区荷塘小区了解情况。他指出，要更好发挥基层党组织作用。"
        "广大群众是社区治理的参与者，要健全基层群众自治机制，共建共治共享美好家园。\n\n"
        "在科技创新产业园，王某实地了解园区规划建设情况，鼓励企业持续推动关键核心技术攻关。"
    )
    summary = summarize("柳岸新区：社区基层治理", body)
    assert not first.startswith(summary.removesuffix("……")), summary
    assert "共建共治共享美好家园" not in summary, summary
    assert summary.startswith("在科技创新产业园，王某实地了解园区规划建设情况"), summary
