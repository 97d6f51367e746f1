"""Kicker lines (引题) naming only a place, above a headline (issue 14), and a site's `…网消息（…）` byline.

Invented lines of the kinds the real pages print: in the page's head band, `江苏江阴` (a province and a county in
it by their short names) right over the headline was dropped as a column label; after a finished body,
`龙游县溪口镇` over `一碗“共富面”香飘全镇` (the lead straight under it) was glued into one title. Both are the
headline's kicker: its subtitle. A second report opening `桐庐网消息（记者 …）` after the closing credit of the
first was merged into it.
"""

from __future__ import annotations

from builder.ingest.datelines import BAOXUN
from builder.ingest.lineshapes import is_place_kicker
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEAD = "2026年3月5日　星期四\n第 3 版\n基 层 治 理\n\n"
_BODY = (
    "　　本报讯（记者 方晓）江阴市推行\n"
    "“红色代办”服务，由党员代办员上\n"
    "门帮办群众急难事项，今年以来累计\n"
    "代办事项3200余件。\n"
)


def _articles(page: str) -> list[tuple[str | None, str | None, str | None]]:
    return [(a.title, a.subtitle, a.byline) for a in segment(assemble(classify_page(page)))]


def test_a_province_and_county_by_short_names_over_the_first_headline_is_its_kicker():
    page = _HEAD + "江苏江阴\n“红色代办”跑出服务加速度\n" + _BODY
    assert _articles(page) == [("“红色代办”跑出服务加速度", "江苏江阴", "本报讯（记者 方晓）")]


def test_a_label_naming_no_place_over_the_first_headline_is_no_kicker():
    page = _HEAD + "乡村振兴\n“红色代办”跑出服务加速度\n" + _BODY
    assert _articles(page)[0][:2] == ("“红色代办”跑出服务加速度", None)


def test_a_place_alone_over_a_headline_after_a_finished_body_is_its_kicker():
    page = (
        _HEAD
        + "“红色代办”跑出服务加速度\n"
        + _BODY
        + "\n龙游县溪口镇\n一碗“共富面”香飘全镇\n"
        + "春节前夕，龙游县溪口镇的“共富\n面馆”里坐满了食客，村集体经营的\n面馆一年增收40万元。\n"
    )
    assert _articles(page)[1][:2] == ("一碗“共富面”香飘全镇", "龙游县溪口镇")


def test_place_kickers():
    assert all(is_place_kicker(t) for t in ("浙江新昌", "山东薛城", "丘北县幸福里小区", "天水市麦积区"))
    assert not any(is_place_kicker(t) for t in ("乡村振兴", "基层治理", "新昌浙江", "民生·社区"))


def test_a_sites_news_byline():
    match = BAOXUN.match("桐庐网消息（记者 方晓 周洁）3月27日，在桐庐县")
    assert match is not None and match.group(0) == "桐庐网消息（记者 方晓 周洁）"
    page = (
        _HEAD
        + "“红色代办”跑出服务加速度\n"
        + _BODY
        + "（方晓）\n"
        + "桐庐网消息（记者 周洁）3月27日，\n在桐庐县分水镇，党员志愿队与合作\n社社员一起搬运菇筒，投入生产。\n"
    )
    assert [a[2] for a in _articles(page)] == ["本报讯（记者 方晓）", "桐庐网消息（记者 周洁）"]
