"""Hand-checked expectations for every seed page: titles in reading order, the first and last sentence of
each body, the byline, and no noise or hard wrap left in any body."""

import pytest

from builder.ingest.pipeline import process_page
from builder.ingest.textrules import ends_sentence
from tests.support.repo import SEEDS

# (title, start of the first sentence, end of the last sentence, byline)
EXPECTED = {
    "000_adb58d31f99fa87b.txt": [
        (
            "新时代党建工作的生动图景",
            "基层党组织是党的全部工作和战斗力的基础。",
            "向多元主体参与的“大合唱”转变。",
            None,
        ),
        (None, "为庆祝中国共产党成立104周年", "以更优异成绩向党和人民交出满意答卷。", None),
        (None, "6月27日，成都市委副书记、市长王凤朝", "促进产业链集群高效发展。", None),
        (
            None,
            "为庆祝中国共产党成立104周年，6月27日，攀枝花市",
            "形成了比学赶超、奋力争先的浓厚氛围。",
            None,
        ),
        (
            "黔东南州深化“组团式”党建服务",
            "贵州省黔东南州深化“组团式”党建服务",
            "又助力企业高质量发展。",
            None,
        ),
        (None, "在贵州省委社会工作部驻村工作队的积极协调下", "为基层党建创新提供了新思路。", None),
        (
            None,
            "青海省海东市互助土族自治县红崖子沟乡",
            "团结带领广大妇女为建设和谐美丽乡村贡献巾帼力量。",
            None,
        ),
        (None, "黔东南州出台《志愿服务三年提升行动工作方案》", "提升了基层服务的精准度和覆盖面。", None),
        (None, "6月27日，宁夏银川市金凤区黄河东路街道", "为居民幸福生活筑牢红色根基。", None),
        (None, "贵州省黔东南州雷山县达地水族乡小乌村", "自发组织把社区更名为“思源社区”。", None),
    ],
    "001_db21671502ac2f81.txt": [
        (
            "回民区：以组织力引领城市基层治理现代化",
            "近年来，回民区以组织创新融合",
            "解决居民需求事项406件。",
            "本报讯（记者 祁晓燕 通讯员 云静波）",
        ),
        (
            "赛罕区：燃“新”“新”之火 谱共治“新”篇",
            "如何把新业态新就业群体凝聚在党的周围",
            "点亮了赛罕区基层治理新图景。",
            "本报讯（记者 杨彩霞）",
        ),
        (
            "金润社区：“她”力量促进基层治理提质增效",
            "2024年以来，土默特左旗金海区域服务中心金润社区",
            "促进基层治理提质增效。",
            "本报讯（实习记者 赵宇昕）",
        ),
        (
            "万通路街道探索深化“两企三新”党建新模式",
            "如何留住人才，留住企业",
            "激发“两企三新”组织“火起来”。",
            "本报讯（记者 刘沙沙）",
        ),
        (
            "赛马场北路社区：创新居务监督 让社区治理更阳光",
            "为推动全面从严治党向基层延伸",
            "为社区治理与服务保驾护航。",
            "本报讯（记者 祁晓燕 通讯员 费娟 李富强）",
        ),
        (
            "舍必崖乡：党建“执笔”绘乡村治理新画卷",
            "近年来，和林格尔县舍必崖乡",
            "群众满意度进一步提升。",
            "本报讯（记者 高翠清 李海珍 通讯员 张海玲）",
        ),
    ],
    "002_33c0154fcdf70155.txt": [
        (
            "辽宁省大连市西岗区：以“三个着眼”严密党的组织体系建设",
            "党的力量来自组织。",
            "更好服务中心大局。",
            "中共大连市西岗区委组织部",
        ),
        (
            "贵州省凯里市：“四融四新”提升城市基层治理效能",
            "近年来，贵州省黔东南苗族侗族自治州凯里市",
            "推动城市基层治理提质增效。",
            "中共凯里市委组织部",
        ),
        (
            "山东省滨州市滨城区：用好既有治理体系 深挖潜在治理能力",
            "政之所向，在顺民心。",
            "不断增强自我造血功能。",
            "中共滨州市滨城区委组织部",
        ),
    ],
    "003_ddf7b3dbc49d759e.txt": [
        (
            "凝聚党群合力 激活基层治理",
            "探索建立“e网勤蜂”“蜜蜂管家”等网络平台",
            "开展志愿服务610余次。",
            "新甘肃·甘肃日报记者 田丽媛",
        ),
        (
            "定西：党建“一根针”串起“千条线”",
            "2024年，定西市聚焦加强党对社会工作的全面领导",
            "同比增长51.3%、58.8%。",
            "新甘肃·甘肃日报记者 杨唯伟",
        ),
        (
            "瓜州：党建引领添活力 温室大棚春意浓",
            "日前，走进瓜州县西湖镇中沟村日光温室大棚",
            "于一体的设施农业产业集群。",
            "新甘肃·甘肃日报记者 董文龙 通讯员 姜海波 刘子芳",
        ),
        (None, "群众遇到急事、难事怎么办？", "区委“两新”工委书记任文涛说。", "新甘肃·甘肃日报记者 谢晓玲"),
        (
            "天水市麦积区：党建引领提升基层治理效能",
            "“宏源小区孙女士家楼上小孩晚上拍篮球",
            "物业企业服务质量明显提升。”",
            "新甘肃·甘肃日报记者 安东",
        ),
    ],
    "004_c7ae20ac84cbe708.txt": [
        (
            "桐梓县：微处着手抓治理 实处发力解难题",
            "贵州省遵义市桐梓县以“党建引领·四有红城”创建为抓手",
            "服务群众水平明显提升。",
            None,
        ),
        (
            "新蒲新区：党旗高扬聚合力 夯基固本促发展",
            "贵州省遵义市新蒲新区认真贯彻落实",
            "实现合力共赢。",
            None,
        ),
        (
            "绥阳县：党建引领打造融合发展“同心圆”",
            "近年来，贵州省遵义市绥阳县认真贯彻落实",
            "党徽在群众心中熠熠闪光。",
            None,
        ),
    ],
}
NOISE = ("本报讯", "下转", "上接", "△", "供图", "图片由", "**", "新甘肃·", "党旗领航", "■")


def body_paragraphs(body: str) -> list[str]:
    return [p for p in body.strip().split("\n\n") if p and not p.startswith("## ")]


@pytest.fixture(scope="module")
def pages():
    return {name: process_page(SEEDS / name).drafts for name in EXPECTED}


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_titles_bodies_and_bylines(pages, name):
    drafts = pages[name]
    expected = EXPECTED[name]
    assert len(drafts) == len(expected), [d.title for d in drafts]
    for draft, (title, first, last, byline) in zip(drafts, expected, strict=True):
        if title is None:
            assert any("title:" in r for r in draft.review), draft.title  # generated from the lead
        else:
            assert draft.title == title
        paragraphs = body_paragraphs(draft.body)
        assert paragraphs[0].startswith(first), paragraphs[0][:60]
        assert paragraphs[-1].endswith(last), paragraphs[-1][-60:]
        assert draft.byline == byline


@pytest.mark.parametrize("name", sorted(EXPECTED))
def test_no_noise_and_no_paragraph_ends_mid_sentence(pages, name):
    for draft in pages[name]:
        for paragraph in body_paragraphs(draft.body):
            assert ends_sentence(paragraph), f"{draft.title}: …{paragraph[-30:]}"
            for noise in NOISE:
                assert noise not in paragraph, f"{draft.title}: {noise} in {paragraph[:40]}"


def test_the_page_001_has_six_articles_and_the_seeds_27(pages):
    assert len(pages["001_db21671502ac2f81.txt"]) == 6
    assert sum(len(d) for d in pages.values()) == 27


def test_overview_parts_point_to_the_overview(pages):
    drafts = pages["000_adb58d31f99fa87b.txt"]
    assert drafts[0].parent_part is None
    assert all(d.parent_part == 1 for d in drafts[1:])
    assert drafts[0].headings == [
        "党建融合中心工作 从“两张皮”到“一盘棋”",
        "党建引领新兴领域 从“覆盖空白”到“组织凝聚”",
        "党建引领民生服务 从“被动响应”到“主动作为”",
        "党建引领基层治理 从“独角戏”到“大合唱”",
    ]


def test_interleaved_guazhou_article_is_reassembled(pages):
    guazhou = pages["003_ddf7b3dbc49d759e.txt"][2]
    assert "大力发展以日光温室、钢架大棚为主的果优势转化为产业发展优势" in guazhou.body
    dingxi = pages["003_ddf7b3dbc49d759e.txt"][1]
    assert "## 凝聚群众，服务群众，构建共建共治共享新格局" in dingxi.body
    assert "瓜州" not in dingxi.body
    jinchuan = pages["003_ddf7b3dbc49d759e.txt"][3]
    assert "定西" not in jinchuan.body and "瓜州" not in jinchuan.body


def _caption_texts(draft) -> list[str]:
    return [caption["text"] for caption in draft.captions]


def test_captions_leave_the_body_for_the_captions_field(pages):
    binzhou = pages["002_33c0154fcdf70155.txt"][2]
    assert "建设儿童友好型小区。" in binzhou.body
    caption = "山东省滨州市滨城区文汇社区领办合作社开展手工艺品制作培训，解决辖区居民就业难题。"
    assert caption in _caption_texts(binzhou) and caption not in binzhou.body
    assert "图：" not in binzhou.body and "图片由" not in binzhou.body
    pingliang = pages["003_ddf7b3dbc49d759e.txt"][0]
    assert "一边学习国家的最新方针政策" in pingliang.body
    assert "崆峒区外卖小哥送餐间隙在暖“新”驿站休息。" in _caption_texts(pingliang)
    assert "崆峒区外卖小哥" not in pingliang.body
    tongzi, xinpu, _ = pages["004_c7ae20ac84cbe708.txt"]
    assert _caption_texts(tongzi)[-1] == "遵义市桐梓县志愿者开展国家反诈中心APP宣传推广活动。"
    assert "遵义市新蒲新区新中街道文化社区党员志愿者帮助老年居民录入核酸信息。" in _caption_texts(xinpu)
    for drafts in pages.values():
        for draft in drafts:
            assert "图：" not in draft.body, draft.title


def test_a_dash_line_under_a_headline_is_its_subtitle(pages):
    overview = pages["000_adb58d31f99fa87b.txt"][0]
    assert overview.subtitle == "西部地区部分基层党建工作创新实践综述"
    pingliang = pages["003_ddf7b3dbc49d759e.txt"][0]
    assert (pingliang.title, pingliang.subtitle) == (
        "凝聚党群合力 激活基层治理",
        "平凉市多举措抓实新兴领域党员队伍建设",
    )
    assert all(d.subtitle is None for d in pages["001_db21671502ac2f81.txt"])


def test_subheadings_become_markdown_headings(pages):
    huimin = pages["001_db21671502ac2f81.txt"][0]
    assert huimin.headings == [
        "组织创新融合，提升党组织覆盖面",
        "共驻共建共享，打破横向组织壁垒",
        "减负松绑办实事，提升群众满意度",
        "菜单式服务，小区治理居民说了算",
    ]
    xigang = pages["002_33c0154fcdf70155.txt"][0]
    assert "## 着眼“重示范”促提质增效，以提升工作执行力为重点完善传统领域党建" in xigang.body
    tongzi = pages["004_c7ae20ac84cbe708.txt"][0]
    assert tongzi.headings[0] == "健全“微网格” 构建共建共治新体系"
