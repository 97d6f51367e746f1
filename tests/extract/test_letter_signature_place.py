"""A reader's letter (heldout29 p03's kind): its signature names the writer's place as an address
(`浙江省杭州市西湖区北山街道 读者 某某`), now the letter's byline; the body names the street alone
(`北山街道党工委…`). The signature's address gives the locality as the body's would (before: the county, no
locality); and the elderly's meals as a daily trouble (`吃饭难题解决了`) is livelihood work, as 停车难 is. Lines
invented in the kind."""

from __future__ import annotations

from pathlib import Path

import pytest

from builder.content.loader import Label, load_vocabulary
from builder.extract.regions import resolve_region
from builder.extract.themes import theme_scores

BODY = (
    "我和老伴都八十岁了，以前做饭成了难事。去年，北山街道党工委在社区办起了“爱心饭桌”，"
    "我们的吃饭难题解决了。\n\n饭桌由社区党组织牵头，每餐只需10元，我们都很满意。在这里，我向街道表示感谢！"
)


def test_a_letters_signature_gives_the_writers_street() -> None:
    place = resolve_region(
        "社区“爱心饭桌”让我们吃上热乎饭", BODY, byline="浙江省杭州市西湖区北山街道 读者 吴某某"
    )
    assert (place.region.county, place.locality) == ("西湖区", "北山街道")


@pytest.fixture(scope="module")
def vocab(tmp_path_factory: pytest.TempPathFactory) -> dict[str, Label]:
    return load_vocabulary(Path(tmp_path_factory.mktemp("content"))).themes  # the defaults


def test_the_elderlys_meals_as_a_daily_trouble_are_livelihood_work(vocab) -> None:
    assert theme_scores("", [], "我们的吃饭难题解决了。", vocab).get("livelihood-services", 0) >= 3
