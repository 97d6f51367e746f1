"""An author line naming a party committee or branch of a place and its writer (`某某镇党委　王某`, `中共某某县委
李某`, `某某街道党工委 张某`, `某某村党支部 赵某`), under the headline or at the article's end, is the byline
(bylineshapes._PARTY_BODY_AND_WRITER), as a committee's department with its writer was (`某某区委组织部 王某`):
not the title over the headline, nor the body's last words. Invented lines, and negatives."""

from __future__ import annotations

import pytest

from builder.ingest.bylineshapes import is_byline_text
from builder.ingest.paragraphs import assemble
from builder.ingest.segment import segment
from builder.ingest.units import classify_page

_HEADLINE = "柳塘镇干部“包组”走访农户"
_BODY = "　　柳塘镇把全镇分成24个包组单元，每个单元\n由一名镇干部牵头，今年已走访农户2600余户。\n"
_AUTHORS = ["柳塘镇党委\u3000吴海", "中共河湾县委 孙琳 曹宁", "东坡街道党工委　严可", "杏林村党支部 邹扬"]


@pytest.mark.parametrize("author", _AUTHORS)
def test_a_party_body_and_its_writer_under_the_headline_is_the_byline(author):
    [article] = segment(assemble(classify_page(f"{_HEADLINE}\n{author}\n\n{_BODY}")))
    assert (article.title, article.byline) == (_HEADLINE, author)
    assert "".join(b.text for b in article.blocks).endswith("今年已走访农户2600余户。")


@pytest.mark.parametrize("author", _AUTHORS)
def test_a_party_body_and_its_writer_at_the_article_end_is_the_byline(author):
    [article] = segment(assemble(classify_page(f"{_HEADLINE}\n\n{_BODY}{author}\n")))
    assert (article.title, article.byline) == (_HEADLINE, author)
    assert "".join(b.text for b in article.blocks).endswith("今年已走访农户2600余户。")


def test_a_committee_with_no_writer_or_in_a_sentence_is_no_byline():
    assert not is_byline_text("柳塘镇党委")  # a committee alone: a headline's or a sentence's piece
    assert not is_byline_text("柳塘镇党委 书记")  # an office, no writer's name
    assert not is_byline_text("柳塘镇党委牵头，")
    assert not is_byline_text("柳塘镇党委把工作做到田间地头")
    # a spaced headline or kicker: words after the committee, no surname opening them (review of session 33)
    assert not is_byline_text("红旗村党支部 领富路")
    assert not is_byline_text("柳塘村党支部　抓党建　促振兴")
    assert not is_byline_text("中共柳岸县委 强基层")
