"""Narrow columns the extraction read across in uneven blocks, from the headlines on (issue 14; heldout15 p03's kind).

Two 14-character columns: A's headline wrapped over two lines, one line of A's dateline byline, then B's
headline wrapped over two lines and a blank line, A's byline going on (`…通` / `讯员…）`), B's byline, and the
text of both in blocks of 2 to 5 lines taking turns. Before, B's headline was read as A's byline and the two
bodies as one (builder/ingest/narrowcolumns.py puts each line back in its column by what the text shows: the
words across each break, a bracket the next line closes, indents after finished sentences, heads over bylines).
Three columns the same way (12 characters, each with its head). Invented lines of the kind; negatives: one
narrow column of short paragraphs, a list, a table one cell a line.
"""

from __future__ import annotations

from builder.ingest.narrowcolumns import _items, split_narrow, unweave_narrow
from builder.util.paths import data_dir_fixed
from tests.support.columns import column_lines
from tests.support.pages import page_articles

HEAD_A = ["柳林街道：“红色管家”让老", "院落焕发新颜"]
BYLINE_A = "本报讯（记者 陈思远 通讯员 林晓）"
A_PARAS = [
    "东城区柳林街道幸福里院落建成于上世纪九十年代，共有楼栋九栋、住户四百余户，过去没有物业，环境脏乱。",
    "去年，街道党工委在院落成立党支部，引入国有物业企业，推行“红色管家”模式，每月召开一次联席会议。",
    "党支部组织二十六名党员认领楼栋，担任“红色楼长”，带头清理楼道杂物、修补破损路面。",
    "院落还用闲置车棚改建了“邻里食堂”，为六十岁以上的老人提供午餐，每月服务老人一千五百余人次。",
    "如今，院落物业费收缴率从不足三成提高到九成以上，居民的笑容多了。",
]
HEAD_B = ["南湖区：“邻里议事”解开停", "车难题"]
BYLINE_B = "本报记者　王建华"
B_PARAS = [
    "南湖区老旧小区多、停车位少，车辆乱停曾是居民反映最集中的问题。",
    "去年以来，南湖区推行“邻里议事、部门联动”机制，议事员发现问题后通过小程序上报，街道和交警等部门限时到场处置。",
    "全区八个街道选聘议事员四百余名，今年已受理议事事项一千三百余件，办结率超过九成。",
    "南湖区还挖掘机关单位、学校的夜间闲置车位一千九百个，向周边居民错时开放，新增公共停车泊位八百六十个。",
    "居民张阿姨说：“现在晚上回家，楼下总能找到车位了。”",
]


def _wrap(text: str, width: int, indent: bool = True) -> list[str]:
    return column_lines(text, width, indent="　　" if indent else "")


def _column(head: list[str], byline: str, paragraphs: list[str], width: int, apart: bool) -> list[str]:
    lines = [*head] + ([""] if apart else [])
    lines += _wrap(byline, width, indent=False) if byline.startswith("本报记者") else []
    body = [line for p in paragraphs for line in _wrap(p, width)]
    if byline.startswith("本报讯"):
        body = _wrap(byline + paragraphs[0], width) + [
            line for p in paragraphs[1:] for line in _wrap(p, width)
        ]
    return lines + body


def _weave(columns: list[list[str]], blocks: list[list[int]]) -> list[str]:
    out, at, turn = [], [0] * len(columns), 0
    while any(at[n] < len(column) for n, column in enumerate(columns)):
        for n, column in enumerate(columns):
            size = blocks[n][turn % len(blocks[n])]
            out += column[at[n] : at[n] + size]
            at[n] += size
        turn += 1
    return out


def _two_column_page() -> str:
    a = _column(HEAD_A, BYLINE_A, A_PARAS, 14, apart=False)
    b = _column(HEAD_B, BYLINE_B, B_PARAS, 14, apart=True)
    # A's head and one line, B's head and its blank line, then blocks of 2 to 5 lines
    woven = a[:3] + b[:3] + _weave([a[3:], b[3:]], [[2, 5, 4, 3], [5, 2, 4, 4]])
    return "\n".join(
        ["津南基层报　　　　2026年5月12日　　　　第4版", "社区治理", "", *woven, "", "责任编辑：刘明"]
    )


def _articles(page: str):
    with data_dir_fixed():
        text, _ = unweave_narrow(page)
    return text, page_articles(text)


def test_two_columns_from_the_headlines_on_come_back_as_two_articles() -> None:
    text, articles = _articles(_two_column_page())
    titles = [a.title for a in articles]
    assert titles == ["".join(HEAD_A), "".join(HEAD_B)], titles
    flat = text.replace("\n", "").replace("　", "")
    for paragraph in A_PARAS + B_PARAS:
        assert paragraph in flat, paragraph
    assert flat.index(A_PARAS[-1]) < flat.index("".join(HEAD_B))


THREE_HEADS = [["江北区：楼栋长撑起", "小区治理网"], ["溪口镇的“红色哨所”"], ["凯州市推行“寨管家”服务"]]
THREE_BYLINES = ["本报讯（记者 韦丽）", "罗明 黄晓燕", "本报记者 杨光"]
THREE_PARAS = [
    [
        "江北区把全区划分为一千二百个网格，推行“网格加党建”“网格加调解”模式，让群众办事不出小区。",
        "全区选派网格员一万五千名，其中党员占比达到六成以上。",
        "依托智慧平台，网格员随时上报问题，今年以来共收集群众诉求三万七千件，办结率超过九成。",
    ],
    [
        "溪口镇地处边境，全镇有边境村五个、边民互市点两个。",
        "镇党委推行“党建加边防”机制，在沿边村屯建起“红色哨所”十七个，组织党员和民兵轮流值守。",
        "今年以来，“红色哨所”累计巡逻边境线一千二百余公里，排查化解矛盾纠纷六十三起。",
    ],
    [
        "凯州市在苗寨侗寨推行“寨管家”服务，由村党组织牵头，从寨老和返乡青年中选聘“寨管家”三百八十六名。",
        "“寨管家”负责政策宣传、环境整治、矛盾调解等事务，每人联系农户二十至三十户。",
        "凯州市还设立“寨管家”积分超市五十二个，群众参与寨务可获积分兑换生活用品。",
    ],
]


def _three_column_lines() -> tuple[list[str], list[list[str]]]:
    columns = []
    for head, byline, paragraphs in zip(THREE_HEADS, THREE_BYLINES, THREE_PARAS, strict=True):
        columns.append([*head, byline] + [line for p in paragraphs for line in _wrap(p, 12)])
    return _weave(columns, [[3, 5, 2, 4], [4, 2, 5, 3], [2, 4, 3, 5]]), columns


def test_three_columns_in_uneven_blocks_each_line_to_its_column() -> None:
    woven, columns = _three_column_lines()
    with data_dir_fixed():
        items, _ = _items(woven, 0, len(woven))
        found = split_narrow(items)
    assert found is not None
    assert [[items[i].text for i in column] for column in found] == [
        [line.strip() for line in column] for column in columns
    ]


NEGATIVE_ONE_COLUMN = [
    "柳林街道：“红色管家”让老",
    "院落焕发新颜",
    *(
        line
        for p in [
            "东城区柳林街道幸福里院落建成于上世纪九十年代。",
            "过去没有物业，环境脏乱，居民怨声不断。",
            "去年，街道党工委在院落成立党支部。",
            "党支部引入国有物业企业，推行“红色管家”模式。",
            "党员认领楼栋，担任“红色楼长”。",
            "楼长带头清理楼道杂物、修补破损路面。",
            "如今，院落物业费收缴率提高到九成以上。",
            "居民的笑容多了，邻里关系更和睦了。",
        ]
        for line in _wrap(p, 14)
    ),
]
NEGATIVE_LIST = [
    "南湖区：“邻里议事”十项清单",
    *[
        f"　　{n}、{item}"
        for n, item in zip(
            "一二三四五六七八九十",
            [
                "完善议事员选聘办法，",
                "配齐专职议事员，",
                "建立停车问题台账，",
                "推行部门限时处置，",
                "开展居民满意度测评，",
                "建设邻里议事驿站，",
                "组建志愿服务队伍，",
                "推广积分管理制度，",
                "加强议事员业务培训，",
                "每季度通报一次结果。",
            ],
            strict=True,
        )
    ],
    "各街道要结合实际抓好落",
    "实，确保各项工作见到实效。",
    "考核结果纳入年度考核。",
]
NEGATIVE_TABLE = [
    "柳林街道治理数据",
    "项目",
    "数量",
    *[
        cell
        for row in [
            ("排查纠纷", "312件"),
            ("化解纠纷", "306件"),
            ("上门调解", "188次"),
            ("满意度", "98%"),
            ("走访农户", "1260户"),
            ("志愿服务", "420人次"),
            ("议事会议", "36次"),
            ("新增车位", "860个"),
        ]
        for cell in row
    ],
]


def test_negatives_are_left_as_printed() -> None:
    for lines in (NEGATIVE_ONE_COLUMN, NEGATIVE_LIST, NEGATIVE_TABLE):
        page = "\n".join(["津南基层报　　　　2026年5月12日　　　　第4版", "", *lines, ""])
        with data_dir_fixed():
            assert unweave_narrow(page)[0] == page, lines[0]
