"""Bylines and captions gathered in blocks at the page's foot (builder/ingest/footcredits.py; heldout16 p05
shape): `本版稿件采写` over `place：byline` lines, `本版图片` over numbered captions with their credits glued.
And the page's column label of two phrases under its masthead (toplabels.label_over_headline). Invented page,
and negatives."""

from __future__ import annotations

from builder.ingest.footcredits import foot_bylines, keyed_byline, sign_from_foot
from tests.support.pages import page_articles

_PAGE = (
    "城乡周报　　　　　　第2版\n"
    "民生关切　治理有方\n\n"
    "渝水区“邻里食堂”开进小区\n\n"
    "新余市渝水区在城区小区开办“邻\n里食堂”，目前已建成食堂9家。\n"
    "渝水区还组织志愿者送餐上门，累\n计送餐1.2万份。\n\n"
    "石桥村：“积分超市”激活乡风\n\n"
    "抚州市临川区石桥村推行“积分超\n市”，村民做好事就能攒积分。\n"
    "今年以来，石桥村累计兑换积分\n3600分。\n\n"
    "本版稿件采写\n"
    "渝水区：记者 周文 通讯员 李强\n"
    "石桥村：记者 黄丽\n\n"
    "本版图片\n"
    "①石桥村村民在“积分超市”兑换物品。临川区供图\n"
    "②渝水区志愿者为老人送餐。李强 摄\n"
)


def _signed(page: str):
    articles = page_articles(page)
    return sign_from_foot(articles, page.split("\n"))


def test_keyed_writer_lines_are_read_under_their_label():
    assert keyed_byline("月湖区：记者 邱慧 通讯员 余航") == ("月湖区", "记者 邱慧 通讯员 余航")
    assert foot_bylines(_PAGE.split("\n")) == [("渝水区", "记者 周文 通讯员 李强"), ("石桥村", "记者 黄丽")]


def test_each_article_takes_the_byline_keyed_by_its_place():
    articles = _signed(_PAGE)
    assert [a.title for a in articles] == ["渝水区“邻里食堂”开进小区", "石桥村：“积分超市”激活乡风"]
    assert [a.byline for a in articles] == ["记者 周文 通讯员 李强", "记者 黄丽"]
    assert [a.subtitle for a in articles] == [None, None]  # the column label is furniture
    assert all("记者" not in b.text for a in articles for b in a.blocks)


def test_each_numbered_caption_goes_to_the_article_its_place_heads():
    first, second = _signed(_PAGE)
    assert [(p.text, p.credit) for p in first.captions] == [("渝水区志愿者为老人送餐。", "李强 摄")]
    assert [(p.text, p.credit) for p in second.captions] == [
        ("石桥村村民在“积分超市”兑换物品。", "临川区供图")
    ]


def test_a_place_and_colon_line_in_a_body_is_no_writer_line():
    assert keyed_byline("石桥村：村民做好事就能攒积分") is None
    page = _PAGE.replace("本版稿件采写\n", "")
    assert foot_bylines(page.split("\n")) == []
    assert _signed(page)[0].byline is None


def test_an_article_with_its_own_byline_keeps_it():
    page = _PAGE.replace("渝水区“邻里食堂”开进小区\n\n", "渝水区“邻里食堂”开进小区\n本报记者 王芳\n\n")
    assert _signed(page)[0].byline == "本报记者 王芳"
