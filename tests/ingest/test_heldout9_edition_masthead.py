"""A paper's name and its edition at the page's head, right over the date line (heldout9 q04 `淮河之声 · 社区版` /
`2026年4月16日　星期四　第 5 版`, issue 14), was read as the first headline's kicker and became its subtitle.
It is the masthead. Lines invented in the kind of the page; negatives: a two-part column label or a byline
elsewhere, a headline ending in 版.
"""

from __future__ import annotations

from builder.ingest.pagelines import FURNITURE
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed

BODY = (
    "朝阳街道“邻里食堂”让老人吃上热乎饭\n本报讯（记者 陈静）\n"
    "某某市某某区朝阳街道辖区老旧\n小区多，老人占常住人口的28%。\n"
)


def _read(text: str):
    with data_dir_fixed():
        units = classify_page(text)
        return units, segment(assemble(units))


def test_the_edition_masthead_is_furniture():
    for head in ("淮河之声 · 社区版", "江淮日报·农村版", "某某晚报 · 周末版"):
        units, articles = _read(f"{head}\n2026年4月16日\u3000星期四\u3000第 5 版\n\n{BODY}")
        assert units[0].kind == FURNITURE, head
        assert articles[0].title == "朝阳街道“邻里食堂”让老人吃上热乎饭"
        assert not getattr(articles[0], "subtitle", None)


def test_not_over_a_date_line_it_stays():
    # the masthead rule asks for the date or page line under it: a headline ending in 版 over its body stays
    units, articles = _read(
        "打造基层治理·升级版\n本报讯（记者 陈静）\n某某街道推行“邻里食堂”，老人\n吃上了热乎饭。\n"
    )
    assert units[0].kind != FURNITURE
    assert articles[0].title == "打造基层治理·升级版"
