"""Real R10's kind (issue 14), lines invented: a feature's lead runs two or three lines, then its series label
and headline stand apart between blank lines, and the lead's sentence goes on under them (`…一抹抹` /
`【…在基层】` / `社区跃动“志愿红”` / `“志愿红”是…`). Before, the headline stayed in the body (the title came
from the page's furniture) and a second feature of the kind, opening on a scene with no place and no byline,
was merged into the first. Negatives: a subheading after a finished sentence, a line under the head that opens
an indented paragraph, a head whose text above is not an article's opening."""

from __future__ import annotations

from builder.ingest.midheads import lift_heads_in_sentences
from builder.ingest.paragraphs import assemble
from builder.ingest.pipeline import process_page
from builder.ingest.segment import segment
from builder.ingest.units import classify_page
from builder.util.paths import data_dir_fixed
from tests.support.repo import ROOT

_TOP = "综合新闻\n2  ·  2026年2月20日\n\n"
_FIRST = (
    "　　天山日报讯（记者 张立）走进库\n车市新城街道巴扎社区，一抹抹\n\n  【全会精神在基层】\n  社区跃动“志愿红”\n\n"
    "“志愿红”是最耀眼的色彩。\n　　年初，社区组建志愿者服务队，\n像他这样的志愿者有上千名。\n"
    "　　在社区新时代文明实践站，居民\n每个角落里都有笑声。\n"
)
_SECOND = (
    "\n\n　　冷雨初歇，云雾锁屯。2月10日\n下午，记者随驻\n\n  —— 新春走基层 ——\n  第一书记和村民的对账本\n\n"
    "村第一书记韦立走进龙腾村陈铺屯。\n　　“老覃，昨天卖红薯的钱到账了！”\n韦立扬了扬手机。\n"
)


def _articles(page: str):
    with data_dir_fixed():
        return segment(assemble(lift_heads_in_sentences(classify_page(page))))


def test_heads_set_inside_their_leads_first_sentence_head_their_articles():
    articles = _articles(_TOP + _FIRST + _SECOND)
    assert [a.title for a in articles] == ["社区跃动“志愿红”", "第一书记和村民的对账本"]
    assert articles[0].paragraphs[0].endswith("一抹抹“志愿红”是最耀眼的色彩。")
    assert articles[1].paragraphs[0].startswith("冷雨初歇，云雾锁屯。2月10日下午，记者随驻村第一书记")
    assert all(a.subtitle is None for a in articles)


def _lifted(page: str) -> bool:
    with data_dir_fixed():
        units = classify_page(page)
        before = [(u.kind, u.text) for u in units]
        return [(u.kind, u.text) for u in lift_heads_in_sentences(units)] != before


def test_a_subheading_after_a_finished_sentence_or_over_a_new_paragraph_is_not_moved():
    assert _lifted(_TOP + _FIRST)
    finished = _FIRST.replace("一抹抹\n", "一抹抹红。\n")
    indented = _FIRST.replace("\n“志愿红”是最耀眼的色彩。", "\n　　“志愿红”是最耀眼的色彩。")
    for first in (finished, indented):
        assert not _lifted(_TOP + first)


def test_a_head_inside_a_later_paragraph_is_not_moved():
    # the text above the head is not the article's opening (a paragraph before it, no blank line between)
    body = (
        "　　本报讯 库车市新城街道建起驿站。\n　　年初，社区组建志愿者\n服务队，一抹抹\n\n"
        "  社区跃动“志愿红”\n\n“志愿红”是最耀眼的色彩。\n"
    )
    assert not _lifted(_TOP + body)


def test_headlines_over_the_next_pages_headline_are_not_a_lead(tmp_path):
    """The seeds' kind: seeds/001 (bold-doubled headlines at the page's foot) printed twelve times in one file, the
    foot headlines after the last article, then the next copy's top and first article. The foot headlines are no
    lead its headline was set inside: every copy's bodies read as the first's (they were glued into the next
    copy's first article body; 73 articles instead of 72 for the page twelve times, tests/hostile)."""
    seed = next((ROOT / "seeds").glob("001_*.txt"))
    twice = tmp_path / "twice.txt"
    twice.write_bytes(seed.read_bytes() * 12)
    once = [d.body for d in process_page(seed).drafts]
    assert [d.body for d in process_page(twice).drafts] == once * 12
