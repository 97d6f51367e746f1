"""A flush line alone between a paragraph's short last line and an indented first line, on a page printing no
blank line (R19 r19_02's kind): a subheading of the report, or, printed wider than the column, the next report's
headline. Before: the line was read as the next wrap of the paragraph above (it fills the column) and the next
report ran on inside the first. Invented lines of the kind; negatives: a line that goes on unindented (its next
line is flush), and a wide line over a flush line (no paragraph opens under it)."""

from __future__ import annotations

from tests.support.pages import page_articles

HEAD = "第2版　　基层治理　　2026年3月4日　星期三"

FIRST = [
    "社区议事会开进楼道",
    "本报讯（记者 林一帆）近年来，青禾",
    "市南川区柳塘街道坚持党建引领，把",
    "居民议事会开到楼道里，让居民的事",
    "由居民商量着办。",
    "　　街道为每个小区配备了议事员，",
    "定期收集居民的意见建议。",
    "“议事会”让小区居民有了主心骨",  # a subheading, filling its column
    "　　“以前楼道里堆满了杂物，没人",
    "管。现在大家一起商量，问题很快就",
    "解决了。”居民周阿姨说。截至目前，",
    "街道共召开议事会120余场。",
]
SECOND = [
    "青禾南川丨党建引领聚合力 小院旧貌换新颜",  # the next report's headline, wider than the column
    "　　走进东岭镇石桥村，宽阔的水泥",
    "路、整洁的院落构成了一幅美丽乡村",
    "新画卷。村党支部组织党员带头清理",
    "房前屋后，40余名村民自发参与。",
    "　　如今，村里的垃圾有人收、道路",
    "有人扫，村容村貌焕然一新。",
]


def test_wide_line_between_paragraphs_opens_the_next_report():
    articles = page_articles("\n".join([HEAD, *FIRST, *SECOND]))
    assert [a.title for a in articles] == ["社区议事会开进楼道", "青禾南川丨党建引领聚合力 小院旧貌换新颜"]
    first = "".join(b.text for b in articles[0].blocks)
    assert "旧貌换新颜" not in first
    assert any(b.kind == "heading" and b.text == "“议事会”让小区居民有了主心骨" for b in articles[0].blocks)
    assert articles[1].blocks[0].text.startswith("走进东岭镇石桥村")


def test_line_over_a_flush_line_is_text():
    # `…意见建议。` / `街道还组建了一支由党员组成的楼道` (fills the column, its next line flush): text, no heading
    lines = [*FIRST[:7], "街道还组建了一支由党员组成的楼道", "议事员队伍，每月走访一次。", *FIRST[8:]]
    articles = page_articles("\n".join([HEAD, *lines]))
    assert len(articles) == 1
    assert any(
        b.text == "街道还组建了一支由党员组成的楼道议事员队伍，每月走访一次。" for b in articles[0].blocks
    )


def test_wide_line_over_a_flush_line_is_no_headline():
    lines = [
        *FIRST[:7],
        "青禾南川丨党建引领聚合力 小院旧貌换新颜",
        "走进东岭镇石桥村，宽阔的水泥路、整",
        *FIRST[8:],
    ]
    articles = page_articles("\n".join([HEAD, *lines]))
    assert [a.title for a in articles] == ["社区议事会开进楼道"]
