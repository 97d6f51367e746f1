"""Three 12-character columns read across line by line under a headline spanning two of them (heldout26 p02's
kind, issue 14): the first article runs over the first two columns under one wide headline, the third column holds
another article whose headline wraps inside it. Read as printed, an article was lost, the third headline was
cut (`明廉街道“红色管家”管`) and the wide headline went to the other article as its subtitle. The columns are put
back (builder.ingest.interleave_spanned): the wide headline over its two columns, then the third. Invented
lines, laid out the way such an extraction reads them (a row gives a line of each column; a column's blank cell
gives none); negatives: a wide headline over one article's plain text, the same rows under a narrow headline.
"""

from __future__ import annotations

from builder.ingest.interleave_rows import unweave_page
from tests.support.pages import page_articles


def _wrap(paragraphs: list[str], width: int = 12) -> list[str]:
    """Each paragraph indented and cut every `width` characters (a comma or stop hangs on the line's end)."""
    out = []
    for paragraph in paragraphs:
        text = "\u3000\u3000" + paragraph
        while text:
            cut = width + (1 if text[width : width + 1] in "，。、；：”" else 0)
            out.append(text[:cut])
            text = text[cut:]
    return out


FIRST = [
    "青川县茶产业带动了大批留守妇女、返乡青年和脱贫户就近就业。县委社会工作部联合县妇联、团县委，在茶园、"
    "加工厂和集镇建设“茶香驿站”，为务工群众提供休息、充电、饮水等服务。",
    "目前，全县已建成“茶香驿站”96个，其中乡镇52个、村44个，累计服务务工群众超过18万人次。",
]
SECOND = [
    "县里还推行“茶园信息员”制度，从务工群众中选聘信息员160名，帮助村里发现安全隐患、留守老人异常情况，"
    "今年以来上报各类线索900多条。",
    "为解决务工群众看病难的问题，县里协调卫生院为驿站配备药箱，已有70个驿站开通巡诊服务。企业也参与进来，"
    "为驿站捐赠冷柜、饮水机等设备。",
    "在务工群众中发展党员15名，建立流动党员服务站9个。",
]
THIRD = [
    "沈阳市皇姑区明廉街道老旧小区多，不少小区长期没有物业管理。街道党工委引入国有物业企业，推行“红色管家”"
    "物业服务模式，由社区党组织、物业企业和业委会共同议定服务事项。",
    "街道已有26个老旧小区实现物业服务全覆盖，覆盖居民9800户。冬季供暖期，“红色管家”组建清雪突击队12支。",
    "居民对物业服务的满意度从去年的68%提高到92%，物业费收缴率达到86%。",
]
WIDE = "青川县：“茶香驿站”让务工群众暖心又安心"
THIRD_HEAD = ["明廉街道“红色管家”管", "出小区新气象"]


def _rows(head: str) -> str:
    """The page read across: row 0 holds the third headline's first line alone (the wide headline stands over
    the other two columns), row 1 the byline, the second column's first line and the third headline's end."""
    a = [None, "本报记者 罗青禾", None, *_wrap(FIRST)]
    b = [None, *_wrap(SECOND)]
    c = [*THIRD_HEAD, None, "\u3000\u3000本报讯（记者 彭立）", *_wrap(THIRD)]
    rows = [
        column[row]
        for row in range(max(map(len, (a, b, c))))
        for column in (a, b, c)
        if row < len(column) and column[row] is not None
    ]
    return "\n".join(
        [
            "乡村周刊\u3000\u3000\u3000第4版\u3000\u3000\u30002026年5月8日",
            "",
            head,
            *rows,
            "",
            "本版编辑：某某",
        ]
    )


def _articles(page: str):
    return page_articles(unweave_page(page)[0])


def test_the_wide_headline_heads_its_two_columns_and_the_third_keeps_its_own():
    articles = _articles(_rows(WIDE))
    assert [a.title for a in articles] == [WIDE, "明廉街道“红色管家”管出小区新气象"]
    assert [a.byline for a in articles] == ["本报记者 罗青禾", "本报讯（记者 彭立）"]
    assert [a.subtitle for a in articles] == [None, None]
    first, third = ("".join(a.paragraphs) for a in articles)
    assert first == "".join(FIRST + SECOND)
    assert third == "".join(THIRD)


def test_lines_keep_their_printed_numbers():
    page = _rows(WIDE)
    text, numbers = unweave_page(page)
    printed = page.split("\n")
    assert numbers is not None and len(numbers) == len(text.split("\n"))
    assert all(not line or printed[n - 1] == line for line, n in zip(text.split("\n"), numbers, strict=True))


def test_a_narrow_headline_or_plain_text_is_left_to_the_other_readings():
    narrow = _rows("茶香驿站暖人心")  # no wider than a column: no spanning headline
    assert unweave_page(narrow)[0].split("\n")[2:4] == ["茶香驿站暖人心", "明廉街道“红色管家”管"]
    plain = "\n".join(["", WIDE, "本报记者 罗青禾", *_wrap(FIRST + SECOND), ""])
    assert unweave_page(plain)[0] == plain
