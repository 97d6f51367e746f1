"""Headlines, kickers, subtitles, bylines and captions of layouts the seeds don't show, on the damaged lines of
the invented corpus (tests/corpus/pages)."""

from __future__ import annotations

from pathlib import Path

from builder.ingest.pagelines import BYLINE, CAPTION, CREDIT, FURNITURE, HEADLINE, KICKER, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.titles import acting_place, title_from_lead
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

PAGES = Path(__file__).resolve().parents[1] / "corpus" / "pages"


def units(text: str) -> list[tuple[str, str]]:
    return [(u.kind, u.text) for u in classify_page(text)]


def articles(name: str):
    return segment(assemble(classify_page(read_page(PAGES / name).text)))


def test_a_kicker_above_the_headline_and_bare_names_under_it():
    # c02: `把服务送到居民心坎上` / `红旗街道“一刻钟便民圈”越织越密` / `王晓丹  李墨`
    page = "第 2 版\n基 层 治 理\n\n把服务送到居民心坎上\n红旗街道“一刻钟便民圈”越织越密\n王晓丹  李墨\n\n清晨六点半，"
    assert units(page)[1:5] == [
        (FURNITURE, "基 层 治 理"),
        (KICKER, "把服务送到居民心坎上"),
        (HEADLINE, "红旗街道“一刻钟便民圈”越织越密"),
        (BYLINE, "王晓丹  李墨"),
    ]
    first, second = articles("c02.txt")
    assert (first.title, first.subtitle, first.byline) == (
        "红旗街道“一刻钟便民圈”越织越密",
        "把服务送到居民心坎上",
        "王晓丹 李墨",
    )
    assert (second.title, second.subtitle) == ("吉林让矛盾纠纷化解在萌芽状态", "全省推广“三级联动”调解机制")


def test_a_headline_on_the_first_line_before_a_baoxun_byline_is_the_title():
    # c05: the headline, a blank line, `本报讯（解晓一）蜀山区笔架山街`: once glued into the lead
    first = articles("c05.txt")[0]
    assert first.title == "笔架山街道：“楼栋夜话”把矛盾化解在家门口"
    assert first.byline == "本报讯（解晓一）"
    assert first.paragraphs[0].startswith("蜀山区笔架山街道坚持党建引领")


def test_headlines_printed_together_above_the_first_byline_go_to_their_articles():
    # c06: three headlines at the top, then the three bodies
    titles = [a.title for a in articles("c06.txt")]
    assert titles == [
        "新城区西一路街道：背街小巷“一巷一策”焕新颜",
        "老人吃上“暖心饭” 年轻人当起“跑腿员”",
        "遂宁千名党员下沉网格解民忧",
    ]


def test_a_headline_right_above_its_byline_is_not_matched_elsewhere():
    # c08: the second article's jump headline repeats the first article's words
    titles = [a.title for a in articles("c08.txt")][:2]
    assert titles == ["湖南路街道：商圈里的“红色引擎”", "鼓楼区为社区减负 把时间还给居民"]


def test_a_dash_line_is_the_subtitle_and_a_closing_credit_the_byline():
    # c11: `塞上基层添“新”力` / `——宁夏推进…纪实`, and `（本报记者 马文 通讯员 杨帆）` at the end
    (only,) = articles("c11.txt")
    assert (only.title, only.subtitle) == ("塞上基层添“新”力", "宁夏推进新就业群体融入基层治理纪实")
    assert only.byline == "本报记者 马文 通讯员 杨帆"
    assert "本报记者" not in only.text


def test_spaced_page_labels_are_furniture_but_a_spaced_headline_is_not():
    assert units("特 别 报 道\n\n编者按：")[0] == (FURNITURE, "特 别 报 道")
    assert units("三 晋 · 治 理\n\n太原：")[0] == (FURNITURE, "三 晋 · 治 理")
    # c04: the headline is printed spaced out too, with its subtitle right under it
    assert articles("c04.txt")[0].title == "一个山村的“议事”新风"


def test_byline_ornaments_are_dropped():
    assert units("■中共凯里市委组织部\n\n近年来，凯里市积极探索。")[0] == (BYLINE, "中共凯里市委组织部")


def test_a_bulleted_subheading_ending_in_a_university_or_a_government_is_no_byline():
    # a phrase whose object ends in 大学/政府 (with 的, or a kind of government): a subheading, not a signing body
    # (or with no 的, a verb of setting one up or running it opening it: ■建设老年大学, ■办好社区大学)
    for line in (
        "■开好身边的社区大学",
        "■打造人民满意的法治政府",
        "■建设数字政府",
        "■建设老年大学",
        "■办好社区大学",
    ):
        assert BYLINE not in {kind for kind, _ in units(f"{line}\n\n近年来，某县积极探索。")}, line
    for body in ("某某县老年大学", "某某镇人民政府", "某某县政府"):
        assert units(f"■{body}\n\n近年来，某县积极探索。")[0] == (BYLINE, body)


def test_photo_captions_and_their_credits_of_every_printed_form():
    # c10: caption and credit on one line
    assert units("图为较场口社区“院坝会”现场。 记者 冉小鹏 摄") == [
        (CAPTION, "图为较场口社区“院坝会”现场。"),
        (CREDIT, "记者 冉小鹏 摄"),
    ]
    # c14: a △ caption wrapped over two lines, its credit on the next
    assert units("△南小街社区各族居民在“民族团结之家”\n共同包粽子。\n城东区委统战部供图") == [
        (CAPTION, "南小街社区各族居民在“民族团结之家”共同包粽子。"),
        (CREDIT, "城东区委统战部供图"),
    ]
    # c04: a caption and its credit dropped between the halves of a sentence, which is rejoined
    (article,) = articles("c04.txt")
    assert [(c.text, c.credit) for c in article.captions] == [
        ("余村“青年议事员”在村民家中走访。", "天荒坪镇供图")
    ]
    assert any("目前，余村共有议事会成员37名" in p for p in article.paragraphs)
    # c07: one group credit for every caption of the group
    baota = articles("c07.txt")[1]
    assert baota.captions and all(c.credit == "本组图片由岳塘区委宣传部提供" for c in baota.captions)


def test_an_article_with_no_text_is_reported_with_its_line_and_not_written(tmp_path):
    # the end of c05 with a headline and byline left over at the bottom of the page, their text lost
    page = (PAGES / "c05.txt").read_text(encoding="utf-8").rstrip("\n")
    lines = len(page.split("\n"))
    damaged = tmp_path / "c05.txt"
    damaged.write_text(
        f"{page}\n\n麒麟区：“红色物业”让小区治理提档升级\n本报讯（记者 李云）\n", encoding="utf-8"
    )
    result = process_page(damaged)
    assert [d.title for d in result.drafts] == [d.title for d in process_page(PAGES / "c05.txt").drafts]
    assert result.warnings == [
        f"{damaged}:{lines + 3}: warning: “麒麟区：“红色物业”让小区治理提档升级” with no text of its own was "
        "found here and not written; if it is an article, add its text to the page and ingest again"
    ]


def test_headlines_all_at_the_bottom_of_a_page_without_bylines_cut_it_at_each_new_place():
    # c13: three bodies, each opening with its place (`宁波市鄞州区首南街道…`, `江北区庄桥街道…`), their three
    # headlines printed together at the bottom, doubled, the last glued into a body sentence
    found = articles("c13.txt")
    assert [a.title for a in found] == [
        "余姚市：“村情通”打通治理最后一米",
        "首南街道：“小区合伙人”共建幸福家园",
        "李家社区：老党员当起“楼道长”",
    ]
    assert found[2].paragraphs[0].startswith("江北区庄桥街道李家社区是一个拆迁安置社区")
    assert any(p.startswith("李家社区还在每个楼道设立") for p in found[2].paragraphs)


def test_an_editors_note_and_boxed_sidebars_are_furniture():
    # c09: 编者按 before the headline, 记者手记 after the article; c10: 短评 and 链接 boxes between two articles
    (feature,) = articles("c09.txt")
    assert feature.title == "科技园里的“蓝马甲”"
    assert "编者按" not in feature.text and "记者最深的感受" not in feature.text
    first, second = articles("c10.txt")
    assert first.paragraphs[-1].endswith("邻里关系也更融洽了。")
    assert "院坝是西南地区" not in first.text and "接地气的办法" not in first.text
    assert second.title == "五华区推行“街长制”激活街区治理"


def test_a_title_made_for_an_untitled_article_reads_like_a_headline():
    lead = ["海东市互助土族自治县红崖子沟乡紧紧围绕“党建带妇建、妇建促党建”的工作思路，凝聚巾帼力量。"]
    assert title_from_lead(lead) == "红崖子沟乡：党建带妇建、妇建促党建"  # seed 000, part 7
    assert (
        title_from_lead(["黔东南州深化“组团式”党建服务，开展新就业群体“暖蜂行动”。"])
        == "黔东南州深化“组团式”党建服务"
    )
    assert acting_place("银川市金凤区黄河东路街道为首批12个小区") == "黄河东路街道"
    # heldout14 p01 as ingested: the area word after the subdistrict is no place (`辖区：小院管家` before)
    assert acting_place("渭南市临渭区杜桥街道辖区有无物业管理的老旧院落47个") == "杜桥街道"
    assert acting_place("东城区城区老旧小区") == "东城区"  # invented


def test_a_continuation_within_the_page_makes_one_article():
    # c08: `…日均服务200余人次。` / `（下转第5版）` … the next article … `商圈里的“红色引擎”` / `（上接第4版）` / `为解决…`
    first, second = articles("c08.txt")
    assert any(p.startswith("为解决商圈停车难、占道经营等问题") for p in first.paragraphs)
    assert "商圈里的“红色引擎”" not in first.text and "商圈" not in second.text
    assert second.paragraphs[-1].endswith("让社区干部有更多时间走进居民家中。")


# c17: a short column label over the page's first headline, bare names between blank lines, and a headline
# printed between the two halves of a `本报讯（…）` byline.
_C17_TOP = (
    "第 5 版\n综合\n\n西固区：“红色驿站”温暖新就业群体\n\n王宁 赵晓燕\n\n兰州市西固区在商圈、物流园区\n"
)
_C17_CUT = (
    "问题620余条。\n\n\n本报讯（记者 韩冰 通讯员 \n\n镇原县“板凳会”开到群众心坎上\n\n"
    "罗娟）“有啥事坐下来说，比跑\n好几趟强多了。”近日，庆阳市\n"
)


def test_a_short_label_over_the_first_headline_is_furniture_and_bare_names_after_a_gap_a_byline():
    assert units(_C17_TOP) == [
        (FURNITURE, "第 5 版"),
        (FURNITURE, "综合"),
        (HEADLINE, "西固区：“红色驿站”温暖新就业群体"),
        (BYLINE, "王宁 赵晓燕"),
        ("text", "兰州市西固区在商圈、物流园区"),
    ]


def test_one_name_alone_after_a_gap_is_no_byline():
    page = _C17_TOP.replace("王宁 赵晓燕", "王宁")
    assert (BYLINE, "王宁") not in units(page)


def test_a_label_is_furniture_only_over_the_first_headline():
    # the same short word after the first article has begun is text
    page = _C17_TOP + "\n综合\n\n镇原县“板凳会”开到群众心坎上\n"
    assert ("text", "综合") in units(page)


def test_a_headline_printed_inside_a_byline_comes_out_and_the_byline_is_rejoined():
    assert units(_C17_CUT)[1:] == [
        (HEADLINE, "镇原县“板凳会”开到群众心坎上"),
        ("text", "本报讯（记者 韩冰 通讯员 罗娟）“有啥事坐下来说，比跑"),
        ("text", "好几趟强多了。”近日，庆阳市"),
    ]
    (first, second) = process_page(PAGES / "c17.txt").drafts
    assert (first.title, first.byline) == ("西固区：“红色驿站”温暖新就业群体", "王宁 赵晓燕")
    assert first.body.startswith("兰州市西固区")
    assert (second.title, second.byline) == (
        "镇原县“板凳会”开到群众心坎上",
        "本报讯（记者 韩冰 通讯员 罗娟）",
    )
    assert second.body.startswith("“有啥事坐下来说，比跑好几趟强多了。”")


def test_three_headlines_printed_together_are_no_kicker_and_bare_names_between_gaps_start_an_article():
    # c18: three headlines stacked over the page's bodies; the second body's byline is a line of names
    # standing alone between blank lines after the first article's last sentence
    page = read_page(PAGES / "c18.txt").text
    kinds = units(page)
    assert kinds[2:5] == [
        (HEADLINE, "黄岩区：“共富工坊”开到村民家门口"),
        (HEADLINE, "老党员当上“调解员”"),
        (HEADLINE, "桐庐乡村“数字驾驶舱”上线"),
    ]
    assert (BYLINE, "胡晓 潘越") in kinds
    drafts = process_page(PAGES / "c18.txt").drafts
    assert [(d.title, d.subtitle, d.byline) for d in drafts] == [
        ("黄岩区：“共富工坊”开到村民家门口", None, "本报记者 叶青"),
        ("老党员当上“调解员”", None, "胡晓 潘越"),
        ("桐庐乡村“数字驾驶舱”上线", None, "本报讯（记者 钱丽 通讯员 方舟）"),
    ]
    assert drafts[0].body.rstrip().endswith("人均月增收1800元。")
    assert drafts[1].body.startswith("温州市鹿城区五马街道")


def test_names_between_gaps_inside_an_open_sentence_are_no_byline():
    # the same names line, but the text before it stops mid-sentence: it is the sentence's text
    page = "目前，黄岩区“共富工坊”已吸纳农村富余\n\n胡晓 潘越\n\n劳动力3200余人。\n"
    assert (BYLINE, "胡晓 潘越") not in units(page)


def test_a_headline_naming_social_workers_is_no_reporter_line():
    # heldout2 d05: `让社区工作者留得住、干得好`: 工作者 holds 作者 but names no author
    from builder.ingest.bylineshapes import is_byline_text

    assert not is_byline_text("让社区工作者留得住、干得好")
    assert not is_byline_text("文艺创作者扎根乡村")
    assert is_byline_text("作者 王芳")
    assert is_byline_text("本报记者 任静 通讯员 王博")


def test_headlines_side_by_side_split_where_one_opens_with_its_place():
    # heldout2 d08: two doubled bottom headlines on one line, the second without a colon; seeds 004 keeps the
    # space inside one headline (`…聚合力 夯基固本促发展`), and a generic 小区 opens no second headline
    from builder.ingest.textrules import split_bold_doubled, split_headlines

    line = (
        "范罗山街道范罗山街道：：““红色物业联盟红色物业联盟””让老小区焕新颜让老小区焕新颜 "
        "宿松县宿松县““一村一辅警一村一辅警””守护村居平安守护村居平安"
    )
    headline, _ = split_bold_doubled(line)
    assert split_headlines(headline) == [
        "范罗山街道：“红色物业联盟”让老小区焕新颜",
        "宿松县“一村一辅警”守护村居平安",
    ]
    assert split_headlines("新蒲新区：党旗高扬聚合力 夯基固本促发展") == [
        "新蒲新区：党旗高扬聚合力 夯基固本促发展"
    ]
    assert split_headlines("范罗山街道：红色物业联盟聚合力 老旧小区换了新模样") == [
        "范罗山街道：红色物业联盟聚合力 老旧小区换了新模样"
    ]


def test_a_mark_before_a_byline_but_not_before_a_headline():
    # seeds 002 `■中共凯里市委组织部`, c20 `■ 陈晨 刘洋`, c21 `■记者 周敏 通讯员`; a brief column's bullet before
    # a headline (`■昌邑区社区食堂开进老旧小区`) signs nothing
    from builder.ingest.bylineshapes import is_byline_text

    for signed in ("■中共凯里市委组织部", "■ 陈晨 刘洋", "■记者 周敏 通讯员", "■文/图 张三"):
        assert is_byline_text(signed), signed
    for headline in ("■昌邑区社区食堂开进老旧小区", "■铁西区“楼栋长”当起居民贴心人"):
        assert not is_byline_text(headline), headline


def test_a_sidebar_label_spaced_out_is_a_sidebar_too():
    # heldout2 d04:57: the box `链  接` under the 万州区 article, its characters set apart as a box's label often
    # is; its text (what a 坝坝会 is) is no part of the article
    page = read_page(PAGES.parent / "heldout2" / "d04.txt").text
    assert ("sidebar", "链  接") in units(page)
    bodies = ["".join(a.paragraphs) for a in segment(assemble(classify_page(page)))]
    wanzhou = next(body for body in bodies if "平安院落" in body)
    assert wanzhou.endswith("兑换生活用品。") and not any("是重庆人对在院坝" in body for body in bodies)
    from builder.ingest.pagelabels import SIDEBAR_LABEL

    for label in ("链  接", "记 者 手 记", "短评 让“院坝会”常开常新", "相关链接"):
        assert SIDEBAR_LABEL.match(label), label
    assert not SIDEBAR_LABEL.match("链条接上了")


def test_a_headline_wrapped_after_who_acts_whatever_its_second_line_opens_with():
    # heldout3 e01 `桥西区：楼栋“红管家”` / `把服务送到家门口` / `□ 本报记者 …`, e04 `枫林路街道“楼宇党建”` /
    # `聚起白领“朋友圈”`, `普陀区“15分钟养老服务圈”` / `覆盖全区`: the first line is only who acts, one headline
    from builder.ingest.headlinewraps import reads_on

    page = "要闻\n\n桥西区：楼栋“红管家”\n把服务送到家门口\n□ 本报记者 周晓 通讯员 韩冰\n\n　　石家庄市桥西区老旧小区多。\n"
    assert (HEADLINE, "桥西区：楼栋“红管家”把服务送到家门口") in units(page)
    assert KICKER not in [kind for kind, _ in units(page)]
    for first, second in (
        ("枫林路街道“楼宇党建”", "聚起白领“朋友圈”"),
        ("普陀区“15分钟养老服务圈”", "覆盖全区"),
    ):
        assert reads_on(first, second), first
    # a kicker stays a kicker: it does more than name who acts, or the line under it names its own subject
    assert not reads_on("把服务送到居民心坎上", "红旗街道“一刻钟便民圈”越织越密")
    assert not reads_on("万秀区“红色管家”", "东兴街道“红色管家”进驻老旧小区")
    assert not reads_on("万秀区“红色管家”", "——东兴街道见闻")


def test_a_closing_credit_of_the_body_that_supplied_the_text_is_the_byline():
    # heldout3 e08: `…带动30` / `0多名学员发展特色种养。（儋州市委组` / `织部供稿）`, the credit the wrap cut in two
    page = read_page(PAGES.parent / "heldout3" / "e08.txt").text
    last = segment(assemble(classify_page(page)))[-1]
    assert last.byline == "儋州市委组织部供稿"
    assert last.paragraphs[-1].endswith("发展特色种养。")
    from builder.ingest.captionshapes import split_closing_names

    assert split_closing_names("…惠及住户700余户。（覃小红）") == ("…惠及住户700余户。", "（覃小红）")
    # a bracket of words that names no one who wrote or supplied it stays in the sentence
    assert split_closing_names("…成立调解室。（详见第3版）")[1] is None


def test_a_kicker_ending_in_a_word_whose_last_character_could_cut_a_phrase():
    # heldout3 e07: `【基层治理新实践·乡村篇】` / `党员带头 村民参与` / `汪口村：古村里的“民宿合作社”` / byline: 参与 is
    # a word, the kicker no text of its own (it started a spurious article)
    from builder.ingest.headlineshapes import is_headline_shape

    page = read_page(PAGES.parent / "heldout3" / "e07.txt").text
    assert units(page)[1:3] == [(KICKER, "党员带头 村民参与"), (HEADLINE, "汪口村：古村里的“民宿合作社”")]
    (first, *_rest) = segment(assemble(classify_page(page)))
    assert (first.title, first.subtitle) == ("汪口村：古村里的“民宿合作社”", "党员带头 村民参与")
    for cut in (
        "社区党组织牵头开展的",
        "党建引领与",
        "把矛盾化解在",
    ):  # a phrase the wrap cut stays no headline
        assert not is_headline_shape(cut), cut


def test_a_headline_printed_vertically_one_character_a_line():
    # heldout3 e05:36-45 `停`/`车`/`难`/`题`/`“`/`议`/`”`/`出`/`解` over `通讯员 赵琳`: the quote marks stand on
    # lines of their own too, and the stack's last character is no part of the byline under it; seeds 001's
    # column label `基`/`层`/`实`/`践回民区：…` stays page furniture
    page = read_page(PAGES.parent / "heldout3" / "e05.txt").text
    assert [(kind, text) for kind, text in units(page) if kind in (HEADLINE, BYLINE)][-2:] == [
        (HEADLINE, "停车难题“议”出解"),
        (BYLINE, "通讯员 赵琳"),
    ]
    last = segment(assemble(classify_page(page)))[-1]
    assert (last.title, last.byline) == ("停车难题“议”出解", "通讯员 赵琳")
    assert units("基\n层\n实\n践回民区：以组织力引领城市基层治理现代化\n")[0] == (FURNITURE, "基层实践")
    assert units("基\n层\n治\n理\n\n回民区以组织力引领城市基层治理。\n")[0] == (FURNITURE, "基层治理")


def test_a_byline_of_who_wrote_and_who_took_the_photos():
    # heldout3 e02: `文/图 本报记者 杨柳` under the detached headline `槐店乡“积分超市”攒出文明新风` starts the second
    # article (it was read as text and the article lost); the slash of `文/图` stays, names set apart by slashes
    # are still one byline
    from builder.ingest.bylineshapes import is_byline_text, unslash_names

    page = read_page(PAGES.parent / "heldout3" / "e02.txt").text
    found = [(a.title, a.byline) for a in segment(assemble(classify_page(page)))]
    assert ("槐店乡“积分超市”攒出文明新风", "文/图 本报记者 杨柳") in found
    assert is_byline_text("图/文 记者 王五") and unslash_names("文/图 本报记者 杨柳") == "文/图 本报记者 杨柳"
    assert unslash_names("本报记者/增太加通讯员/豆本加") == "本报记者 增太加 通讯员 豆本加"
    assert not is_byline_text("文/图 村里的新变化") and not is_byline_text("文明实践站")


def test_a_headline_beside_the_last_line_of_the_column_before_and_a_reporter_line_at_the_page_foot():
    # heldout3 e06: `…述职评议考核。        锦州“三官一律”进网格` / `锦州市推动“三官一律”进网格，…` and, under the
    # second article's last sentence, `本报记者 郑爽` with only `责任编辑：…` and `扫码阅读…` under it
    page = read_page(PAGES.parent / "heldout3" / "e06.txt").text
    first, second = segment(assemble(classify_page(page)))
    assert first.paragraphs[-1].endswith("党委书记抓基层党建述职评议考核。")
    assert (second.title, second.byline) == ("锦州“三官一律”进网格", "本报记者 郑爽")
    assert second.paragraphs[0].startswith("锦州市推动")
    # a gap before words the next paragraph does not open with is no headline; a reporter line with the text
    # of another article under it opens that article
    lines = "考核。        锦州“三官一律”进网格\n全省同步清理村级组织挂牌、证明事项。\n"
    assert HEADLINE not in [kind for kind, _ in units("本报讯 辽宁省推行清单。\n" + lines)]
    opening = "居民都说好。\n本报记者 郑爽\n锦州市推动“三官一律”进网格，组织律师结对。\n"
    assert (BYLINE, "本报记者 郑爽") in units(opening)


def test_a_bare_byline_gives_back_the_start_of_the_leads_place_the_wrap_cut():
    # heldout17 p07: `记者 刘畅 通讯员 孙伟 沈阳` / `市沈河区深化…`: 沈阳 is the lead's 沈阳市, not a name
    page = "两千余名党员到社区报到\n记者 刘畅 通讯员 孙伟 沈阳\n市沈河区深化机关企事业单位党组\n织和在职党员到社区报到工作。"
    assert units(page)[1] == (BYLINE, "记者 刘畅 通讯员 孙伟")
    assert units(page)[2][1].startswith("沈阳市沈河区深化")


def test_a_bare_byline_keeps_its_last_name_when_the_lead_names_its_place_on_its_own():
    # negatives: the last word is a name (the lead's place starts whole on the next line), or no place runs over
    page = "两千余名党员到社区报到\n记者 刘畅 通讯员 孙伟\n沈阳市沈河区深化机关企事业单位党组\n织和在职党员到社区报到工作。"
    assert units(page)[1] == (BYLINE, "记者 刘畅 通讯员 孙伟")
    page = "两千余名党员到社区报到\n记者 刘畅 通讯员 孙伟 王芳\n今年以来机关企事业单位党组\n织和在职党员到社区报到工作。"
    assert units(page)[1] == (BYLINE, "记者 刘畅 通讯员 孙伟 王芳")


def test_a_bare_byline_glued_to_its_lead_after_a_space_is_split_off():
    # heldout17 p01: `本报记者 周沁怡　在苏州市…` (a full-width space) opening a block
    page = "共同参与治理。\n\n本报记者 周沁怡　在苏州市吴江区\n松陵街道的一处驿站里，骑手在充电。"
    assert units(page)[1:3] == [(BYLINE, "本报记者 周沁怡"), (TEXT, "在苏州市吴江区")]
    # opening a block after a blank line, roles and names (p02: `记者 赵一鸣 正定县正定镇塔` / `元庄村成立…`)
    page = "村民节省开支90余万元。\n\n记者 赵一鸣 通讯员 王晓 正定县正定镇塔\n元庄村成立“红白理事会”。"
    assert units(page)[1:3] == [(BYLINE, "记者 赵一鸣 通讯员 王晓"), (TEXT, "正定县正定镇塔")]


def test_a_reporter_line_of_names_only_or_a_sentence_about_the_reporter_is_not_split():
    page = "大理市党员“护海队”守护一湖清水\n记者 杨丽华 王芳\n大理市组织沿湖村（社区）党员组建“护海队”。"
    assert units(page)[1] == (BYLINE, "记者 杨丽华 王芳")
    # inside a body, no blank line: a sentence, not a byline
    page = "大理市组织沿湖村（社区）党员组建\n记者 杨丽华 在湖边看到，队员们正在清理垃圾。"
    assert [kind for kind, _ in units(page)] == [TEXT, TEXT]
