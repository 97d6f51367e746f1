"""Photo captions the layout dropped inside a body's sentences, of heldout26's kinds (issue 14, captions 2/6): the
caption's credit begun on its last line and cut by the wrap (`…巡查商户经营情况。　记者 某` / `某 摄`, `…兑换生活用
品。唐昌` / `镇供图`: the credit's head after the sentence's stop goes with its tail, builder.ingest.photolines); an
indented first line that fills the column when its half-width figures count as full ones (a page wrapped by
characters) is a paragraph's line, never a heading (builder.ingest.subheadings), so the caption under it stands
inside an open sentence; numbered captions (`图①　…`) with one credit for both (`本版图片均由…提供`) under a
jump line that cut a sentence: the captions are the article's and the next head's report does not go on with the
cut sentence (builder.ingest.paragraphs). Lines invented in the kinds of the pages.
"""

from __future__ import annotations

from builder.ingest.pagelines import TEXT
from tests.support.pages import page_articles

# a 15-character column; the caption and its credit (after an ideographic space, cut by the wrap) cut `管家`
CUT_ROLE_CREDIT = """某某周刊　　第3版

某某县：“街巷管家”守好老城烟火气

　　本报讯（记者 林枫）某某县在老城内推行
“街巷管家”机制，由党员干部和商户代表
分片认领街巷，做到小事不出街。
　　全县已在老城内划分责任街巷52条，管
“街巷管家”在老城南大街巡查商户经营
情况。　记者 林
枫 摄
家每天巡街、收集诉求，今年以来协商解
决占道经营等问题960多件。
"""

# a 24-character column wrapped by characters: the figures narrow the line over the caption
CUT_PLACE_CREDIT = """第7版　　乡村振兴　　2026年5月8日

柳溪村：“积分超市”兑出文明新风

　　本报讯（记者 陈岚）某某县某某镇柳溪村党委把乡风文明建设和
村民自治结合起来，推行“积分超市”，村民参与环境整治、
志愿服务、邻里互助等都能攒积分，积分可兑换日用品。
　　全村2380余名村民中，已有1960人参与积
柳溪村村民在“积分超市”用积分兑换生活用品。某某
镇供图
分，参与率约82%。今年以来，累计发放积分18万
分，兑换商品和服务3200余次。
"""


def test_a_credit_cut_by_the_wrap_after_its_role_closes_the_caption():
    (article,) = page_articles(CUT_ROLE_CREDIT)
    assert [(c.text, c.credit) for c in article.captions] == [
        ("“街巷管家”在老城南大街巡查商户经营情况。", "记者 林枫 摄")
    ]
    assert article.paragraphs[-1].startswith("全县已在老城内划分责任街巷52条，管家每天巡街")


def test_a_line_its_figures_narrow_is_no_heading():
    (article,) = page_articles(CUT_PLACE_CREDIT)
    assert not [
        b for b in article.blocks if b.kind != TEXT
    ]  # `全村2380余名村民中，已有1960人参与积`: no heading


# a 17-character column; the first article jumps, its two numbered photos' captions after the jump line, then the
# next page's head and report, then the continuation
JUMPED = """2026年5月8日　星期五　　某某社区报　　第1版

某某街道“社区生活圈”圈出幸福感

本报记者 吴倩
　　某某区某某街道是上世纪八十年代建成
的大型居住区，常住人口约8.2万人。
　　街道梳理出居民需求清单和项目清单，
两年来新建社区服务设施38处。
　　街道还与辖区26家驻区单位签订
共建协议，
（转第5版）

图①　某某街道长者照护之家的老人在参加手工活动。
图②　居民在社区服务设施里的托育点接孩子。
本版图片均由某某街道提供


2026年5月8日　星期五　　某某社区报　　第5版

某某街道：“红马甲”志愿服务队活跃在古城街巷

　　本报讯（记者 次仁 通讯员 李青）某某市
某某街道党工委组建“红马甲”志愿服务队，开
展政策宣讲、文明引导等服务。
　　服务队注册志愿者1300余名。

“生活圈”圈出幸福感
（上接第1版）
开放内部食堂和停车位，其中向居民错时开放
停车位900余个。
"""


def test_numbered_captions_under_a_jump_line_are_the_jumping_articles():
    first, second = page_articles(JUMPED)
    assert [c.text for c in first.captions] == [
        "某某街道长者照护之家的老人在参加手工活动。",
        "居民在社区服务设施里的托育点接孩子。",
    ]
    assert {c.credit for c in first.captions} == {"本版图片均由某某街道提供"}
    assert any(
        p.endswith("签订共建协议，开放内部食堂和停车位，其中向居民错时开放停车位900余个。")
        for p in first.paragraphs
    )
    assert second.byline == "本报讯（记者 次仁 通讯员 李青）"
    assert second.paragraphs[0].startswith("某某市某某街道党工委")
    assert not any("开放内部食堂" in p for p in second.paragraphs)
