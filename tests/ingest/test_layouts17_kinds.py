"""Layouts real pages showed and no committed set did (session 17; invented lines, the dev set is
tests/corpus/layouts17): one test per kind of damage, with negatives."""

from __future__ import annotations

from tests.support.pages import page_articles, page_units

# ------------------------------------------------------------------ headlines at the foot under an author's note

_REPORT = (
    "　　本报讯（记者 乌兰）赤峰市红山区梳理出\n社区工作事项“三张清单”，为社区工作者\n松绑减负。\n"
    "　　全区社区需要填报的各类表格由原来的\n83张精简为19张。\n\n"
)
_COMMENTARY = (
    "□ 张立新\n　　为基层减负，减的是形式主义的负担，\n不是干事创业的责任。\n"
    "　　衡量减负成效，最终要看群众的获得感\n有没有增强。\n"
)
_NOTE = "（作者单位：内蒙古大学公共管理学院）\n"
_FOOT = "\n红山区“三张清单”为社区减负\n治理减负不能“一减了之”\n"


def test_headlines_at_the_foot_under_a_commentarys_author_note_are_the_pages_headlines():
    """The author's note `（作者单位：…）` is page furniture: the commentary above it is finished."""
    articles = page_articles(_REPORT + _COMMENTARY + _NOTE + _FOOT)
    assert [a.title for a in articles] == ["红山区“三张清单”为社区减负", "治理减负不能“一减了之”"]
    assert not any("一减了之" in p for a in articles for p in a.paragraphs)


def test_no_foot_headlines_when_the_text_over_the_author_note_ends_no_sentence():
    open_text = _COMMENTARY.replace("有没有增强。", "有没有增强，")
    units = page_units(_REPORT + open_text + _NOTE + _FOOT)
    assert not any(u.kind == "headline" and u.text == "治理减负不能“一减了之”" for u in units)


# ------------------------------------------------------------------ a subtitle's line carrying the byline

_PROFILE = (
    "“小巷总理”的一本民情账\n{subtitle}\n"
    "　　早上7点半，保定市竞秀区先锋街道红星社区党委书记\n刘秀英已经走在小区里。\n"
    "　　这本“民情账”记了12年，写满了8本。\n"
)


def _head(subtitle: str) -> list[tuple[str, str]]:
    units = page_units(_PROFILE.format(subtitle=subtitle))
    return [(u.kind, u.text) for u in units if u.kind in ("subtitle", "byline")]


def test_bare_names_after_a_gap_on_the_subtitles_line_are_the_byline():
    assert _head("——记竞秀区先锋街道红星社区党委书记刘秀英　　李明　张华") == [
        ("subtitle", "——记竞秀区先锋街道红星社区党委书记刘秀英"),
        ("byline", "李明 张华"),
    ]
    assert _head("——记红星社区党委书记刘秀英    本报记者 李明") == [
        ("subtitle", "——记红星社区党委书记刘秀英"),
        ("byline", "本报记者 李明"),
    ]


def test_a_subtitle_with_one_name_after_a_gap_or_no_gap_keeps_its_line():
    for subtitle in (
        "——访县委书记　　刘秀英",
        "——记红星社区党委书记刘秀英",
        "——记红星社区的“民情账” 越记越厚",
    ):
        assert [kind for kind, _ in _head(subtitle)] == ["subtitle"], subtitle
