"""Two columns interleaved in blocks, the second opening with its byline and no headline (an untitled report
beside a headed one), the first headed by a headline across the top and a byline the column wrapped inside the
last name: invented lines of the kinds real R17 r17_03 shows (builder.ingest.interleave_bylines.start_pairs,
bylinerules.names_taken_back, bylineshapes.is_byline_text). Negatives: a byline whose next line holds more than a
name's rest, `接受记者采访` read as no reporter line, the printed order kept without a second start."""

from __future__ import annotations

from builder.ingest.article import Article
from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.interleave import deinterleave
from builder.util.paths import data_dir_fixed
from tests.support.columns import HANGING_ALL, column_lines
from tests.support.pages import page_units, unweaved_page_articles


def _wrap(text: str, width: int = 12) -> list[str]:
    return column_lines(text, width, hanging=HANGING_ALL)


_A = [
    "走进琼海市博鳌镇留客村，一排排民宿错落有致，村道两旁绿树成荫，游客络绎不绝。",
    "村支书王海说，村里推行“党员中心户”联系群众制度，每名党员联系10户村民，帮助解决就业、就医等难题。",
    "今年以来，党员中心户已帮助村民办理实事120余件，村集体经济收入突破50万元。",
]
_B = [
    "兰考县东坝头镇张庄村的文化广场上，村民们正围坐在一起商量修路的事，气氛热烈。",
    "村里设立“红白理事会”和“积分超市”，村民参与环境整治、邻里互助都能攒积分兑换生活用品。",
    "村党支部书记说，如今村民参与村务的积极性越来越高，全村已累计发放积分3万余分。",
]


def _page(block: int = 7) -> str:
    left = ["□本报记者王明通讯员李", "小红"] + [line for p in _A for line in _wrap(p)]
    right = ["□本报记者张华"] + [line for p in _B for line in _wrap(p)]
    lines = ["第3版　　乡村治理　　　　2026年4月9日", "", "留客村：“党员中心户”带富一方"]
    ia = ib = 0
    while ia < len(left) or ib < len(right):
        lines += left[ia : ia + block]
        ia += block
        lines += right[ib : ib + block]
        ib += block
    return "\n".join(lines)


def _articles(page: str) -> list[Article]:
    return unweaved_page_articles(page)


def test_untitled_second_column_opened_by_its_byline_is_read_apart() -> None:
    articles = _articles(_page())
    assert len(articles) == 2
    first, second = articles
    assert first.title == "留客村：“党员中心户”带富一方"
    assert first.byline == "本报记者王明通讯员李小红"
    assert second.byline == "本报记者张华"
    text_a, text_b = "".join(first.paragraphs), "".join(second.paragraphs)
    assert "党员中心户已帮助村民办理实事120余件" in text_a and "张庄村" not in text_a
    assert "全村已累计发放积分3万余分" in text_b and "留客村" not in text_b


def test_printed_order_is_kept_when_the_second_byline_cuts_no_sentence() -> None:
    lines = _page().split("\n")
    cut = lines.index("□本报记者张华")
    lines[cut - 1] = "　　村支书王海说。"  # A's block ends its sentence: no column cut there
    units = page_units("\n".join(lines))
    with data_dir_fixed():
        assert [u.text for u in deinterleave(units)] == [u.text for u in units]


def test_byline_wrapped_inside_a_name_takes_only_a_names_rest() -> None:
    kinds = {
        unit.text: unit.kind
        for unit in page_units("□本报记者 王磊\n近日\n　　兰考县东坝头镇张庄村文化广场上")
    }
    assert kinds.get("本报记者 王磊") == "byline"  # `近日` is no part of a name (four characters joined)


def test_journalist_as_a_verbs_object_is_no_reporter_line() -> None:
    assert not is_byline_text("任王海接受记者采访时表")  # (`村委会主任王海接受记者采访时表示`)
    assert not is_byline_text("据记者了解")
    assert is_byline_text("本报记者 王磊") and is_byline_text("新华社记者 张华")
