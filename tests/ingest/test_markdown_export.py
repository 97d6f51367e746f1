"""A PDF-to-Markdown export (builder/ingest/markdownexport.py): its byline and masthead `# ` headings unmarked,
its image placeholders blank lines (heldout20 p04, invented)."""

from __future__ import annotations

from builder.ingest.markdownexport import unmark_export

_PAGE = [
    "# 津门社区",
    "",
    "2026年8月10日 星期一 第7版",
    "",
    "# 河北区推行“街巷长制” 小事不出街巷",
    "",
    "# 本报记者 张云鹏",
    "",
    "天津市河北区把全区划分为412条街巷，每条街巷明确1名“街巷长”。",
    "",
    "![](images/3b9f0c2e1a7d4c58b1e6f0a2d9c47e15.jpg)",
    "",
    "# 各地传真",
    "",
    "# 酉阳县：“院坝协商会”开到群众家门口",
    "",
    "# 本报讯（通讯员 冉茂林）",
]


def test_the_byline_and_masthead_headings_lose_their_marks() -> None:
    text, printed = unmark_export("\n".join(_PAGE), None)
    lines = text.split("\n")
    assert lines[0] == "津门社区" and lines[6] == "本报记者 张云鹏" and lines[16] == "本报讯（通讯员 冉茂林）"
    assert lines[10] == ""  # the image placeholder
    # headlines and a column label stay headings
    assert lines[4] == "# 河北区推行“街巷长制” 小事不出街巷" and lines[12] == "# 各地传真"
    assert lines[14] == "# 酉阳县：“院坝协商会”开到群众家门口"
    assert printed is None


def test_other_lines_stay() -> None:
    for page in (
        "# 津门社区\n\n天津市河北区把全区划分为412条街巷。",  # a first heading over no page line: a headline
        "天津市河北区 ![](images/a.jpg) 把全区划分为412条街巷。",  # a placeholder inside a sentence
        "# 本报记者张云鹏走进街巷，听居民说变化",  # a headline opening with a reporter's words
        "河北区推行“街巷长制”\n\n本报记者 张云鹏",  # no Markdown at all
    ):
        assert unmark_export(page, None) == (page, None)
