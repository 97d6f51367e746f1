"""An e-paper's export: each article's headline in 【】 and its byline after a bar on one line, and a byline wrapped
between its name fields (heldout22 p08, invented): `【亭湖区：“小巷管家”让背街小巷净起来】｜记者 陈静 通讯员 顾海燕`
over the text was read as the text's first line (the page's head, `盐城·攀枝花　基层观察`, the title); and
`■本报记者 何晓梅` / `实习生 周宇` kept only the first line as the byline, the trainee's name going into the text.
Negatives: a 【】 label with no byline after its bar, a trainee named in a sentence, a role line after a gap."""

from __future__ import annotations

from builder.ingest.barredheads import barred_headline
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_PAGE = (
    "【亭湖区：“小巷管家”让背街小巷净起来】｜记者 陈静 通讯员 顾海燕\n"
    "盐城市亭湖区有背街小巷600多条，过去环境脏乱、管理无\n"
    "主。今年以来整治背街小巷214条。\n\n"
    "东区“阳光食堂”\n"
    "端稳老人饭碗\n"
    "■本报记者 何晓梅\n"
    "实习生 周宇\n"
    "攀枝花市东区在社区建成“阳光食\n"
    "堂”23个，日均供餐4600份。\n"
)


def test_the_barred_line_is_headline_and_byline_and_the_trainee_goes_on():
    articles = segment(assemble(classify_page(_PAGE)))
    assert [a.title for a in articles] == ["亭湖区：“小巷管家”让背街小巷净起来", "东区“阳光食堂”端稳老人饭碗"]
    assert articles[0].byline == "记者 陈静 通讯员 顾海燕"
    assert articles[0].text.startswith("盐城市亭湖区有背街小巷600多条")
    assert articles[1].byline is not None and articles[1].byline.endswith("实习生 周宇")
    assert "实习生" not in articles[1].text


def test_only_a_byline_after_the_bar():
    assert barred_headline("【亭湖区：“小巷管家”让背街小巷净起来】｜记者 陈静") is not None
    assert barred_headline("【编者按】｜背街小巷连着千家万户。") is None
    assert barred_headline("【亭湖区：“小巷管家”让背街小巷净起来】") is None


def test_a_trainee_in_a_sentence_or_after_a_gap_is_no_byline():
    page = (
        "东区“阳光食堂”端稳老人饭碗\n本报记者 何晓梅\n\n实习生 周宇\n攀枝花市东区在社区建成“阳光食堂”23个。\n"
    )
    units = classify_page(page)
    assert not any(u.kind == "byline" and "周宇" in u.text and "何晓梅" in u.text for u in units)
    page = "东区“阳光食堂”端稳老人饭碗\n本报记者 何晓梅\n实习生周宇说，食堂办到了家门口。\n"
    assert all("周宇" not in u.text for u in classify_page(page) if u.kind == "byline")
