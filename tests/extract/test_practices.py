"""Practice extraction: every rule with the real sentence from seeds/ it handles."""

import re
import time

import pytest
from hypothesis import given
from hypothesis import strategies as st

from builder.extract.practices import DEFAULT_STOPWORDS, extract_practices, load_stopwords
from tests.support.repo import SEEDS


def practices(body: str, title: str = "") -> list[str]:
    return extract_practices(title, body)


# --- strong signs ---------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # formulas with +, full-width ＋ made ASCII
        # (a formula with its method: the whole name)
        ("实行“1+2+N”管理模式，形成网格党支部书记兼网格长", ["1+2+N管理模式"]),
        ("创新“基础积分＋组织赠分”赋分模式，用积分换礼品", ["基础积分+组织赠分"]),
        (
            "深化“一中心一张网十联户”“党小组+网格员+联户长”基层治理机制",
            ["一中心一张网十联户", "党小组+网格员+联户长"],
        ),
        # brands with ·
        ("黔东南州以“黔进先锋·贵在行动”为总载体，围绕基层基础“强双基”，", ["黔进先锋·贵在行动", "强双基"]),
        # numeral shape of policy names
        ("开展“三必访三服务”工作，进一步加大与驻区单位的服务联系", ["三必访三服务"]),
        ("严格落实“四议两公开”民主管理制度，保障群众知情权", ["四议两公开"]),
        ("按照“一格一员”配备专职网格员", ["一格一员"]),
        ("组建“3人专班”，为全区6000多家注册商家开展暖心服务", ["3人专班"]),
        # brand-like endings
        ("设立“红蜂驿站”31个，为新就业群体提供暖心服务", ["红蜂驿站"]),
        ("凯里市探索“五心服务”党建载体（党群连心、驿站暖心）", ["五心服务"]),
        ("坚持和发展新时代“枫桥经验”，在中山西路商圈领域广泛吸纳商户", ["枫桥经验"]),
        # a mechanism word after it, also after a run of quotes and 等
        ("要深入实施“立园满园”行动，着力提升服务质效", ["立园满园"]),
        ("持续擦亮“板凳会”“五福驿站”等特色品牌，创新", ["板凳会", "五福驿站"]),
        ("打造小区内“光语”议事平台，畅通居民参与协商诉求渠道", ["光语"]),
        ("健全街道“大工委”和社区“大党委”机制，做实做细“三张清单”。", ["大工委", "大党委", "三张清单"]),
        ("在绥阳县两新组织中深入开展“双找”（党员找组织、组织找党员）活动", ["双找"]),
        ("组建63支622人的“青城义警”队伍，积极探索", ["青城义警"]),
    ],
)
def test_strong_signs(body, expected):
    assert practices(body) == expected


# --- weak signs --------------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        ("设立“党群议事角”，推广工作法", ["党群议事角"]),  # a verb of doing right before
        ("万通路街道成立“大工委”，组建经济专班", ["大工委"]),
        ("坚持“支部建在小区上”，推动成立小区党支部675个", ["支部建在小区上"]),
        ("阳光美林党支部以“阳光说吧”为载体，打造新模式", ["阳光说吧"]),  # 以“X”
        ("组建4支志愿服务队，以“随手拍”直报线索的方式", ["随手拍"]),
        ("通过探索的发展模式，“小田并大田”流转土地1.23万亩", ["小田并大田"]),  # it opens a clause
        (
            "2024年，“未访先办”化解纠纷33件，“信访代办”化解案件26件，群众满意度进一步提升。",
            ["未访先办", "信访代办"],
        ),
        ("“海校大妈”最初只有20人，在社区党组织的引领下，队伍逐渐壮大", ["海校大妈"]),
    ],
)
def test_weak_signs(body, expected):
    assert practices(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # names not on the seed pages, as other pages of the same kind print them
        (
            "推行“街乡吹哨、部门报到”机制，打造“15分钟便民生活圈”，深化“接诉即办”改革。",
            ["街乡吹哨、部门报到", "15分钟便民生活圈", "接诉即办"],
        ),
        (
            "设立「红色议事厅」58个，建立“老书记工作室”，组建“银发先锋”志愿服务队。",
            ["红色议事厅", "老书记工作室", "银发先锋"],
        ),
        ("群众说：“现在办事真方便。”有的干部存在“等靠要”思想，要打破“中梗阻”。", []),
        ("他被评为“全国优秀党务工作者”，荣获“五一劳动奖章”。", []),
        ("衢州市历来有“四省通衢”之称，突出用好“党建+”模式", ["党建+"]),  # a nickname is not a practice
        ("从“要我干”到“我要干”，实现了“人人参与”的局面。", []),
    ],
)
def test_other_pages_of_the_same_kind(body, expected):
    assert practices(body) == expected


def test_lists_only_when_framed():
    assert practices("推广“民事民提、民事民议、民事民决”工作法，引导居民自主协商") == [
        "民事民提、民事民议、民事民决"
    ]
    assert practices("通过“一格一码、专员专码、公开亮码”的形式，推动") == ["一格一码、专员专码、公开亮码"]
    assert practices("着力健全党组织领导的“自治、法治、德治”相结合的城乡基层治理体系") == []
    assert practices("确保群众“一看就知晓、一次能办成”。") == []


# --- normalisation ------------------------------------------------------------------------------------------


def test_normalisation():
    # an old line break inside the quote is rejoined; a meaningful space between two phrases stays one space
    assert extract_practices("", "打造“15分\n钟服务圈”", aliases={}) == ["15分钟服务圈"]
    assert practices("同时，“双报到  双服务”工作开展以来，") == ["双报到 双服务"]
    # inner quotes removed
    assert practices("深入开展“两个覆盖”攻坚、“暖心暖‘新’”等行动") == ["两个覆盖", "暖心暖新"]
    assert practices("推进“红链赋能‘1+2+N’”园区党建项目落地见效") == ["红链赋能1+2+N"]
    # a one-character quote inside a name is read with the name
    assert practices("赛罕区深入实施暖\n“新”友好行动，建立精细服务矩阵") == ["暖新友好行动"]
    # brackets stay as printed
    assert practices("乡党委创新推出“未访（诉）先办”工作模式。") == ["未访（诉）先办"]


def test_order_of_first_appearance_title_first_and_unique():
    body = "持续深入推行“双报到”机制，深化“七携手”社区党建品牌。推动101个“双报到”单位到小区报到。"
    assert extract_practices("以“四融四新”提升治理效能", body) == ["四融四新", "双报到", "七携手"]


# --- what is not a practice -------------------------------------------------------------------------------------


@pytest.mark.parametrize(
    "body",
    [
        "推动从“党建业务两张皮”向“深度融合一盘棋”转变。",  # contrast
        "党建融合中心工作，从“两张皮”到“一盘棋”",
        "各地党组织从群众需求出发，变“被动响应”为“主动作为”，",
        "推动“碎片化”治理向“系统化”治理升级，从“被动响应”向“主动服务”转变",
        "让居民从“看客”变成“参与者”",
        "着力破解“小马拉大车”难题",  # stopword and a problem
        "基层治理是国家治理的“最后一公里”，也是人民群众感知党的执政能力的“神经末梢”。",  # metaphors
        "发挥网格党组织前沿“哨兵”作用",  # a role
        "加速打造呼和浩特名副其实的“奶罐”“肉库”",
        "7名党员货车司机获评“全省最美货车司机”，1名党员快递员获评“甘肃省劳动模范”“陇原最美快递员”",  # honours
        "作为年底评定“先锋骑手”“最美快递员”的重要参考依据",
        "为他颁发“光荣在党 50年”纪念章",
        "将4名表现优秀的小区党支部书记、3个小区党支部纳入“两优一先”表彰",
        "赋予“追光者”称号",
        "制定《2025年西岗区推进新兴领域“两个覆盖”集中攻坚的具体措施》",  # inside a document title
        "出台《西岗区党建引领基层治理“1+10”系列文件》",
        "以“一名党员一面旗，一心一意为小区”为出发点",  # speech and slogans
        "以“你与邻里关系如何”“你为小区建设做了哪些贡献”等小切口作为议题",  # questions
        "为新就业群体提供“指尖上的便利”。",  # a phrase, not a name
        "引导广大妇女群众深刻领悟“两个确立”的决定性意义，增强“四个意识”、坚定“四个自信”、做到“两个维护”",
        "注重引领“两新”党组织参与城市基层治理",  # a category
        "让基层治理的“新”力量融进来，广泛凝聚“她”力量",  # single characters
        "减负“一子落”，治理“满盘活”。",  # an idiom from the editable list
    ],
)
def test_not_practices(body):
    assert practices(body) == []


def test_a_name_used_as_a_team_elsewhere_is_kept():
    body = "作为年底评定“先锋骑手”“最美快递员”的重要参考依据。组建“先锋骑手”“红色管家”等党员志愿服务队130余支"
    assert practices(body) == ["先锋骑手", "红色管家"]


def test_captions_are_skipped():
    assert practices("开展“五亮五做”活动。\n\n图：在暖“新”驿站休息的“立园满园”\n") == ["五亮五做"]


def test_stopwords_file_is_editable_data():
    words = load_stopwords()
    assert DEFAULT_STOPWORDS.name == "practice-stopwords.txt"
    assert {"两张皮", "一盘棋", "小马拉大车", "急难愁盼"} <= words
    assert not any(w.startswith("#") for w in words)
    assert extract_practices("", "开展“四个意识”活动", stopwords=frozenset()) == ["四个意识"]
    # a folder without its own list: the default one; its own list is laid over it (`-word` removes one)
    assert load_stopwords("/nonexistent/practice-stopwords.txt") == words


def test_the_stopwords_of_a_content_folder_extend_the_default_list(tmp_path):
    own = tmp_path / "practice-stopwords.txt"
    own.write_text("# mine\n立园满园\n-两张皮\n", encoding="utf-8")
    words = load_stopwords(own)
    assert "立园满园" in words and "两张皮" not in words and "一盘棋" in words


# --- what is not a named practice (issue 14) ----------------------------------------------------------------


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # number-only strings and dates; a numeral name framed as a method is the method (“一三五”工作法 -> 一三五工作法)
        ("推行“1+1”结对帮扶，形成“3+4+4”工作格局", []),
        ("“五一”期间，社区开展“七一”主题党日", []),
        ("巧用乡村治理“一三五”工作法，即建立一个强有力的基层党组织", ["一三五工作法"]),
        # described states and problems
        ("针对老旧小区“两多一差”问题，推行“网格+物业”模式", ["网格+物业"]),
        ("破解“三难”现象", []),
        # generic nouns of a size and a unit
        ("将社区划分为若干“小网格”，推行“微网格”管理", ["微网格"]),
        # ... or of an age and a unit: a veteran's nickname, an old compound (invented sentences)
        ("他是扎根社区二十年的“老网格”，推行“敲门行动”", ["敲门行动"]),
        ("针对“老小区”停车难，推行“错时共享”", ["错时共享"]),
        # category labels (seed 008: “两新”工委, “两新”党组织; seed 004: 村“三委”、党员)
        ("注重引领“两新”党组织参与，成立“两新”工委", []),
        ("带好村“三委”、党员和村民代表、志愿服务三支队伍", []),
        ("组建“三长”队伍，推行“双报到”", ["三长", "双报到"]),
        # a one-character quote in a subheading is a heading, not a name
        ("## 暖“新”服务\n\n开展暖“新”友好行动，关爱快递员", ["暖新友好行动"]),
    ],
)
def test_what_is_not_a_named_practice(body, expected):
    assert practices(body) == expected


def test_variants_are_written_as_one_name_through_the_alias_list():
    assert practices("开展“大调研、大走访”活动，推行“大走访、大调研”，实行“红黑名单”制度") == [
        "大走访、大调研",
        "红黑榜",
    ]
    assert practices("打造“15分钟服务圈”") == ["15分钟党群服务圈"]
    assert extract_practices("", "实行“红黑名单”制度", aliases={"红黑名单": "红黑单"}) == ["红黑单"]


def test_a_brand_and_its_bare_name_are_one_practice():
    """A brand `X+` with its bare X as the title it confers (a seed's `“追光者+”党建品牌，追光者即…赋予“追光者”称号`)."""
    body = (
        "社区党支部依托“先锋者+”党建品牌，先锋者即社区党委为热心居民赋予“先锋者”称号，打造“邻里说”议事平台。"
    )
    assert practices(body) == ["先锋者+", "邻里说"]


# --- the seeds ----------------------------------------------------------------------------------------------------


def joined(raw: str) -> str:
    return re.sub(r"(?<=[^\s。！？”])\n(?=\S)", "", raw)


def test_seed_pages_give_the_known_practices():
    body = joined((SEEDS / "000_adb58d31f99fa87b.txt").read_text(encoding="utf-8"))
    found = practices(body)
    for name in [
        "双报到",
        "红色物业",
        "一中心一张网十联户",
        "五心服务",
        "三元同理",
        "暖蜂行动",
        "社区红管家",
    ]:
        if name in body.replace("\n", ""):
            assert name in found, name
    for name in ["两张皮", "一盘棋", "最后一公里", "独角戏", "大合唱", "新"]:
        assert name not in found


# Throughput: bench/extract_speed.py (a timed unit test measures the machine it runs on).


@pytest.mark.parametrize(
    "text",
    [
        "“双报到”" * 5_000,
        "“" * 10_000 + "”" * 10_000,
        "暖“新”友好行动" * 3_000,
        "从“两张皮”到“一盘棋”" * 2_000,
    ],
    ids=["one-long-run", "quotes", "embedded", "contrasts"],
)
def test_pathological_input_is_handled_quickly(text):
    start = time.process_time()  # CPU, not wall: a loaded machine does not fail it
    extract_practices(text[:50], text)
    assert time.process_time() - start < 20


@given(st.text(), st.text())
def test_never_raises(title, body):
    for name in extract_practices(title, body):
        assert name and name == name.strip()


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # tests/corpus/pages: a team, a system of responsibility and a points shop are named like practices
        ("社区还组建了由老党员、老教师组成的“坝坝调解队”，今年调解邻里纠纷37起。", ["坝坝调解队"]),
        ("太原市建立诉求办理“首接负责制”，群众诉求第一时间响应。", ["首接负责制"]),
        ("张花村的“文明积分超市”里，村民用积分兑换生活用品。", ["文明积分超市"]),
    ],
)
def test_names_that_end_like_a_team_a_system_or_a_shop(body, expected):
    assert practices(body) == expected


@pytest.mark.parametrize(
    ("body", "expected"),
    [
        # c09: a name mixing Chinese and a Latin letter, broken over two lines, after 的
        ("中午十二点，粤海街道科技园片区的“党\n群V站”里，几名身穿蓝色马甲的年轻人", ["党群V站"]),
        ("以“鼓楼e家”为纽带，推动服务资源向社区聚集。", ["鼓楼e家"]),
        # c15: a paired slogan of parallel four-character phrases, not framed by a mechanism word
        (
            "将群众诉求直接派发至街道（乡镇）和社区（村），\n实现“街乡吹哨、部门报到”。",
            ["街乡吹哨、部门报到"],
        ),
        # c15: 纳入 is not an honour (纳入“两优一先”表彰 is: 表彰 after it says so)
        ("小店区、迎泽区等城区还将高频诉求纳\n入“每月一题”专项治理", ["每月一题"]),
        # c01: two quotes linked as mechanisms (衔接, 结合, 融合 …): the second one is a name too
        (
            "下一步，朝阳区将把“楼门议事厅”与“接诉即办”深度衔接，让更多矛盾解决在楼门口。",
            ["楼门议事厅", "接诉即办"],
        ),
    ],
)
def test_mixed_script_names_paired_slogans_and_linked_pairs(body, expected):
    assert practices(body) == expected


@pytest.mark.parametrize(
    "body",
    [
        "确保群众“一看就知晓、一次能办成”。",  # a described state (就, 能): not a slogan of names
        "引导大家“多走动、常联系”。",  # three-character phrases: exhortations
        "引导居民把“小事”与“大事”分开处理。",  # a pair not linked as mechanisms
        "平台上线“AI”功能。",  # Latin letters alone
    ],
)
def test_what_is_not_a_slogan_a_linked_pair_or_a_mixed_name(body):
    assert practices(body) == []


def test_a_verb_with_a_complement_of_direction_is_no_name():
    # a slogan of action in a headline or a lead (党员“沉下去”, 服务“提上来”), however it is followed
    assert extract_practices("在职党员“沉下去” 民生服务提上来", "") == []
    assert practices("机关党员“沉下去”服务群众，推行“双报到”机制。") == ["双报到"]
    assert practices("让居民“动起来”，开展“楼道美化”行动。") == ["楼道美化"]


def test_what_someone_is_called_is_no_practice():
    # a role the subject plays, even when it ends like a name (管家); the same word as a scheme stays one
    assert practices("在群众的心中，社区网格员就是“大管家”，每天穿梭在楼栋之间。") == []
    assert practices("调解员老王被居民誉为“老娘舅”。") == []
    # a nickname however it is given (唤作, 喊她; the kind of a real article, checked by hand, not stored)
    assert practices("一位被骑手们亲切唤作“老大”的街区书记，把大家的诉求记在本子上。") == []
    assert practices("楼里的老人都喊她“热心大姐”。") == []
    assert practices("社区推行“大管家”服务模式，为独居老人上门服务。") == ["大管家"]


def test_a_new_name_given_to_a_place_is_no_practice() -> None:
    # seeds/000: 凯里市白果井街道搬迁群众饮水思源感党恩，自发组织把社区更名 / 为“思源社区”。
    assert practices("凯里市白果井街道搬迁群众饮水思源感党恩，自发组织把社区更名为“思源社区”。") == []
    assert practices("村里把议事会改名为“板凳会”。") == []


def test_set_phrases_that_look_like_names_are_in_the_stopword_list():
    # 双赢 has the numeral shape of a name (双报到) and 家门口 stands where a name would; both are set phrases
    assert practices("开展各种“家门口”就业服务，实现了强村与富民“双赢”。") == []
    assert {"家门口", "双赢"} <= load_stopwords()


def test_a_platform_launched_or_connected_is_named():
    # tests/corpus/pages/c18.txt: 上线“数字驾驶舱”, 接入“数字驾驶舱” (launch and connect are verbs of doing)
    body = "杭州市桐庐县在全县183个行政村上线“数字驾驶舱”，村里的党务、村务、财务信息实时更新。"
    assert practices(body) == ["数字驾驶舱"]
    assert practices("桐庐县还把网格员巡查发现的问题接入“数字驾驶舱”，今年以来流转处置问题5600余件。") == [
        "数字驾驶舱"
    ]


def test_kinds_missed_and_wrongly_taken_on_held_out_pages():
    # tests/corpus/heldout: a practice taken up as a tool (把“接诉即办”作为…抓手, h01)
    assert practices("今年以来，城关区把“接诉即办”作为党建引领基层治理的重要抓手。") == ["接诉即办"]
    # the same with 将 for 把 (real R28: 将“党支部领办合作社”作为…破题之举 was no practice)
    assert practices("2022年以来，青禾县将“党支部领办合作社”作为抓党建促乡村振兴的破题之举。") == [
        "党支部领办合作社"
    ]
    # a place opened and a role appointed by the unit (开放“暖心屋”, 选聘“物业调解员”, h03, h04)
    assert practices("冬季还专门开放“暖心屋”供骑手取暖。") == ["暖心屋"]
    assert practices("思明区从律师、退休法官和人民调解员中选聘“物业调解员”210名。") == ["物业调解员"]
    # a named list (清单, …榜), also wrapped inside its quotes (h05:17-18 “红黑\n榜”)
    assert practices("出台工作事项清单和“负面清单”") == ["负面清单"]
    assert practices("将积分与评先评优、“红黑\n榜”挂钩，每季度公开一次。") == ["红黑榜"]
    # a one-character quote inside a clause is no name (需要帮助时可以“取”服务, h07)
    assert practices("居民参加志愿服务可以存积分，需要帮助时可以“取”服务。") == []


def test_nicknames_process_nouns_and_described_states_are_no_practices():
    # what people are called, followed by the people (h07: “候鸟”老人); a team of the same name stays one
    assert practices("组织机关党员、社区居民和“候鸟”老人组成“候鸟志愿服务队”。") == ["候鸟志愿服务队"]
    assert practices("“毓桐之声”青年宣讲团荣获全国基层理论宣讲先进集体。") == ["毓桐之声"]  # seeds/002
    # a process noun in -化 (推行“网格化”管理); a numbered action in -化 is still a name (“四个优化”行动)
    assert practices("社区推行“网格化”管理，划分网格12个。") == []
    assert practices("以党建引领城市基层治理“四个优化”行动为抓手。") == ["四个优化"]
    # a place described, not a mechanism (“商住交织、新旧交融”的老城区)
    assert practices("面对“商住交织、新旧交融”的老城区，街道推行“街巷长制”。") == ["街巷长制"]


def test_named_venues_and_community_brands_are_names_even_after_de():
    # the kind seen in real articles (checked by hand, not stored): a named room or community brand in quotes,
    # also where a metaphor would stand (在…的“X”里); a size and a room is not one
    assert practices("午后，居民们在东关社区的“邻里议事厅”里商量停车位的事。") == ["邻里议事厅"]
    assert practices("街道着力建设宜居宜业“和乐社区”。") == ["和乐社区"]
    assert practices("南小街社区建立“民族团结之家”，由12名党员轮值。") == ["民族团结之家"]  # c14
    assert practices("对老人们来说，社区就是大家的“大客厅”。") == []
    # a platform loaded onto a screen (搭载 is a verb of doing)
    assert practices("社区在大屏上搭载“云上网格通”终端。") == ["云上网格通"]


def test_names_set_up_by_a_verb_counted_or_listed_on_held_out_pages():
    # tests/corpus/heldout2, the page lines as printed (hard wraps inside the quotes and inside the count)
    # a verb of setting up or holding (组成, 召开, 开设, 担任): d01:36, d04:25, d06:27, d03:35-36
    assert practices("街道组织党\n员志愿者组成“送餐小分队”，每\n天把饭菜送到老人家中") == ["送餐小分队"]
    assert practices("社区\n党委组织居民代表、设计单位和施工\n企业召开“坝坝会”，共商改造方案。") == ["坝坝会"]
    assert practices("镇里还开设“技能夜校”，组\n织搬迁群众学习电焊、家政") == ["技能夜校"]
    assert practices("招募860余名骑手担任\n“流动网格员”，在送餐途中随手拍") == ["流动网格员"]
    # a name counted right after its quote, also after 的 or with the count wrapped: d01:22-23, d06:12-13
    assert practices("利用闲置用房建成“邻里食\n堂”6家，日均供餐1800余份。") == ["邻里食堂"]
    assert practices("在镇\n上建设“就业帮扶车间”23\n个，让搬迁群众在家门口就能\n上班。") == ["就业帮扶车间"]
    # the last of a list of things a verb of doing governs: d04:66-67
    assert practices("九龙坡区还在更新片区同步建立小区\n党支部和“居民自管会”，推动更新") == ["居民自管会"]


def test_a_count_of_people_a_short_quote_or_a_list_without_a_verb_names_nothing():
    assert practices("评议中，“老好人”120名被点名提醒。") == []  # a count of people says who, not what
    assert practices("全镇“空心”12个。") == []  # two characters: a count does not make a name of them
    assert (
        practices("街道党工委书记和“老娘舅”一起上门劝说。") == []
    )  # a list, but no verb of doing governs it


def test_the_last_stretch_of_a_distance_is_a_slogan_not_a_name():
    # the kind seen in a real article (checked by hand, not stored): 打通联系、服务群众的“最后一米”
    assert practices("把志愿服务延伸到最基层，打通服务群众的“最后一米”。") == []
    assert practices("社区推行“红色管家”，打通服务的“最后100米”。") == ["红色管家"]
    assert practices("以“最后一纳米”的精细，打通“最后一公里”。") == []


def test_brands_built_in_a_named_place_counted_as_many_and_ending_in_a_room_or_a_team():
    # the kind seen in a real article (checked by hand, not stored): 打造出 + a named subdistrict + a run of
    # quotes framed by 调解室, and a team name followed by 等多个…品牌
    body = "全市打造出东关街道“老李说事”“有理好说”调解室、城南街道“小王帮帮团”等多个特色调解品牌。"
    assert practices(body) == ["老李说事", "有理好说", "小王帮帮团"]


def test_a_kind_of_mechanism_alone_is_no_name():
    # tests/corpus/heldout3/e05.txt:22: a subheading quotes the kind (清单), the name is 网格事项清单, unquoted
    assert (
        practices("## 二、“清单”管住的负担\n\n明确34项网格事项清单，清单之外的事项不得随意派给网格员。") == []
    )
    # tests/corpus/heldout2/d03.txt:11
    assert practices("西陵区明确“议事会”议什么、怎么议。") == []
    # a name before the same ending is one
    assert practices("联盟还推出“楼宇需求清单”，帮助企业解决问题150多个。") == ["楼宇需求清单"]


# --- fourth held-out pages: actions and results are not names ------------------------------------------------


def test_a_verb_of_going_with_where_to_is_no_name():
    # heldout4 f08: how members act, the title's quote followed by what they do
    assert extract_practices("盐湖区机关党员“下沉一线”办实事", "") == []
    assert practices("全区干部“深入基层”听民声，“扎根网格”解民忧。") == []
    # a mechanism word after it makes it a name
    assert practices("推行“下沉一线”工作法，机关党员每月到社区服务") == ["下沉一线"]


def test_the_result_a_causative_brings_about_is_no_name():
    # heldout4 f08 (a headline wrapped before its quote) and corpus c12: the state a platform brings about
    assert extract_practices("涪城区“智慧社区”平台让服务\n“一键直达”", "") == ["智慧社区"]
    assert practices("## 一网统管，让诉求“一键直达”\n\n群众在手机上反映问题。") == []
    assert practices("让阵地“就近可及”，让力量“下沉到底”。") == []
    # the quote as the subject of what follows is read as before
    assert practices("让“红色议事厅”成为居民说事的地方。") == ["红色议事厅"]


def test_a_headline_shortening_the_name_the_body_prints_in_full_is_that_name():
    # heldout4 f06: the subtitle's 小院议事 is the body's 小院议事厅, named once
    title = "交道口街道推进“小院议事”见闻：东城区胡同里的“小院议事厅”"
    body = "交道口街道在胡同大杂院推行“小院议事厅”。两年来，全街道已建成“小院议事厅”58个。"
    assert extract_practices(title, body) == ["小院议事厅"]
    # both printed in the body: two names; a longer name that is not the shorter one's ending: both kept
    assert extract_practices("推行“楼宇党建”", "推行“楼宇党建”，成立“楼宇党建联盟”。") == [
        "楼宇党建",
        "楼宇党建联盟",
    ]
    assert extract_practices("深化“四单联办”", "推行“四单联办+五进小区”工作法。") == [
        "四单联办",
        "四单联办+五进小区",
    ]


def test_a_ratio_of_two_parts_is_a_name_only_when_set_up_or_named_so():
    # heldout4 f04: 党员户与周边群众结成“1+N”联户对子 (one member household to many); seeds 000: 建立“1+1”学生结对,
    # 建立“1+3”党建联建机制 (set up, or a mechanism word after it); three parts are a formula's name (1+2+N)
    assert practices("党员户与周边群众结成“1+N”联户对子，共同清理沟渠垃圾。") == []
    assert practices("同时建立“1+1”学生结对机制，") == ["1+1学生结对机制"]  # (its method named whole)
    assert practices("村党支部建立“1+N”联户对子，") == ["1+N"]
    assert practices("结成“1+3”党建联建机制。") == ["1+3党建联建机制"]
    assert practices("党员与群众结成“1+2+N”联户对子。") == ["1+2+N"]


def test_a_role_signed_up_for_is_named():
    # heldout4 f02: 骑手们还报名成为“流动网格员” (like heldout2's 担任“流动网格员”)
    assert practices("骑手们还报名成为“流动网格员”，在送餐途中随手上报安全隐患。") == ["流动网格员"]


def test_a_predicate_opened_by_an_adverb_and_a_document_are_no_names():
    # kinds of other pages (invented sentences): how things go for people, ending the clause; a numbered document
    assert practices("实现“一窗受理、一网通办”，群众办事“只进一扇门”。") == ["一窗受理、一网通办"]
    assert practices("该做法被写入省委“1号文件”。") == []
    # after a verb of doing it is the scheme's name
    assert practices("推行“马上办”，群众满意。") == ["马上办"]
    assert practices("推行“不见面审批”。") == ["不见面审批"]


def test_a_target_of_zero_and_idioms_with_numerals_are_no_names():
    # heldout h05's headline: 激活乡村治理“一池春水” (an idiom, in practice-stopwords.txt); invented sentences
    assert practices("积分制激活乡村治理“一池春水”") == []
    assert practices("实现“零距离”服务，做到“零上访”。") == []
    assert practices("党群一条心，干群“一家亲”。") == []
    # a word 零 opens is no zero (heldout19 p01: 在8个镇街建起“零工驿站”, odd jobs' stations)
    assert practices("区里在8个镇街建起“零工驿站”，为务工人员找活儿。") == ["零工驿站"]
    assert practices("全镇实现“零投诉”、“零事故”。") == []


def test_a_kind_of_party_organisation_is_no_name():
    # heldout19 p05: 虫草采挖点上建起“临时党支部” (a category the party's rules name); a branch named where it
    # works is one (“海上党支部”)
    assert extract_practices(
        "某区：采挖点上建起“临时党支部”", "在采挖点建立临时党支部37个，设立“党员先锋岗”。"
    ) == ["党员先锋岗"]
    assert practices("几家企业成立“联合党支部”。") == []
    assert practices("渔村成立“海上党支部”。") == ["海上党支部"]


def test_a_small_means_and_the_big_result_it_brings_are_rhetoric():
    # the kind of heldout h05's headline words (小积分, 大治理: optional there); invented sentences
    assert extract_practices("“小积分”撬动“大治理”", "") == []
    assert practices("以“小切口”推动“大变化”。") == []
    # 微 is no 小 (微心愿 is a named scheme, heldout4 f02), and a list is no contrast
    assert practices("居民的“微心愿”汇聚“大能量”，“微心愿”认领了2100个。") == ["微心愿"]
    assert practices("设立“小积分”超市。") == ["小积分"]


def test_a_quote_opening_a_headline_is_no_sign_of_a_name():
    # headlines open with metaphors as often as with names (invented headlines of other pages): only a sign of
    # its own (a numeral shape, a name's ending) or the body makes it a name
    for title in ("“铁脚板”走出民心路", "“小巷总理”的一天", "“智慧大脑”助力城市治理"):
        assert extract_practices(title, "") == []
    assert extract_practices("“三事分流”解民忧", "") == ["三事分流"]
    assert extract_practices("“老兵驿站”里的暖心事", "") == ["老兵驿站"]
    assert extract_practices("“铁脚板”走出民心路", "社区推行“铁脚板”走访法，干部每天走访10户。") == ["铁脚板"]
    # in the body, a quote opening a clause still is (seeds 000: “小田并大田”流转土地)
    assert practices("通过探索的发展模式，“小田并大田”流转土地1.23万亩") == ["小田并大田"]


# --- fifth held-out pages and real articles' kinds -----------------------------------------------------------


def test_a_role_people_are_trained_into_and_a_body_joined_are_named():
    # heldout5 g02: 把18名种植能手培养成“技术明白人”; g04: 把物业企业党员纳入社区“大党委”
    assert practices("村里把18名种植能手培养成“技术明白人”，包片指导。") == ["技术明白人"]
    assert practices("把物业企业党员纳入社区“大党委”。一年来，服务站维修设施1100余处。") == ["大党委"]
    assert practices("吸纳辖区12家单位加入“大党委”。") == ["大党委"]
    # what someone became is still a likeness, not a role trained into (identity_before)
    assert practices("网格员成了居民的“贴心人”。") == []


def test_a_team_formed_with_its_size_before_de_is_named_not_a_metaphor():
    # heldout5 g05 (two columns on one line): 里还组建了46人的“护湖队”，每天巡湖。
    assert practices("镇里还组建了46人的“护湖队”，每天巡湖。") == ["护湖队"]
    assert practices("社区成立了一支由30名退休党员组成的“银发巡逻队”。") == ["银发巡逻队"]
    # without a verb of doing before the size, 的 still marks a metaphor
    assert practices("这支46人的“铁军”冲在一线。") == []
    assert practices("当好群众的“贴心人”，做好服务。") == []


def test_festivals_sums_of_money_and_a_small_station_are_no_names():
    # kinds of real articles (invented sentences): “两节”期间 (Spring Festival and New Year), “百万元”村 (a
    # village's income), “小驿站” (a size and a kind of station, like “小网格”)
    assert practices("今年“两节”期间，村里走访慰问困难群众80户。") == []
    assert practices("全县集体经济收入超“百万元”的村达到11个。") == []
    assert practices("“小驿站”为骑手暖心充电，街道建成“骑手驿站”12个。") == ["骑手驿站"]
    # only the numeral and 节 alone is a festival: a longer name with a numeral shape stays one
    assert practices("推行“三节同步”工作法。") == ["三节同步"]


def test_a_day_set_for_one_kind_of_work_is_named_like_a_reception_day():
    # a call's item taking part in a day set aside (invented sentences): “…志愿日”, “…服务日” end like 接待日
    assert practices("三是参加“周六志愿日”。每周六上午到社区报到。") == ["周六志愿日"]
    assert practices("居民踊跃参与“党员服务日”。") == ["党员服务日"]
    # the kind alone is no name
    assert practices("二是参与“服务日”。") == []


def test_a_verb_of_doing_with_how_often_names_what_it_holds():
    # heldout5 g04 (13-character columns): 每月举办一次“窑火夜校”，为青年创客提供政策、技能和法律服务
    assert practices("联盟每月举办一次“窑火夜校”，为青年创客提供政策、技能和法律服务。") == ["窑火夜校"]
    assert practices("社区每周召开两次“楼栋夜话”。") == ["楼栋夜话"]
    # a frequency alone, with no verb of doing, is no sign (the quote after 的 stays a metaphor)
    assert practices("这是每月一次的“老朋友”。") == []


def test_a_name_printed_without_quotes_when_set_up():
    # seeds/001 (舍必崖乡), the wrap cut the name: 引导各行政村组建红石榴 / 志愿服务队 (a verb of doing, a brand ending)
    seed = re.sub(r"\s", "", (SEEDS / "001_db21671502ac2f81.txt").read_text(encoding="utf-8"))
    assert "引导各行政村组建红石榴志愿服务队" in seed
    assert "红石榴志愿服务队" in practices(
        "秉持“党建领航、群众当家”的理念，引导各行政村组建红石榴志愿服务队，"
    )
    # seeds/002 (滨城区): 创新实施微网格积分制管理 (a system in -制, run as 管理)
    assert "创新实施微网格积分制管理" in (SEEDS / "002_33c0154fcdf70155.txt").read_text(encoding="utf-8")
    assert practices("创新实施微网格积分制管理，鼓励小区网格员兑换积分。") == ["积分制"]
    assert practices("社区打造红色议事厅，每月开展活动。") == ["红色议事厅"]
    # generic nouns, a process in -化 and words of a mechanism (机制, 体制) are no names
    assert practices("建立党员志愿服务队，组建便民服务队。") == []
    assert practices("实行网格化管理，建立健全工作机制，深化体制改革。") == []


def test_a_name_printed_without_quotes_when_it_recurs():
    # kind of real articles (invented sentences): a brand named bare, printed again, is a name; the count and
    # the words before it are not part of it; the headline counts as one printing
    body = "如今在城区47家暖新驿站里时常上演。该县将暖新驿站建设纳入民生实事项目。"
    assert practices(body) == ["暖新驿站"]
    assert practices("在城区47家暖新驿站里时常上演。", title="青阳县：暖新驿站让小哥有家") == ["暖新驿站"]
    assert practices("在城区47家暖新驿站里时常上演。") == []  # printed once, with no verb of doing: no sign
    # seeds/001 (黄河东路街道): two names quoted side by side are never one bare name
    assert practices("打造“板凳会”“五福驿站”等特色品牌，五福驿站每周开放。") == ["板凳会", "五福驿站"]
    # a quoted name printed again with more around it is the same practice (蓝马甲 / 蓝马甲志愿服务队)
    assert practices("组建“蓝马甲”队伍。蓝马甲志愿服务队每周巡逻，蓝马甲志愿服务队还调解纠纷。") == ["蓝马甲"]
    # generic: the part before the ending is only words every such unit has
    assert practices("小区志愿服务队每周巡逻，小区志愿服务队还调解纠纷。") == []


def test_quoted_names_of_real_articles_kinds():
    # kinds of real articles (invented sentences): a board people post on, after 的 (a venue, not a metaphor); a
    # network of service (…服务网); a campaign launched (发动‘村村抱团’); two quotes joined by + are one formula
    assert practices("在驿站的“治理建议板”上写下线索。") == ["治理建议板"]
    assert practices("织就了一张覆盖全域的15分钟“暖新服务网”。") == ["暖新服务网"]
    assert practices("“我们发动‘村村抱团’领办合作社的目的就是搭建纽带。”") == ["村村抱团"]
    assert practices("采取“飞地”+“抱团”模式，由6个村联合注册合作社。") == ["飞地+抱团"]
    assert practices("打造了社区的“红色小管家”品牌。") == ["红色小管家"]
    # a one-character quote inside a name: the count before it is no part of it; a bare 服务 provided is named
    # only when printed again
    assert practices("联合打造了4个具有包容属性的暖“新”驿站。") == ["暖新驿站"]
    assert practices("联合打造4个暖“新”驿站。") == ["暖新驿站"]
    assert practices("提供饮水、充电、应急药品等24小时暖“新”服务。") == []
    assert practices("开展暖“新”服务，暖“新”服务覆盖全县。") == ["暖新服务"]
    # a board of less than four characters is a thing, not a venue's name
    assert practices("在墙上的“黑板”上写字。") == []


def test_the_forces_of_a_mechanism_named_like_a_policy():
    # seeds/004 (桐梓县): 整合“双报到” / 力量成立“自协委”13 个 (力量 after a role, “哨兵”力量, is a role; after the
    # numeral shape of a policy name, the forces that mechanism musters)
    seed = re.sub(r"\s", "", (SEEDS / "004_c7ae20ac84cbe708.txt").read_text(encoding="utf-8"))
    assert "整合“双报到”力量成立“自协委”13个" in seed
    assert practices("整合“双报到”力量成立“自协委”13 个。") == ["双报到", "自协委"]
    assert practices("发挥“哨兵”力量。") == []
    assert practices("凝聚“两新”力量。") == []


def test_a_units_own_brand_set_up_after_de_is_a_name():
    # the brief's kind (invented sentence): 打造了社区的“红色小管家” (a verb of doing, the owner, 的): the unit's own
    # brand, not a metaphor; without a verb of doing, 的 still marks a likeness
    assert practices("打造了社区的“红色小管家”，居民有事找管家。") == ["红色小管家"]
    assert practices("打造了社区的“红色小管家”品牌。") == ["红色小管家"]
    assert practices("成为居民心中的“主心骨”。") == []
    assert practices("当好群众的“贴心人”，做好服务。") == []


def test_an_ism_the_text_criticises_is_no_name():
    # tests/corpus/heldout6 k08, a commentary: “指尖上的形式主义”让基层干部疲于应付 (it opens a clause, a weak sign)
    assert practices("一些地方挂牌多、填表多，“指尖上的形式主义”让基层干部疲于应付。") == []
    assert practices("坚决整治“官僚主义”作风。") == []
    assert practices("推行“马上就办”工作法。") == ["马上就办"]  # a name still


def test_a_formula_left_open_is_no_name():
    # a real article's kind (R6, never stored): 东湖社区“党建+”邻里中心 — the prefix of what follows, not a name
    assert practices("东湖社区打造“党建+”邻里中心，服务居民。") == []
    assert practices("东湖社区打造“互联网+”文化广场。") == []
    assert practices("推行“党建+网格+治理”模式。") == ["党建+网格+治理"]  # a whole formula is a name
    assert practices("突出用好“党建+”模式。") == ["党建+"]  # named by the mechanism word after it


def test_the_national_formula_of_social_governance_is_no_named_practice():
    # a real article's kind (R8, never stored): 构建“共建共治共享”治理模式 — the national formula, in the list
    assert practices("构建“共建共治共享”治理模式，推行“红色管家”。") == ["红色管家"]


def test_a_media_accounts_name_is_no_practice():
    """A real report (its text not ours; invented of the same kind): the names of the accounts news is posted on
    (“…”“…”等微信公众号、抖音号) are no practices; a platform people use (“…”小程序) still is."""
    body = "线上借助“魅力桃源”“县融媒体”等微信公众号、抖音号广泛宣传。线下依托“桃源e家”小程序受理群众诉求。"
    assert extract_practices("", body) == ["桃源e家"]
    assert extract_practices("", "开通“红色先锋”公众号，推送政策解读。") == []


def test_a_party_branch_named_after_a_brand_ending_is_no_unquoted_practice():
    """A real report (its text not ours; invented of the same kind): …红色物业联盟党支部, named twice, is a party
    branch (an organisation), not a brand; nor is a piece cut out of it (苑红色物业联盟)."""
    body = (
        "自2022年5月小区红色物业联盟党支部成立以来，这样的活动已开展80余次。"
        "据介绍，桂花苑红色物业联盟党支部由业委会、物业公司、党员楼长共建。"
    )
    assert extract_practices("", body) == []
    # the brand printed on its own as well is still a name
    brand = "在城区47家暖新驿站里，骑手可以歇脚。街道将暖新驿站建设纳入计划，还成立了暖新驿站党支部。"
    assert extract_practices("", brand) == ["暖新驿站"]


def test_a_code_one_reaches_is_no_practice():
    """A real report (its text not ours; invented of the same kind): a sales platform or a hotline known by its
    number (“832”平台, “12345”热线) is no practice; a method named by digits (“135”工作机制) still is, whole."""
    body = "合作社打通“832”平台等线上渠道，开通“12345”服务热线，建立“135”工作机制。"
    assert extract_practices("", body) == ["135工作机制"]


def test_the_result_a_causative_brings_to_two_parties_is_no_name():
    """A real report (its text not ours; invented of the same kind): 使村集体和村民“双增收”， is what the work
    brought about for two parties, a state described, not a practice; 使用 is no causative."""
    assert extract_practices("", "发展村级集体经济，使合作社和农户“双丰收”，实现了共同富裕。") == []
    assert extract_practices("", "推广使用“渝快办”平台。") == ["渝快办"]


def test_a_units_official_organ_is_no_practice():
    """A real report (its text not ours; invented of the same kind): the sign of a township's 综治中心 (“某镇综治
    中心”的标牌) names an office every unit has; the team it set up is the practice."""
    body = "小楼门前，“张金镇综治中心”的标牌格外醒目。该中心组建“红色调解队”化解纠纷。"
    assert extract_practices("", body) == ["红色调解队"]
    assert extract_practices("", "打造“红星社区党群服务中心”，设立“邻里服务站”。") == ["邻里服务站"]


def test_a_rating_won_is_no_practice():
    # heldout12 p04 (invented of the same kind): 评上“五星”的村 won a rating; the scheme is “五星支部”
    body = "全区推行“五星支部”创建，对评上“五星”的村在项目上倾斜支持。"
    assert extract_practices("", body) == ["五星支部"]


def test_the_theme_of_a_celebration_is_no_practice():
    """A real report (its text not ours; invented of the same kind): “欢度元宵共建美好家园”元宵联欢会 is one
    evening's theme; a festival held (“邻里节”文艺晚会) and the practice itself (“红色物业”) are names."""
    body = "由街道主办的“欢度元宵共建美好家园”元宵联欢会在小区举行。社区还举办“邻里节”文艺晚会，推进“红色物业”创建。"
    assert extract_practices("", body) == ["邻里节", "红色物业"]


def test_a_named_thing_issued_is_a_practice():
    """A real report (its text not ours; invented of the same kind): 以户为单位发放“积分存折” issues a named tool, as
    发放“暖蜂卡” does (heldout2 d03, counted there); 发放 is a verb of doing."""
    body = "该镇还推出“积分制”，以户为单位发放“爱心存折”，激发群众参与公共事务。"
    assert extract_practices("", body) == ["积分制", "爱心存折"]
    # printed and issued, counted in copies (heldout19 p02: 全市共印发“明白卡”31万余份); not a word printed
    assert extract_practices("", "全市共印发“连心卡”31万余份，发放到户。") == ["连心卡"]
    assert extract_practices("", "街道印发“提醒”，请居民注意安全。") == []


def test_a_residents_convention_is_a_name():
    # heldout12 p02 (invented of the same kind): 把议定的规矩写进“楼道公约” names the convention (公约 alone does not)
    assert extract_practices("", "社区还把议定的规矩写进“楼道公约”，贴在每个单元门口。") == ["楼道公约"]
    assert extract_practices("", "大家商量后制定“公约”，人人遵守。") == []


def test_a_force_the_work_musters_is_rhetoric():
    # R7 r7_01 (invented of the same kind): 通过“党员力量”带动… is rhetoric; a team named so is a name
    assert extract_practices("", "他们主动作为，通过“先锋力量”带动居民参与社区治理。") == []
    assert extract_practices("", "社区组建“先锋力量”志愿服务队，常态化开展巡查。") == ["先锋力量"]


def test_a_pair_holding_an_idiom_or_a_formula_is_a_manner():
    """A real report (its text not ours; invented of the same kind): 坚持“因地制宜、精准施策”的原则 pairs an idiom,
    “产业兴旺、农民增收” a national formula: manners and goals; a formula made a method (…工作法) and a real paired
    slogan (“街乡吹哨、部门报到”) are names."""
    body = (
        "该县坚持“因地制宜、精准施策”的原则，走出一条“产业兴旺、农民增收”的振兴路。实行“街乡吹哨、部门报到”。"
    )
    assert extract_practices("", body) == ["街乡吹哨、部门报到"]
    assert extract_practices("", "推广“产业兴旺、生态宜居”工作法。") == ["产业兴旺、生态宜居"]


def test_a_demonstrative_before_a_bare_name_is_no_part_of_it():
    """R14 r14_04 (a real report; invented names here): 设立了127个这样的新邻驿站 names the brand 新邻驿站 again,
    not a practice 这样的新邻驿站."""
    body = (
        "这个几十平方米的“康平友邻”暖邻驿站，已成为骑手们的家。某区在商圈、园区等地，设立了86个这样的暖邻驿站，"
        "织成了一张温暖的服务网。"
    )
    assert extract_practices("", body) == ["康平友邻", "暖邻驿站"]
    # negative: a demonstrative before a generic noun names nothing
    assert extract_practices("", "某区设立了这样的驿站，这样的驿站很受欢迎。") == []


def test_a_fund_and_a_system_end_like_names():
    """R13 r13_02 and r13_05 (real reports; invented names here): a quoted 基金 or 系统 is a named fund or platform
    (为新成立的“红色关怀基金”捐款, 安装“农眼智能监测系统”). (Not 党课: “云端党课” would imply digital governance
    through 云端, which heldout16 p06's gold does not give a class held online.)"""
    assert extract_practices("", "在职党员为社区新成立的“暖巢关爱基金”捐款。") == ["暖巢关爱基金"]
    assert extract_practices("", "合作社为500亩果园安装“果眼智能监测系统”，精准制定农事规划。") == [
        "果眼智能监测系统"
    ]
    # negatives: an ordinary word in quotes, a likeness of rhetoric
    assert extract_practices("", "基层治理要多算“民心账”。") == []
    assert extract_practices("", "这堂课成了“必修课”。") == []


def test_a_bare_name_printed_after_a_place_or_a_scope_leaves_the_places_suffix():
    """heldout19 p01: 津南区“零工驿站” (the headline) and 全区零工驿站 both print 区零工驿站: the 区 is the district's
    (its name, or 全区 every one of the district's), not the name's."""
    from builder.extract.practice_unquoted import unquoted_practices

    text = "津南区零工驿站帮就业\n咸水沽镇的零工驿站坐满了人。目前，全区零工驿站已登记务工人员6800余名。"
    assert unquoted_practices(text, frozenset()) == ["零工驿站"]
    # negative: a name opening with 市 set up after a verb keeps it (设立市民驿站 … 市民驿站)
    kept = "某区设立市民驿站。市民驿站里可以办社保。"
    assert unquoted_practices(kept, frozenset()) == ["市民驿站"]


def test_a_headlines_tool_named_by_its_kind_or_legal_form_is_no_practice():
    """c18072a/6e7b5e0's headline names: a platform or a cooperative named only by its trade, medium or legal form
    (电商平台, 微信平台, 农民专业合作社, 股份经济合作社) is what every such tool is called. Negatives: the practices
    the rule was written for stay."""
    for title, body in (
        ("青禾村：搭建电商平台 拓宽销路", "青禾村搭建电商平台，帮助村民销售农产品。"),
        ("溪口镇：借助微信平台 收集诉求", "溪口镇借助微信平台收集诉求200余条。"),
        ("青禾村：农民专业合作社带富一方", "青禾村农民专业合作社迎来丰收。农民专业合作社吸纳村民120户。"),
        ("青禾村股份经济合作社分红啦", "青禾村股份经济合作社举行分红大会。村股份经济合作社今年分红50万元。"),
    ):
        assert extract_practices(title, body) == [], title
    assert extract_practices(
        "溪口镇：党支部领办合作社 村民增收", "溪口镇推行党支部领办合作社，全镇党支部领办合作社达20家。"
    ) == ["党支部领办合作社"]
    assert extract_practices(
        "青禾县：用好线上议事平台 打通服务", "青禾县搭建线上议事平台，居民通过线上议事平台反映诉求。"
    ) == ["线上议事平台"]


def test_a_bare_name_after_a_community_the_run_cut_leaves_the_community_out():
    """Real R28's kind, invented lines: a station printed twice after its community's name (青桐社区红色驿站) was read
    from the five characters before its ending, 桐社区红色, and came out as a name cut inside the place
    (桐社区红色驿站). The community, subdistrict or estate and what stands before it are where the name stands;
    here what is left is the quoted name's tail, so no second name; an estate's name (幸福里小区暖蜂驿站) the same."""
    from builder.extract.practice_unquoted import unquoted_practices

    assert extract_practices(
        "青桐社区红色驿站温暖“小哥”", "走近青桐社区红色驿站，饮水机、微波炉、充电设备一应俱全。"
    ) == ["红色驿站"]
    assert extract_practices(
        "青桐社区“兰香友好红色驿站”揭牌",
        "青桐社区兰香友好红色驿站揭牌启用。走近青桐社区红色驿站，饮水机一应俱全。",
    ) == ["兰香友好红色驿站"]
    assert unquoted_practices(
        "青桐街道幸福里小区暖蜂驿站开门。幸福里小区暖蜂驿站每天开放。", frozenset()
    ) == ["暖蜂驿站"]
