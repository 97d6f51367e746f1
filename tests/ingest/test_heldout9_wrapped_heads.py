"""Two headlines a narrow column wrapped (heldout9 q02, issue 14): `明仁街道“物业议事会”议出` / `满意小区` was read
as a kicker over a headline (the second line's 小区 taken for a place of its own, the title cut at 议出), and
`宁江区新就业群体有了“暖心` / `驿站”` / `本报记者 高明`, its quoted name cut by the wrap, was no headline (its
quotes do not close on its first line), so it went into the body above and its article was lost. Lines
invented in the kinds of the page; negatives: a kicker over a headline naming its own place, a text line
whose quote closes on the next line with more text, a quote's end over no byline.
"""

from __future__ import annotations

from builder.ingest.headlinetails import quote_cut_over_byline
from builder.ingest.headlinewraps import wrapped_after_place
from builder.ingest.pagelines import HEADLINE
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_a_compound_is_no_place_of_its_own():
    with data_dir_fixed():
        assert wrapped_after_place("红光街道“物业议事会”议出", "满意小区")
        assert not wrapped_after_place("红光街道“物业议事会”议出", "某某区满意小区")


def test_a_quoted_name_cut_over_a_byline_is_one_headline():
    assert quote_cut_over_byline("某某区新就业群体有了“暖心", ["驿站”", "本报记者 高明"])
    assert quote_cut_over_byline("某某县推行“党员", ["中心户”", "■中共某某县委组织部"])


def test_text_lines_are_no_cut_headline():
    assert not quote_cut_over_byline(
        "区37个住宅小区全部成立“物", ["业议事会”，由社区党组织、", "本报记者 高明"]
    )
    assert not quote_cut_over_byline("某某区新就业群体有了“暖心", ["驿站”", "今年以来，某某区建成驿站46个。"])
    assert not quote_cut_over_byline("为群众提供服务。他说：“暖心", ["驿站”", "本报记者 高明"])


def test_the_page_heads():
    page = (
        "某某基层周刊\n2026年3月26日\u3000第3版\n\n"
        "红光街道“物业议事会”议出\n满意小区\n本报讯（记者 孙志刚）\n"
        "某某市某某区红光街道在辖区37个\n住宅小区全部成立“物业议事会”。\n\n"
        "某某区新就业群体有了“暖心\n驿站”\n本报记者 高明\n"
        "某某市某某区依托党群服务中心建\n成“暖心驿站”46个。\n"
    )
    with data_dir_fixed():
        units = classify_page(page)
    heads = [u.text for u in units if u.kind == HEADLINE]
    assert heads == ["红光街道“物业议事会”议出满意小区", "某某区新就业群体有了“暖心驿站”"]
