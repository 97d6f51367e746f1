"""Captions printed alone inside a sentence, and captions printed inside another article (real damaged text).

c07 (invented corpus): `“红色管家”为独居老人检修电路。` stands between blank lines inside a sentence of the
长沙 article (`…共同` / caption / `商议小区公共事务。`), and describes the 宝塔街道 article below it.
"""

from pathlib import Path

from builder.ingest.article import Article, Photo
from builder.ingest.captions import send_captions_home
from builder.ingest.pagelines import CAPTION, CREDIT, HEADING, HEADLINE, TEXT, Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

CORPUS = Path(__file__).resolve().parents[2] / "tests" / "corpus" / "pages"

_C07_COLUMN = (
    "长沙市推行“小区党支部+\n业委会+物业企业”三方联\n动机制，由小区党支部书记\n牵头召开三方联席会，共同\n"
    "\n“红色管家”为独居老人检修电路。\n\n商议小区公共事务。全市已\n有1900余个小区实现党支部\n"
    "书记与业委会主任“一肩挑”，\n物业服务企业中组建党组织\n460个。"
)


def _kinds_and_texts(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(page))]


def test_a_caption_standing_alone_inside_a_sentence_leaves_the_body():
    assert _kinds_and_texts(_C07_COLUMN) == [
        (CAPTION, "“红色管家”为独居老人检修电路。"),
        (
            TEXT,
            "长沙市推行“小区党支部+业委会+物业企业”三方联动机制，由小区党支部书记牵头召开三方联席会，"
            "共同商议小区公共事务。全市已有1900余个小区实现党支部书记与业委会主任“一肩挑”，"
            "物业服务企业中组建党组织460个。",
        ),
    ]


def test_the_end_of_a_sentence_after_a_column_break_is_no_caption():
    # 003 (seed): `…发展党员1` + `26名…` shape: the line after the gap reads on from the open sentence
    page = (
        "截至目前，全市非公企业和社会组织共有党员2300余\n\n"
        "名，发展党员126名，培养入党积极分子206名。\n\n"
        "党的组织和党的工作实现了全覆盖。"
    )
    assert [kind for kind, _ in _kinds_and_texts(page)] == [TEXT, TEXT]
    assert "党员2300余名，发展党员126名" in _kinds_and_texts(page)[0][1]


def test_a_column_line_ending_a_sentence_between_blank_lines_stays_text():
    # the c07 column without the photo: the sentence's own end stands between two column breaks
    page = (
        "长沙市推行“小区党支部+\n业委会+物业企业”三方联\n动机制，由小区党支部书记\n牵头召开三方联席会，共同\n"
        "\n商议小区公共事务。\n\n全市已有1900余个小区实\n现党支部书记与业委会主任\n“一肩挑”，物业服务企业中\n"
        "组建党组织460个。"
    )
    assert _kinds_and_texts(page) == [
        (
            TEXT,
            "长沙市推行“小区党支部+业委会+物业企业”三方联动机制，由小区党支部书记牵头召开三方联席会，共同商议小区公共事务。",
        ),
        (TEXT, "全市已有1900余个小区实现党支部书记与业委会主任“一肩挑”，物业服务企业中组建党组织460个。"),
    ]


def test_a_photo_printed_in_the_neighbouring_article_goes_to_the_article_it_describes():
    first, second = process_page(CORPUS / "c07.txt").drafts
    assert first.captions == []
    assert "共同商议小区公共事务。" in first.body and "红色管家" not in first.body
    assert second.captions == [
        {"text": "“红色管家”为独居老人检修电路。", "credit": "本组图片由岳塘区委宣传部提供"},
        {"text": "宝塔街道党员志愿者走访辖区困难群众。", "credit": "本组图片由岳塘区委宣传部提供"},
    ]


def _filler(number: int) -> Article:
    return Article([Unit(TEXT, f"第{number}篇报道的正文。", number)], title=f"报道{number}")


def test_on_a_page_of_many_articles_a_caption_is_looked_for_only_near_its_own_article():
    # c07's photo printed inside a neighbour, on a page of 3 000 articles: found beside it, never searched
    # for across the whole page (the bench's 50 MB page: every caption against every article)
    described = Article(
        [Unit(TEXT, "宝塔街道“红色管家”上门为独居老人检修电路、更换灯泡。", 1)], title="宝塔街道红色管家"
    )
    photo = Photo("“红色管家”为独居老人检修电路。", inside=True)
    holder = Article([Unit(TEXT, "长沙市推行三方联动机制。", 1)], title="长沙", captions=[photo])
    near = [_filler(i) for i in range(1500)] + [holder, described] + [_filler(i) for i in range(1500)]
    send_captions_home(near)
    assert holder.captions == [] and described.captions == [photo]
    photo.credit = None
    far = [_filler(i) for i in range(1500)] + [holder] + [_filler(i) for i in range(40)] + [described]
    holder.captions, described.captions = [photo], []
    send_captions_home(far)
    assert holder.captions == [photo] and described.captions == []


# heldout2 d03: a `△` caption with its credit after a space on the same line, dropped between two lines of a
# sentence; the credit marks where the caption ends, the rest of the sentence stays in the body.
_D03_COLUMN = (
    "襄城区还把新就业群体纳入基层\n治理，招募860余名骑手担任\n“流动网格员”，在送餐途中随\n"
    "△骑手在襄城区古城“红色驿站”休息充电。 襄城区委社会工作部供图\n"
    "手拍、随时报，今年以来上报占\n道经营、井盖缺失等问题115\n0条，办结率达到98%。"
)


def test_a_credit_printed_on_the_caption_line_ends_the_caption():
    assert _kinds_and_texts(_D03_COLUMN) == [
        (CAPTION, "骑手在襄城区古城“红色驿站”休息充电。"),
        (CREDIT, "襄城区委社会工作部供图"),
        (
            TEXT,
            "襄城区还把新就业群体纳入基层治理，招募860余名骑手担任“流动网格员”，在送餐途中随手拍、随时报，"
            "今年以来上报占道经营、井盖缺失等问题1150条，办结率达到98%。",
        ),
    ]


# heldout2 d06: three headlines printed together on top, bylines on the page; the third body has no byline of
# its own (its credit closes it) and a caption with its credit (no mark) dropped inside its last sentence.
_D06_PAGE = (
    "闽宁镇：搬迁群众在“家门口”稳稳就业\n大武口区1800个“微心愿”有人认领\n隆德县“党支部+合作社”带富一方\n\n"
    "本报记者 马丽\n\n银川市永宁县闽宁镇是易地搬\n迁移民镇，搬迁群众6.6万\n人。\n\n\n"
    "本报讯（通讯员 杨帆 丁宁）\n石嘴山市大武口区在全区开展\n“微心愿”认领活动，由社区\n党组织认领实现。\n"
    "大武口区还组建“小巷管家”\n志愿服务队38支，常态化开\n展助老助残、环境清洁等志愿\n服务。\n\n\n"
    "隆德县推行“党支部+合作社\n+农户”发展模式，由村党支\n部领办合作社，带动农户发展\n中药材、肉牛养殖和乡村旅游。\n"
    "在沙塘镇，村党支部领办的中\n药材合作社流转土地3200\n隆德县沙塘镇村民在合作社基地采收中药材。\n隆德县委组织部供图\n"
    "亩，吸纳村民务工180余人，\n务工村民人均年增收1.5万\n元。\n（记者 苏文 实习生 何静）\n"
)


def test_a_credit_right_after_its_caption_never_takes_the_paragraph_before_it(tmp_path):
    page = tmp_path / "d06.txt"
    page.write_text(_D06_PAGE, encoding="utf-8")
    longde = process_page(page).drafts[-1]
    assert longde.body.startswith("隆德县推行“党支部+合作社+农户”发展模式")
    assert "流转土地3200亩，吸纳村民务工180余人，务工村民人均年增收1.5万元。" in longde.body
    assert longde.captions == [
        {"text": "隆德县沙塘镇村民在合作社基地采收中药材。", "credit": "隆德县委组织部供图"}
    ]


def test_a_body_opening_with_the_place_of_a_headline_printed_elsewhere_starts_an_article(tmp_path):
    page = tmp_path / "d06.txt"
    page.write_text(_D06_PAGE, encoding="utf-8")
    drafts = process_page(page).drafts
    assert [d.title for d in drafts] == [
        "闽宁镇：搬迁群众在“家门口”稳稳就业",
        "大武口区1800个“微心愿”有人认领",
        "隆德县“党支部+合作社”带富一方",
    ]
    assert "隆德县" not in drafts[1].body
    assert drafts[2].byline == "记者 苏文 实习生 何静"


def test_the_place_of_a_headline_in_a_body_after_a_gap_starts_no_article_when_it_is_the_same_place(tmp_path):
    # the same page with the third body about 大武口区 again: it goes on the second article
    page = tmp_path / "d06.txt"
    page.write_text(_D06_PAGE.replace("隆德县推行", "大武口区推行"), encoding="utf-8")
    drafts = process_page(page).drafts
    assert len(drafts) == 2 and "大武口区推行" in drafts[1].body


# heldout2 d08: a credit glued to a body's last sentence, nothing after it: the lines before it end that
# sentence, they are no caption (the body stays whole, no spurious article from the rest of the sentence).
_D08_COLUMN = (
    "本报讯（记者 方圆 通讯员 \n汪琳）芜湖市镜湖区范罗山街道\n辖区老旧小区多、物业企业小而\n散，物业服务质量参差不齐。\n"
    "今年以来，联盟企业共解决小区\n漏水、停车、绿化等问题680\n余个，物业费收缴率从68%提\n高到86%，居民满意度达到9\n"
    "3%。（图片由范罗山街道提供）\n"
)


def test_the_last_lines_of_a_sentence_before_a_glued_credit_are_no_caption():
    kinds_texts = _kinds_and_texts(_D08_COLUMN)
    assert CAPTION not in [kind for kind, _ in kinds_texts]
    last_sentence = (
        "今年以来，联盟企业共解决小区漏水、停车、绿化等问题680余个，物业费收缴率从68%提高到86%，"
        "居民满意度达到93%。"
    )
    assert kinds_texts[-2][0] == TEXT and kinds_texts[-2][1].endswith(last_sentence)
    assert kinds_texts[-1] == (CREDIT, "（图片由范罗山街道提供）")


def test_a_caption_printed_at_the_page_foot_joins_the_credit_its_article_printed_alone(tmp_path):
    # heldout2 d08: the credit is glued to the 范罗山街道 body's last sentence, its `△` caption printed at the
    # foot of the page after the 宿松县 body: one photo of the 范罗山街道 article
    page = tmp_path / "d08.txt"
    lines = (CORPUS.parent / "heldout2" / "d08.txt").read_text(encoding="utf-8").splitlines()
    page.write_text("\n".join(lines[3:22] + lines[22:39] + ["", "", lines[40]]) + "\n", encoding="utf-8")
    fanluoshan, susong = process_page(page).drafts
    assert fanluoshan.captions == [
        {"text": "范罗山街道“红色物业联盟”志愿者为居民维修电器。", "credit": "图片由范罗山街道提供"}
    ]
    assert fanluoshan.body.rstrip().endswith("居民满意度达到93%。") and susong.captions == []


def test_a_body_of_many_sentences_before_a_credit_standing_alone_stays_a_body(tmp_path):
    # heldout2 d06's 隆德县 body after a gap, its photo credit on the line after it (the caption not printed):
    # four sentences are a body, never a photo news item's text
    page = tmp_path / "d06.txt"
    head, tail = _D06_PAGE.split("隆德县推行", 1)
    body = "隆德县推行" + tail.split("在沙塘镇", 1)[0]
    page.write_text(
        head
        + body.replace(
            "乡村旅游。\n",
            "乡村旅游。今年上半\n年，合作社实现经营收入1.\n2亿元。目前，全县99个行政村\n均成立了合作社。\n",
        )
        + "隆德县委组织部供图\n",
        encoding="utf-8",
    )
    longde = process_page(page).drafts[-1]
    assert longde.body.startswith("隆德县推行") and "1.2亿元" in longde.body
    assert longde.captions == [{"text": "隆德县委组织部供图", "credit": None}]


def test_a_marked_caption_wrapped_over_two_lines_takes_its_second_line():
    # c14 (invented corpus): `△…在“民族团结之家”` / `共同包粽子。` / credit
    page = "△南小街社区各族居民在“民族团结之家”\n共同包粽子。\n城东区委统战部供图\n"
    assert _kinds_and_texts(page) == [
        (CAPTION, "南小街社区各族居民在“民族团结之家”共同包粽子。"),
        (CREDIT, "城东区委统战部供图"),
    ]


# heldout2 d06's column with its `△` caption printed without its full stop and without a credit: the lines under
# it are a body sentence running on longer than a caption wraps; they are never taken into it.
_D06_MARKED_CAPTION_WITHOUT_STOP = (
    "△闽宁镇一家帮扶车间里，搬迁群众在加工服装\n闽宁镇各村党支部与车间企业\n结对共建，党员干部上门摸排\n"
    "劳动力底数，建立“一户一档”\n就业台账，按照群众意愿推荐\n岗位。今年以来，全镇新增就\n业2300余人。\n"
)


def test_body_lines_under_a_marked_caption_without_its_full_stop_stay_body():
    assert _kinds_and_texts(_D06_MARKED_CAPTION_WITHOUT_STOP) == [
        (CAPTION, "闽宁镇一家帮扶车间里，搬迁群众在加工服装"),
        (
            TEXT,
            "闽宁镇各村党支部与车间企业结对共建，党员干部上门摸排劳动力底数，建立“一户一档”就业台账，"
            "按照群众意愿推荐岗位。今年以来，全镇新增就业2300余人。",
        ),
    ]


# heldout3 e02 (blind held-out set): a caption with its credit in brackets, `（杨柳 摄）`, glued to its end, set
# wider than the column inside a sentence (`…全乡共发` / caption / `放积分21万分…`).
_E02_COLUMN = (
    "积分由村党支部牵头评定，每月在村\n务公开栏公示。今年以来，全乡共发\n"
    "槐店乡村民在“积分超市”用积分兑换生活用品。（杨柳 摄）\n"
    "放积分21万分，兑换商品8600\n余件，参与村民达到3100户。\n"
)


def test_a_caption_with_its_bracketed_credit_inside_a_sentence_leaves_the_body():
    assert _kinds_and_texts(_E02_COLUMN) == [
        (CAPTION, "槐店乡村民在“积分超市”用积分兑换生活用品。"),
        (CREDIT, "（杨柳 摄）"),
        (
            TEXT,
            "积分由村党支部牵头评定，每月在村务公开栏公示。今年以来，全乡共发放积分21万分，"
            "兑换商品8600余件，参与村民达到3100户。",
        ),
    ]


# heldout4 f07 (blind held-out set): a `图为` caption wrapped onto the next line, its credit glued to its end,
# between two sentences of the body.
_F07_COLUMN = (
    "调解室与司法所、派出所建立“三所联\n动”机制，重大纠纷由三方共同调处。\n"
    "图为上杭县一村“乡贤调解室”调解员正在调\n解土地纠纷。上杭县委政法委供图\n"
    "去年以来，全县“乡贤调解室”共受理\n纠纷1380件，调解成功率达到95\n%。\n"
)


def test_a_wrapped_photo_caption_with_its_credit_glued_to_its_end_leaves_the_body():
    assert _kinds_and_texts(_F07_COLUMN) == [
        (TEXT, "调解室与司法所、派出所建立“三所联动”机制，重大纠纷由三方共同调处。"),
        (CAPTION, "图为上杭县一村“乡贤调解室”调解员正在调解土地纠纷。"),
        (CREDIT, "上杭县委政法委供图"),
        (TEXT, "去年以来，全县“乡贤调解室”共受理纠纷1380件，调解成功率达到95%。"),
    ]
    captions = process_page(CORPUS.parent / "heldout4" / "f07.txt").drafts[0].captions
    assert captions == [
        {"text": "图为上杭县一村“乡贤调解室”调解员正在调解土地纠纷。", "credit": "上杭县委政法委供图"}
    ]


def test_body_lines_beginning_with_tu_wei_are_no_caption():
    # inside an open sentence (`…企业意` / `图为…`), or running on into a second sentence: the body's lines
    inside = _F07_COLUMN.replace("共同调处。\n图为", "共同调处，意\n图为")
    assert CAPTION not in [kind for kind, _ in _kinds_and_texts(inside)]
    two_sentences = _F07_COLUMN.replace("解土地纠纷。上杭县委政法委供图", "解土地纠纷。各村也在调")
    assert CAPTION not in [kind for kind, _ in _kinds_and_texts(two_sentences)]


def test_a_jump_headline_over_its_continuation_marker_is_no_text():
    # heldout4 f07: `乡贤调解室让矛盾不出村` / `（上接第1版）` on the page the article goes on
    page = (
        "纠纷1380件，调解成功率达到95\n%。\n（下转第8版）\n\n"
        "乡贤调解室让矛盾不出村\n（上接第1版）\n上杭县还把调解员培训纳入乡村振兴人\n才计划，每年培训调解员400人次。\n"
    )
    kinds = _kinds_and_texts(page)
    assert (HEADLINE, "乡贤调解室让矛盾不出村") in kinds
    assert all("乡贤调解室让矛盾不出村" not in text for kind, text in kinds if kind == TEXT)


def test_the_head_of_the_page_an_article_goes_on_to_is_furniture():
    # heldout4 f07: `8` / `2026年5月20日  要闻` / jump headline / `（上接第1版）`, in the same file
    f07 = process_page(CORPUS.parent / "heldout4" / "f07.txt").drafts[0]
    assert "上杭县还把调解员培训纳入乡村振兴人才计划" in f07.body
    assert "8上杭县" not in f07.body and "不出村" not in f07.body


def test_a_caption_set_wider_than_the_column_between_two_sentences_leaves_the_body():
    # the e02 caption where the column's sentence had ended: nothing is open, the line's width tells
    page = _E02_COLUMN.replace("今年以来，全乡共发\n", "今年以来，全乡共发\n放积分21万分。\n").replace(
        "（杨柳 摄）\n放积分21万分，兑换商品8600", "（记者 杨柳 李想 摄）\n兑换商品8600"
    )
    assert _kinds_and_texts(page)[1:3] == [
        (CAPTION, "槐店乡村民在“积分超市”用积分兑换生活用品。"),
        (CREDIT, "（记者 杨柳 李想 摄）"),
    ]


def test_a_paragraphs_last_line_with_a_credit_glued_to_it_stays_the_paragraphs():
    # seeds 003 shape: `…自我造血功能。（图片由…提供）`: a line of the column's width, the body's last sentence
    page = "积分由村党支部牵头评定，每月在村\n务公开栏公示。\n全乡共发放积分21万分。（杨柳 摄）\n"
    assert CAPTION not in [kind for kind, _ in _kinds_and_texts(page)]
    assert (TEXT, "全乡共发放积分21万分。") in _kinds_and_texts(page)


def test_a_caption_opening_with_its_place_on_the_page_leaves_the_body():
    # the f07 column with its photo set above: `上图：…。` over its credit line
    page = _F07_COLUMN.replace(
        "图为上杭县一村“乡贤调解室”调解员正在调\n解土地纠纷。上杭县委政法委供图\n",
        "上图：上杭县一村“乡贤调解室”调解员正在调解土地纠纷。\n本报记者 林晓峰 摄\n",
    )
    assert _kinds_and_texts(page)[1:3] == [
        (CAPTION, "上图：上杭县一村“乡贤调解室”调解员正在调解土地纠纷。"),
        (CREDIT, "本报记者 林晓峰 摄"),
    ]
    assert _kinds_and_texts(page.replace("上图：", "图："))[1][0] == CAPTION


def test_an_uncredited_caption_set_wider_than_the_column_inside_a_sentence_leaves_the_body():
    # the e02 caption printed without its credit and with no blank line around it
    page = _E02_COLUMN.replace("（杨柳 摄）", "")
    assert _kinds_and_texts(page)[0] == (CAPTION, "槐店乡村民在“积分超市”用积分兑换生活用品。")
    assert "全乡共发放积分21万分" in _kinds_and_texts(page)[1][1]


def test_the_line_before_a_caption_set_inside_its_sentence_is_no_heading():
    # a `△` caption cutting `…与“文明家庭”` / `评选挂钩…`: the line before it goes on after the caption
    page = (
        "参与村民达到3100户。\n乡党委还把积分结果与“文明家庭”\n△村民在“积分超市”兑换生活用品。\n"
        "评选挂钩，今年评出“文明家庭”1\n26户。\n"
    )
    found = _kinds_and_texts(page)
    assert (CAPTION, "村民在“积分超市”兑换生活用品。") in found
    assert (TEXT, "乡党委还把积分结果与“文明家庭”评选挂钩，今年评出“文明家庭”126户。") in found
    assert HEADING not in [kind for kind, _ in found]


def test_credits_naming_who_took_the_photo_first_are_credits():
    # the e02 caption set apart with its credit under it in the other printed forms
    for credit in ("摄影：杨柳", "图片来源：光山县委宣传部", "（资料图片）"):
        page = f"今年以来，全乡共发放积分21万分。\n\n槐店乡村民在“积分超市”用积分兑换生活用品。\n{credit}\n\n乡党委还把积分结果与“文明家庭”评选挂钩。\n"
        assert _kinds_and_texts(page)[1:3] == [
            (CAPTION, "槐店乡村民在“积分超市”用积分兑换生活用品。"),
            (CREDIT, credit),
        ], credit
