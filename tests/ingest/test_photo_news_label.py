"""The label of a photo news item (heldout8 n03, issue 14): `图片新闻` over a long caption and its credit
(`7月18日，…覆盖居民3万余人次。` / `通讯员 … 摄`) was read as a line of text, so the caption under it went
on the article above as its last paragraphs (its 3万余人次 a metric, its “民族团结之家” a practice). The label is
furniture; the item under it is a photo's caption, in no body. Lines invented in the kind.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

INTERVIEW = (
    "把服务送到牧民“毡房前”\n本报记者 李明\n\n"
    "记者：下一步有什么打算？\n李建国：我们将在全县推广“流动\n党课”，力争年底前覆盖所有牧点。\n\n"
)
PHOTO_NEWS = (
    "图片新闻\n\n"
    "7月18日，某某市某某街道社区工作者\n在社区“石榴籽之家”为居民讲解惠民\n政策。今年以来，该街道常态化开展\n"
    "政策宣讲活动，覆盖居民2万余人次。\n通讯员 某某某 摄\n\n"
)


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


def test_the_label_is_furniture_and_the_item_no_body():
    units, articles = _read(INTERVIEW + PHOTO_NEWS)
    assert any(u.kind == FURNITURE and u.text == "图片新闻" for u in units)
    body = "".join(p for a in articles for p in a.paragraphs)
    assert "石榴籽之家" not in body and "2万余人次" not in body
    assert articles[0].paragraphs[-1].endswith("覆盖所有牧点。")


def test_a_spaced_label_too():
    units, _ = _read(INTERVIEW + PHOTO_NEWS.replace("图片新闻", "图 片 新 闻"))
    assert any(u.kind == FURNITURE and u.text == "图 片 新 闻" for u in units)


def test_with_no_credit_under_it_the_label_stays():
    # no photo's credit closes the item: a subheading, or a column of text, is left to the other rules
    page = INTERVIEW + "图片新闻\n\n今年以来，某某街道常态化开展政策宣讲\n活动，覆盖居民2万余人次。\n"
    units, _ = _read(page)
    assert not any(u.kind == FURNITURE and u.text == "图片新闻" for u in units)


def test_inside_a_paragraph_the_label_stays():
    page = INTERVIEW.rstrip("\n") + "\n图说\n通讯员 某某某 摄\n"
    units, _ = _read(page)
    assert not any(u.kind == FURNITURE and u.text == "图说" for u in units)
