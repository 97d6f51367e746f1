"""The mark ending an article after its last sentence (heldout12 p05: `…3400余件。（完）`) is furniture: left in,
the sentence stayed open, and the next article's headline and dateline were read inside it (the last paragraph
and the next lead glued into one, the byline lost). Lines invented in the kind.
"""

from __future__ import annotations

import pytest

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.textrules import remove_continuation_markers
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed


def test_an_end_mark_closes_its_article():
    page = (
        "某某周刊\n\n书院街道“邻里节”聚人心\n本报记者　陈静\n"
        "　　孝感市孝南区书院街道举办“邻里节”，\n今年共办活动56场。（完）\n\n"
        "城关镇推行“院坝会”\n本报讯（通讯员　王芳　记者　李强）\n"
        "　　城关镇把议事会开到院坝里，今年已\n议定事项120件。\n"
    )
    with data_dir_fixed():
        articles = segment(assemble(classify_page(page)))
    assert [(a.title, a.byline) for a in articles] == [
        ("书院街道“邻里节”聚人心", "本报记者　陈静"),
        ("城关镇推行“院坝会”", "本报讯（通讯员　王芳　记者　李强）"),
    ]
    assert articles[0].paragraphs[-1].endswith("今年共办活动56场。")


@pytest.mark.parametrize(
    ("line", "cleaned"),
    [
        ("今年共办活动56场。（完）", "今年共办活动56场。"),
        ("“我们会做下去。”(完)", "“我们会做下去。”"),
        ("办结率99.2%。（记者 某某）（完）", "办结率99.2%。（记者 某某）"),  # after a closing credit
        ("工作是否完（完）", "工作是否完（完）"),  # no sentence before it: text
        ("（完）成了任务。", "（完）成了任务。"),  # not at the line's end
    ],
)
def test_only_an_end_mark_after_a_sentence_is_removed(line, cleaned):
    assert remove_continuation_markers(line) == cleaned


# The end mark on a line of its own under a closing credit the wrap cut (heldout26 p08's kind): read as text that
# ends no sentence, the next headline and lead went into the article, the two credits made one byline.
ALONE = (
    "某某周刊\n\n城关街道：机关党员和社区居民“结对子”\n\n"
    "　　某某市城关街道组织机关党员到社区\n报到，今年认领居民微心愿320个。\n"
    "　　街道党工委书记说，要让党员在社区\n治理中发挥更大作用。（通讯员 周平 记者 吴\n越）\n（完）\n\n\n"
    "柳坪村：合作社带富一方百姓\n\n"
    "　　某某县柳坪村党支部领办茶叶合作社，\n带动农户86户，户均增收1.8万元。\n"
    "　　“现在家门口就能挣钱。”村民说。（通讯员 马兰 记者 郑凯）\n（完）\n"
)


def test_an_end_mark_on_its_own_line_closes_its_article():
    with data_dir_fixed():
        articles = segment(assemble(classify_page(ALONE)))
    assert [(a.title, a.byline) for a in articles] == [
        ("城关街道：机关党员和社区居民“结对子”", "通讯员 周平 记者 吴越"),
        ("柳坪村：合作社带富一方百姓", "通讯员 马兰 记者 郑凯"),
    ]
    assert [a.paragraphs[-1][-5:] for a in articles] == ["更大作用。", "”村民说。"]
    assert not any("完" in p for a in articles for p in a.paragraphs)


def test_an_end_mark_alone_under_an_open_sentence_stays_text():
    page = "某某周刊\n\n社区议事会\n\n　　议事会的第一件事就是把工作\n（完）\n成，再说别的。\n"
    with data_dir_fixed():
        (article,) = segment(assemble(classify_page(page)))
    assert "（完）" in "".join(article.paragraphs)
