"""Two columns read across in blocks under both headlines printed together on top (issue 14, R10's kind).

The page opens on two headlines stacked with no byline and no line between them, then, after a blank line, the
body: A's indented lead and a few lines of it, then B's indented lead cutting A's line mid-sentence, a few lines
of B, a few more of A … with B's closing credit among the lines and A's last paragraph after it. No headline
over a byline, no headline cutting a line: the other searches found no column start, and the page came out as
one article of mixed text. B's lead (an indented line within A's first lines that cuts A's open sentence) opens
the second column (builder/ingest/interleave_stacked.py). Invented lines of the kind; negatives: one column of
short paragraphs, a list, a table one cell a line, each under the same two stacked headlines.
"""

from __future__ import annotations

from builder.ingest.interleave_stacked import _join_credit, unstack
from builder.ingest.pagelines import BYLINE, TEXT, Unit
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed
from tests.support.columns import column_lines
from tests.support.pages import unweaved_page_articles

HEAD_A = "枫桥镇：网格连心 矛盾就地化解"
HEAD_B = "临河区：党建引领激活老旧小区"

A_PARAS = [
    "入冬以来，枫桥镇的网格员们比往常更忙了，走村入户收集群众的急难愁盼，把一件件烦心事化解在萌芽状态。",
    "镇里把全镇划分为四十二个网格，每个网格配备一名专职网格员和若干名兼职网格员，做到人在格中走、事在网中办。",
    "“过去邻里吵架要跑到镇上，现在网格员上门就能调解。”村民王大姐说，去年她家和邻居因为宅基地起了纠纷，网格员三天就帮着解决了。",
    "今年以来，全镇共排查化解各类矛盾纠纷三百余件，化解率达到百分之九十八以上，群众满意度持续提升。",
    "下一步，枫桥镇将继续完善网格运行机制，让更多矛盾纠纷在家门口得到化解。",
]
B_PARAS = [
    "清晨，临河区东城街道幸福里小区的党员志愿者已经在楼道里忙开了，清理杂物、检查消防设施。",
    "这个建成三十多年的老旧小区，曾经没有物业、没有门禁，环境脏乱差，居民怨声不断。",
    "小区党支部牵头成立了业主自治小组，带领居民自筹资金修缮路面、加装路灯，还建起了小区议事亭。",
    "“大家的事大家商量着办，心往一处想，劲往一处使。”党支部书记李建国说，如今小区面貌焕然一新。",
]
CREDIT_B = ["（本报记者 周明远", "通讯员 赵小川 钱文静）"]


def _wrap(paragraphs: list[str], width: int = 12) -> list[str]:
    """The first line of each paragraph its indent and `width` characters more."""
    return [
        line for paragraph in paragraphs for line in column_lines(paragraph, width, first_width=width + 2)
    ]


def _weave(a: list[str], b: list[str], block: int) -> list[str]:
    out: list[str] = []
    while a or b:
        out += a[:block] + b[:block]
        a, b = a[block:], b[block:]
    return out


def _page(block: int = 6) -> str:
    a, b = _wrap(A_PARAS), _wrap(B_PARAS) + CREDIT_B
    return "\n".join(["社会治理  8", "", HEAD_A, HEAD_B, "", *_weave(a, b, block)]) + "\n"


def _articles(page: str):
    return unweaved_page_articles(page)


def test_stacked_heads_split_into_two_articles_in_reading_order() -> None:
    for block in (5, 6, 7):
        articles = _articles(_page(block))
        titles = [a.title for a in articles]
        assert titles == [HEAD_A, HEAD_B], (block, titles)


def test_each_column_reads_on_in_order() -> None:
    with data_dir_fixed():
        units = unstack(classify_page(_page(6)))
    assert units is not None
    text = "".join(u.text for u in units)
    a_start, b_start = text.index(HEAD_A), text.index(HEAD_B)
    column_a, column_b = text[a_start:b_start], text[b_start:]
    for paragraph in A_PARAS:
        assert paragraph in column_a.replace("　", "")
    for paragraph in B_PARAS:
        assert paragraph in column_b.replace("　", "")
    assert "周明远" in column_b and "周明远" not in column_a


NEGATIVE_ONE_COLUMN = """社会治理  8

枫桥镇：网格连心 矛盾就地化解
临河区：党建引领激活老旧小区

　　入冬以来，枫桥镇的网格
员们比往常更忙了。
　　他们走村入户收集群众的
急难愁盼，还到临河区学习。
　　镇里把全镇划分为四十二
个网格，每个网格配备一名专
职网格员。
　　今年以来，全镇共排查化
解各类矛盾纠纷三百余件，化
解率达到百分之九十八以上。
　　下一步，枫桥镇将继续完
善网格运行机制，让更多矛盾
纠纷在家门口得到化解，让群
众的获得感成色更足。
"""

NEGATIVE_LIST = """社会治理  8

枫桥镇：网格连心 矛盾就地化解
临河区：党建引领激活老旧小区

　　一、完善枫桥镇网格划分，
　　二、配齐专职网格员，
　　三、建立矛盾纠纷台账，
　　四、推行上门调解，
　　五、开展群众满意度测评，
　　六、建设网格服务驿站，
　　七、组建志愿服务队伍，
　　八、推广积分管理制度，
　　九、加强网格员业务培训，
　　十、学习临河区的做法，
每季度通报一次，结果纳入年
度考核，考核不合格的网格员
及时调整，确保各项工作落到
实处，群众满意。
"""

NEGATIVE_TABLE = """社会治理  8

枫桥镇：网格连心 矛盾就地化解
临河区：党建引领激活老旧小区

　　枫桥镇项目
数量
　　排查纠纷
312件
　　化解纠纷
306件
　　上门调解
188次
　　满意度
98%
　　走访农户
1260户
　　志愿服务
420人次
　　赴临河区交流
2次
"""


def test_negatives_are_left_as_printed() -> None:
    for page in (NEGATIVE_ONE_COLUMN, NEGATIVE_LIST, NEGATIVE_TABLE):
        with data_dir_fixed():
            units = classify_page(page)
            assert unstack(units) is None, page[:40]


def test_a_credit_wrapped_over_two_lines_is_one_byline_again() -> None:
    column = [
        Unit(TEXT, "置”。", 1),
        Unit(BYLINE, "（本报记者 周明远", 2),
        Unit(TEXT, "通讯员 赵小川 钱文静）", 3),
    ]
    _join_credit(column)
    assert [(u.kind, u.text) for u in column][1:] == [(BYLINE, "（本报记者 周明远 通讯员 赵小川 钱文静）")]


def test_a_sentence_after_a_credit_is_not_taken_into_it() -> None:
    for tail in ("年内完成改造（见下图）。", "下一步，枫桥镇将继续完善（二期）"):
        column = [Unit(BYLINE, "（本报记者 周明远", 2), Unit(TEXT, tail, 3)]
        _join_credit(column)
        assert len(column) == 2, tail
