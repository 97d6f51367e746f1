"""Two columns the extraction interleaved in blocks of lines, put back in reading order (real damaged pages).

c12 (blocks of four lines, bylines running into the text) and c16 (blocks of 2 to 6 lines, one byline on its
own line, numbers split by the wraps) from the invented corpus, heldout5's g06 (two blocks of five lines per
column: A B A B, the first article coming back only once); every other page must come out unchanged.
"""

from pathlib import Path

import pytest

from builder.ingest.interleave import deinterleave
from builder.ingest.linejoin import join_cost
from builder.ingest.read import read_page
from builder.ingest.units import classify_page
from builder.ingest.workers import process_page

ROOT = Path(__file__).resolve().parents[2]
CORPUS = ROOT / "tests" / "corpus" / "pages"
INTERLEAVED = ("c12.txt", "c16.txt", "c23.txt")
G06 = ROOT / "tests" / "corpus" / "heldout5" / "g06.txt"


def _drafts(name: str) -> list[tuple[str, str | None, str]]:
    return [(d.title, d.byline, d.body.strip()) for d in process_page(CORPUS / name).drafts]


def test_c12_blocks_of_four_lines_become_two_articles():
    (title_a, byline_a, body_a), (title_b, byline_b, body_b) = _drafts("c12.txt")
    assert (title_a, byline_a) == ("潭头村：“屋场会”议出致富路", "本报讯（记者 钟华）")
    assert body_a.startswith(
        "于都县梓山镇潭头村的村民们有个习惯，遇到大事小情，就在村里的祠堂前开个“屋场会”。"
    )
    assert "近年来，潭头村以“屋场会”为载体，先后议定了富硒蔬菜基地建设" in body_a
    assert "带动农户210户发展富硒蔬菜种植，2024年村集体经济收入达到85万元。" in body_a
    assert body_a.endswith("让村民在家门口参与村里的大事小情，共同建设美丽乡村。")
    assert (title_b, byline_b) == ("叶坪乡：党员“包片联户”服务零距离", "本报讯（通讯员 杨柳 谢文）")
    assert body_b.startswith("瑞金市叶坪乡推行党员“包片联户”制度，全乡14个村的680名党员每人联系5至10户群众")
    assert "党员累计走访农户1.2万户次" in body_b and "党员华大伯联系着8户村民，谁家缺劳力" in body_b
    assert "党员“包片联户”拉近了党群干群关系" in body_b
    assert body_b.endswith("乡村治理呈现出共建共享的良好局面。")
    assert "屋场会" not in body_b and "联户" not in body_a


def test_c16_blocks_of_varying_length_become_two_articles():
    (title_a, byline_a, body_a), (title_b, byline_b, body_b) = _drafts("c16.txt")
    assert (title_a, byline_a) == ("银雀山社区：“红色物业”让老旧小区焕新颜", "本报记者 孟庆国")
    assert "设施老化、无人管理问题突出。" in body_a
    assert "由社区党员、退休干部和物业人员共同参与小区管理。" in body_a
    assert "维修水电管网1300余处，加装楼道照明灯620盏" in body_a
    assert "现在干干净净，晚上回家也不用摸黑了。”居民张秀兰说。" in body_a
    assert body_a.endswith("兰山区已在37个老旧小区推广这一做法。")
    assert (title_b, byline_b) == ("级索镇：“积分超市”激发乡村治理新活力", "本报讯（通讯员 褚文 孙丽）")
    assert body_b.startswith("滕州市级索镇在全镇48个村推行“积分超市”，把环境卫生、移风易俗、志愿服务等纳入")
    assert "兑换物品1.6万件，参与村民达到9200余户。" in body_b
    assert (
        "“积分虽小，却让大家有了比学赶超的劲头。”级索镇党委书记介绍，下一步将把积分结果与评先树优挂钩"
        in body_b
    )
    assert "积分" not in body_a and "物业" not in body_b


def test_g06_two_blocks_per_column_become_two_articles():
    (title_a, byline_a, body_a), (title_b, byline_b, body_b) = [
        (d.title, d.byline, d.body.strip()) for d in process_page(G06).drafts
    ]
    assert (title_a, byline_a) == ("光明社区“双报到”党员认领“微心愿”", "本报记者 崔岩")
    assert body_a.startswith("鞍山市铁东区站前街道光明社区组织126名在职党员到社区“双报到”")
    assert "由居民写下需求、党员认领办理。" in body_a
    assert body_a.endswith("作为评先评优的参考。")
    assert (title_b, byline_b) == ("民主街道“网格员+楼长”织密服务网", "本报讯（记者 孟凡）")
    assert "形成“网格员+楼长”服务模式。网格员每天入户走访" in body_b
    assert body_b.endswith("为独居老人提供上门服务3400余次。")
    assert "网格" not in body_a and "微心愿" not in body_b


def test_one_article_set_inside_another_is_not_split():
    """A B A (g06 without the second article's last block: B never comes back after A's return, and is left
    mid-sentence) is no reading across columns: the page is left as it is."""
    lines = read_page(G06).text.splitlines()
    text = "\n".join(lines[:17] + lines[21:])  # lines 18-21, B's second block, left out
    units = classify_page(text)
    assert deinterleave(units) is units


def test_a_single_return_needs_both_columns_to_end_their_sentences():
    """g06 cut after B's second block's first line: B would end mid-sentence, so the page is left alone."""
    lines = read_page(G06).text.splitlines()
    text = "\n".join(lines[:18] + lines[21:])  # B's last block cut after `式。网格员每天入户走访，楼长及`
    units = classify_page(text)
    assert deinterleave(units) is units


def _normal_pages() -> list[Path]:
    pages = sorted((ROOT / "seeds").glob("*.txt")) + sorted(CORPUS.glob("*.txt"))
    return [p for p in pages if p.name not in INTERLEAVED]


@pytest.mark.parametrize("page", _normal_pages(), ids=lambda p: p.name)
def test_pages_that_are_not_interleaved_are_left_as_they_are(page):
    units = classify_page(read_page(page).text)
    assert deinterleave(units) is units


def test_the_interleaved_pages_are_recognized():
    for name in INTERLEAVED:
        units = classify_page(read_page(CORPUS / name).text)
        assert deinterleave(units) != units


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("今年以来，党员累计走访农户1.", "2万户次，帮助群众解决就医、"),  # c12: a number split by the wrap
        ("在华屋村，党员华大伯联系着8", "户村民，谁家缺劳力、谁家老人"),  # c12: a number and its measure word
        ("前开个“屋场会”。村党支部书", "记把村民召集起来，大家围坐在"),  # c12: 书记 spans the break
        ("叶坪乡党委书记表示，党员“包", "片联户”拉近了党群干群关系，"),  # c12: the quote closes
    ],
)
def test_lines_of_one_column_read_on(before, after):
    assert join_cost(before, after) < 0


@pytest.mark.parametrize(
    ("before", "after"),
    [
        ("在华屋村，党员华大伯联系着8", "硒蔬菜种植，2024年村集体经济"),  # c12: the other column's line
        ("站，由社区党员、退休干部和物业", "服务站推行“居民点单、党员接单”"),  # c16: 物业|服务 is two words
        ("地860亩，带动农户210户发展富", "今年以来，党员累计走访农户1."),  # c12: 富今 is no word
    ],
)
def test_lines_of_two_columns_give_no_evidence_of_a_join(before, after):
    assert join_cost(before, after) >= 0
