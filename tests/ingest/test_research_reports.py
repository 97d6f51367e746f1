"""A 调研报告 excerpt (heldout38 p04's kind, issue 14): a label line over the headline (`调研报告`, `调查研究`), a
`——关于…的调研` deck, then a line naming the research group that wrote it (`某某市委政策研究室课题组`, no person:
the byline), the body under `一、…` section heads, and a closing `（执笔：…）` line naming its writers (no body
text, no headline). Before, the group's line was read as text and the writers' line as a headline, so the group
became the title and the byline stayed empty. Invented lines; negatives: a group named inside a paragraph, a
group's line under no head."""

from __future__ import annotations

from builder.ingest.bylinerules import RESEARCH_GROUP
from builder.ingest.furniture import is_furniture_line
from builder.ingest.pagelines import BYLINE, FURNITURE
from tests.support.pages import page_articles, page_units

_PAGE = """\
某某工作通讯　　　　2026年10月12日　星期一　　　　第5版

{label}
让村级组织把精力用在发展上　为村里减负增效
——关于全市村级组织减负情况的调研

{group}

　　今年以来，青禾市委政策研究室对全市
9个县区的42个村开展专题调研，发现村级
组织减负工作取得一定成效。
一、主要做法
　　全市清理村级组织承担的事项，取消不
必要的证明材料31项，村级挂牌减少六成。
二、几点建议
　　建议进一步规范督查考核，每年对村级
组织的考核不超过1次。
{writers}
"""


def _page(
    label: str = "调研报告",
    group: str = "青禾市委政策研究室课题组",
    writers: str = "（执笔：周明远　林一帆）",
) -> str:
    return _PAGE.format(label=label, group=group, writers=writers)


def test_a_research_groups_line_under_the_deck_is_the_byline():
    for label in ("调研报告", "调查研究", "理论调研"):
        (article,) = page_articles(_page(label))
        assert article.title == "让村级组织把精力用在发展上　为村里减负增效"
        assert article.subtitle == "关于全市村级组织减负情况的调研"
        assert article.byline == "青禾市委政策研究室课题组"
        assert article.paragraphs[0].startswith("今年以来，青禾市委政策研究室")


def test_joint_groups_sign_too():
    (article,) = page_articles(_page(group="青禾市委组织部、市民政局联合调研组"))
    assert article.byline == "青禾市委组织部、市民政局联合调研组"


def test_the_writers_line_closes_the_body_and_is_no_text():
    units = page_units(_page())
    assert (FURNITURE, "（执笔：周明远　林一帆）") in [(u.kind, u.text) for u in units]
    (article,) = page_articles(_page())
    assert not any("执笔" in paragraph for paragraph in article.paragraphs)
    assert article.paragraphs[-1].endswith("不超过1次。")
    assert is_furniture_line("（执笔人：周明远）")
    assert not is_furniture_line("（执笔：这是一句话。还有一句）")


def test_a_group_named_in_a_sentence_or_under_no_head_is_no_byline():
    assert RESEARCH_GROUP.match("青禾市委组织部调研组")
    assert RESEARCH_GROUP.match("青禾市委党校课题组")
    assert not RESEARCH_GROUP.match("近日，青禾市委组织部调研组")
    assert not RESEARCH_GROUP.match("村里迎来了市委组织部的调研组")
    inside = _page().replace(
        "组织减负工作取得一定成效。\n",
        "组织减负工作取得一定成效。市里派出\n青禾市委组织部调研组\n蹲点一周。\n",
    )
    units = page_units(inside)
    assert (BYLINE, "青禾市委组织部调研组") not in [(u.kind, u.text) for u in units]
