"""heldout31 p02's kind (issue 14): a 文摘 digest page prints several reprinted items, each closed by its source
line in brackets (`（摘自《…》…，原题为《…》）`, wrapped or not; `（原载《…》…，有删节）`, `（转载自《…》）`). The items
had been read as one article, the source lines as its text. The source line is furniture and ends its item: the
headline after it opens the next, its `文/某某` line its byline; a `原题：《…》` line under a headline is no title or
subtitle; the page's notice to the authors it could not reach (their fee, its phone) is furniture. Lines invented in
the kind."""

from __future__ import annotations

from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

_HEAD = "文摘 · 乡里乡亲\n2026年3月7日　星期六　　第6版　　本版编辑：吴敏\n\n"
_FIRST = (
    "一条巷子的“板凳会”\n□ 赵海\n\n"
    "　　开封市鼓楼区相国寺街道书店街社\n区有居民980户。\n"
    "　　社区召开“板凳会”42场，解决难题\n30件。\n"
)
_SECOND = (
    "兰考县：“一张清单”管住村级事务\n原题：《清单管事　村里省心》\n\n"
    "　　兰考县把村级事务列成清单，共\n梳理事项36项。\n"
    "　　清单之外的事项，一律不得派给村里。\n"
)
_THIRD = "尉氏县“爱心食堂”暖了老人胃\n文／李青\n　　尉氏县建成“爱心食堂”18个，\n每天为老人供餐600余份。\n"


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(classify_page(page)))


def test_each_reprint_source_line_ends_its_item():
    page = (
        _HEAD
        + _FIRST
        + "（摘自《汴梁晚报》2026年2月10日，原\n题为《书店街里议家常》）\n\n"
        + _SECOND
        + "（原载《豫东日报》2026年2月12日，有删节）\n\n"
        + _THIRD
        + "（转载自《中原乡村》）\n\n"
        + "本版所选文章部分未能联系到作者，请作者\n见报后与本版联系，以便奉寄稿酬。联系电话：0371-6500 1234\n"
    )
    articles = _articles(page)
    assert [a.title for a in articles] == [
        "一条巷子的“板凳会”",
        "兰考县：“一张清单”管住村级事务",
        "尉氏县“爱心食堂”暖了老人胃",
    ]
    assert articles[1].subtitle is None and articles[2].byline == "文／李青"
    body = "".join(p for a in articles for p in a.paragraphs)
    for printed in ("摘自", "原载", "转载自", "原题", "稿酬", "题为"):
        assert printed not in body
    assert articles[0].paragraphs[-1].endswith("解决难题30件。")


def test_a_sentence_naming_a_reprint_is_text():
    page = _HEAD + _FIRST + "　　这篇报道（摘自《汴梁晚报》）\n被多家媒体转载。\n"
    articles = _articles(page)
    assert len(articles) == 1 and "被多家媒体转载。" in articles[0].paragraphs[-1]
