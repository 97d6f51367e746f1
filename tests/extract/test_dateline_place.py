"""Where a report is from, when only its dateline says so (real R28's kind, invented lines in its style): a local
news site's bare dateline opening the lead (`滕州网讯 今年以来，青禾镇…`), the writer's name closing the report
(`…36起。（李明）`), a headline whose two phrases a space sets apart (`青禾镇 田间地头解纷争`), and a body naming
no county, only its township. Before: the closing credit replaced the dateline as the byline and the dateline was
gone; a site named after a place was never a place; the headline's space was taken out, so its first phrase was
no subject: no region, no locality, no level. Now the dateline is kept for the extractors (Article.dateline,
never printed as the byline), a site named after its place opening the dateline reports from there
(places/matching.py), and the headline's phrase space reads as the colon it stands for (extract/regions.py)."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.fields import ArticleText, extract_one
from builder.extract.regions import resolve_region
from builder.ingest.draft import drafts_from_articles
from tests.support.pages import page_articles

PAGE = """青禾镇 田间地头解纷争

　　滕州网讯 今年以来，青禾镇聚焦基层
治理难点，织密微网格，打造调解阵地，
切实将矛盾纠纷化解在基层。
　　连日来，镇村干部穿梭于田间地头，
化解了一桩桩棘手的纠纷。青禾镇还组建
调解小分队，今年化解纠纷36起。（李明）
"""


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


def test_a_bare_dateline_its_closing_credit_replaced_is_kept_apart() -> None:
    (article,) = page_articles(PAGE)
    assert (article.title, article.byline, article.dateline) == ("青禾镇 田间地头解纷争", "李明", "滕州网讯")
    (draft,), _ = drafts_from_articles("d1.txt", [article])
    assert (draft.byline, draft.dateline) == ("李明", "滕州网讯")


def test_the_dateline_places_the_report_and_the_headline_names_its_township(vocab: dict[str, Label]) -> None:
    (article,) = page_articles(PAGE)
    (draft,), _ = drafts_from_articles("d1.txt", [article])
    text = ArticleText(draft.headline, (), draft.body, PAGE, draft.byline or "", False, draft.dateline or "")
    got = extract_one(text, vocab)
    assert (got.region.province, got.region.city, got.region.county) == ("山东省", "枣庄市", "滕州市")
    assert (got.locality, got.level) == ("青禾镇", "township")


def test_a_site_names_a_place_only_when_it_opens_the_dateline() -> None:
    body = "今年以来，青禾镇组建调解小分队，今年化解纠纷36起。"
    assert resolve_region("调解小分队解纷争", body, byline="滕州网讯").region.county == "滕州市"
    assert resolve_region("调解小分队解纷争", body, byline="滕州新闻网5月6日讯").region.county == "滕州市"
    # a site named after a province (中国江苏网) or printed elsewhere than the dateline's start names no place
    assert resolve_region("调解小分队解纷争", body, byline="中国江苏网讯").region.county is None
    assert resolve_region("调解小分队解纷争", f"据滕州网报道，{body}").region.county is None


def test_a_headlines_phrase_space_reads_as_a_colon() -> None:
    body = "今年以来，青禾镇组建调解小分队。青禾镇化解纠纷36起。"
    spaced = resolve_region("青禾镇 田间地头解纷争", body, byline="滕州网讯")
    colon = resolve_region("青禾镇：田间地头解纷争", body, byline="滕州网讯")
    assert spaced.locality == colon.locality == "青禾镇"
