"""A piece of another article is not an article: text too short to stand alone that finishes no sentence is
reported with its page and line and not written (builder.ingest.draft.is_fragment). The fragments are what the
ingest made of column pages it read out of order (tests/corpus/heldout13 p02, heldout15 p03)."""

from __future__ import annotations

from builder.ingest.article import Article
from builder.ingest.draft import FRAGMENT_CHARS, drafts_from_articles, is_fragment
from builder.ingest.pagelines import TEXT, Unit


def test_short_text_that_ends_no_sentence_is_a_fragment():
    assert is_fragment(["（记者孙晓楠通"])  # a byline cut off by the column's end
    assert is_fragment(["河池"])  # a place word left over from a headline
    assert is_fragment(["讯员崔健）红桥区西沽街道春和里小区建于上世纪80年代，"])  # a column's first lines


def test_a_short_finished_text_or_a_long_one_is_an_article():
    # a 简讯 of one short sentence is an article (invented)
    assert not is_fragment(["本报讯 兴庆区首批12个“红色驿站”日前投用。"])
    assert not is_fragment(["居民说：“这下方便了！”"])  # invented: a sentence ending inside its quote
    # a long text whose last sentence the page cut off is still an article (invented)
    long_text = "红桥区西沽街道春和里小区建于上世纪80年代，没有物业，停车难、环境差，居民意见大，" * 2
    assert len(long_text) >= FRAGMENT_CHARS and not is_fragment([long_text])


def test_a_fragment_is_reported_with_its_line_and_not_written():
    # heldout15 p03 as the ingest read it: a headline and its body, then a column's cut-off first lines
    whole = Article(
        blocks=[
            Unit(TEXT, "本报讯 红桥区西沽街道春和里小区建起“民情驿站”，半年收集诉求120件，办结率98%。", 3)
        ],
        title="民情驿站开到家门口",
        line=1,
    )
    piece = Article(blocks=[Unit(TEXT, "讯员崔健）红桥区西沽街道春和里小区建于上世纪80年代，", 9)], line=9)
    after = Article(
        blocks=[Unit(TEXT, "西沽街道还在12个小区推行“红色物业”，物业费收缴率提升至92%。", 12)], line=12
    )
    after.parent = 0
    drafts, unwritten = drafts_from_articles("p03.txt", [whole, piece, after])
    assert [(d.part, d.parent_part) for d in drafts] == [(1, None), (2, 1)]
    (warning,) = unwritten
    assert warning.startswith("p03.txt:9: warning: an article of 27 characters that ends no sentence")
    assert "not written" in warning
