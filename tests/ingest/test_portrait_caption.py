"""A portrait's caption printed as a bare name on a line of its own over the photo's credit (`某某某` / `资料图片`,
heldout33 p02's kind, an interview page answered by name): the caption, out of the body (before, the name stayed
in the body as a paragraph of its own); a name under a blank line with no credit under it stays the text's."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

# an invented interview: its guest's portrait between two turns, then a second portrait credited to a reporter
_INTERVIEW = (
    "让村级组织轻装上阵\n——访某某省委组织部负责人\n\n本报记者　周某某\n\n"
    "　　近日，记者就村级组织减负专访了某\n某省委组织部负责人钱某某。\n"
    "　　问：今年在减负方面做了哪些事？\n　　钱某某：我们清理了村级挂牌，全省\n共摘除各类牌子2.1万余块。\n\n"
    "钱某某\n资料图片\n\n"
    "　　问：下一步还有什么打算？\n　　钱某某：我们将建立减负监测点，每\n季度听取村干部的意见。\n\n"
    "孙某某\n本报记者 周某某 摄\n\n"
    "　　问：村干部怎么看？\n　　孙某某：填表少了，能多往群众家\n里跑了。\n"
)


def _article():
    (article,) = segment(assemble(classify_page(_INTERVIEW)))
    return article


def test_a_name_alone_over_a_photo_credit_is_the_portraits_caption():
    article = _article()
    assert [(photo.text, photo.credit) for photo in article.captions] == [
        ("钱某某", "资料图片"),
        ("孙某某", "本报记者 周某某 摄"),
    ]
    assert "\n钱某某\n" not in f"\n{article.text}\n"
    assert "资料图片" not in article.text


def test_a_name_with_no_credit_under_it_is_no_caption():
    page = _INTERVIEW.replace("钱某某\n资料图片\n\n", "钱某某\n\n")
    (article,) = segment(assemble(classify_page(page)))
    assert all(photo.text != "钱某某" for photo in article.captions)
