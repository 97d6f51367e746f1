"""A correspondents' credit glued to a report's last sentence with no bracket and no space
(`…打下了基础。通讯员张小明李丽`, a county news site's kind, real published pages): the report's byline, cut
off its last paragraph. A photo's credit so glued (`…合影。记者 王某 摄`) is no byline. Invented lines."""

from __future__ import annotations

from builder.ingest.captionshapes import split_closing_names
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "河口镇推行“院落议事”\n\n"
    "3月5日，某某县河口镇召开会议，部署\n"
    "在全镇推行“院落议事”，每个院落选出\n"
    "议事员3名。\n"
    "院落议事让群众的事有人商量，为提升\n"
    "基层治理水平打下了基础。{credit}\n"
)


def test_a_role_and_names_glued_to_the_last_sentence_is_the_byline():
    (article,) = segment(assemble(classify_page(_PAGE.format(credit="通讯员张小明李丽"))))
    assert article.byline == "通讯员张小明李丽"
    assert article.text.endswith("为提升基层治理水平打下了基础。")


def test_a_photo_credit_or_a_sentence_is_no_closing_byline():
    assert split_closing_names("…在村口合影。记者王小明摄")[1] is None
    assert split_closing_names("…打下了基础。")[1] is None
    assert split_closing_names("…打下了基础。通讯员张小明李丽") == ("…打下了基础。", "（通讯员张小明李丽）")


def test_a_sentence_opening_with_the_role_cut_at_the_bodys_end_is_no_credit():
    # a body cut mid-sentence (the page's foot, a column break): its last words open with 记者/通讯员, no names
    for cut in ("通讯员队伍不断壮大", "记者走访发现", "记者在村里看到"):
        assert split_closing_names("…调解纠纷20余起。" + cut) == ("…调解纠纷20余起。" + cut, None), cut
    page = "河口镇推行“院落议事”\n\n　　3月5日，某某县河口镇推行“院落议事”，每个院落选出\n议事员3名。通讯员\n队伍不断壮大\n"
    (article,) = segment(assemble(classify_page(page)))
    assert article.byline is None
    assert article.text.endswith("通讯员队伍不断壮大")
