"""Columns the extraction read across the page line by line (line 1 of A, line 1 of B, line 1 of C, line 2 of A …)
put back in reading order by how their lines read on across every k-th line (builder.ingest.interleave_rows).

heldout8 n02 (invented): three 12-character columns, each headline wrapped inside its column, then the three
bylines, then the leads; before, all three articles were lost (a spurious `李红孙浩` article, one `就业群体`).
"""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.ingest.interleave import deinterleave
from builder.ingest.interleave_rows import split_columns, unweave_page
from builder.ingest.paragraphs import assemble
from builder.ingest.read import read_page
from builder.ingest.segment import segment
from builder.ingest.sidebyside import printed_lines
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_CORPUS = Path(__file__).resolve().parents[1] / "corpus"

# heldout8 n02's lines as the extraction gave them (three columns, line by line)
_N02_ROWS = """长安区“暖新驿站”温暖新
西大街街道：老街区里开起
衡水：“一张清单”管住基
就业群体
“议事茶馆”
层事项
本报讯（记者 赵志刚）
李红 孙浩
本报记者 郑晓
石家庄市长安区聚焦快递员、
承德市双桥区西大街街道在
衡水市出台村级组织工作事
外卖骑手等新就业群体，依
辖区6个社区开设“议事茶
项“一张清单”，明确村级
托党群服务中心、商户门店
馆”，居民有事可以到茶馆
组织依法履职事项28项、
建成“暖新驿站”48个，
里说一说、议一议。
协助政府工作事项35项，
提供休息、饮水、充电等服
茶馆由社区党组织牵头，每
清单之外的事项不得随意摊
务。
周固定两个半天开放，邀请
派。
区委社会工作部牵头成立新
党员、楼长和居民代表参加。
全市共清理规范村级挂牌、
就业群体党支部３个，发展
今年以来，“议事茶馆”共
各类证明事项等1.2万余
“骑手网格员”２１０名，
接待居民830人次，协商
项，村级组织参加的会议减
参与隐患排查和信息上报。
解决停车难、路灯不亮等问
少四成。
今年以来，骑手网格员上报
题57件。
市委组织部设立监测点64
各类问题１６００余条，办
街道还把协商结果在公示栏
个，对“过度留痕”等问题
结率９５％。
和微信群公开，接受居民监
进行跟踪，发现问题及时督
区里还为新就业群体开展技
督，居民满意度达到96.
促整改。
能培训26场，帮助320
5%。
人解决子女入学、就医等困
难。"""

_N02 = "燕赵基层报    2026年5月12日    第4版\n基层治理\n\n" + _N02_ROWS + "\n\n本版编辑：周 婷\n"

# two invented 12-character columns, read across line by line
_LEFT = [
    "湖滨区“共享菜园”",
    "拉近邻里距离",
    "本报讯（记者 周敏）",
    "湖滨区湖西街道把小区闲置",
    "绿地改造成“共享菜园”，由",
    "党员志愿者带着居民认领菜",
    "畦，目前已有156户居民参",
    "与种植。",
    "街道还在菜园旁设立议事角，",
    "居民边种菜边议事，今年以",
    "来收集意见建议83条。",
]
_RIGHT = [
    "王庄村“积分超市”",
    "激活乡村治理",
    "刘芳 陈亮",
    "王庄村把村民参与环境整治、",
    "志愿服务等情况折算成积分，",
    "积分可在村里的“积分超市”",
    "兑换日用品。全村已有420",
    "户参与，累计兑换积分3.6",
    "万分。",
    "村党支部每月公布积分排名，",
    "带动村民主动参与村务。",
]
_TWO_ROWS = [line for pair in zip(_LEFT, _RIGHT, strict=True) for line in pair]


@pytest.fixture(autouse=True)
def _tokenizer():
    with data_dir_fixed():
        yield


def _articles(page: str):
    """The articles with a body (a headline left with no text of its own is not written)."""
    text, printed = unweave_page(page)
    return [
        a
        for a in segment(printed_lines(assemble(deinterleave(classify_page(text))), printed))
        if a.paragraphs
    ]


def test_three_columns_read_line_by_line_are_split_into_their_columns():
    lines = _N02_ROWS.split("\n")
    columns = split_columns(lines)
    assert columns is not None
    assert [lines[c[0]] for c in columns] == [
        "长安区“暖新驿站”温暖新",
        "西大街街道：老街区里开起",
        "衡水：“一张清单”管住基",
    ]
    assert [lines[c[-1]] for c in columns] == ["难。", "5%。", "促整改。"]  # the columns end apart
    assert columns == [list(range(i, 9, 3)) + c[3:] for i, c in enumerate(columns)]  # the heads row by row


def test_the_three_articles_are_found_with_their_leads_and_bylines():
    articles = _articles(_N02)
    assert len(articles) == 3
    assert [a.paragraphs[0][:12] for a in articles] == [
        "石家庄市长安区聚焦快递员",
        "承德市双桥区西大街街道在",
        "衡水市出台村级组织工作事",
    ]
    assert articles[0].title == "长安区“暖新驿站”温暖新就业群体"
    assert articles[0].byline is not None and "赵志刚" in articles[0].byline
    assert articles[1].byline is not None and "孙浩" in articles[1].byline
    assert "居民满意度达到96.5%。" in articles[1].text  # the figure cut by the wrap, the other lines between
    assert articles[2].text.endswith("发现问题及时督促整改。")


def test_the_units_keep_the_numbers_of_their_printed_lines():
    text, printed = unweave_page(_N02)
    assert printed is not None
    page_lines = _N02.split("\n")
    for line, number in zip(text.split("\n"), printed, strict=True):
        if line:
            assert page_lines[number - 1] == line


def test_two_columns_read_line_by_line():
    page = "某某日报  2026年3月2日  第5版\n\n" + "\n".join(_TWO_ROWS) + "\n"
    text, _ = unweave_page(page)
    assert text == "某某日报  2026年3月2日  第5版\n\n" + "\n".join(_LEFT) + "\n\n" + "\n".join(_RIGHT) + "\n"


def test_columns_printed_one_after_the_other_stay_as_printed():
    for page in ("\n".join(_LEFT + _RIGHT), "\n".join([*_LEFT, "", *_RIGHT]), "\n".join(_TWO_ROWS[:8])):
        assert unweave_page(page) == (page, None)
    assert split_columns(_LEFT + _RIGHT) is None


def test_put_back_once_it_stays_put_back():
    text, _ = unweave_page(_N02)
    assert unweave_page(text)[0] == text


def test_three_columns_in_uneven_blocks_get_their_heads_back():
    # heldout8 n09: blocks of 3/4/2 lines, then 5/2/3 …; the third column is a subscription notice
    lines = [line.strip() for line in read_page(_CORPUS / "heldout8/n09.txt").text.split("\n")[3:42]]
    columns = split_columns(lines)
    assert columns is not None
    first, second, notice = ([lines[i] for i in column] for column in columns)
    assert first[:5] == [
        "朝阳市推行“书记领办”调解",
        "矛盾纠纷就地化解",
        "本报讯（记者 孟凡宇 通讯员",
        "刘洋）",  # the byline's end, a block later
        "朝阳市在全市1580个村（社",
    ]
    assert second[:5] == [
        "渤海街道社区工作者“擂台比武”",
        "练本领",
        "王琳 赵阳",
        "盘锦市兴隆台区渤海街道开展社",
        "区工作者“擂台比武”，围绕政",
    ]
    assert notice[:3] == ["征订启事", "2027年度《辽沈社", "区报》征订工作现已开"]
    assert second[-1] == "优。"


@pytest.mark.parametrize(
    "path",
    [
        "pages/c23.txt",  # two columns in runs of two lines: interleave.deinterleave's
        "heldout6/k06.txt",  # two columns in runs of four lines, headlines at the foot
        "heldout3/e05.txt",
        "heldout5/g06.txt",
        "heldout7/m08.txt",
        "pages/c04.txt",
        "heldout8/n01.txt",
        # one column with no blank line: masthead, label, kicker, headline each dealt to a column of blocks
        "heldout17/p01.txt",
    ],
)
def test_pages_of_other_layouts_are_left_alone(path):
    text = read_page(_CORPUS / path).text
    assert unweave_page(text) == (text, None)


def test_the_seed_pages_are_left_alone():
    for path in sorted((_CORPUS.parents[1] / "seeds").glob("*.txt")):
        text = read_page(path).text
        assert unweave_page(text) == (text, None), path.name


def test_columns_under_headlines_printed_together_on_top_open_with_their_bylines():
    # heldout10 p03: two headlines side by side (the columns' gap between them) over a third, then three
    # columns in uneven blocks, each opening with its byline (`本报讯（…）`, `本报记者 …`, `■中共…委组织部`)
    unwoven, _ = unweave_page(read_page(_CORPUS / "heldout10/p03.txt").text)
    blocks = [block.split("\n") for block in unwoven.split("\n\n")]
    assert [lines[0][:4] for lines in blocks] == ["北疆黔西", "桔山街道", "本报记者", "■中共新", "（本版图"]
    assert blocks[1][1].startswith("新城区推行楼栋长制") and blocks[1][2].startswith("本报讯（通讯员")
    # a headline wrapped over two lines over its own column's byline is no stack of headlines on top: the
    # columns open with their headlines (heldout8 n09)
    n09, _ = unweave_page(read_page(_CORPUS / "heldout8/n09.txt").text)
    assert [block[:4] for block in n09.split("\n\n")][1:4] == ["朝阳市推", "渤海街道", "征订启事"]


_COMMENTARY = (
    "平台经济飞速崛起，新就业群体成为城市运转不可或缺的力量。每天奔跑、爬楼、赶时间、躲风雨的外卖骑手、快递"
    "小哥，穿梭于大街小巷、连接着千家万户，却常常面临进门难、找路难、停车难、充电难、休息难的窘境。为打破这样"
    "的窘境，某某省委社会工作部等部门编制指南，明确49个不同场景建设路径图例和建设标准，进一步优化新就业群体从"
    "业环境。目前全省已建成1155个骑手友好社区。这不只是个数字，更是1155份温暖承诺，让友好不再是一时一地的善"
    "意，而是可复制、可推广的制度安排。"
)
_REPORT = (
    "集体经济结硕果，分红现场谋振兴。6月18日，某某县黄水镇举行2022年度村集体经济分红大会，8个村集体经济组"
    "织现场分红161.02万元。在分红大会现场，8个村党支部书记依次上台领取村集体分红，现场的群众也一起分享着分红"
    "的喜悦。近年来，黄水镇大力发展乡村旅游，村集体经济收入逐年增长，去年全镇村集体经济收入达到560万元。"
)


def _column(text: str, width: int = 14) -> list[str]:
    lines = ["  " + text[: width - 2]]
    rest = text[width - 2 :]
    while rest:
        cut = width
        while cut < len(rest) and rest[cut] in "，。、；：！？”）":
            cut += 1  # hanging punctuation
        lines.append(rest[:cut])
        rest = rest[cut:]
    return lines


def test_three_columns_read_across_under_headlines_above_one_article_going_on_into_the_next_column():
    # R8 r8_03's kind (real, never stored; these lines invented): a commentary in columns 1 and 2, a report in 3
    commentary, report = _column(_COMMENTARY), _column(_REPORT)
    half = (len(commentary) + 1) // 2
    columns = [commentary[:half], commentary[half:], report]
    rows = []
    for i in range(max(map(len, columns))):
        rows += [column[i] for column in columns if i < len(column)]
    head = "评论\n要让骑手跑有力量、累可歇脚\n某某网评论员 某某某\n\n某某县黄水镇：集体经济发展结硕果 现场分红160余万元\n\n"
    text, _ = unweave_page(head + "\n".join(rows) + "\n")
    blocks = text.split("\n\n")
    assert blocks[-3].split("\n") == commentary  # the commentary's two columns read on, no blank between
    # the report's head (no byline, sharing its words) goes over its column (test_heads_over_their_columns)
    assert blocks[-2] == "某某县黄水镇：集体经济发展结硕果 现场分红160余万元"
    assert blocks[-1].rstrip("\n").split("\n") == report
    # without headlines over it, a run whose columns open with no headline stays as printed
    assert unweave_page("\n".join(rows) + "\n")[0] == "\n".join(rows) + "\n"
