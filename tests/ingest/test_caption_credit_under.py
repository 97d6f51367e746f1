"""A photo caption printed with no mark between two finished sentences, one line set wider than the column, its
credit on the line right under it (tests/corpus/heldout6 k07): `友谊街道“铁人先锋岗”党员为居民测量血压。` /
`记者 孙晓东 摄`, `前进区网格员在居民家中检查燃气管道。` / `前进区委政法委供图`. Before, the caption stayed a
paragraph of the body and the credit alone became a caption's text."""

from __future__ import annotations

from builder.ingest.pagelines import CAPTION, CREDIT, TEXT
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# k07's lines, as printed
_K07 = (
    "友谊街道“铁人先锋岗”服务暖民心\n\n本报记者 孙晓东\n\n"
    "大庆市萨尔图区友谊街道在辖区\n11个社区设立“铁人先锋岗”，\n组织在职党员、退休党员认领服务\n岗位。\n"
    "{caption}\n{credit}\n"
    "目前，全街道已有1650名党员\n上岗服务，开展助老、助学、环境\n整治等活动980余次。冬季来临\n"
    "前，先锋岗党员还为辖区320户\n独居老人检修了暖气和门窗。\n"
)
_K07_SECOND = (
    "前进区网格员“扫楼”排查冬季安全隐患\n\n本报记者 于洋\n\n"
    "佳木斯市前进区将全区划分为21\n6个网格，配备专职网格员216\n名，实行“一网格一专员”。入冬\n"
    "以来，网格员逐楼逐户开展“扫楼”\n行动，排查燃气、取暖等安全隐\n患1130处，已整改1090处。\n"
    "前进区网格员在居民家中检查燃气管道。\n前进区委政法委供图\n"
    "前进区还开通冬季安全热线045\n4—8612345，24小时受\n理群众求助。“网格员隔三差五来\n看看，我们住着安心。”居民赵大\n爷说。\n"
)


def _blocks(page: str) -> list[tuple[str, str]]:
    return [(b.kind, b.text) for b in assemble(classify_page(page))]


def test_a_wide_caption_over_its_credit_line_leaves_the_body():
    page = _K07.format(caption="友谊街道“铁人先锋岗”党员为居民测量血压。", credit="记者 孙晓东 摄")
    blocks = _blocks(page)
    assert (CAPTION, "友谊街道“铁人先锋岗”党员为居民测量血压。") in blocks
    assert (CREDIT, "记者 孙晓东 摄") in blocks
    article = segment(assemble(classify_page(page)))[0]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("友谊街道“铁人先锋岗”党员为居民测量血压。", "记者 孙晓东 摄")
    ]
    assert "测量血压" not in article.text


def test_a_caption_credited_by_its_unit_under_it_leaves_the_body():
    article = segment(assemble(classify_page(_K07_SECOND)))[0]
    assert [(c.text, c.credit) for c in article.captions] == [
        ("前进区网格员在居民家中检查燃气管道。", "前进区委政法委供图")
    ]
    assert article.text.endswith("居民赵大爷说。")
    assert "检查燃气管道" not in article.text


def test_a_body_line_no_wider_than_its_column_over_a_credit_stays_the_body():
    # a whole sentence that fits its column is the body's, whatever credit the line under it prints
    page = _K07.format(caption="街道还组建了党员服务队。", credit="记者 孙晓东 摄")
    blocks = _blocks(page)
    assert CAPTION not in [kind for kind, _ in blocks]
    assert any(kind == TEXT and "街道还组建了党员服务队。" in text for kind, text in blocks)


def test_a_wide_line_with_a_credit_two_lines_under_it_stays_the_body():
    page = _K07.format(
        caption="友谊街道“铁人先锋岗”党员为居民测量血压。\n居民纷纷点赞。", credit="记者 孙晓东 摄"
    )
    assert (CAPTION, "友谊街道“铁人先锋岗”党员为居民测量血压。") not in _blocks(page)
