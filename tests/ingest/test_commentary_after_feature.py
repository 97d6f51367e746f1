"""A commentary (评论员文章) after a feature on the same page (tests/corpus/heldout6 k08, issue 14): `评  论` /
`让基层干部把更多精力用在服务群众上` / `本报评论员`, set in a column of 11 characters under a feature of 25.

Before, `本报评论员` was no byline, so the commentary's headline and byline became headings of the feature and its
text the feature's; and the feature's last section head (`三、志愿者来自身边人`) was measured against the narrow
column under it and joined to its paragraph.
"""

from __future__ import annotations

import pytest

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.pagelines import HEADING
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from tests.corpus.scoring import HERE

K08 = (HERE / "heldout6" / "k08.txt").read_text(encoding="utf-8")


def test_the_commentary_is_an_article_of_its_own_signed_by_the_papers_commentator():
    feature, commentary = segment(assemble(classify_page(K08)))
    assert (feature.title, feature.byline) == (
        "七宝镇“家门口议事会”议出美好生活",
        "本报记者 顾敏 通讯员 闵宣",
    )
    assert (commentary.title, commentary.subtitle, commentary.byline) == (
        "让基层干部把更多精力用在服务群众上",
        None,
        "本报评论员",
    )
    assert commentary.paragraphs[0].startswith("基层是党的执政之基、力量之源。")
    assert feature.paragraphs[-1].endswith("居民张阿姨说。")


def test_a_section_head_is_measured_against_its_own_articles_column():
    feature, _ = segment(assemble(classify_page(K08)))
    assert [b.text for b in feature.blocks if b.kind == HEADING][-1] == "三、志愿者来自身边人"


@pytest.mark.parametrize(
    ("line", "byline"),
    [
        ("本报评论员", True),
        ("本报特约评论员", True),
        ("新华社评论员", True),
        ("人民日报评论员 李斌", True),
        ("聘请群众评论员", False),  # a role in a sentence, no paper's name
        ("评论员", False),
        ("本报评论员文章指出", False),
    ],
)
def test_the_papers_commentator_signs_a_byline(line, byline):
    assert is_byline_text(line) is byline
