"""Headlines printed together, away from their bodies (at the page's head or foot): matched to the bodies by the
places, practices and words they share, then by the order of the articles; a kicker (引题) stays a subtitle only
when it names no body of its own. On the damaged lines of the fourth held-out pages (f01, f02, f03, f05, f08), of
the invented corpus (c02) and of the seeds (001, 004), which must not change."""

from __future__ import annotations

import time
from pathlib import Path

from builder.ingest.headlines import Headline, headline_groups, headline_runs, unstack_kickers
from builder.ingest.pagelines import BYLINE, HEADLINE, TEXT, Unit
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import Article, segment
from builder.ingest.titles import headline_affinities, match_headlines
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

ROOT = Path(__file__).resolve().parents[2]
HELDOUT4 = ROOT / "tests" / "corpus" / "heldout4"
PAGES = ROOT / "tests" / "corpus" / "pages"
SEEDS = ROOT / "seeds"


def page_lines(path: Path) -> list[str]:
    return read_page(path).text.split("\n")


def articles_of(text: str):
    return segment(assemble(classify_page(text)))


def found(text: str) -> list[tuple[str | None, str | None, str | None, str]]:
    return [(a.title, a.subtitle, a.byline, a.paragraphs[0][:7]) for a in articles_of(text)]


def test_two_headlines_printed_together_on_top_go_to_the_bodies_naming_their_places():
    # f01: `寿光“菜乡网格”…` / `毓璜顶街道…“红管家”` with no blank line between (read as a kicker and its
    # headline), then a 寿光市 body and a 毓璜顶街道 body, each under its own `本报讯（…）`
    text = read_page(HELDOUT4 / "f01.txt").text
    assert found(text) == [
        ("寿光“菜乡网格”把服务送到大棚边", None, "本报讯（记者 孔令军 通讯员 王晓彤）", "潍坊市寿光市把"),
        ("毓璜顶街道物业服务有了“红管家”", None, "本报讯（解晓一）", "烟台市芝罘区毓"),
    ]


def test_headlines_printed_together_go_to_bodies_in_the_other_order_too():
    # f01 with its two headlines swapped: the words decide, not the order
    lines = page_lines(HELDOUT4 / "f01.txt")
    lines[4], lines[5] = lines[5], lines[4]
    titles = [a.title for a in articles_of("\n".join(lines))]
    assert titles == ["寿光“菜乡网格”把服务送到大棚边", "毓璜顶街道物业服务有了“红管家”"]


def test_a_kicker_that_names_no_body_of_its_own_stays_the_subtitle():
    # c02 without the second article's headlines: more bodies than headlines, but `把服务送到居民心坎上`
    # names no body of its own, so it stays the kicker of `红旗街道…`; the other body gets a title of its own
    lines = [
        line for line in page_lines(PAGES / "c02.txt") if "吉林让矛盾" not in line and "全省推广" not in line
    ]
    first, second = articles_of("\n".join(lines))
    assert (first.title, first.subtitle) == ("红旗街道“一刻钟便民圈”越织越密", "把服务送到居民心坎上")
    assert second.title_generated and second.subtitle is None


def test_a_true_kicker_over_each_headline_is_kept():
    # c02 as printed: two articles, each with its kicker
    assert [(a.title, a.subtitle) for a in articles_of(read_page(PAGES / "c02.txt").text)] == [
        ("红旗街道“一刻钟便民圈”越织越密", "把服务送到居民心坎上"),
        ("吉林让矛盾纠纷化解在萌芽状态", "全省推广“三级联动”调解机制"),
    ]


def test_a_closing_credit_then_a_place_a_headline_at_the_foot_names_starts_the_next_article():
    # f02 (its column label left out: that is page furniture): `（本报记者 沈雨桐）` closes the 吴江区 body, and
    # `常州市武进区…` opens the body the foot headline `武进区在职党员“双报到”解难题` names
    lines = page_lines(HELDOUT4 / "f02.txt")[2:]
    expected = [
        ("吴江区“骑士驿站”温暖新就业群体", None, "本报记者 沈雨桐", "苏州市吴江区在"),
        ("武进区在职党员“双报到”解难题", None, "本报记者 钱文杰", "常州市武进区组"),
    ]
    assert found("\n".join(lines)) == expected
    # the same with no blank line after the credit: the credit alone ends the article
    assert found("\n".join(line for line in lines if line.strip())) == expected


def test_a_place_no_headline_names_after_a_closing_credit_does_not_start_an_article():
    # f02 with the second foot headline gone: nothing printed elsewhere names 武进区, so no cut there
    lines = page_lines(HELDOUT4 / "f02.txt")[2:]
    bodies = articles_of("\n".join(line for line in lines if not line.startswith("武武进")))
    assert len(bodies) == 1


def test_separated_bodies_under_two_headlines_get_them_by_place():
    # f05 once its interleaved paragraphs are put back in two bodies set apart (two columns): 紫云县 ↔ 安顺市
    # 紫云苗族布依族自治县, 平江县 ↔ 岳阳市平江县, whichever headline is printed first (the first read as the
    # kicker of the second: it names a place, so it may title a body of its own)
    lines = page_lines(HELDOUT4 / "f05.txt")
    ziyun = lines[3:7] + lines[10:13] + lines[16:19]
    pingjiang = lines[7:10] + lines[13:16] + lines[19:23]
    for heads in (lines[0:2], lines[1::-1]):
        page = "\n".join([*heads, lines[2], *ziyun, "", "", *pingjiang])
        assert [(a.title, a.subtitle, a.paragraphs[0][:7]) for a in articles_of(page)] == [
            ("紫云县苗寨“寨管家”管出新气象", None, "安顺市紫云苗族"),
            ("平江县村级集体经济“破零”又“倍增”", None, "岳阳市平江县实"),
        ]
    # as printed, interleaved: threads.py splits the text, and each body keeps its headline
    drafts = process_page(HELDOUT4 / "f05.txt").drafts
    assert [(d.title, d.byline) for d in drafts] == [
        ("紫云县苗寨“寨管家”管出新气象", "中共紫云县委组织部"),
        ("平江县村级集体经济“破零”又“倍增”", "本报记者 罗湘"),
    ]


def test_one_blank_line_before_a_place_a_headline_names_is_no_article_start():
    # 001 printed twice on one page: `赛罕区紧盯…` after one blank line inside the 赛罕区 article (its lead,
    # `如何把新业态…`, names no place) stays in it, though a headline printed elsewhere names 赛罕区
    page = read_page(next(SEEDS.glob("001_*.txt"))).text
    assert len(articles_of(page + "\n" + page)) == 12


def test_a_closing_credit_over_the_next_headline_and_its_byline_is_a_credit():
    # f08 (GBK): `（本报记者 何俊）` / blank / `盐湖区机关党员“下沉一线”办实事` / `■运城市盐湖区委组织部`
    units = [(u.kind, u.text) for u in classify_page(read_page(HELDOUT4 / "f08.txt").text)]
    assert (BYLINE, "（本报记者 何俊）") in units
    assert (HEADLINE, "（本报记者 何俊）") not in units
    drafts = process_page(HELDOUT4 / "f08.txt").drafts
    assert [(d.title, d.byline) for d in drafts][1:] == [
        ("翠屏区商务楼宇建起“楼宇党委”", "本报记者 何俊"),
        ("盐湖区机关党员“下沉一线”办实事", "运城市盐湖区委组织部"),
    ]


def test_an_indented_lead_line_is_not_the_second_line_of_the_headline_over_it():
    # f03: `莲都区为村干部“减负松绑”` / `　　丽水市莲都区对村级组织承担的工作`: the indent opens the lead
    (_, second) = articles_of(read_page(HELDOUT4 / "f03.txt").text)
    assert second.title == "莲都区为村干部“减负松绑”"
    assert second.paragraphs[0].startswith("丽水市莲都区对村级组织承担的工作事项进行全面清理")


def test_the_seeds_headlines_printed_together_keep_their_bodies():
    # 001: six headlines in two runs (head and foot, place kickers paired); 004: three at the foot
    titles_001 = [d.title for d in process_page(next(SEEDS.glob("001_*.txt"))).drafts]
    assert titles_001 == [
        "回民区：以组织力引领城市基层治理现代化",
        "赛罕区：燃“新”“新”之火 谱共治“新”篇",
        "金润社区：“她”力量促进基层治理提质增效",
        "万通路街道探索深化“两企三新”党建新模式",
        "赛马场北路社区：创新居务监督 让社区治理更阳光",
        "舍必崖乡：党建“执笔”绘乡村治理新画卷",
    ]
    titles_004 = [d.title for d in process_page(next(SEEDS.glob("004_*.txt"))).drafts]
    assert titles_004 == [
        "桐梓县：微处着手抓治理 实处发力解难题",
        "新蒲新区：党旗高扬聚合力 夯基固本促发展",
        "绥阳县：党建引领打造融合发展“同心圆”",
    ]


def test_a_kicker_is_known_from_a_dash_subtitle():
    # c11: `塞上基层添“新”力` / `——宁夏推进…纪实`: a subtitle under the headline, not a kicker over it
    blocks = assemble(classify_page(read_page(PAGES / "c11.txt").text))
    (headline,) = headline_groups(blocks, headline_runs(blocks))
    assert (headline.subtitle, headline.kicker) == ("宁夏推进新就业群体融入基层治理纪实", False)


def test_a_word_every_body_holds_names_none_of_them():
    # a long page: `党建`, `服务` in every body say nothing of which body a headline titles
    bodies = [f"第{n}号社区“{chr(0x4E00 + 3 * n)}{chr(0x4E01 + 3 * n)}”党建服务" for n in range(40)]
    (scores,) = headline_affinities([f"“{chr(0x4E00 + 3 * 7)}{chr(0x4E01 + 3 * 7)}”党建服务"], bodies)
    assert max(scores, key=scores.__getitem__) == 7
    assert set(scores) == {7}  # 党建, 建服, 服务: held by all 40, counted for none


def test_matching_many_detached_headlines_grows_with_the_page_not_its_square():
    # a page of 4 000 short items, every headline printed away from its body: each body is read once
    names = [chr(0x4E00 + n) + chr(0x5000 + n) for n in range(4000)]
    bodies = [(f"{name}社区开展党建服务活动，群众满意。", 10 * i) for i, name in enumerate(names)]
    headlines = [(f"{name}社区党建服务", 10 * len(names) + i) for i, name in enumerate(reversed(names))]
    started = time.process_time()
    matched = match_headlines(headlines, bodies)
    elapsed = time.process_time() - started
    assert matched == {i: len(names) - 1 - i for i in range(len(names))}
    assert elapsed < 10  # about 0.2 s; holding every headline against every body took minutes


def test_headlines_in_plain_type_together_at_the_page_foot_go_to_their_bodies():
    # f02 with its foot headlines in plain type (as printed they are in doubled bold): after the closing credit
    # and a blank line, two headline lines with nothing under them; once they were one line of text
    heads = ["吴江区“骑士驿站”温暖新就业群体", "武进区在职党员“双报到”解难题"]
    lines = [*page_lines(HELDOUT4 / "f02.txt")[2:29], *heads, "", "7"]
    assert [u.text for u in classify_page("\n".join(lines)) if u.kind == HEADLINE] == heads
    assert found("\n".join(lines)) == [
        ("吴江区“骑士驿站”温暖新就业群体", None, "本报记者 沈雨桐", "苏州市吴江区在"),
        ("武进区在职党员“双报到”解难题", None, "本报记者 钱文杰", "常州市武进区组"),
    ]
    # f01 with its two headlines moved from the head to the foot, in the other order
    f01 = page_lines(HELDOUT4 / "f01.txt")
    page = [*f01[:3], "", *f01[7:33], "", f01[5], f01[4]]
    assert [a.title for a in articles_of("\n".join(page))] == [
        "寿光“菜乡网格”把服务送到大棚边",
        "毓璜顶街道物业服务有了“红管家”",
    ]


def test_lines_at_the_foot_with_text_under_them_or_after_an_open_sentence_are_no_headlines():
    lines = page_lines(HELDOUT4 / "f02.txt")[2:29]
    heads = ["吴江区“骑士驿站”温暖新就业群体", "武进区在职党员“双报到”解难题"]
    # more text under them: not the page's foot
    more = [*lines, *heads, "", "常州市武进区今年还将新建驿站10个。"]
    assert not [u for u in classify_page("\n".join(more)) if u.kind == HEADLINE]
    # the article above stops mid-sentence: the lines go on its text
    cut = [*lines[:-2], "今年以来，全区已有5300", "", *heads]
    assert not [u for u in classify_page("\n".join(cut)) if u.kind == HEADLINE]


def test_headlines_each_alone_between_blank_lines_at_the_head_go_to_their_bodies():
    # f01's two headlines printed over the bodies each between blank lines, the bodies with no `本报讯`, the first
    # closed by its credit: once both headlines were glued into the first body's lead
    f01 = page_lines(HELDOUT4 / "f01.txt")
    first = ["潍坊市寿光市把全市划分为2", *f01[9:21], "（本报记者 孔令军）"]
    second = ["烟台市芝罘区毓璜", *f01[23:33]]
    page = [f01[4], "", f01[5], "", *first, "", *second]
    assert [(u.kind, u.text) for u in classify_page("\n".join(page))][:2] == [
        (HEADLINE, "寿光“菜乡网格”把服务送到大棚边"),
        (HEADLINE, "毓璜顶街道物业服务有了“红管家”"),
    ]
    # the second body opens with the address that reaches the place its headline names (…芝罘区毓璜顶街道)
    assert found("\n".join(page)) == [
        ("寿光“菜乡网格”把服务送到大棚边", None, "本报记者 孔令军", "潍坊市寿光市把"),
        ("毓璜顶街道物业服务有了“红管家”", None, None, "烟台市芝罘区毓"),
    ]


def test_one_headline_over_a_blank_line_and_a_short_line_is_no_stack():
    # c19's headline over its body: the rule for stacks needs two headlines at least, each alone
    page = read_page(PAGES / "c19.txt").text
    assert [u.kind for u in classify_page(page)].count(HEADLINE) == 1


def test_a_kicker_over_a_headline_naming_another_body_titles_the_body_under_them():
    # f01 with headlines that share little with the bodies: `小区物业有了新气象` names the 毓璜顶 body (物业),
    # not the 寿光 body printed under the stack, so the line over it is the 寿光 body's headline, not a kicker
    f01 = page_lines(HELDOUT4 / "f01.txt")
    for kicker in ("网格服务送到田间地头", "基层治理添活力"):
        page = [*f01[:4], kicker, "小区物业有了新气象", *f01[6:]]
        assert [(a.title, a.subtitle) for a in articles_of("\n".join(page))] == [
            (kicker, None),
            ("小区物业有了新气象", None),
        ]


def test_a_headline_the_other_body_holds_exactly_twice_as_much_titles_that_one():
    # the kind of a real page: two headlines together at the top, the first held alike by both bodies (read as
    # a kicker), the second's words held twice as much by the second body as by the first, printed under them:
    # exactly twice is enough (once missed by a strict `<` on exactly half); invented lines of the kind
    under = Article(blocks=[Unit(TEXT, "青石镇把集体经济做大，村里新建厂房，村民增收。", 10)], start=10)
    other = Article(
        blocks=[Unit(TEXT, "白沙村党支部领办合作社，集体经济年年增收，村民日子红火。", 40)], start=40
    )
    kicker, title = "壮大村集体 村民得实惠", "白沙支部让集体经济增收"
    assert headline_affinities([title], [under.text, other.text]) == [{0: 0.2, 1: 0.4}]
    stack = Headline(title, kicker, 9, alone=False, kicker=True)
    assert [(h.title, h.subtitle) for h in unstack_kickers([stack], [under, other])] == [
        (kicker, None),
        (title, None),
    ]
    # held by the body under it more than half as much as by the other: the kicker stays the subtitle
    near = Article(blocks=[Unit(TEXT, "青石镇支部让集体经济做大，村民增收。", 10)], start=10)
    assert [(h.title, h.subtitle) for h in unstack_kickers([stack], [near, other])] == [(title, kicker)]


def test_unstacking_kickers_on_a_page_of_thousands_reads_each_body_once():
    # 1 500 kicker-and-headline stacks over 3 000 bodies, each stack naming two bodies: linear, not per stack
    names = [chr(0x4E00 + n) + chr(0x5000 + n) for n in range(3000)]
    articles = [
        Article(blocks=[Unit(TEXT, f"{name}社区开展服务。", 10 * i)], start=10 * i)
        for i, name in enumerate(names)
    ]
    stacks = [
        Headline(f"{names[2 * i + 1]}社区服务", f"{names[2 * i]}社区服务", 20 * i - 1, kicker=True)
        for i in range(1500)
    ]
    started = time.process_time()
    unstacked = unstack_kickers(stacks, articles)
    elapsed = time.process_time() - started
    assert [h.title for h in unstacked[:4]] == [
        f"{names[0]}社区服务",
        f"{names[1]}社区服务",
        f"{names[2]}社区服务",
        f"{names[3]}社区服务",
    ]
    assert (
        len(unstacked) == 3000 and elapsed < 10
    )  # about 0.3 s; scoring each stack against every body: minutes


def test_headlines_printed_together_two_blank_lines_over_the_first_byline():
    # h07: three headlines stacked at the head, then (here) two blank lines before `本报记者 吴清`: once glued
    # into a line of text that started a spurious article
    lines = page_lines(ROOT / "tests" / "corpus" / "heldout" / "h07.txt")
    page = [*lines[:6], "", *lines[6:]]
    assert [a.title for a in articles_of("\n".join(page))] == [
        "美兰区：“志愿服务积分银行”存下邻里温情",
        "“候鸟”老人变身志愿者",
        "琼海党员志愿服务岗遍布城乡",
    ]
