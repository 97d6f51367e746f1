"""Two columns read across in blocks where the second column's head stands inside the first column's lines
without the marks the other starts need (invented lines of the kinds real R18 r18_01 and R19 r19_03 show):

- B's headline and its second line (read as a subtitle) over a dateline on its own line, after a block of A that
  ends a sentence; B's first block is cut: a line left mid-sentence over A's indented paragraph
  (interleave_starts._first_block_cut);
- B's headline wrapped over two headline-shaped lines, cutting A's line mid-sentence, over B's lead with no
  indent; A's sentence goes on a few lines further down (interleave_starts._column_resumes), even where the head
  reads on from A's cut line as a word (`…网格` / `长港…`);
- the split: an indented line never goes on from a line of the stretch left mid-sentence
  (interleave_split.ColumnSplit.indented).

Negatives: two articles printed one after the other (A finished, B's head, B's paragraphs) and a one-column
article with a short headline-shaped line inside are kept in their printed order."""

from __future__ import annotations

from builder.ingest.interleave_split import ColumnSplit
from builder.ingest.linejoin import join_cost
from builder.util.paths import data_dir_fixed
from tests.support.columns import HANGING_ALL, column_lines
from tests.support.pages import unweaved_page_articles


def _wrap(text: str, width: int = 13, indent: bool = True) -> list[str]:
    return column_lines(text, width, indent="\u3000\u3000" if indent else "", hanging=HANGING_ALL)


_A = [
    "“以前办个证要跑好几趟，现在在家门口就能办好了！”",
    "说起这几年的变化，家住青石镇的老李连连称赞。",
    "青石镇把便民服务站建到了每个村，群众办事不出村，党员干部轮流值守，帮助群众代办各类事项。",
    "今年以来，全镇各村便民服务站共代办事项两千余件，群众满意率明显提升。",
    "镇党委书记介绍，便民服务站实行“一窗受理、全程代办”，群众只需跑一次，材料齐全的当场办结。",
    "为了让服务更贴心，各村还组建了志愿服务队，为行动不便的老人上门代办养老认证、医保报销等事项。",
    "下一步，青石镇将继续完善服务清单，让群众办事更方便、更省心。",
]
_B = [
    "每天早上八点，社区的直播间准时开播，社区工作人员围绕居民关心的养老、医保等政策答疑解惑。",
    "社区居民中老年人较多，他们对政策解读的需求十分迫切，直播间的留言常常有上百条。",
    "对于直播中不便答复的问题，工作人员会在直播结束后逐一电话回访，做到件件有回音。",
    "为了把直播办好，社区专门组建了由社区干部、居民志愿者组成的主播团队，轮流上岗、分工协作。",
    "每期直播前，团队都会收集居民的留言，梳理出大家最关心的问题，提前请相关部门准备答复。",
    "截至目前，直播间累计观看人数已突破三万人次，解决居民身边问题两百余个。",
]


def _body(paragraphs: list[str], indent: bool = True) -> list[str]:
    return [line for p in paragraphs for line in _wrap(p, indent=indent)]


def _weave(left: list[str], right: list[str], block: int) -> list[str]:
    lines, ia, ib = [], 0, 0
    while ia < len(left) or ib < len(right):
        lines += left[ia : ia + block]
        ia += block
        lines += right[ib : ib + block]
        ib += block
    return lines


def _texts(article) -> str:
    return "".join(unit.text for unit in article.blocks)


def test_b_head_with_subtitle_and_dateline_after_a_finished_block() -> None:
    left = _body(_A)[2:]  # its first block (6 lines) ends a sentence: `…代办各类事项。`
    right = ["社区“新招”：小屏幕“大用场”", "激活治理“暖意”", "新华社杭州3月2日电", *_body(_B)]
    page = "\n".join(["青石镇：便民服务进村", "本报记者 李明", "", *_weave(left, right, 6)])
    articles = unweaved_page_articles(page)
    assert len(articles) == 2
    a, b = (_texts(article) for article in articles)
    assert "群众办事不出村" in a and "直播间" not in a
    assert "每天早上八点" in b and "青石镇" not in b
    assert b.endswith("解决居民身边问题两百余个。")


def test_b_head_wrapped_over_an_unindented_lead_cutting_a_mid_sentence() -> None:
    lead = "本报讯（记者 王强 通讯员赵敏）近日，青石镇把便民服务站建到了每个村，方便群众就近办理社保、医保等各类事项。"
    left = _wrap(lead, indent=False) + _body(_A[3:])
    right = ["城东社区：小小直播间", "架起社区居民“连心桥”", *_body(_B, indent=False)]
    woven = left[:4] + right[:5] + left[4:8] + right[5:9] + left[8:12] + right[9:13] + left[12:] + right[13:]
    page = "\n".join(["青石镇：便民服务进村", "", *woven])
    articles = unweaved_page_articles(page)
    assert len(articles) == 2
    a, b = (_texts(article) for article in articles)
    assert "各类事" in a and "直播间" not in a
    assert b.startswith("每天早上八点") or "每天早上八点" in b[:20]
    assert "青石镇" not in b


def test_an_indented_line_does_not_go_on_from_a_line_left_mid_sentence() -> None:
    lines = ["社区工作人员尝试开", "　　群众在哪里，服务的"]
    problem = ColumnSplit(
        [line.strip() for line in lines],
        "标题",
        "标题",
        [(0.0, 0.0)] * 2,
        2,
        1,
        indented=frozenset({"群众在哪里，服务的"}),
    )
    with data_dir_fixed():
        plain = join_cost("社区工作人员尝试开", "群众在哪里，服务的")
        assert problem.join("社区工作人员尝试开", "群众在哪里，服务的") > plain
        # negatives: after a finished sentence, or under a head before the stretch, an indent opens a paragraph
        assert problem.join("社区工作人员尝试开了。", "群众在哪里，服务的") == join_cost(
            "社区工作人员尝试开了。", "群众在哪里，服务的"
        )
        assert problem.join("标题", "群众在哪里，服务的") == join_cost("标题", "群众在哪里，服务的")


def test_two_articles_one_after_the_other_keep_their_order() -> None:
    page = "\n".join(
        [
            "青石镇：便民服务进村",
            "本报记者 李明",
            *_body(_A),
            "街镇“新招”：直播间里",
            "解民忧暖民心",
            "新华社杭州3月2日电",
            *_body(_B),
        ]
    )
    articles = unweaved_page_articles(page)
    assert len(articles) == 2
    a, b = (_texts(article) for article in articles)
    assert "群众办事不出村" in a and "直播间" not in a
    assert b.endswith("解决居民身边问题两百余个。")


def test_a_short_headline_shaped_line_inside_one_column_is_no_second_column() -> None:
    body = _body(_A)
    page = "\n".join(
        ["青石镇：便民服务进村", "", "本报讯（记者 王强）近日，青石镇", *body[:3], "便民服务站", *body[3:]]
    )
    articles = unweaved_page_articles(page)
    assert len(articles) == 1
    assert "便民服务站" in _texts(articles[0])


def test_a_line_reading_on_from_the_one_above_heads_no_column() -> None:
    from builder.ingest.interleave_rows import _reads_on

    with data_dir_fixed():
        assert _reads_on("杜秀胜 靳晓辉）近日，莒县城阳街", "道桃园社区依托5个村街党支部和15")
        # negatives: a finished sentence above, or no word across the break
        assert not _reads_on("群众满意率明显提升。", "道桃园社区依托5个村街党支部和15")
        assert not _reads_on("", "道桃园社区依托5个村街党支部和15")


def test_b_head_alone_between_a_headline_over_its_lead_and_a_going_on() -> None:
    """A's headline over its indented lead (no byline), B's two head lines cutting A's line mid-sentence, A's
    sentence going on right under them (B's first block is its head alone: real R13 r13_03's kind); a line of
    A that the rules read as a headline (a full line left open) is split as text."""
    from builder.ingest.interleave_stretch import _text_read_as_headline
    from builder.ingest.pagelines import HEADLINE, TEXT, Unit

    left = _body(_A)
    right = ["城东社区：小小直播间", "架起居民“连心桥”", *_body(_B)]
    woven = left[:1] + right[:2] + left[1:5] + right[2:7] + left[5:9] + right[7:11] + left[9:] + right[11:]
    page = "\n".join(["乡村振兴·便民服务", "", "便民服务进村", "群众办事更方便", *woven])
    articles = unweaved_page_articles(page)
    assert len(articles) == 2
    a, b = (_texts(article) for article in articles)
    assert a.startswith("“以前办个证要跑好几趟，现在在家门口就能办好了！”") and "直播间" not in a[:60]
    assert "每天早上八点" in b and "青石镇" not in b[:40]
    units = [
        Unit(TEXT, "村一策”的发展思路，推动", 1, width=12.0),
        Unit(HEADLINE, "“转型发展”与乡村振兴战", 2, width=12.0),
        Unit(TEXT, "略有效融合。", 3, width=6.0),
    ]
    assert _text_read_as_headline(units, 1)
    # negatives: a narrower headline, or one under a finished sentence, stands as printed
    assert not _text_read_as_headline([units[0], Unit(HEADLINE, "转型发展", 2, width=4.0), units[2]], 1)
    assert not _text_read_as_headline([Unit(TEXT, "的发展思路更加清晰。", 1, width=10.0), *units[1:]], 1)
